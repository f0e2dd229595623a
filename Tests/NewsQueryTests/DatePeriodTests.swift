import Testing

@testable import NewsQuery

/// A partial date is a period: `"2019-01"` is the whole of January, so `=` keeps what falls within it, `<=` keeps
/// up to its last day and `>` starts after it; a document's own partial date is a period too.
@Suite("Dates as periods")
struct DatePeriodTests {
  static let engine = QueryEngine(
    corpus: JSONLFixture.corpus(
      [
        ("d-dec31", "2018-12-31"), ("d-jan01", "2019-01-01"), ("d-jan15", "2019-01-15"), ("d-jan31", "2019-01-31"),
        ("d-feb01", "2019-02-01"), ("d-jan", "2019-01"), ("d-2019", "2019"),
      ].map { id, date in #"{"id": "\#(id)", "text": "Text.", "date": "\#(date)"}"# }))

  struct Case: CustomTestStringConvertible, Sendable {
    var condition: String
    var ids: [String]
    var testDescription: String { condition }
  }

  static let cases: [Case] = [
    Case(condition: #"date = "2019-01""#, ids: ["d-jan01", "d-jan15", "d-jan31", "d-jan", "d-2019"]),
    Case(condition: #"date = "2019""#, ids: ["d-jan01", "d-jan15", "d-jan31", "d-feb01", "d-jan", "d-2019"]),
    Case(condition: #"date = "2019-01-15""#, ids: ["d-jan15", "d-jan", "d-2019"]),
    Case(condition: #"date != "2019-01""#, ids: ["d-dec31", "d-feb01"]),
    Case(condition: #"date <= "2019-01""#, ids: ["d-dec31", "d-jan01", "d-jan15", "d-jan31", "d-jan", "d-2019"]),
    Case(condition: #"date < "2019-01""#, ids: ["d-dec31"]),
    Case(condition: #"date > "2019-01""#, ids: ["d-feb01"]),
    Case(condition: #"date >= "2019-01""#, ids: ["d-jan01", "d-jan15", "d-jan31", "d-feb01", "d-jan", "d-2019"]),
    Case(condition: #"date in ["2018", "2019-02"]"#, ids: ["d-dec31", "d-feb01", "d-2019"]),
    Case(condition: #"date >= "January 31, 2019""#, ids: ["d-jan31", "d-feb01", "d-jan", "d-2019"]),
  ]

  @Test("comparisons with a partial date treat it as the period it names", arguments: cases)
  func period(_ example: Case) throws {
    #expect(column("id", of: try Self.engine.query("documents where \(example.condition) show id")) == example.ids)
  }

  @Test("a date written with day and month either way round is an error that says so")
  func ambiguous() {
    do {
      _ = try Self.engine.query(#"documents where date = "03/05/2019""#)
      Issue.record("an ambiguous date must be an error")
    } catch {
      #expect(
        error.diagnostic.message
          == #"the date "03/05/2019" could be read with day and month either way round; write "2019-05-03" or "2019-03-05""#)
      #expect(error.diagnostic.range.start.column == 24)
    }
  }
}
