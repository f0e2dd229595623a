import Foundation

/// A corpus as the sections of a `CorpusImage`, and back.
extension Corpus {
  /// The largest document, and the most items of a kind, an image can hold: offsets and ids are 31 bits.
  public static let imageLimit = Int(Int32.max)

  static let reportSection = "corpus.report"

  /// The image the corpus reads its tables from, if it was compacted or opened from a snapshot.
  public var image: CorpusImage? { documents.image }

  /// Adds the corpus's sections to `writer`; the caller adds its own (a query index) and writes.
  /// Throws when the corpus is beyond what an image holds (`imageLimit`).
  public func addSections(to writer: inout ImageWriter) throws(SnapshotError) {
    let counts = [documents.count, paragraphs.count, sentences.count, quotations.count, quotedTerms.count,
      entities.count, mentions.count]
    guard counts.allSatisfy({ $0 < Self.imageLimit }) else { throw .unwritable("the corpus has too many items") }
    if let large = documents.first(where: { $0.textByteCount >= Self.imageLimit }) {
      throw .unwritable("document \(large.id) is larger than 2 GB")
    }
    let context = ImageWriteContext(strings: ImageStringsBuilder(), documents: documents)
    Document.write(documents, to: &writer, context)
    Paragraph.write(paragraphs, to: &writer, context)
    Sentence.write(sentences, to: &writer, context)
    Quotation.write(quotations, to: &writer, context)
    QuotedTerm.write(quotedTerms, to: &writer, context)
    Entity.write(entities, to: &writer, context)
    Mention.write(mentions, to: &writer, context)
    context.strings.addSections(to: &writer)
    writer.add(Self.reportSection, (try? JSONEncoder().encode(report)).map { [UInt8]($0) } ?? [])
  }

  /// The corpus an image holds, its tables read in place.
  public init(image: CorpusImage) throws(SnapshotError) {
    let textSection = try image.bytes(Document.textSection)
    let context = ImageReadContext(
      strings: try ImageStrings(image: image), textOffsets: try image.column(Document.textOffsetsSection),
      textBase: textSection.baseAddress.map { $0 - image.base } ?? 0)
    guard let last = context.textOffsets.last, Int(last) <= textSection.count else {
      throw .damaged("section '\(Document.textSection)'")
    }
    self.init()
    documents = try Table(image: image, context)
    paragraphs = try Table(image: image, context)
    sentences = try Table(image: image, context)
    quotations = try Table(image: image, context)
    quotedTerms = try Table(image: image, context)
    entities = try Table(image: image, context)
    mentions = try Table(image: image, context)
    let reportBytes = try image.bytes(Self.reportSection)
    report = (try? JSONDecoder().decode(LoadReport.self, from: Data(reportBytes))) ?? LoadReport()
  }

  /// The same corpus with its tables as columns of an image on the heap — a fraction of the memory of
  /// arrays of records — or itself when it already reads an image or is beyond one (`imageLimit`).
  public func compacted() -> Corpus {
    guard image == nil else { return self }
    var writer = ImageWriter()
    do {
      try addSections(to: &writer)
      return try Corpus(image: writer.makeImage(metadata: ImageMetadata(producer: CorpusImage.currentProducer)))
    } catch {
      return self
    }
  }
}
