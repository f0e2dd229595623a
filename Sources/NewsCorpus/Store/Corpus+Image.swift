import Foundation

/// A corpus as the sections of a `CorpusImage`, and back.
extension Corpus {
  /// The largest document, and the most items of a kind, an image can hold: offsets and ids are 31 bits.
  public static let imageLimit = Int(Int32.max)

  static let reportSection = "corpus.report"

  /// The image the corpus reads its tables from, if it was compacted or opened from a snapshot.
  public var image: CorpusImage? { documents.image }

  /// Adds the corpus's sections to `writer`; the caller adds its own (a query index) and writes.
  /// Throws when the corpus is beyond what an image holds (`imageLimit`). A corpus whose every table still reads
  /// the image it was compacted into, or opened from, gives that image's sections as they are: they are what
  /// encoding its records again would give, in a copy of bytes instead of a decoding of every record.
  public func addSections(to writer: inout ImageWriter) throws(SnapshotError) {
    if let image = imageOfEveryTable {
      for section in image.metadata.sections where Self.isCorpusSection(section.name) && section.name != Self.reportSection {
        let bytes = try image.bytes(section.name)
        // The image stays alive until the writer has copied its bytes.
        writer.add(section.name, length: bytes.count) { sink in withExtendedLifetime(image) { sink.write(bytes) } }
      }
      addReport(to: &writer)
      return
    }
    var corpus = self
    try corpus.addSections(to: &writer, releasingRecords: false)
  }

  /// Adds the sections of every table, table by table; with `releasingRecords`, each table's records are
  /// dropped once its columns are built, so that compacting never holds every record and every column at once.
  private mutating func addSections(to writer: inout ImageWriter, releasingRecords: Bool) throws(SnapshotError) {
    let counts = [documents.count, paragraphs.count, sentences.count, quotations.count, quotedTerms.count,
      entities.count, mentions.count]
    guard counts.allSatisfy({ $0 < Self.imageLimit }) else { throw .unwritable("the corpus has too many items") }
    if let large = documents.first(where: { $0.textByteCount >= Self.imageLimit }) {
      throw .unwritable("document \(large.id) is larger than 2 GB")
    }
    // The texts are copied first: the other tables' texts are checked against them.
    let context = ImageWriteContext(
      strings: ImageStringsBuilder(), texts: DocumentTextsBuilder(byteCount: documents.reduce(0) { $0 + $1.textByteCount }))
    Document.write(documents, to: &writer, context)
    Paragraph.write(paragraphs, to: &writer, context)
    if releasingRecords { paragraphs = [] }
    Sentence.write(sentences, to: &writer, context)
    if releasingRecords { sentences = [] }
    do {
      let names = entities
      Quotation.write(quotations, speakerName: { $0 < names.count ? names.name($0) : nil }, to: &writer, context)
    }
    if releasingRecords { quotations = [] }
    QuotedTerm.write(quotedTerms, to: &writer, context)
    if releasingRecords { quotedTerms = [] }
    Entity.write(entities, to: &writer, context)
    if releasingRecords { entities = [] }
    Mention.write(mentions, to: &writer, context)
    if releasingRecords { mentions = [] }
    if releasingRecords { documents = [] }
    context.texts.addSections(to: &writer)
    context.strings.addSections(to: &writer)
    context.parents.release()
    addReport(to: &writer)
  }

  func addReport(to writer: inout ImageWriter) {
    writer.add(Self.reportSection, (try? JSONEncoder().encode(report)).map { [UInt8]($0) } ?? [])
  }

  /// The image every table reads, when they all read the same one (none was changed since).
  var imageOfEveryTable: CorpusImage? {
    guard let image = documents.image else { return nil }
    let images = [
      paragraphs.image, sentences.image, quotations.image, quotedTerms.image, entities.image, mentions.image,
    ]
    return images.allSatisfy({ $0 === image }) ? image : nil
  }

  /// Whether a section of an image is one of the corpus's (a snapshot's others are its query index's).
  static func isCorpusSection(_ name: String) -> Bool {
    name == reportSection || corpusSectionPrefixes.contains { name.hasPrefix($0) }
  }

  private static let corpusSectionPrefixes = [
    "documents.", "paragraphs.", "sentences.", "quotes.", "terms.", "entities.", "mentions.", "strings.",
  ]

  /// The corpus an image holds, its tables read in place.
  public init(image: CorpusImage) throws(SnapshotError) {
    let textSection = try image.bytes(Document.textSection)
    let context = ImageReadContext(
      strings: try ImageStrings(image: image), textOffsets: try image.column(Document.textOffsetsSection),
      textStart: textSection.baseAddress, parents: try ImageParents(image: image))
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
  /// arrays of records — or itself when every table already reads one image or it is beyond one (`imageLimit`).
  public func compacted() -> Corpus {
    var corpus = self
    corpus.compact()
    return corpus
  }

  /// Compacts the corpus in place (see `compacted`), dropping each table's records as soon as its columns
  /// are built: a loaded corpus then never holds its records, their columns and the image at once, only what
  /// remains of one next to the others. Unchanged when every table already reads one image (a table changed
  /// since, as an entities file changes a loaded corpus's, is compacted again with the rest) or is beyond one.
  public mutating func compact() {
    guard imageOfEveryTable == nil else { return }
    // The records move out of `self`, so that dropping a table in `records` frees it.
    var records = self
    self = Corpus()
    var writer = ImageWriter()
    do {
      try records.addSections(to: &writer, releasingRecords: true)
    } catch {
      // Beyond what an image holds: found before any table was dropped.
      self = records
      return
    }
    // The dropped records' memory goes back before the image takes its own.
    FreedMemory.release()
    let image = writer.makeImage(metadata: ImageMetadata(producer: CorpusImage.currentProducer))
    do {
      self = try Corpus(image: image)
    } catch {
      preconditionFailure("an image just made reads back: \(error)")
    }
  }
}
