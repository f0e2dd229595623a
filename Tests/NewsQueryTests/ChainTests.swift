import Testing

@testable import NewsQuery

/// The `contains` terms of a chain on one field are answered together, from the row's words split once; they
/// must find what the terms would one by one (`not not` keeps a term out of the group and out of the index).
@Suite("Chains of contains")
struct ChainTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)

  static let phrases = [
    "guarantees", "security guarantees", "niinisto", "NATO", "no such word", "Ukraine", "open door", "zzz", "the",
  ]

  @Test(
    "a chain of contains finds what its terms find one by one",
    arguments: [
      ("sentences", "text", " or "), ("sentences", "text", " and "), ("quotes", "text", " or "),
      ("quotes", "speaker", " or "), ("paragraphs", "text", " and "), ("people", "roles", " or "),
    ])
  func groupedAsSeparateTerms(collection: String, field: String, joiner: String) throws {
    for count in [2, 3, Self.phrases.count] {
      let chosen =
        joiner == " and "
        ? Array(Self.phrases.filter { $0 != "no such word" && $0 != "zzz" }.prefix(count))
        : Array(Self.phrases.prefix(count))
      let grouped = chosen.map { "\(field) contains \"\($0)\"" }.joined(separator: joiner)
      let separate = chosen.map { "not not \(field) contains \"\($0)\"" }.joined(separator: joiner)
      let expected = try seeds.query("\(collection) where \(separate)")
      #expect(try seeds.query("\(collection) where \(grouped)") == expected, "\(grouped)")
      #expect(
        try seeds.query("\(collection) where not (\(grouped))").rows.count
          == (try seeds.query("\(collection) where not (\(separate))")).rows.count)
    }
    let some = try seeds.query(
      "\(collection) where " + Self.phrases.map { "\(field) contains \"\($0)\"" }.joined(separator: " or "))
    if field == "text" { #expect(!some.rows.isEmpty) }
  }

  @Test("terms of a chain on different fields, and other conditions among them, keep their meaning")
  func mixedChain() throws {
    let mixed = try seeds.query(
      #"quotes where text contains "guarantees" or speaker contains "peskov" or text contains "nato" or cue = "said""#)
    let separate = try seeds.query(
      #"quotes where not not text contains "guarantees" or not not speaker contains "peskov" "#
        + #"or not not text contains "nato" or cue = "said""#)
    #expect(mixed == separate)
    #expect(!mixed.rows.isEmpty)
    let error = #expect(throws: QueryError.self) {
      try seeds.query(#"quotes where text contains "a" or text contains "" or text contains "b""#)
    }
    #expect(error?.diagnostic.message == "the string \"\" has no words to look for")
    #expect(error?.diagnostic.range.start.column == 49)
  }
}
