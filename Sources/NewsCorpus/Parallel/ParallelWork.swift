import Foundation

/// Runs independent pieces of work on every core and keeps their results in input order, so that
/// what is built in parallel is the same whatever the number of cores.
public enum ParallelWork {
  /// A buffer each piece of work writes its own slot of; no two pieces share a slot.
  private struct Slots<Result>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result?>
    let body: (Int) -> Result
  }

  /// `body(index)` for every index of `0..<count`, run concurrently; the results in index order.
  /// `body` must not touch shared mutable state.
  public static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
    guard count > 1 else { return (0..<max(0, count)).map(body) }
    return withoutActuallyEscaping(body) { body in
      let slots = Slots<Result>(buffer: .allocate(capacity: count), body: body)
      slots.buffer.initialize(repeating: nil)
      defer {
        slots.buffer.deinitialize()
        slots.buffer.deallocate()
      }
      // Indices are handed out one at a time, so a slow piece does not hold up the pieces behind it.
      let cursor = Cursor()
      eachWorker(min(count, workers)) { _ in
        while let index = cursor.next(below: count) { slots.buffer[index] = slots.body(index) }
      }
      var results: [Result] = []
      results.reserveCapacity(count)
      for index in 0..<count {
        if let result = slots.buffer[index] { results.append(result) }
      }
      return results
    }
  }

  /// `body(worker)` for every worker of `0..<count` at once: worker 0 on the calling thread, the others on
  /// threads of their own (`WorkerThread`), so the work finishes even where the system gives no more threads.
  public static func eachWorker(_ count: Int, _ body: (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let shared = SharedBody(body: body)
      let threads = (1..<count).map { worker in WorkerThread { shared.body(worker) } }
      body(0)
      threads.forEach { $0.join() }
    }
  }

  /// The number of threads parallel work uses: one per core.
  public static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// A body the workers share; they call it, never change it.
  private struct SharedBody: @unchecked Sendable {
    let body: (Int) -> Void
  }

  /// The next index to work on, shared by the workers.
  private final class Cursor: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0

    func next(below count: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard position < count else { return nil }
      position += 1
      return position - 1
    }
  }

  /// `0..<count` cut into about `pieces` consecutive ranges of equal size (none empty).
  public static func chunks(of count: Int, pieces: Int) -> [Range<Int>] {
    let pieces = max(1, min(pieces, count))
    guard count > 0 else { return [] }
    return (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
  }

  /// How many pieces to cut work into: a few per core, so that uneven pieces still balance.
  public static var pieces: Int { max(1, ProcessInfo.processInfo.activeProcessorCount * 4) }
}
