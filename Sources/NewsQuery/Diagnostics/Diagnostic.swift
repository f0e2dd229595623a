/// A problem found in query text, as data: rendered to words in one place (`DiagnosticRenderer`).
public struct Diagnostic: Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }
  public var severity: Severity
  public var message: String
  public var range: SourceRange
  public var notes: [String]

  public init(_ severity: Severity = .error, _ message: String, at range: SourceRange, notes: [String] = []) {
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
  }
}

/// Thrown by the parser, checker and evaluator: always carries a positioned diagnostic.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  public var diagnostic: Diagnostic

  public init(_ message: String, at range: SourceRange, notes: [String] = []) {
    diagnostic = Diagnostic(.error, message, at: range, notes: notes)
  }

  public var description: String {
    "line \(diagnostic.range.start.line), column \(diagnostic.range.start.column): \(diagnostic.message)"
  }
}
