import Foundation
import NewsCorpus
import Testing

@testable import NewsQuery

/// `matches` runs PCRE2 over UTF-8 bytes with the flags the README lists; a pattern's required literal
/// narrows the rows through the word index without changing the answer; a long filter runs on every core
/// and keeps its rows in order.
@Suite("Regular expressions")
struct RegexTests {
  static let origin = SourceLocation(offset: 0, line: 1, column: 1)
  static let range = SourceRange(start: origin, end: origin)

  static func regex(_ pattern: String, _ flags: String = "") throws -> RegexBox {
    try RegexBox(pattern: pattern, flags: flags, range: range)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var pattern: String
    var flags: String
    var text: String
    var matches: Bool
    var testDescription: String { "/\(pattern)/\(flags) on \"\(text)\"" }
  }

  static let semanticCases: [Case] = [
    Case(pattern: #"^\w+$"#, flags: "", text: "Ørsted", matches: true),
    Case(pattern: #"\bcafé\b"#, flags: "", text: "the café is open", matches: true),
    Case(pattern: "жук", flags: "i", text: "ЖУК", matches: true),
    Case(pattern: "жук", flags: "", text: "ЖУК", matches: false),
    Case(pattern: "zoë", flags: "i", text: "ZOË said", matches: true),
    Case(pattern: "^said$", flags: "", text: "Tom\nsaid\nit", matches: false),
    Case(pattern: "^said$", flags: "m", text: "Tom\nsaid\nit", matches: true),
    Case(pattern: "Tom.said", flags: "", text: "Tom\nsaid", matches: false),
    Case(pattern: "Tom.said", flags: "s", text: "Tom\nsaid", matches: true),
    Case(pattern: "Tom said # a comment", flags: "x", text: "Tomsaid", matches: true),
    Case(pattern: #"^.{3}$"#, flags: "", text: "Ærø", matches: true),
    Case(pattern: "x", flags: "", text: "", matches: false),
  ]

  @Test("PCRE2 knows Unicode letters and case, and the i, m, s and x flags", arguments: semanticCases)
  func semantics(_ example: Case) throws {
    let regex = try Self.regex(example.pattern, example.flags)
    let uncancellable = regex.matches(example.text, isCancelled: nil)
    #expect(uncancellable == example.matches)
    let uncancelled = regex.matches(example.text, isCancelled: { false })
    #expect(uncancelled == example.matches)
  }

  @Test("an invalid pattern names the reason and the character, counted in characters, not bytes")
  func invalidPattern() {
    let error = #expect(throws: QueryError.self) { try Self.regex("é(a") }
    #expect(error?.diagnostic.message == "invalid regular expression /é(a/: missing closing parenthesis at character 4")
    let flag = #expect(throws: QueryError.self) { try Self.regex("a", "q") }
    #expect(flag?.diagnostic.message == "unknown regular expression flag 'q' (use i, m, s or x)")
  }

  @Test("a match that takes more steps than PCRE2's default limit of ten million is still found")
  func noDefaultStepLimit() throws {
    // The first branch fails only after about 2^24 steps; the second then matches.
    let regex = try Self.regex("(x+x+)+y|x+q")
    let text = String(repeating: "x", count: 24) + "q"
    let uncancellable = regex.matches(text, isCancelled: nil)
    #expect(uncancellable)
    let uncancelled = regex.matches(text, isCancelled: { false })
    #expect(uncancelled)
  }

  @Test("extract() takes the first group, else the whole match, over multi-byte text")
  func capture() throws {
    #expect(try Self.regex(#"(\d+) troops"#).capture(in: "Ærø sent 300 troops") == "300")
    #expect(try Self.regex(#"Ør\w+"#).capture(in: "Zoë Ørsted spoke") == "Ørsted")
    #expect(try Self.regex("nothing").capture(in: "Zoë") == nil)
  }

  struct LiteralCase: CustomTestStringConvertible, Sendable {
    var pattern: String
    var flags = ""
    var literal: String?
    var testDescription: String { "/\(pattern)/\(flags)" }
  }

  static let literalCases: [LiteralCase] = [
    LiteralCase(pattern: "ukrain", flags: "i", literal: "ukrain"),
    LiteralCase(pattern: #"\bUkrain\w*"#, literal: "ukrain"),
    LiteralCase(pattern: "guarantees?", literal: "guarantee"),
    LiteralCase(pattern: "colou?r scheme", literal: "scheme"),
    LiteralCase(pattern: "ab{2,3}cdef", literal: "cdef"),
    LiteralCase(pattern: "bo+ats", literal: "ats"),
    LiteralCase(pattern: "(?:foo)bar", literal: "bar"),
    LiteralCase(pattern: "[abcdef]xyz", literal: "xyz"),
    LiteralCase(pattern: #"[\]abcd]xyz"#, literal: "xyz"),
    LiteralCase(pattern: "ukrain(e|ian)", literal: "ukrain"),
    LiteralCase(pattern: #"\belect(ion|oral)\w*"#, flags: "i", literal: "elect"),
    LiteralCase(pattern: "(ab|cd)efgh", literal: "efgh"),
    LiteralCase(pattern: "ukraine|russia", literal: nil),
    LiteralCase(pattern: "[|]abcd|xyz", literal: nil),
    LiteralCase(pattern: #"abcd\|xyz"#, literal: "abcd"),
    LiteralCase(pattern: "ukraine", flags: "x", literal: nil),
    LiteralCase(pattern: "(?x)ukr aine", literal: nil),
    LiteralCase(pattern: #"\x41bcd"#, literal: nil),
    LiteralCase(pattern: #"\Qabcd\E"#, literal: nil),
    LiteralCase(pattern: "[[:alpha:]x]yz", literal: nil),
    LiteralCase(pattern: "ab.cd", literal: nil),
    LiteralCase(pattern: "café", literal: "caf"),
    LiteralCase(pattern: "ñoño", literal: nil),
  ]

  @Test("a required literal is a run of ASCII letters and digits every match holds", arguments: literalCases)
  func requiredLiteral(_ example: LiteralCase) {
    #expect(RegexLiteral.required(in: example.pattern, flags: example.flags) == example.literal)
  }

  /// Patterns built from the seeds' words: the word alone, capitalised, inside a longer word, at a boundary.
  static func patterns(of corpus: Corpus) -> [(String, String)] {
    let words = WordIndexTests.phrases(of: corpus, count: 6).filter {
      !$0.contains(" ") && $0.count >= 3 && $0.utf8.allSatisfy { $0 < 0x80 }
    }
    var patterns: [(String, String)] = [
      ("zzqqx", "i"), ("nobody wants", "i"), ("the", ""), ("ukrain(e|ian)", "i"), ("secur(ity|e)|nato", "i"),
    ]
    for word in Set(words).sorted() {
      let boundary: String = #"\b"# + word + #"\w*"#
      patterns += [(word, "i"), (word.capitalizedFirst, ""), (boundary, "i"), ("^" + word, "im"), (word + "s?", "")]
    }
    return patterns
  }

  @Test("the word index narrows a pattern's rows without changing them", arguments: WordIndexTests.collections)
  func prefilterAgreesWithScan(collection: String) throws {
    let engine = QueryEngine(corpus: Fixtures.seedCorpus)
    let source = ["paragraphs", "sentences"].contains(collection) ? collection + " including boilerplate" : collection
    var narrowed = 0
    for (pattern, flags) in Self.patterns(of: Fixtures.seedCorpus) {
      let condition = "text matches /\(pattern)/\(flags)"
      let plan = try engine.query("explain \(source) where \(condition)")
      if plan.rows.first.map({ $0[1].displayText }) == "index" { narrowed += 1 }
      let indexed = try engine.query("\(source) where \(condition)")
      let scanned = try engine.query("\(source) where \(condition) or length(text) < 0")
      #expect(indexed.rows == scanned.rows, "\(collection) \(condition)")
    }
    #expect(narrowed > 0)
  }

  /// The wire stories again and again under fresh ids: more sentences than a filter checks on one core.
  static let repeated: Corpus = WireFixture.corpus(
    of: (0..<300).flatMap { copy in
      WireFixture.articles.map { article in article.merging(["id": "\(article["id"] ?? "")-\(copy)"]) { $1 } }
    })

  @Test("a filter over thousands of rows, on every core, keeps the rows a serial loop keeps, in order")
  func parallelFilter() throws {
    let corpus = Self.repeated
    #expect(corpus.sentences.count >= Planner.rowsForParallelFilter)
    let regex = try Self.regex("(?i)t[a-z]+s")
    let expected = corpus.sentences.indices.compactMap { id -> String? in
      let text = String(corpus.text(of: corpus.sentences.byteRange(id), inDocument: corpus.sentences.documentID(id)))
      return regex.matches(text, isCancelled: nil) ? text : nil
    }
    let engine = QueryEngine(corpus: corpus)
    // No literal of three letters: the filter scans every sentence.
    let result = try engine.query("sentences including boilerplate where text matches /(?i)t[a-z]+s/ show text")
    #expect(column("text", of: result) == expected)
    let cancel = CancellationTests.CancelAfter(calls: 3)
    let error = #expect(throws: QueryError.self) {
      try engine.query("sentences including boilerplate where text matches /t[a-z]+s/", isCancelled: cancel.isCancelled)
    }
    #expect(error?.diagnostic.message == "query cancelled")
  }
}
