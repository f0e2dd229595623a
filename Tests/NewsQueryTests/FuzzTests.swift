import NewsCorpus
import Testing

@testable import NewsQuery

/// No input crashes the lexer, the parser, the planner or the executor: random text and random
/// sequences of the language's own words either run or fail with a positioned error.
@Suite("Fuzzing")
struct FuzzTests {
  static let pieces: [String] =
    Keyword.allCases.map(\.rawValue) + Catalog.collections.map(\.name)
    + ["speaker", "text", "document", "outlet", "date", "quotes", "affiliation", "name", "mentions", "count", "x"]
    + ["=", "!=", "<>", "<", "<=", ">", ">=", "(", ")", "[", "]", ",", ".", ";", "\"", "'", "/", "\\", "-", "--"]
    + [
      "\"Putin\"", "\"NATO\"", "\"2022-01-10\"", "3", "-1", "2.5", "1e9", "/a(b/i", "/x/q", "mentions(",
      "count(distinct",
    ]
    + ["é", "Niinistö", "日本", "\u{301}", "\u{0}", "\n", "\t", "🙂", "\u{FEFF}"]

  @Test("random sequences of NewsQL's words never crash anything", arguments: 0..<8)
  func words(_ seed: Int) {
    var random = SplitMix64(seed: UInt64(seed) &* 7919)
    var engine = QueryEngine(corpus: WireFixture.corpus)
    for _ in 0..<400 {
      let count = Int.random(in: 1...14, using: &random)
      let source = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined(separator: " ")
      Self.check(source, on: &engine)
    }
  }

  @Test("random characters never crash the lexer or the parser", arguments: 0..<4)
  func characters(_ seed: Int) {
    var random = SplitMix64(seed: UInt64(seed) &+ 12345)
    var engine = QueryEngine(corpus: WireFixture.corpus)
    for _ in 0..<300 {
      let length = Int.random(in: 0...60, using: &random)
      var scalars = String.UnicodeScalarView()
      for _ in 0..<length {
        let value = UInt32.random(in: 0...0x2FFF, using: &random)
        scalars.append(Unicode.Scalar(value) ?? "?")
      }
      Self.check(String(scalars), on: &engine)
    }
  }

  @Test("deep nesting, long chains and huge input are clear errors or run")
  func extremes() {
    var engine = QueryEngine(corpus: WireFixture.corpus)
    for source in [
      String(repeating: "(", count: 100_000), String(repeating: "not ", count: 10_000) + "x",
      "quotes where " + Array(repeating: "text contains \"a\"", count: 20_000).joined(separator: " or "),
      "quotes where text contains \"" + String(repeating: "word ", count: 50_000) + "\"",
      String(repeating: "quotes ", count: 10_000), "let a = a", "a", "explain explain quotes",
      "concordance \"x\" in (concordance \"x\")", "quotes context context", "quotes count count count",
      "quotes group by speaker group by count", "quotes show count show count",
    ] {
      Self.check(source, on: &engine)
    }
  }

  /// Runs `source`; any outcome but a positioned error inside the statement is a failure.
  static func check(_ source: String, on engine: inout QueryEngine) {
    do {
      _ = try engine.run(source)
    } catch {
      let range = error.diagnostic.range
      #expect(range.start.line >= 1 && range.start.column >= 1, "\(source.prefix(80))")
      #expect(range.start.offset <= source.utf8.count, "\(source.prefix(80))")
      #expect(!error.diagnostic.message.isEmpty)
    }
  }
}
