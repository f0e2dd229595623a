import Foundation

/// Case- and accent-insensitive text, so "niinisto" finds "Niinistö" and "NATO" finds "Nato".
enum TextFolding {
  static func fold(_ text: some StringProtocol) -> String {
    String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Whether `phrase` occurs in `text` as whole words, after folding.
  static func containsPhrase(_ text: String, _ phrase: String) -> Bool {
    let haystack = fold(text)
    let needle = fold(phrase)
    guard !needle.isEmpty else { return true }
    var searchStart = haystack.startIndex
    while let found = haystack.range(of: needle, range: searchStart..<haystack.endIndex) {
      let beforeIsBoundary = found.lowerBound == haystack.startIndex
        || !isWordCharacter(haystack[haystack.index(before: found.lowerBound)])
      let afterIsBoundary = found.upperBound == haystack.endIndex || !isWordCharacter(haystack[found.upperBound])
      if beforeIsBoundary && afterIsBoundary { return true }
      searchStart = haystack.index(after: found.lowerBound)
    }
    return false
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
