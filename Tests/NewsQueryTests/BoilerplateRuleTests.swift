import Testing

@testable import NewsQuery

/// Page furniture is among the rows of `paragraphs` and `sentences` when the source says `including
/// boilerplate` or any clause names the `boilerplate` field — every clause alike (issue 10, item 10:
/// `top 3 by boilerplate` once hid what `order by boilerplate desc limit 3` showed).
@Suite("Boilerplate rule")
struct BoilerplateRuleTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)

  struct Case: CustomTestStringConvertible, Sendable {
    var query: String
    var testDescription: String { query }
  }

  /// One query per clause that can name a field; each must see every sentence, furniture included.
  static let clauses: [Case] = [
    Case(query: "sentences where boilerplate is null or boilerplate is not null"),
    Case(query: "sentences show boilerplate"),
    Case(query: "sentences group by boilerplate show count"),
    Case(query: "sentences order by boilerplate"),
    Case(query: "sentences top 100000 by boilerplate"),
    Case(query: "sentences including boilerplate"),
    Case(query: "sentences including boilerplate top 100000 by length(text)"),
  ]

  @Test("naming the field in any clause, or 'including boilerplate', keeps the page furniture", arguments: clauses)
  func everyClause(_ testCase: Case) throws {
    let result = try seeds.query(testCase.query + " count")
    let rows: Double
    if testCase.query.contains("group by") {
      rows = try seeds.query(testCase.query).rows.reduce(0) { total, row in
        if case .number(let count) = row[0] { return total + count }
        return total
      }
    } else {
      guard case .number(let count) = result.rows.first?.first else {
        Issue.record("no count")
        return
      }
      rows = count
    }
    #expect(rows == Double(Fixtures.seedCorpus.sentences.count))
  }

  @Test("top 3 by boilerplate and order by boilerplate desc limit 3 give the same rows")
  func topAndOrderAgree() throws {
    let top = try seeds.query("sentences top 3 by boilerplate show boilerplate, text")
    let ordered = try seeds.query("sentences order by boilerplate desc limit 3 show boilerplate, text")
    #expect(top.rows == ordered.rows)
    #expect(top.rows.allSatisfy { !$0[0].isNull })
  }

  @Test("without the field or the modifier, furniture stays hidden")
  func hiddenByDefault() throws {
    let body = Fixtures.seedCorpus.sentences.filter { !Fixtures.seedCorpus.paragraphs[$0.paragraphID].isBoilerplate }
    #expect(try seeds.query("sentences count").rows == [[.number(Double(body.count))]])
    #expect(try seeds.query("sentences top 3 by length(text)").rows.count == 3)
  }

  @Test("'including boilerplate' after a collection without furniture, or a result, is an error that says why")
  func misplacedModifier() throws {
    var engine = seeds
    let quotes = #expect(throws: QueryError.self) { try engine.run("quotes including boilerplate") }
    #expect(quotes?.diagnostic.message.contains("applies to paragraphs and sentences") == true)
    _ = try engine.run("let s = sentences")
    let named = #expect(throws: QueryError.self) { try engine.run("s including boilerplate") }
    #expect(named?.diagnostic.message.contains("keeps the rows it was made with") == true)
    let typo = #expect(throws: QueryError.self) { try engine.run("sentences including text") }
    #expect(typo?.diagnostic.message == "expected 'boilerplate' after 'including', found 'text'")
  }
}
