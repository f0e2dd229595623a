/// The columns every item lying in a document's text has — its document, paragraph and sentence, its byte
/// range, and a text of its own when it was given one other than that range — shared by quotations, quoted
/// terms and mentions.
public struct SpanColumns: Sendable {
  public let documentID: RawColumn<Int32>
  /// Empty for items that do not record their paragraph (mentions).
  public let paragraphID: RawColumn<Int32>
  public let sentenceID: RawColumn<Int32>
  public let start: RawColumn<Int32>
  public let end: RawColumn<Int32>
  /// A string of the item's own, or -1 when its text is its document's range.
  public let ownText: RawColumn<Int32>
  let context: ImageReadContext

  init(image: CorpusImage, _ prefix: String, _ context: ImageReadContext, hasParagraph: Bool = true)
    throws(SnapshotError)
  {
    documentID = try image.column(prefix + ".document")
    paragraphID = hasParagraph ? try image.column(prefix + ".paragraph") : RawColumn()
    sentenceID = try image.column(prefix + ".sentence")
    start = try image.column(prefix + ".start")
    end = try image.column(prefix + ".end")
    ownText = try image.column(prefix + ".ownText")
    self.context = context
  }

  public var count: Int { documentID.count }

  public func range(_ index: Int) -> Range<Int> { Int(start[index])..<Int(end[index]) }

  func text(_ index: Int, image: CorpusImage) -> SharedText {
    context.text(ownText[index], document: Int(documentID[index]), range(index), image: image)
  }

  /// Adds the span columns of `records`, each described by `span`, with its text as `text` gives it: asked once
  /// per record, for the one column that needs it (a quotation makes its text anew at each asking).
  @inline(__always)
  static func write<Record>(
    _ records: Table<Record>, _ prefix: String, to writer: inout ImageWriter, _ context: ImageWriteContext,
    hasParagraph: Bool = true, text: (Record) -> String,
    _ span: (Record) -> (document: Int, paragraph: Int, sentence: Int, range: Range<Int>)
  ) {
    writer.add(prefix + ".document", records) { Int32(column: span($0).document) }
    if hasParagraph { writer.add(prefix + ".paragraph", records) { Int32(column: span($0).paragraph) } }
    writer.add(prefix + ".sentence", records) { Int32(column: span($0).sentence) }
    writer.add(prefix + ".start", records) { Int32(column: span($0).range.lowerBound) }
    writer.add(prefix + ".end", records) { Int32(column: span($0).range.upperBound) }
    writer.add(prefix + ".ownText", records) { record in
      let item = span(record)
      let itemText = text(record)
      return context.isSlice(itemText, ofDocument: item.document, item.range) ? -1 : context.strings.number(itemText)
    }
  }
}
