/// Paragraphs as columns: document, place, byte range, boilerplate kind, sentences.
extension Paragraph: ImageRecord {
  public struct Columns: Sendable {
    public let documentID: RawColumn<Int32>
    public let ordinal: RawColumn<Int32>
    public let start: RawColumn<Int32>
    public let end: RawColumn<Int32>
    public let boilerplate: RawColumn<UInt8>
    public let firstSentence: RawColumn<Int32>
    public let endSentence: RawColumn<Int32>
  }

  private static let boilerplateKinds = Array(BoilerplateKind.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      documentID: try image.column("paragraphs.document"), ordinal: try image.column("paragraphs.ordinal"),
      start: try image.column("paragraphs.start"), end: try image.column("paragraphs.end"),
      boilerplate: try image.column("paragraphs.boilerplate"),
      firstSentence: try image.column("paragraphs.firstSentence"), endSentence: try image.column("paragraphs.endSentence"))
    return (columns, columns.documentID.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Paragraph {
    var paragraph = Paragraph(
      id: index, documentID: Int(columns.documentID[index]), ordinal: Int(columns.ordinal[index]),
      byteRange: Int(columns.start[index])..<Int(columns.end[index]),
      boilerplate: BoilerplateKind.decode(columns.boilerplate[index], in: boilerplateKinds))
    paragraph.sentenceIDs = Int(columns.firstSentence[index])..<Int(columns.endSentence[index])
    return paragraph
  }

  public static func write(_ records: Table<Paragraph>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    writer.add("paragraphs.document", records) { Int32(column: $0.documentID) }
    writer.add("paragraphs.ordinal", records) { Int32(column: $0.ordinal) }
    writer.add("paragraphs.start", records) { Int32(column: $0.byteRange.lowerBound) }
    writer.add("paragraphs.end", records) { Int32(column: $0.byteRange.upperBound) }
    writer.add("paragraphs.boilerplate", records) { BoilerplateKind.code($0.boilerplate, in: boilerplateKinds) }
    writer.add("paragraphs.firstSentence", records) { Int32(column: $0.sentenceIDs.lowerBound) }
    writer.add("paragraphs.endSentence", records) { Int32(column: $0.sentenceIDs.upperBound) }
  }
}
