import NewsCorpus
import NewsQuery

/// The `query` target: an input is a NewsQL script — statements separated by `;` or line ends, as the shell
/// cuts a script (a `;` inside a string cuts it too; lines starting with `.` are the shell's meta commands and
/// are skipped) — run statement by statement through `QueryEngine.run`, the entry point the shell calls, so
/// that each is lexed, parsed, planned and evaluated, its `let` results kept for the next. An error is
/// rendered with its caret, as the shell prints it.
enum QueryFuzzing {
  /// At most this many statements of one input run; the rest are ignored.
  static let maximumStatements = 8
  /// The cancellation checks one statement may make before it is cancelled (about 16 rows each).
  static let checksPerStatement = 4_000

  /// The engine over `FuzzCorpus`, indexed once; each input starts from a copy with no `let` results.
  static let engine = QueryEngine(corpus: FuzzCorpus.corpus)

  static func run(_ input: [UInt8]) -> Int {
    let source = String(decoding: input, as: UTF8.self)
    var engine = Self.engine
    var digest = 0
    for (text, start) in statements(of: source).prefix(maximumStatements) {
      let budget = WorkBudget(checks: checksPerStatement)
      do {
        let outcome = try engine.run(text, start: start, isCancelled: budget.isCancelled)
        if let result = outcome.resultSet {
          digest = digest &* 31 &+ result.rows.count &* 7 &+ result.columns.count
        } else {
          digest = digest &* 31 &+ 1
        }
      } catch {
        digest = digest &* 31 &+ DiagnosticRenderer.render(error.diagnostic, source: source).utf8.count
      }
    }
    return digest
  }

  /// The statements of a script with where each starts, cut at `;` and line ends; blank pieces and meta
  /// commands left out.
  static func statements(of source: String) -> [(String, SourceLocation)] {
    var pieces: [(String, SourceLocation)] = []
    var current = String.UnicodeScalarView()
    var start = SourceLocation(offset: 0, line: 1, column: 1)
    var location = start
    func finish() {
      let text = String(current)
      let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      if !trimmed.isEmpty, trimmed.first != "." { pieces.append((text, start)) }
      current = String.UnicodeScalarView()
    }
    for scalar in source.unicodeScalars {
      location.advance(past: scalar)
      if scalar == ";" || scalar == "\n" {
        finish()
        start = location
      } else {
        current.append(scalar)
      }
    }
    finish()
    return pieces
  }
}
