/// The whole in-memory model: every document and what was extracted from it, with ids that index these arrays.
///
/// Built once by `CorpusLoader` and then only read, so it is a value shared freely across threads.
public struct Corpus: Sendable {
  public var documents: [Document]
  public var paragraphs: [Paragraph]
  public var sentences: [Sentence]
  public var quotations: [Quotation]
  public var entities: [Entity]
  public var mentions: [Mention]
  /// Scare quotes and quoted titles: words in marks that no one is quoted as saying.
  public var quotedTerms: [QuotedTerm] = []
  /// What loading read, skipped and warned about.
  public var report: LoadReport

  public init(
    documents: [Document] = [], paragraphs: [Paragraph] = [], sentences: [Sentence] = [],
    quotations: [Quotation] = [], entities: [Entity] = [], mentions: [Mention] = [],
    report: LoadReport = LoadReport()
  ) {
    self.documents = documents
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.quotations = quotations
    self.entities = entities
    self.mentions = mentions
    self.report = report
  }

  /// The words of an item's range in its document.
  public func text(of byteRange: Range<Int>, inDocument documentID: Int) -> Substring {
    documents[documentID].text(in: byteRange)
  }

  /// The entity a quotation is attributed to.
  public func speaker(of quotation: Quotation) -> Entity? {
    quotation.speakerID.map { entities[$0] }
  }
}
