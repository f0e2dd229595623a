/// Mentions as columns; the name as written is the document's range unless it differs (then a string).
extension Mention: ImageRecord {
  public struct Columns: Sendable {
    public let span: SpanColumns
    public let entityID: RawColumn<Int32>
  }

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      span: try SpanColumns(image: image, "mentions", context, hasParagraph: false),
      entityID: try image.column("mentions.entity"))
    return (columns, columns.span.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Mention {
    let span = columns.span
    return Mention(
      id: index, entityID: Int(columns.entityID[index]), documentID: Int(span.documentID[index]),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: span.text(index, image: image).string)
  }

  public static func write(_ records: Table<Mention>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    SpanColumns.write(records, "mentions", to: &writer, context, hasParagraph: false, text: { $0.text }) {
      ($0.documentID, -1, $0.sentenceID, $0.byteRange)
    }
    writer.add("mentions.entity", records) { Int32(column: $0.entityID) }
  }
}
