/// A quoted utterance and, where the text says, who uttered it.
public struct Quotation: Sendable {
  // Ids and the byte range in 32 bits (`Compact`): a corpus of records holds millions.
  @Compact public var id: Int
  @Compact public var documentID: Int
  @Compact public var paragraphID: Int
  /// The sentence in which the quotation opens.
  @Compact public var sentenceID: Int
  /// The quoted words without their outer quotation marks.
  @CompactRange public var byteRange: Range<Int>
  /// The quoted words. A quotation the loader makes reads them from its document's text, which it
  /// shares rather than copies; a text set or given to `init` is kept as given.
  public var text: String {
    get { sharedText.string }
    set { sharedText = SharedText(newValue) }
  }
  var sharedText: SharedText
  /// The entity (person, organization or outlet) the quotation is attributed to, if any.
  public var speakerID: Int?
  /// The word or phrase that attributes it ("said", "told reporters"), if any.
  public var cue: String?
  /// Where the cue stands in the document (UTF-8 byte offsets), if there is one.
  public var cueByteRange: Range<Int>?
  public var form: QuotationForm
  /// How the speaker was found.
  public var attribution: AttributionKind
  /// Why the speaker is who it is, in words: the rule that decided and how its subject was resolved
  /// ("she → Jane Doe, nearest female person, 2 sentences back; subject of 'said' in the same sentence").
  public var why: String

  public init(
    id: Int, documentID: Int, paragraphID: Int, sentenceID: Int, byteRange: Range<Int>, text: String,
    speakerID: Int? = nil, cue: String? = nil, form: QuotationForm = .marked, cueByteRange: Range<Int>? = nil,
    attribution: AttributionKind = .none, why: String = ""
  ) {
    self.id = id
    self.documentID = documentID
    self.paragraphID = paragraphID
    self.sentenceID = sentenceID
    self.byteRange = byteRange
    self.sharedText = SharedText(text)
    self.speakerID = speakerID
    self.cue = cue
    self.form = form
    self.cueByteRange = cueByteRange
    self.attribution = attribution
    self.why = why
  }
}

extension Quotation {
  /// A quotation whose text is `byteRange` of `documentText`, read from it when asked for.
  init(
    id: Int, documentID: Int, paragraphID: Int, sentenceID: Int, byteRange: Range<Int>, documentText: String,
    speakerID: Int?, cue: String?, form: QuotationForm, cueByteRange: Range<Int>?, attribution: AttributionKind,
    why: String
  ) {
    self.init(
      id: id, documentID: documentID, paragraphID: paragraphID, sentenceID: sentenceID, byteRange: byteRange, text: "",
      speakerID: speakerID, cue: cue, form: form, cueByteRange: cueByteRange, attribution: attribution, why: why)
    sharedText = SharedText(documentText, byteRange)
  }
}

/// How a quotation is set off in the text.
public enum QuotationForm: String, Sendable, CaseIterable {
  /// Between quotation marks.
  case marked
  /// A paragraph with no marks, introduced by a paragraph ending in a colon or a speaker's label.
  case block
}

/// How a quotation's speaker was found, so that users can weigh the attribution.
public enum AttributionKind: String, Sendable, CaseIterable {
  /// A cue in the quotation's own sentence names the speaker ("Smith said").
  case named
  /// A pronoun cue ("she said") resolved to the nearest compatible person.
  case pronoun
  /// No cue of its own: the speaker of the previous quotation in the paragraph, or the paragraph before.
  case continuation
  /// A paragraph ending in a colon, or a transcript label ("WALLACE:"), introduces it.
  case introduction
  /// A cue names no one ("a source said") or there is no cue.
  case none
}
