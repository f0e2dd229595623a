import Testing

@testable import NewsQuery

/// Type errors name both types and point at the part that does not fit; a list of items counts where a number
/// is expected and is an error anywhere else.
@Suite("Type checks")
struct TypeCheckTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)

  struct TypeErrorCase: CustomTestStringConvertible, Sendable {
    var source: String
    var column: Int
    var message: String
    var testDescription: String { source }
  }

  static let quotesHint = " — to look at the items, name one of their fields, e.g. 'quotes.text'"

  static let listCases: [TypeErrorCase] =
    ["=", "!=", "<", "<=", ">", ">="].map { op in
      TypeErrorCase(
        source: "people where quotes \(op) \"x\"", column: 22 + op.count,
        message: "'quotes' (a count of quotes) cannot be compared with the string \"x\"" + quotesHint)
    } + [
      TypeErrorCase(
        source: "people where \"x\" = quotes", column: 14,
        message: "'quotes' (a count of quotes) cannot be compared with the string \"x\"" + quotesHint),
      TypeErrorCase(
        source: "people where quotes in [\"x\", \"y\"]", column: 25,
        message: "'quotes' (a count of quotes) cannot be compared with the string \"x\"" + quotesHint),
      TypeErrorCase(
        source: "people where quotes not in [2, \"y\"]", column: 29,
        message: "'quotes' (a count of quotes) cannot be compared with the number 2" + quotesHint),
      TypeErrorCase(
        source: "people where quotes contains \"x\"", column: 14,
        message: "'quotes' (a count of quotes) has no text of its own; 'contains' looks in text" + quotesHint),
      TypeErrorCase(
        source: "people where quotes matches /x/", column: 14,
        message: "'quotes' (a count of quotes) has no text of its own; 'matches' looks in text" + quotesHint),
      TypeErrorCase(
        source: "people where quotes = true", column: 23,
        message: "'quotes' (a count of quotes) cannot be compared with the boolean true" + quotesHint),
      TypeErrorCase(
        source: "people where quotes.document = \"seed\"", column: 32,
        message: "'quotes.document' (a count of documents) cannot be compared with the string \"seed\""
          + " — to look at the items, name one of their fields, e.g. 'quotes.document.text'"),
      TypeErrorCase(
        source: "documents where quotes = outlet", column: 26,
        message: "'quotes' (a count of quotes) cannot be compared with 'outlet', a string" + quotesHint),
    ]

  static let scalarCases: [TypeErrorCase] = [
    TypeErrorCase(
      source: "quotes where text > 3", column: 21,
      message: "'text' is a string and cannot be compared with the number 3"),
    TypeErrorCase(
      source: "documents where date > 3", column: 24,
      message: "'date' is a date and cannot be compared with the number 3"),
    TypeErrorCase(
      source: "documents where date in [2022]", column: 26,
      message: "'date' is a date and cannot be compared with the number 2022"),
    TypeErrorCase(
      source: "documents where date = \"yesterday\"", column: 24,
      message: "'date' is a date and cannot be compared with the string \"yesterday\" (dates are written "
        + "\"2022-01-12\", \"2022-01\" or \"2022\")"),
    TypeErrorCase(
      source: "quotes where speaker = 3", column: 24,
      message: "'speaker' is an entity and cannot be compared with the number 3"),
    TypeErrorCase(
      source: "quotes where speaker in [\"Putin\", 3]", column: 35,
      message: "'speaker' is an entity and cannot be compared with the number 3"),
    TypeErrorCase(
      source: "quotes where (text contains \"x\") = \"yes\"", column: 36,
      message: "'(text contains \"x\")' is a boolean and cannot be compared with the string \"yes\""),
    TypeErrorCase(
      source: "quotes where year(document.date) = \"2022\"", column: 36,
      message: "'year(document.date)' is a number and cannot be compared with the string \"2022\""),
    TypeErrorCase(
      source: "documents where date contains \"x\"", column: 17,
      message: "'date' is a date; 'contains' looks for words in text"),
    TypeErrorCase(
      source: "people where roles > true", column: 22,
      message: "'roles' is a list of strings and cannot be compared with the boolean true"),
  ]

  @Test("a type error names both types and points at the part that does not fit", arguments: listCases + scalarCases)
  func typeError(_ errorCase: TypeErrorCase) {
    let error = #expect(throws: QueryError.self) { try seeds.query(errorCase.source) }
    #expect(error?.diagnostic.message == errorCase.message)
    #expect(error?.diagnostic.range.start.line == 1)
    #expect(error?.diagnostic.range.start.column == errorCase.column)
  }

  @Test("a list counts where a number is expected: with every operator, in a list of numbers, against another count")
  func listsCountAgainstNumbers() throws {
    let counts = column("quotes", of: try seeds.query("people show name, quotes")).compactMap { Int($0) }
    #expect(counts.count > 10)
    let cases: [(String, (Int) -> Bool)] = [
      ("quotes > 2", { $0 > 2 }), ("quotes >= 2", { $0 >= 2 }), ("quotes < 2", { $0 < 2 }),
      ("quotes <= 2", { $0 <= 2 }), ("quotes = 2", { $0 == 2 }), ("quotes != 2", { $0 != 2 }),
      ("2 < quotes", { 2 < $0 }), ("quotes in [1, 3]", { [1, 3].contains($0) }),
      ("quotes not in [0]", { $0 != 0 }),
    ]
    for (condition, holds) in cases {
      let result = try seeds.query("people where \(condition) show name, quotes")
      #expect(column("quotes", of: result).compactMap { Int($0) }.count == counts.filter(holds).count, "\(condition)")
      #expect(column("quotes", of: result).allSatisfy { Int($0).map(holds) == true }, "\(condition)")
    }
    let moreQuotesThanDocuments = try seeds.query("people where quotes > documents show quotes, documents")
    #expect(!moreQuotesThanDocuments.rows.isEmpty)
    for row in moreQuotesThanDocuments.rows {
      #expect(Int(row[0].displayText) ?? 0 > Int(row[1].displayText) ?? 0)
    }
  }

  @Test("a list of strings compares element by element; a list of items is compared through a field of its items")
  func listsOfTextStillCompare() throws {
    #expect(!(try seeds.query(#"people where roles contains "spokesman""#).rows.isEmpty))
    #expect(!(try seeds.query(#"people where quotes.text contains "guarantees""#).rows.isEmpty))
    let documentID = column("id", of: try seeds.query("documents show id"))[0]
    #expect(!(try seeds.query("people where quotes.document.id = \"\(documentID)\"").rows.isEmpty))
  }
}
