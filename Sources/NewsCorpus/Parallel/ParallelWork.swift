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
      DispatchQueue.concurrentPerform(iterations: count) { index in slots.buffer[index] = slots.body(index) }
      var results: [Result] = []
      results.reserveCapacity(count)
      for index in 0..<count {
        if let result = slots.buffer[index] { results.append(result) }
      }
      return results
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
