/// Sentences as columns: paragraph and byte range, its start counted from the paragraph's; the document is the
/// paragraph's, stored only for a sentence where it is not.
extension Sentence: ImageRecord {
  public struct Columns: Sendable {
    public let paragraphID: RawColumn<Int32>
    public let ranges: RangeColumns
    let documentExceptions: SparseColumn
    let parents: ImageParents

    @inline(__always)
    public func documentID(_ index: Int) -> Int {
      if let stored = documentExceptions.value(at: index) { return Int(stored) }
      return parents.document(ofParagraph: Int(paragraphID[index]))
    }
  }

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      paragraphID: try image.column("sentences.paragraph"),
      ranges: try RangeColumns(image: image, "sentences", isRelative: true),
      documentExceptions: try SparseColumn(image: image, name: "sentences.otherDocument"), parents: context.parents)
    guard columns.ranges.count == columns.paragraphID.count else {
      throw .damaged("section 'sentences'")
    }
    return (columns, columns.paragraphID.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Sentence {
    Sentence(
      id: index, documentID: columns.documentID(index), paragraphID: Int(columns.paragraphID[index]),
      byteRange: columns.byteRange(index))
  }

  public static func write(_ records: Table<Sentence>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var builder = Builder()
    for index in records.indices { builder.append(records[index], context) }
    builder.addSections(to: &writer, context)
  }

  /// Sentences' columns filled one sentence at a time, as a load extracts them; the paragraphs' come first.
  struct Builder {
    private var ranges = RangeColumns.Builder("sentences", isRelative: true)
    private var documentExceptions = SparseColumnBuilder()

    var count: Int { ranges.count }

    mutating func append(_ sentence: Sentence, _ context: ImageWriteContext) {
      let parents = context.parents
      documentExceptions.note(
        count, Int32(column: sentence.documentID), derived: parents.document(ofParagraph: sentence.paragraphID))
      parents.sentenceParagraph.append(Int32(column: sentence.paragraphID))
      parents.sentenceStart.append(Int32(column: sentence.byteRange.lowerBound))
      ranges.append(sentence.byteRange, base: parents.start(ofParagraph: sentence.paragraphID))
    }

    consuming func addSections(to writer: inout ImageWriter, _ context: ImageWriteContext) {
      writer.add("sentences.paragraph", context.parents.sentenceParagraph)
      ranges.addSections(to: &writer)
      documentExceptions.addSections(named: "sentences.otherDocument", to: &writer)
    }
  }
}
