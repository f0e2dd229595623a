/// Quoted terms as columns; like quotations, the text is the document's range unless set otherwise.
extension QuotedTerm: ImageRecord {
  public struct Columns: Sendable {
    public let span: SpanColumns
    public let kind: RawColumn<UInt8>
  }

  private static let kinds = Array(QuotedTermKind.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(span: try SpanColumns(image: image, "terms", context), kind: try image.column("terms.kind"))
    return (columns, columns.span.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> QuotedTerm {
    let span = columns.span
    var term = QuotedTerm(
      id: index, documentID: span.documentID(index), paragraphID: span.paragraphID(index),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: "",
      kind: QuotedTermKind.decode(columns.kind[index], in: kinds) ?? .scareQuote)
    term.sharedText = span.text(index, image: image)
    return term
  }

  public static func write(_ records: Table<QuotedTerm>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var builder = Builder()
    for index in records.indices {
      let term = records[index]
      builder.append(term, ownText: context.ownText(term.text, document: term.documentID, term.byteRange), context)
    }
    builder.addSections(to: &writer)
  }

  /// Quoted terms' columns filled one term at a time, as a load extracts them.
  struct Builder {
    private var span = SpanColumns.Builder("terms")
    private var kind: ColumnChunks<UInt8> = ColumnChunks()

    var count: Int { kind.count }

    /// Adds `term`, whose text is string `ownText`, or -1 for its document's range.
    mutating func append(_ term: QuotedTerm, ownText: Int32, _ context: ImageWriteContext) {
      span.append(
        document: term.documentID, paragraph: term.paragraphID, sentence: term.sentenceID, range: term.byteRange,
        ownText: ownText, context.parents)
      kind.append(QuotedTermKind.code(term.kind, in: kinds))
    }

    consuming func addSections(to writer: inout ImageWriter) {
      span.addSections(to: &writer)
      writer.add("terms.kind", kind)
    }
  }
}
