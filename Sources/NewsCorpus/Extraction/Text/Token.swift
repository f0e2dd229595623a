/// A word, punctuation mark or quotation mark of a paragraph, with where it stands.
struct Token {
  enum Kind: Equatable { case word, punctuation, mark }

  var kind: Kind
  var range: Range<Int>
  var text: String
  /// `text` lowercased, computed once: the gazetteer and cue tables are keyed by it.
  let lowercased: String
  /// The word tables `lowercased` belongs to, looked up once.
  let flags: WordFlags
  /// Whether `text` is already lowercase (`text == lowercased`), so a table keyed by lowercase words
  /// holds `text` itself exactly when it holds `lowercased`.
  let isLowercaseAsWritten: Bool
  /// The index of the paragraph's quoted span whose words hold this token, if any.
  var quote: Int?
  /// The index of the paragraph's sentence that holds it.
  var sentence: Int
  var isCapitalised: Bool

  init(kind: Kind, range: Range<Int>, text: String, quote: Int?, sentence: Int, isCapitalised: Bool) {
    self.kind = kind
    self.range = range
    self.text = text
    (lowercased, isLowercaseAsWritten) = Self.lowercaseTellingIfSame(text)
    flags = WordFlags.of(lowercased: lowercased)
    self.quote = quote
    self.sentence = sentence
    self.isCapitalised = isCapitalised
  }

  var isWord: Bool { kind == .word }

  /// Whether the lowercased word is in the tables of `flag`.
  func has(_ flag: WordFlags) -> Bool { flags.contains(flag) }

  /// Whether the word is a given name of the lexicon (`Gazetteer.femaleGivenNames` and the others).
  var isGivenName: Bool { !flags.isDisjoint(with: .givenName) }

  /// Whether the word as written (not lowercased) is in the tables of `flag`.
  func hasAsWritten(_ flag: WordFlags) -> Bool { isLowercaseAsWritten && flags.contains(flag) }
  func isPunctuation(_ text: String) -> Bool { kind == .punctuation && self.text == text }

  /// `String.lowercased()`, without its Unicode tables for the ASCII words that make up most text.
  static func lowercase(_ text: String) -> String { lowercaseTellingIfSame(text).0 }

  /// `lowercase(text)`, and whether it equals `text`.
  static func lowercaseTellingIfSame(_ text: String) -> (String, Bool) {
    var hasUpper = false
    for byte in text.utf8 {
      if byte >= 0x80 {
        let lower = text.lowercased()
        return (lower, lower == text)
      }
      if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
    }
    guard hasUpper else { return (text, true) }
    let lower = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
      var count = 0
      for byte in text.utf8 {
        buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        count += 1
      }
      return count
    }
    return (lower, false)
  }
}
