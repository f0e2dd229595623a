import Synchronization

/// Counts the tokens and steps extraction's look-arounds read, so a test can check that doubling a paragraph
/// doubles the work (a paragraph of 1.3 MB once took 20 s, quadratically). Off unless a test sets `meter`
/// for the task that extracts: then each stage adds what it read.
public enum ExtractionWork {
  /// A counter a test reads after extracting one document on its own thread.
  public final class Meter: Sendable {
    private let counted = Atomic<Int>(0)
    public init() {}
    public var steps: Int { counted.load(ordering: .relaxed) }
    func add(_ steps: Int) { counted.add(steps, ordering: .relaxed) }
  }

  /// The meter of the extraction running in this task, if a test set one.
  @TaskLocal public static var meter: Meter?

  /// Adds `steps` to the meter, if any.
  @inline(__always) static func add(_ steps: Int) {
    meter?.add(steps)
  }
}
