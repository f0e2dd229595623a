/// A quoted utterance and, where the text says, who uttered it.
public struct Quotation: Sendable {
  public var id: Int
  public var documentID: Int
  public var paragraphID: Int
  /// The sentence in which the quotation opens.
  public var sentenceID: Int
  /// The quoted words without their outer quotation marks.
  public var byteRange: Range<Int>
  public var text: String
  /// The entity (person, organization or outlet) the quotation is attributed to, if any.
  public var speakerID: Int?
  /// The word or phrase that attributes it ("said", "told reporters"), if any.
  public var cue: String?
  public var form: QuotationForm

  public init(
    id: Int, documentID: Int, paragraphID: Int, sentenceID: Int, byteRange: Range<Int>, text: String,
    speakerID: Int? = nil, cue: String? = nil, form: QuotationForm = .marked
  ) {
    self.id = id
    self.documentID = documentID
    self.paragraphID = paragraphID
    self.sentenceID = sentenceID
    self.byteRange = byteRange
    self.text = text
    self.speakerID = speakerID
    self.cue = cue
    self.form = form
  }
}

/// How a quotation is set off in the text.
public enum QuotationForm: String, Sendable, CaseIterable {
  /// Between quotation marks.
  case marked
  /// A paragraph with no marks, introduced by a paragraph ending in a colon.
  case block
}
