/// Quotations as columns. The text is read from the document's (its range); only a text set to something
/// else is stored, among the strings. Its why is stored with its speaker's name taken out (`SpeakerNameTemplate`),
/// so that the whys of different speakers found the same way are one string.
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
    /// The whys stored as they are because they hold the placeholder themselves.
    let verbatimWhys: SparseColumn
    /// Each entity's name, which a why's placeholder stands for.
    let entityName: RawColumn<Int32>
  }

  private static let forms = Array(QuotationForm.allCases)
  private static let attributions = Array(AttributionKind.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      span: try SpanColumns(image: image, "quotes", context), speakerID: try image.column("quotes.speaker"),
      cue: try image.column("quotes.cue"), cueStart: try image.column("quotes.cueStart"),
      cueEnd: try image.column("quotes.cueEnd"), form: try image.column("quotes.form"),
      attribution: try image.column("quotes.attribution"), why: try image.column("quotes.why"),
      verbatimWhys: try SparseColumn(image: image, name: "quotes.verbatimWhy"),
      entityName: try image.column("entities.name"))
    return (columns, columns.span.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Quotation {
    let span = columns.span
    let cueStart = Int(column: columns.cueStart[index])
    var quotation = Quotation(
      id: index, documentID: span.documentID(index), paragraphID: span.paragraphID(index),
      sentenceID: Int(span.sentenceID[index]), byteRange: span.range(index), text: "",
      speakerID: Int(column: columns.speakerID[index]), cue: span.context.strings.string(columns.cue[index]),
      form: QuotationForm.decode(columns.form[index], in: forms) ?? .marked,
      cueByteRange: cueStart.map { $0..<Int(columns.cueEnd[index]) },
      attribution: AttributionKind.decode(columns.attribution[index], in: attributions) ?? .none,
      why: why(columns, at: index, strings: span.context.strings))
    quotation.sharedText = span.text(index, image: image)
    return quotation
  }

  /// Quotation `index`'s why, its speaker's name put back in place of the placeholder.
  private static func why(_ columns: Columns, at index: Int, strings: ImageStrings) -> String {
    if let verbatim = columns.verbatimWhys.value(at: index) { return strings.string(verbatim) ?? "" }
    let stored = strings.string(columns.why[index]) ?? ""
    let speaker = Int(columns.speakerID[index])
    // Most whys name no one: their speaker's name is not read.
    guard stored.utf8.contains(SpeakerNameTemplate.placeholder), speaker >= 0, speaker < columns.entityName.count
    else { return stored }
    return SpeakerNameTemplate.decode(stored, name: strings.string(columns.entityName[speaker]))
  }

  /// Adds the columns of `records`; `speakerName` gives each entity's name as the entities' columns store it.
  public static func write(
    _ records: Table<Quotation>, speakerName: (Int) -> String?, to writer: inout ImageWriter,
    _ context: ImageWriteContext
  ) {
    var builder = Builder()
    for index in records.indices {
      let quotation = records[index]
      builder.append(
        quotation, ownText: context.ownText(quotation.text, document: quotation.documentID, quotation.byteRange),
        context)
    }
    builder.addSections(to: &writer, speakerName: speakerName, context)
  }

  /// Quotations' columns filled one quotation at a time, as a load extracts them.
  struct Builder {
    private var span = SpanColumns.Builder("quotes")
    /// The speaker of each quotation, from which a load lists each entity's quotations.
    private(set) var speakerID: ColumnChunks<Int32> = ColumnChunks()
    private var cue: ColumnChunks<Int32> = ColumnChunks()
    private var cueStart: ColumnChunks<Int32> = ColumnChunks()
    private var cueEnd: ColumnChunks<Int32> = ColumnChunks()
    private var form: ColumnChunks<UInt8> = ColumnChunks()
    private var attribution: ColumnChunks<UInt8> = ColumnChunks()
    /// Each quotation's why, numbered among `whys` until the speakers' names are known (`addSections`).
    private var whyNumbers: ColumnChunks<Int32> = ColumnChunks()
    private var whys: [String] = []
    private var whyLookup: [String: Int32] = [:]

    var count: Int { speakerID.count }

    /// Adds `quotation`, whose text is string `ownText`, or -1 for its document's range; its text is not read.
    mutating func append(_ quotation: Quotation, ownText: Int32, _ context: ImageWriteContext) {
      span.append(
        document: quotation.documentID, paragraph: quotation.paragraphID, sentence: quotation.sentenceID,
        range: quotation.byteRange, ownText: ownText, context.parents)
      speakerID.append(Int32(column: quotation.speakerID))
      cue.append(context.strings.number(quotation.cue))
      cueStart.append(Int32(column: quotation.cueByteRange?.lowerBound))
      cueEnd.append(Int32(column: quotation.cueByteRange?.upperBound))
      form.append(QuotationForm.code(quotation.form, in: forms))
      attribution.append(AttributionKind.code(quotation.attribution, in: attributions))
      whyNumbers.append(whyNumber(quotation.why))
    }

    private mutating func whyNumber(_ why: String) -> Int32 {
      if let number = whyLookup[why] { return number }
      let number = Int32(whys.count)
      whyLookup[why] = number
      whys.append(why)
      return number
    }

    /// Adds the sections; `speakerName` gives each entity's final name, which its whys are stored without.
    consuming func addSections(
      to writer: inout ImageWriter, speakerName: (Int) -> String?, _ context: ImageWriteContext
    ) {
      whyLookup = [:]
      var why = ColumnChunks<Int32>()
      var verbatimWhys = SparseColumnBuilder()
      for index in 0..<whyNumbers.count {
        let text = whys[Int(whyNumbers[index])]
        let speaker = Int(speakerID[index])
        if let stored = SpeakerNameTemplate.encode(text, name: speaker >= 0 ? speakerName(speaker) : nil) {
          why.append(context.strings.number(stored))
        } else {
          why.append(-1)
          verbatimWhys.note(index, context.strings.number(text), derived: nil)
        }
      }
      whys = []
      whyNumbers = ColumnChunks()
      span.addSections(to: &writer)
      writer.add("quotes.speaker", speakerID)
      writer.add("quotes.cue", cue)
      writer.add("quotes.cueStart", cueStart)
      writer.add("quotes.cueEnd", cueEnd)
      writer.add("quotes.form", form)
      writer.add("quotes.attribution", attribution)
      writer.add("quotes.why", why)
      verbatimWhys.addSections(named: "quotes.verbatimWhy", to: &writer)
    }
  }
}
