/// Quotations as columns. The text is read from the document's (its range); only a text set to something
/// else is stored, among the strings.
extension Quotation: ImageRecord {
  public struct Columns: Sendable {
    public let span: SpanColumns
    public let speakerID: RawColumn<Int32>
    public let cue: RawColumn<Int32>
    public let cueStart: RawColumn<Int32>
    public let cueEnd: RawColumn<Int32>
    public let form: RawColumn<UInt8>
    public let attribution: RawColumn<UInt8>
    public let why: RawColumn<Int32>
  }

  private static let forms = Array(QuotationForm.allCases)
  private static let attributions = Array(AttributionKind.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      span: try SpanColumns(image: image, "quotes", context), speakerID: try image.column("quotes.speaker"),
      cue: try image.column("quotes.cue"), cueStart: try image.column("quotes.cueStart"),
      cueEnd: try image.column("quotes.cueEnd"), form: try image.column("quotes.form"),
      attribution: try image.column("quotes.attribution"), why: try image.column("quotes.why"))
    return (columns, columns.span.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Quotation {
    let span = columns.span
    let cueStart = Int(column: columns.cueStart[index])
    var quotation = Quotation(
      id: index, documentID: Int(span.documentID[index]), paragraphID: Int(span.paragraphID[index]),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: "",
      speakerID: Int(column: columns.speakerID[index]), cue: span.context.strings.string(columns.cue[index]),
      form: QuotationForm.decode(columns.form[index], in: forms) ?? .marked,
      cueByteRange: cueStart.map { $0..<Int(columns.cueEnd[index]) },
      attribution: AttributionKind.decode(columns.attribution[index], in: attributions) ?? .none,
      why: span.context.strings.string(columns.why[index]) ?? "")
    quotation.sharedText = span.text(index, image: image)
    return quotation
  }

  public static func write(_ records: Table<Quotation>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    SpanColumns.write(records, "quotes", to: &writer, context, text: { $0.text }) {
      ($0.documentID, $0.paragraphID, $0.sentenceID, $0.byteRange)
    }
    writer.add("quotes.speaker", records) { Int32(column: $0.speakerID) }
    writer.add("quotes.cue", records) { context.strings.number($0.cue) }
    writer.add("quotes.cueStart", records) { Int32(column: $0.cueByteRange?.lowerBound) }
    writer.add("quotes.cueEnd", records) { Int32(column: $0.cueByteRange?.upperBound) }
    writer.add("quotes.form", records) { QuotationForm.code($0.form, in: forms) }
    writer.add("quotes.attribution", records) { AttributionKind.code($0.attribution, in: attributions) }
    writer.add("quotes.why", records) { context.strings.number($0.why) }
  }
}
