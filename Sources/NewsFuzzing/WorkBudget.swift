import Synchronization

/// A bound on the work of one fuzz input, counted in the engine's cancellation checks rather than in seconds,
/// so that a run is the same on every machine: once `checks` questions have been asked, the answer is
/// "cancelled", and the statement ends as Ctrl-C would end it. An input that keeps running without asking
/// is what libFuzzer's -timeout then catches: an operator that cannot be cancelled.
final class WorkBudget: Sendable {
  private let asked = Atomic<Int>(0)
  let checks: Int

  init(checks: Int) {
    self.checks = checks
  }

  /// The engine's `isCancelled`: true once the budget is spent.
  var isCancelled: @Sendable () -> Bool {
    { [self] in asked.wrappingAdd(1, ordering: .relaxed).newValue > checks }
  }
}
