/// Paragraphs as columns: document, byte range, boilerplate kind, first sentence. A paragraph's place in its
/// document and its sentences' end are derived — from its document's first paragraph, from the next
/// paragraph's first sentence — and stored only for a paragraph where they are not so.
extension Paragraph: ImageRecord {
  public struct Columns: Sendable {
    public let documentID: RawColumn<Int32>
    public let ranges: RangeColumns
    public let boilerplate: RawColumn<UInt8>
    public let firstSentence: RawColumn<Int32>
    let ordinalExceptions: SparseColumn
    let endSentenceExceptions: SparseColumn
    let parents: ImageParents

    public func ordinal(_ index: Int) -> Int {
      if let stored = ordinalExceptions.value(at: index) { return Int(stored) }
      return index - Int(parents.documentFirstParagraph[Int(documentID[index])])
    }

    public func endSentence(_ index: Int) -> Int {
      if let stored = endSentenceExceptions.value(at: index) { return Int(stored) }
      return Int(firstSentence[index + 1])
    }
  }

  private static let boilerplateKinds = Array(BoilerplateKind.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      documentID: try image.column("paragraphs.document"), ranges: try RangeColumns(image: image, "paragraphs"),
      boilerplate: try image.column("paragraphs.boilerplate"),
      firstSentence: try image.column("paragraphs.firstSentence"),
      ordinalExceptions: try SparseColumn(image: image, name: "paragraphs.otherOrdinal"),
      endSentenceExceptions: try SparseColumn(image: image, name: "paragraphs.otherEndSentence"),
      parents: context.parents)
    let count = columns.documentID.count
    guard [columns.ranges.count, columns.boilerplate.count, columns.firstSentence.count]
      .allSatisfy({ $0 == count })
    else { throw .damaged("section 'paragraphs'") }
    return (columns, count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Paragraph {
    var paragraph = Paragraph(
      id: index, documentID: Int(columns.documentID[index]), ordinal: columns.ordinal(index),
      byteRange: columns.ranges.byteRange(index),
      boilerplate: BoilerplateKind.decode(columns.boilerplate[index], in: boilerplateKinds))
    paragraph.sentenceIDs = Int(columns.firstSentence[index])..<columns.endSentence(index)
    return paragraph
  }

  public static func write(_ records: Table<Paragraph>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var builder = Builder()
    for index in records.indices {
      let documentID = records[index].documentID
      let first = documentID >= 0 && documentID < context.parents.documentFirstParagraph.count
        ? Int(context.parents.documentFirstParagraph[documentID]) : nil
      builder.append(records[index], documentFirstParagraph: first, context)
    }
    builder.addSections(to: &writer, context)
  }

  /// Paragraphs' columns filled one paragraph at a time, as a load extracts them. A paragraph's place and its
  /// sentences' end are checked against what is derived as it comes in (the end once the next paragraph is in),
  /// so that only the exceptions are kept.
  struct Builder {
    private var ranges = RangeColumns.Builder("paragraphs")
    private var boilerplate = ColumnChunks<UInt8>()
    private var firstSentence = ColumnChunks<Int32>()
    private var ordinalExceptions = SparseColumnBuilder()
    private var endSentenceExceptions = SparseColumnBuilder()
    /// The end of the last paragraph's sentences, checked when the next one comes in.
    private var lastEndSentence: Int32?

    var count: Int { ranges.count }

    /// Adds `paragraph`; `documentFirstParagraph` is the first paragraph of its document as the documents'
    /// column gives it (or will: a load adds a document after its paragraphs), nil for no such document.
    mutating func append(_ paragraph: Paragraph, documentFirstParagraph: Int?, _ context: ImageWriteContext) {
      let index = count
      let first = Int32(column: paragraph.sentenceIDs.lowerBound)
      if let lastEndSentence { endSentenceExceptions.note(index - 1, lastEndSentence, derived: first) }
      lastEndSentence = Int32(column: paragraph.sentenceIDs.upperBound)
      ordinalExceptions.note(
        index, Int32(column: paragraph.ordinal),
        derived: documentFirstParagraph.map { Int32(truncatingIfNeeded: index - $0) })
      context.parents.paragraphDocument.append(Int32(column: paragraph.documentID))
      context.parents.paragraphStart.append(Int32(column: paragraph.byteRange.lowerBound))
      ranges.append(paragraph.byteRange)
      boilerplate.append(BoilerplateKind.code(paragraph.boilerplate, in: boilerplateKinds))
      firstSentence.append(first)
    }

    consuming func addSections(to writer: inout ImageWriter, _ context: ImageWriteContext) {
      // The last paragraph has no next one to derive its end from.
      if let lastEndSentence { endSentenceExceptions.note(count - 1, lastEndSentence, derived: nil) }
      writer.add("paragraphs.document", context.parents.paragraphDocument)
      ranges.addSections(to: &writer)
      writer.add("paragraphs.boilerplate", boilerplate)
      writer.add("paragraphs.firstSentence", firstSentence)
      ordinalExceptions.addSections(named: "paragraphs.otherOrdinal", to: &writer)
      endSentenceExceptions.addSections(named: "paragraphs.otherEndSentence", to: &writer)
    }
  }
}
