import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A piece of work on a thread of its own, made with `pthread_create` so that a thread the system refuses is
/// known: the work then runs on the thread that joins it, and always finishes.
///
/// Dispatch, refused a thread (the address space left under `ulimit -v` is too small for another stack, or the
/// process has as many threads as it may), sleeps and asks again for ever, and Foundation's `Thread` never
/// runs its body; either leaves a load waiting for work that will not come.
public final class WorkerThread: @unchecked Sendable {
  private let body: () -> Void
  private var handle: pthread_t?
  private var isJoined = false

  /// Starts `body` on a new thread, or keeps it to run in `join()` when the system gives none.
  public init(_ body: @escaping () -> Void) {
    self.body = body
    var thread = pthread_t()
    let context = Unmanaged.passRetained(self).toOpaque()
    let status = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<WorkerThread>.fromOpaque(context).takeRetainedValue().body()
        return nil
      }, context)
    if status == 0 {
      handle = thread
    } else {
      Unmanaged<WorkerThread>.fromOpaque(context).release()
    }
  }

  /// Whether the work runs on a thread of its own (false: the system gave none, and `join()` runs it).
  public var hasThread: Bool { handle != nil }

  /// Waits for the work to end, running it here if it has no thread; once.
  public func join() {
    guard !isJoined else { return }
    isJoined = true
    if let handle {
      pthread_join(handle, nil)
    } else {
      body()
    }
  }
}
