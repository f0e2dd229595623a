/// The whole in-memory model: every document and what was extracted from it, with ids that index these arrays.
///
/// Built once by `CorpusLoader` and then only read, so it is a value shared freely across threads. Each
/// collection is a `Table`: an array while the corpus is built, columns read in place once it is compacted
/// into a `CorpusImage` (`compacted()`, or a snapshot opened with `init(image:)`).
public struct Corpus: Sendable {
  public var documents: Table<Document>
  public var paragraphs: Table<Paragraph>
  public var sentences: Table<Sentence>
  public var quotations: Table<Quotation>
  public var entities: Table<Entity>
  public var mentions: Table<Mention>
  /// Scare quotes and quoted titles: words in marks that no one is quoted as saying.
  public var quotedTerms: Table<QuotedTerm> = []
  /// What loading read, skipped and warned about.
  public var report: LoadReport

  public init(
    documents: [Document] = [], paragraphs: [Paragraph] = [], sentences: [Sentence] = [],
    quotations: [Quotation] = [], entities: [Entity] = [], mentions: [Mention] = [],
    report: LoadReport = LoadReport()
  ) {
    self.documents = Table(documents)
    self.paragraphs = Table(paragraphs)
    self.sentences = Table(sentences)
    self.quotations = Table(quotations)
    self.entities = Table(entities)
    self.mentions = Table(mentions)
    self.report = report
  }

  /// The words of an item's range in its document.
  public func text(of byteRange: Range<Int>, inDocument documentID: Int) -> Substring {
    if let image = documents.image, let columns = documents.columns {
      return Substring(SharedText(image: image, columns.context, document: documentID).slice(byteRange).string)
    }
    return documents[documentID].text(in: byteRange)
  }

  /// Calls `body` with the UTF-8 bytes of document `documentID`'s text, in place: the hot path of scans,
  /// which never makes a String of a whole document.
  public func withTextBytes<Result>(ofDocument documentID: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    if let image = documents.image, let columns = documents.columns {
      return body(columns.context.textBytes(ofDocument: documentID, in: image))
    }
    return documents[documentID].withTextBytes(body)
  }

  /// The character (Unicode scalar) offset of a byte offset in document `documentID`, for output.
  public func characterOffset(ofByte byteOffset: Int, inDocument documentID: Int) -> Int {
    withTextBytes(ofDocument: documentID) { Document.scalarCount(UnsafeBufferPointer(rebasing: $0.prefix(max(0, byteOffset)))) }
  }

  /// How many entities are the speaker of some quotation, read from the column when the corpus is in one.
  public var speakerCount: Int {
    guard let columns = quotations.columns else { return Set(quotations.compactMap(\.speakerID)).count }
    var seen = Set<Int32>()
    for speaker in columns.speakerID.buffer where speaker >= 0 { seen.insert(speaker) }
    return seen.count
  }

  /// The entity a quotation is attributed to.
  public func speaker(of quotation: Quotation) -> Entity? {
    quotation.speakerID.map { entities[$0] }
  }
}
