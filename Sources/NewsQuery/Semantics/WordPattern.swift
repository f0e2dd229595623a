/// A word of a search term as the corpus's words are compared: folded (case and accents ignored), and with
/// `*` standing for any letters and `?` for one, so `"guarantee*"` finds guarantee, guarantees, guaranteed and
/// `"NAT*"` NATO and nation.
struct WordPattern: Sendable, Hashable, CustomStringConvertible {
  /// The folded word, wildcards kept.
  let text: String
  private let characters: [Character]

  init(_ text: String) {
    self.text = text
    characters = Array(text)
  }

  var isWildcard: Bool { text.contains("*") || text.contains("?") }

  var description: String { text }

  /// The words of a search term: cut where words are cut, a wildcard kept inside its word.
  static func parse(_ phrase: String) -> [WordPattern] {
    var patterns: [WordPattern] = []
    var piece = ""
    func flush() {
      if !piece.isEmpty { patterns.append(WordPattern(TextFolding.fold(piece))) }
      piece = ""
    }
    for character in phrase {
      if character == "*" || character == "?" || character.isLetter || character.isNumber
        || (!piece.isEmpty && character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark })
      {
        piece.append(character)
      } else {
        flush()
      }
    }
    flush()
    return patterns
  }

  /// Whether a folded word fits the pattern.
  func matches(_ word: String) -> Bool {
    guard isWildcard else { return word == text }
    return Self.glob(characters[...], Array(word)[...])
  }

  private static func glob(_ pattern: ArraySlice<Character>, _ word: ArraySlice<Character>) -> Bool {
    var (p, w) = (pattern.startIndex, word.startIndex)
    var star: (pattern: Int, word: Int)?
    while w < word.endIndex {
      if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == word[w] {
        p += 1
        w += 1
      } else if p < pattern.endIndex, pattern[p] == "*" {
        star = (p, w)
        p += 1
      } else if let last = star {
        p = last.pattern + 1
        w = last.word + 1
        star = (last.pattern, last.word + 1)
      } else {
        return false
      }
    }
    while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
    return p == pattern.endIndex
  }

  /// Where the patterns match consecutive words of `words`: the index of each first word.
  static func starts(of patterns: [WordPattern], in words: [TextFolding.Word]) -> [Int] {
    guard !patterns.isEmpty, words.count >= patterns.count else { return [] }
    return (0...(words.count - patterns.count)).filter { start in
      patterns.indices.allSatisfy { patterns[$0].matches(words[start + $0].folded) }
    }
  }
}
