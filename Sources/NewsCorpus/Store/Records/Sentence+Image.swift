/// Sentences as columns: document, paragraph, and the byte range in the document.
extension Sentence: ImageRecord {
  public struct Columns: Sendable {
    public let documentID: RawColumn<Int32>
    public let paragraphID: RawColumn<Int32>
    public let start: RawColumn<Int32>
    public let end: RawColumn<Int32>
  }

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      documentID: try image.column("sentences.document"), paragraphID: try image.column("sentences.paragraph"),
      start: try image.column("sentences.start"), end: try image.column("sentences.end"))
    return (columns, columns.documentID.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Sentence {
    Sentence(
      id: index, documentID: Int(columns.documentID[index]), paragraphID: Int(columns.paragraphID[index]),
      byteRange: Int(columns.start[index])..<Int(columns.end[index]))
  }

  public static func write(_ records: Table<Sentence>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    writer.add("sentences.document", records) { Int32(column: $0.documentID) }
    writer.add("sentences.paragraph", records) { Int32(column: $0.paragraphID) }
    writer.add("sentences.start", records) { Int32(column: $0.byteRange.lowerBound) }
    writer.add("sentences.end", records) { Int32(column: $0.byteRange.upperBound) }
  }
}
