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
      id: index, documentID: Int(span.documentID[index]), paragraphID: Int(span.paragraphID[index]),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: "",
      kind: QuotedTermKind.decode(columns.kind[index], in: kinds) ?? .scareQuote)
    term.sharedText = span.text(index, image: image)
    return term
  }

  public static func write(_ records: Table<QuotedTerm>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    SpanColumns.write(records, "terms", to: &writer, context, text: { $0.text }) {
      ($0.documentID, $0.paragraphID, $0.sentenceID, $0.byteRange)
    }
    writer.add("terms.kind", records) { QuotedTermKind.code($0.kind, in: kinds) }
  }
}
