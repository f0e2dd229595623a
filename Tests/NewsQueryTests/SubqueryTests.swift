import NewsCorpus
import Testing

@testable import NewsQuery

/// A query inside a condition (`in (…)`, `in NAME`, `exists (…)`), the top rows of each group, and samples.
@Suite("Sub-queries, top per group, samples")
struct SubqueryTests {
  func run(_ engine: inout QueryEngine, _ source: String) throws -> [String] {
    guard let result = try engine.run(source).resultSet else { return [] }
    return result.rows.map { $0.map(\.displayText).joined(separator: "|") }
  }

  @Test("in (QUERY) matches the query's items, or its first column's values; in NAME a kept result's")
  func membership() throws {
    var engine = QueryEngine(corpus: Fixtures.seedCorpus)
    let russian = try run(&engine, #"quotes where speaker.affiliation = "Russia" show distinct speaker order by speaker"#)
    #expect(
      try run(&engine, #"quotes where speaker in (people where affiliation = "Russia") show distinct speaker order by speaker"#)
        == russian)
    let weekly = try run(&engine, #"quotes where document.outlet = "The Week" count"#)
    #expect(try run(&engine, #"quotes where document in (documents where outlet = "The Week") count"#) == weekly)
    #expect(
      try run(&engine, #"quotes where speaker in (people where affiliation = "Russia" show name) show distinct speaker order by speaker"#)
        == russian)
    _ = try engine.run(#"let kremlin = people where affiliation = "Russia""#)
    #expect(try run(&engine, "quotes where speaker in kremlin show distinct speaker order by speaker") == russian)
    #expect(try run(&engine, "quotes where speaker not in kremlin and speaker is not null count") != ["0"])
  }

  @Test("a query that gives the wrong kind of rows for in is an error that says what it gives")
  func membershipTypes() throws {
    let engine = QueryEngine(corpus: Fixtures.seedCorpus)
    do {
      _ = try engine.query("quotes where speaker in (documents)")
      Issue.record("documents are not people")
    } catch {
      #expect(error.diagnostic.message.contains("the query gives documents"))
    }
    #expect(throws: QueryError.self) { try engine.query("quotes where text in (people)") }
  }

  @Test("exists over a row's list field looks at that row's items; any other query, whether it has rows")
  func exists() throws {
    var engine = QueryEngine(corpus: Fixtures.seedCorpus)
    let speakers = try run(&engine, #"people where exists (quotes where text contains "guarantees") show name order by name"#)
    let quoted = try run(
      &engine, #"quotes where text contains "guarantees" and speaker.kind = "person" show distinct speaker order by speaker"#)
    #expect(speakers == quoted)
    #expect(try run(&engine, #"documents where exists (people where name = "Peskov") count"#) == ["5"])
    #expect(try run(&engine, #"documents where not exists (people where name = "Nobody at all") count"#) == ["5"])
    #expect(throws: QueryError.self) { try engine.query(#"people where exists (quotes order by text)"#) }
  }

  @Test("top N by KEY per GROUP keeps each group's top rows")
  func topPerGroup() throws {
    var engine = QueryEngine(corpus: Fixtures.seedCorpus)
    let tops = try run(&engine, "quotes where speaker is not null group by document, speaker top 1 by count per document")
    #expect(tops.count == 5)
    let documents = tops.map { $0.split(separator: "|")[0] }
    #expect(Set(documents).count == 5)
    let all = try run(&engine, "quotes where speaker is not null group by document, speaker")
    for top in tops {
      let parts = top.split(separator: "|")
      let best = all.filter { $0.hasPrefix(parts[0] + "|") }.compactMap { Int($0.split(separator: "|")[2]) }.max()
      #expect(Int(parts[2]) == best)
    }
  }

  @Test("sample N seed S draws the same rows every time, in their order; another seed others")
  func samples() throws {
    var engine = QueryEngine(corpus: Fixtures.seedCorpus)
    let first = try run(&engine, "quotes sample 5 seed 7 show position")
    #expect(first.count == 5)
    #expect(try run(&engine, "quotes sample 5 seed 7 show position") == first)
    #expect(try run(&engine, "quotes sample 5 seed 8 show position") != first)
    #expect(try run(&engine, "quotes sample 100 seed 1 count") == ["49"])
    let unseeded = try engine.query("quotes sample 3")
    #expect(unseeded.notes.first?.hasPrefix("sample drawn with seed ") == true)
    // SplitMix64's published first output for seed 0, so every machine draws the same sample.
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
  }
}
