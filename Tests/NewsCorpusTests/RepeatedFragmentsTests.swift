import Foundation
import Testing

@testable import NewsCorpus

/// The byte-by-byte folding of `RepeatedFragments` gives the words Foundation's folding gives, and
/// declines text it cannot fold.
@Suite("Repeated fragments")
struct RepeatedFragmentsTests {
  /// Pieces a quotation is made of: words in both cases, digits, hyphens and apostrophes at a word's
  /// edges and inside it, punctuation, white space, and the typographic marks the fast path reads.
  static let pieces = [
    "Ferry", "TIMETABLE", "sensible", "x", "42", "-", "'", "--", "''", " ", "  ", ",", ".", "!", "?", "\n", "\r\n",
    "\t", "(", ")", "\"", ";", ":", "/", "&", "fact-checking", "don't", "rock'n'roll", "-edge-", "'quoted'",
    "\u{2019}", "\u{2018}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}", "it\u{2019}s", "O\u{2019}Neill",
  ]

  @Test("folds ASCII text with typographic marks as Foundation does")
  func asciiPathAgrees() throws {
    var random = SplitMix64(seed: 0x5EED)
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
      }
      let bytes = Array(text.utf8)
      let fast = try #require(RepeatedFragments.asciiWords(bytes, 0..<bytes.count), "declined \(text.debugDescription)")
      #expect(fast == RepeatedFragments.foldedWords(bytes, 0..<bytes.count), "\(text.debugDescription)")
    }
  }

  @Test("folds a mixed text piece by piece as Foundation folds it whole")
  func mixedTextAgrees() {
    let pieces = Self.pieces + ["Québec", "Zoë\u{2019}s", "café", "naïve-ish", "€5", "\u{00A0}", "Łódź", "ﬁne"]
    var random = SplitMix64(seed: 0xF01D)
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
      let bytes = Array(text.utf8)
      #expect(RepeatedFragments.words(bytes, 0..<bytes.count) == RepeatedFragments.foldedWords(bytes, 0..<bytes.count),
        "\(text.debugDescription)")
    }
  }

  @Test("reads only the span it is given")
  func readsTheSpan() {
    let bytes = Array("said \u{201C}Entirely SENSIBLE\u{201D} today".utf8)
    #expect(RepeatedFragments.words(bytes, 5..<bytes.count - 6) == ["entirely", "sensible"])
  }

  @Test(
    "leaves other text to Foundation's folding",
    arguments: [("Québec", ["quebec"]), ("Zoë’s café", ["zoe's", "cafe"]), ("ﬁne", ["fine"]), ("a\u{0301}b", ["ab"])])
  func declinesOtherText(text: String, expected: [String]) {
    let bytes = Array(text.utf8)
    #expect(RepeatedFragments.asciiWords(bytes, 0..<bytes.count) == nil)
    #expect(RepeatedFragments.words(bytes, 0..<bytes.count) == expected)
  }
}
