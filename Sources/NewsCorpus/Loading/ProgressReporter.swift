import Foundation
import Synchronization

/// Counts a load's progress from any thread and passes it on at a bounded rate.
///
/// The callback runs under the reporter's lock, so calls never overlap and arrive in order; it runs
/// on whichever loading thread crossed the interval, so it must be quick (write a line, store a value).
/// A change of phase is always reported; within a phase at most one report per `interval`.
final class ProgressReporter: Sendable {
  typealias Callback = @Sendable (LoadProgress) -> Void
  /// Monotonic nanoseconds; injected by tests so that no report depends on how long the machine has been up.
  typealias Clock = @Sendable () -> UInt64

  private struct State {
    var progress = LoadProgress(phase: .reading, filesDone: 0, filesTotal: 0, articlesDone: 0, articlesTotal: 0)
    /// nil until the first report: a clock's zero is the machine's boot, so no "long enough since
    /// the last report" can be measured from it (a machine up for minutes would hold back the first one).
    var lastReportNanoseconds: UInt64?
  }

  private let callback: Callback?
  private let clock: Clock
  private let intervalNanoseconds: UInt64
  private let state = Mutex(State())

  /// A reporter that calls `callback` (if any) at most once per `intervalSeconds` within a phase.
  init(
    _ callback: Callback?, intervalSeconds: Double = 0.1,
    clock: @escaping Clock = { DispatchTime.now().uptimeNanoseconds }
  ) {
    self.callback = callback
    self.clock = clock
    self.intervalNanoseconds = UInt64(max(0, intervalSeconds) * 1e9)
  }

  /// Whether anyone listens; loading skips the counting when no one does.
  var isActive: Bool { callback != nil }

  /// Changes the counts; reports when the phase changed or the interval has passed.
  func update(_ change: (inout LoadProgress) -> Void) {
    guard let callback else { return }
    state.withLock { state in
      let phase = state.progress.phase
      change(&state.progress)
      let now = clock()
      if state.progress.phase == phase, let last = state.lastReportNanoseconds, now &- last < intervalNanoseconds {
        return
      }
      state.lastReportNanoseconds = now
      callback(state.progress)
    }
  }
}
