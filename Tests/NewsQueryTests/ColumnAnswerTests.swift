import NewsCorpus
import Testing

@testable import NewsQuery

/// Questions answered from a table's columns rather than row by row — `speaker is [not] null` from the speaker
/// column, a bare `count` from the table's size — must answer as the row-by-row path does, on the seeds, the
/// wire stories and scripts/newsroom.
@Suite("Answers from columns")
struct ColumnAnswerTests {
  static let newsroom: Corpus = {
    let path = Fixtures.packageRoot.appendingPathComponent("scripts/newsroom/articles.jsonl").path
    return (try? CorpusLoader().load(paths: [path])) ?? Corpus()
  }()

  static var engines: [QueryEngine] {
    [QueryEngine(corpus: Fixtures.seedCorpus), QueryEngine(corpus: WireFixture.corpus), QueryEngine(corpus: newsroom)]
  }

  @Test("speaker is null and is not null: the speaker column gives the rows a scan gives", arguments: ["null", "not null"])
  func speakerNullTest(_ test: String) throws {
    for engine in Self.engines {
      let query = "quotes where speaker is \(test)"
      let plan = try engine.query("explain " + query)
      #expect(column("operation", of: plan) == ["index"])
      #expect(column("detail", of: plan)[0].contains("speaker column"))
      // An `or` with a term no index answers makes the planner scan and filter every row.
      let scanned = try engine.query(query + " or length(text) < 0")
      #expect(try engine.query(query).rows == scanned.rows)
      #expect(!scanned.rows.isEmpty || test == "null")
    }
    #expect(try QueryEngine(corpus: Fixtures.seedCorpus).query("quotes where speaker is not null").rows.count > 0)
  }

  static let counted = [
    "quotes", "paragraphs", "paragraphs including boilerplate", "sentences", "sentences including boilerplate",
    "documents", "mentions", "terms", "entities", "people",
  ]

  @Test("a bare count is the table's count of the rows a scan gives", arguments: counted)
  func bareCount(_ collection: String) throws {
    for engine in Self.engines {
      let counted = try engine.query("\(collection) count")
      let rows = try engine.query(collection)
      #expect(counted.rows == [[.number(Double(rows.rows.count))]], "\(collection)")
    }
    let plan = try QueryEngine(corpus: Fixtures.seedCorpus).query("explain \(collection) count")
    #expect(column("operation", of: plan) == ["count"])
  }
}
