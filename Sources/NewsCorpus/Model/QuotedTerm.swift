/// Words in quotation marks that are not an utterance: a scare quote ("open door"), or a title or
/// name set in marks ("Morning Joe"). Kept apart from `Corpus.quotations` but inspectable.
public struct QuotedTerm: Sendable {
  // Ids and the byte range in 32 bits (`Compact`): a corpus of records holds millions.
  @Compact public var id: Int
  @Compact public var documentID: Int
  @Compact public var paragraphID: Int
  @Compact public var sentenceID: Int
  /// The words without their marks, as UTF-8 byte offsets into `Document.text`.
  @CompactRange public var byteRange: Range<Int>
  /// The words. A term the loader makes reads them from its document's text, shared rather than copied.
  public var text: String {
    get { sharedText.string }
    set { sharedText = SharedText(newValue) }
  }
  var sharedText: SharedText
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
    self.sharedText = SharedText(text)
    self.kind = kind
  }
}

extension QuotedTerm {
  /// A term whose text is `byteRange` of `documentText`, read from it when asked for.
  init(
    id: Int, documentID: Int, paragraphID: Int, sentenceID: Int, byteRange: Range<Int>, documentText: String,
    kind: QuotedTermKind
  ) {
    self.init(
      id: id, documentID: documentID, paragraphID: paragraphID, sentenceID: sentenceID, byteRange: byteRange, text: "",
      kind: kind)
    sharedText = SharedText(documentText, byteRange)
  }
}

/// Why quoted words are not an utterance.
public enum QuotedTermKind: String, Sendable, CaseIterable {
  /// Words the writer holds at a distance, with no one saying them ("the bloc's “open door” policy").
  case scareQuote = "scare-quote"
  /// A title or name in marks ("Fox News Sunday").
  case title
}
