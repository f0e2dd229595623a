/// A word, punctuation mark or quotation mark of a paragraph, with where it stands.
struct Token {
  enum Kind: Equatable { case word, punctuation, mark }

  var kind: Kind
  var range: Range<Int>
  var text: String
  /// `text` lowercased, computed once: the gazetteer and cue tables are keyed by it.
  let lowercased: String
  /// The index of the paragraph's quoted span whose words hold this token, if any.
  var quote: Int?
  /// The index of the paragraph's sentence that holds it.
  var sentence: Int
  var isCapitalised: Bool

  init(kind: Kind, range: Range<Int>, text: String, quote: Int?, sentence: Int, isCapitalised: Bool) {
    self.kind = kind
    self.range = range
    self.text = text
    self.lowercased = Self.lowercase(text)
    self.quote = quote
    self.sentence = sentence
    self.isCapitalised = isCapitalised
  }

  var isWord: Bool { kind == .word }
  func isPunctuation(_ text: String) -> Bool { kind == .punctuation && self.text == text }

  /// `String.lowercased()`, without its Unicode tables for the ASCII words that make up most text.
  static func lowercase(_ text: String) -> String {
    var hasUpper = false
    for byte in text.utf8 {
      if byte >= 0x80 { return text.lowercased() }
      if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
    }
    guard hasUpper else { return text }
    return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
      var count = 0
      for byte in text.utf8 {
        buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        count += 1
      }
      return count
    }
  }
}
