/// A paragraph of a document: a run of text between line breaks.
public struct Paragraph: Sendable {
  // In 32 bits (`Compact`): a corpus of records holds millions.
  @Compact public var id: Int
  @Compact public var documentID: Int
  /// Its position in the document, from 0.
  @Compact public var ordinal: Int
  @CompactRange public var byteRange: Range<Int>
  /// Why the paragraph is page furniture rather than article body (nil for body text).
  /// Queries see body paragraphs by default; boilerplate stays inspectable.
  public var boilerplate: BoilerplateKind?
  @CompactRange public var sentenceIDs: Range<Int>

  public init(id: Int, documentID: Int, ordinal: Int, byteRange: Range<Int>, boilerplate: BoilerplateKind? = nil) {
    self.id = id
    self.documentID = documentID
    self.ordinal = ordinal
    self.byteRange = byteRange
    self.boilerplate = boilerplate
    self.sentenceIDs = 0..<0
  }

  public var isBoilerplate: Bool { boilerplate != nil }
}

/// The kinds of page furniture that scraped articles carry around their body.
public enum BoilerplateKind: String, Sendable, CaseIterable {
  case newsletter, relatedLinks = "related-links", authorBio = "author-bio", commentPrompt = "comment-prompt"
  case photoCredit = "photo-credit", caption, promotion, repeated, navigation, other
  /// The headline at the top of a page (also given as the document's title).
  case headline
  /// A "By …" line or a dateline naming the author.
  case byline
}
