import Foundation

/// Case- and accent-insensitive text for matching what was typed ("mull" finds "Müller").
enum TextFold {
  static func fold(_ text: some StringProtocol) -> String {
    String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

/// A value Tab can insert, with the forms that find it: an entity's canonical name and its aliases
/// ("Vladimir Putin", "Putin", "Vladimir V. Putin"), so typing any of them offers the one name.
struct ValueChoice: Sendable, Hashable {
  var value: String
  var forms: [String]

  init(_ value: String, forms: [String] = []) {
    self.value = value
    self.forms = forms.isEmpty ? [value] : forms
  }
}

/// Chooses the values that fit a half-typed string: a value fits when it, or one of its words, starts
/// with what was typed. A name form inside a longer matching one ("Berg" in "Anna Berg")
/// gives way to it, so one person is one candidate.
enum ValueMatcher {
  static let maximumCandidates = 200
  /// Matches beyond this many (most frequent first) are not considered, so Tab stays instant on a large corpus.
  static let maximumConsidered = 1000

  static func matching(_ values: [String], typed: String) -> [String] {
    matching(values.map { ValueChoice($0) }, typed: typed)
  }

  static func matching(_ choices: [ValueChoice], typed: String) -> [String] {
    let needle = TextFold.fold(typed)
    var seen = Set<String>()
    var matches: [(value: String, folded: String)] = []
    for choice in choices {
      let folded = TextFold.fold(choice.value)
      guard !seen.contains(folded), choice.forms.contains(where: { fits(TextFold.fold($0), needle) }) else { continue }
      seen.insert(folded)
      matches.append((choice.value, folded))
      if matches.count == maximumConsidered { break }
    }
    let kept = matches.filter { candidate in
      !matches.contains { other in
        other.folded != candidate.folded && other.folded.count > candidate.folded.count
          && containsWords(other.folded, candidate.folded)
      }
    }
    return kept.prefix(maximumCandidates).map(\.value)
  }

  /// Escapes the quote and backslashes so the value reads back as itself inside `quote`.
  static func escape(_ value: String, quote: Character) -> String {
    var escaped = ""
    for character in value {
      if character == quote || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  private static func fits(_ folded: String, _ needle: String) -> Bool {
    if needle.isEmpty || folded.hasPrefix(needle) { return true }
    var previous: Character = " "
    for index in folded.indices {
      if !isWordCharacter(previous), isWordCharacter(folded[index]), folded[index...].hasPrefix(needle) {
        return true
      }
      previous = folded[index]
    }
    return false
  }

  /// Whether `part` occurs in `whole` as whole words.
  private static func containsWords(_ whole: String, _ part: String) -> Bool {
    spaced(whole).contains(spaced(part))
  }

  /// The words of `text` between single spaces, with a space at each end.
  private static func spaced(_ text: String) -> String {
    " " + text.split(whereSeparator: { !isWordCharacter($0) }).joined(separator: " ") + " "
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
