/// A word, punctuation mark or quotation mark of a paragraph, with where it stands.
struct Token {
  enum Kind: Equatable { case word, punctuation, mark }

  var kind: Kind
  var range: Range<Int>
  var text: String
  /// The index of the paragraph's quoted span whose words hold this token, if any.
  var quote: Int?
  /// The index of the paragraph's sentence that holds it.
  var sentence: Int
  var isCapitalised: Bool

  var lowercased: String { text.lowercased() }
  var isWord: Bool { kind == .word }
  func isPunctuation(_ text: String) -> Bool { kind == .punctuation && self.text == text }
}
