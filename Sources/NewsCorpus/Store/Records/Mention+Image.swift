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
      id: index, entityID: Int(columns.entityID[index]), documentID: span.documentID(index),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: span.text(index, image: image).string)
  }

  public static func write(_ records: Table<Mention>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var builder = Builder()
    for index in records.indices {
      let mention = records[index]
      builder.append(
        mention, ownText: context.ownText(mention.text, document: mention.documentID, mention.byteRange), context)
    }
    builder.addSections(to: &writer)
  }

  /// Mentions' columns filled one mention at a time, as a load extracts them.
  struct Builder {
    private var span = SpanColumns.Builder("mentions", hasParagraph: false, hasNarrowRanges: true)
    /// The entity of each mention, from which a load lists each entity's mentions.
    private(set) var entityID: ColumnChunks<Int32> = ColumnChunks()

    var count: Int { entityID.count }

    /// Adds `mention`, whose text is string `ownText`, or -1 for its document's range; its text is not read.
    mutating func append(_ mention: Mention, ownText: Int32, _ context: ImageWriteContext) {
      span.append(
        document: mention.documentID, paragraph: -1, sentence: mention.sentenceID, range: mention.byteRange,
        ownText: ownText, context.parents)
      entityID.append(Int32(column: mention.entityID))
    }

    consuming func addSections(to writer: inout ImageWriter) {
      span.addSections(to: &writer)
      writer.add("mentions.entity", entityID)
    }
  }
}
