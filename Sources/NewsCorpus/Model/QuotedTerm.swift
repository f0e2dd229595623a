/// Words in quotation marks that are not an utterance: a scare quote ("open door"), or a title or
/// name set in marks ("Morning Joe"). Kept apart from `Corpus.quotations` but inspectable.
public struct QuotedTerm: Sendable {
  public var id: Int
  public var documentID: Int
  public var paragraphID: Int
  public var sentenceID: Int
  /// The words without their marks, as UTF-8 byte offsets into `Document.text`.
  public var byteRange: Range<Int>
  public var text: String
  public var kind: QuotedTermKind

  public init(
    id: Int, documentID: Int, paragraphID: Int, sentenceID: Int, byteRange: Range<Int>, text: String,
    kind: QuotedTermKind
  ) {
    self.id = id
    self.documentID = documentID
    self.paragraphID = paragraphID
    self.sentenceID = sentenceID
    self.byteRange = byteRange
    self.text = text
    self.kind = kind
  }
}

/// Why quoted words are not an utterance.
public enum QuotedTermKind: String, Sendable, CaseIterable {
  /// Words the writer holds at a distance, with no one saying them ("the bloc's “open door” policy").
  case scareQuote = "scare-quote"
  /// A title or name in marks ("Fox News Sunday").
  case title
}
