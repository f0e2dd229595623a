import Foundation

/// How newsq waits on a FIFO or a stream that is not ready: a FIFO nobody reads yet (`.output FIFO`), a
/// writer that has not written yet (`.read FIFO`), a reader that stopped reading. It waits as long as the
/// shell's `<` and `>` would, but at the prompt Ctrl-C ends the wait and the prompt comes back.
struct StreamWait: Sendable {
  /// Whether the person asked to stop waiting (Ctrl-C at the prompt); never, in a batch.
  var isCancelled: @Sendable () -> Bool = { false }
  /// Says once that newsq is waiting and how to stop it; nothing in a batch.
  var notice: @Sendable (String) -> Void = { _ in }

  /// Waits until the stream is ready, however long that takes: a batch, where Ctrl-C ends newsq.
  static let untilReady = StreamWait()

  /// How long one wait lasts before `isCancelled` is asked again.
  static let checkMilliseconds: Int32 = 50

  /// Waits until `descriptor` is ready for `events` (POLLIN, POLLOUT), or the wait is cancelled: then false.
  func until(_ descriptor: Int32, is events: Int16) -> Bool {
    var entry = pollfd(fd: descriptor, events: events, revents: 0)
    while true {
      if isCancelled() { return false }
      let count = poll(&entry, 1, Self.checkMilliseconds)
      if count > 0 { return true }
      if count < 0 && errno != EINTR { return true }
    }
  }

  /// Waits a moment before something is tried again; false when cancelled.
  func pause() -> Bool {
    if isCancelled() { return false }
    _ = poll(nil, 0, Self.checkMilliseconds)
    return !isCancelled()
  }
}
