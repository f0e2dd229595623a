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
    for index in records.indices { builder.append(records[index], context) }
    builder.addSections(to: &writer, context)
  }

  /// Paragraphs' columns filled one paragraph at a time, as a load extracts them; the places and sentence ends
  /// are kept until every document is in, to find which differ from what is derived.
  struct Builder {
    private var ranges = RangeColumns.Builder("paragraphs")
    private var boilerplate = ColumnChunks<UInt8>()
    private var firstSentence = ColumnChunks<Int32>()
    private var ordinal = ColumnChunks<Int32>()
    private var endSentence = ColumnChunks<Int32>()

    var count: Int { ranges.count }

    mutating func append(_ paragraph: Paragraph, _ context: ImageWriteContext) {
      context.parents.paragraphDocument.append(Int32(column: paragraph.documentID))
      ranges.append(paragraph.byteRange)
      boilerplate.append(BoilerplateKind.code(paragraph.boilerplate, in: boilerplateKinds))
      firstSentence.append(Int32(column: paragraph.sentenceIDs.lowerBound))
      ordinal.append(Int32(column: paragraph.ordinal))
      endSentence.append(Int32(column: paragraph.sentenceIDs.upperBound))
    }

    /// Adds the columns; every document's first paragraph must be in `context` by now.
    consuming func addSections(to writer: inout ImageWriter, _ context: ImageWriteContext) {
      var ordinalExceptions = SparseColumnBuilder()
      var endSentenceExceptions = SparseColumnBuilder()
      for index in 0..<count {
        ordinalExceptions.note(index, ordinal[index], derived: context.parents.ordinal(ofParagraph: index))
        endSentenceExceptions.note(index, endSentence[index], derived: index + 1 < count ? firstSentence[index + 1] : nil)
      }
      writer.add("paragraphs.document", context.parents.paragraphDocument)
      ranges.addSections(to: &writer)
      writer.add("paragraphs.boilerplate", boilerplate)
      writer.add("paragraphs.firstSentence", firstSentence)
      ordinalExceptions.addSections(named: "paragraphs.otherOrdinal", to: &writer)
      endSentenceExceptions.addSections(named: "paragraphs.otherEndSentence", to: &writer)
    }
  }
}
