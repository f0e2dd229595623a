/// What extraction found in one document, with document-local indices; `CorpusBuilder` gives the
/// items their corpus-wide ids and `EntityRegistry` merges the entities across documents.
struct ExtractedDocument {
  struct ParagraphItem {
    var byteRange: Range<Int>
    var boilerplate: BoilerplateKind?
    var sentences: [Range<Int>]
  }

  struct QuotationItem {
    var paragraph: Int
    /// The paragraph-local index of the sentence the quotation opens in.
    var sentence: Int
    var byteRange: Range<Int>
    var speaker: Int?
    var cue: String?
    var cueByteRange: Range<Int>?
    var form: QuotationForm
    var attribution: AttributionKind
    /// Why the speaker is who it is (`SpeakerChoice.why`).
    var why: String
  }

  struct TermItem {
    var paragraph: Int
    var sentence: Int
    var byteRange: Range<Int>
    var kind: QuotedTermKind
  }

  struct EntityItem {
    var kind: EntityKind
    var name: String
    var aliases: [String] = []
    var roles: [String] = []
    var affiliation: String?
    var country: String?
    /// The gender the text says (an honorific, a relation word, the pronouns that refer to the person).
    var gender: Gender?
    /// The gender the person's given name usually goes with, when the text says none.
    var givenNameGender: Gender? = nil
    /// A person the text names by a given name alone ("Her mother, Ann,"), whose surname may come later.
    var isGivenNameOnly = false
    /// `NameCandidate.isLikelyPerson` of any of its mentions, or the subject of a speech verb.
    var isLikelyPerson = false
    /// An age the text gives beside a mention.
    var age: Int? = nil
    /// The words that identify a person across documents ("ivan petrov"), or the canonical name.
    var key: String
    var surname: String?
  }

  struct MentionItem {
    var entity: Int
    var paragraph: Int
    var sentence: Int
    var byteRange: Range<Int>
    var text: String
  }

  var paragraphs: [ParagraphItem] = []
  var quotations: [QuotationItem] = []
  var terms: [TermItem] = []
  var entities: [EntityItem] = []
  var mentions: [MentionItem] = []
  var metadata = InferredMetadata()
}

/// Metadata read from the page itself when the input does not give it.
struct InferredMetadata {
  var title: String?
  var outlet: String?
  var author: String?
  var date: NewsDate?
  var headlineParagraph: Int?
}
