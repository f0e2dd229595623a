import Foundation
import Testing

@testable import NewsCorpus

/// The ASCII trimming metadata inference uses answers as Foundation's `trimmingCharacters(in:)`.
@Suite("ASCII trimming")
struct ASCIITrimmingTests {
  static let texts = [
    "", " ", "  Reuters  ", "(AP)", "\"Quoted.\"", "--- by Jane Doe ---", "\tTab\t", "@handle!", "a", "...",
    "$100+", "~tilde~", "{braces}", "Ünïcode — “marks”", " café, ", "\r\nline\r\n", "100%", "#tag", "x_y_",
  ]

  @Test("the same result as Foundation for every set it is made for", arguments: texts)
  func sameAsFoundation(_ text: String) {
    for (trimming, set) in [
      (ASCIITrimming.whitespaces, CharacterSet.whitespaces), (ASCIITrimming.punctuation, .punctuationCharacters),
      (ASCIITrimming.whitespacesAndPunctuation, CharacterSet.whitespaces.union(.punctuationCharacters)),
    ] {
      #expect(trimming.trim(text) == text.trimmingCharacters(in: set))
      #expect(trimming.trim(text.dropFirst()) == text.dropFirst().trimmingCharacters(in: set))
    }
  }
}
