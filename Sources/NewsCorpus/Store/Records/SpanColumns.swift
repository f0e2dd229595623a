/// The columns every item lying in a document's text has — its sentence and byte range, its document and
/// paragraph, and a text of its own when it was given one other than that range — shared by quotations, quoted
/// terms and mentions. The document and paragraph are its sentence's (`ImageParents`), and the text its
/// document's range: only the items for which that is not so store theirs (`SparseColumn`). Its start counts
/// from its sentence's, in two bytes (`RangeColumns`).
public struct SpanColumns: Sendable {
  public let sentenceID: RawColumn<Int32>
  public let ranges: RangeColumns
  /// The items whose document is not their sentence's.
  let documentExceptions: SparseColumn
  /// The items whose paragraph is not their sentence's; nil for items that do not record one (mentions).
  let paragraphExceptions: SparseColumn?
  /// The items with a string of their own instead of their document's range.
  let ownTexts: SparseColumn
  let context: ImageReadContext

  init(image: CorpusImage, _ prefix: String, _ context: ImageReadContext, hasParagraph: Bool = true)
    throws(SnapshotError)
  {
    sentenceID = try image.column(prefix + ".sentence")
    ranges = try RangeColumns(image: image, prefix, isRelative: true)
    documentExceptions = try SparseColumn(image: image, name: prefix + ".otherDocument")
    paragraphExceptions = hasParagraph ? try SparseColumn(image: image, name: prefix + ".otherParagraph") : nil
    ownTexts = try SparseColumn(image: image, name: prefix + ".ownText")
    guard ranges.count == sentenceID.count else { throw .damaged("section '\(prefix)'") }
    self.context = context
  }

  public var count: Int { sentenceID.count }

  @inline(__always)
  public func documentID(_ index: Int) -> Int {
    if let stored = documentExceptions.value(at: index) { return Int(stored) }
    return context.parents.document(ofSentence: Int(sentenceID[index]))
  }

  @inline(__always)
  public func paragraphID(_ index: Int) -> Int {
    if let stored = paragraphExceptions?.value(at: index) { return Int(stored) }
    return context.parents.paragraph(ofSentence: Int(sentenceID[index]))
  }

  /// The string number of the item's own text, or -1 when its text is its document's range.
  public func ownText(_ index: Int) -> Int32 { ownTexts.value(at: index) ?? -1 }

  @inline(__always)
  public func range(_ index: Int) -> Range<Int> {
    ranges.byteRange(index, base: context.parents.start(ofSentence: Int(sentenceID[index])))
  }

  func text(_ index: Int, image: CorpusImage) -> SharedText {
    context.text(ownText(index), document: documentID(index), range(index), image: image)
  }

  /// Span columns filled one item at a time.
  struct Builder {
    private let prefix: String
    private let hasParagraph: Bool
    private var sentenceID = ColumnChunks<Int32>()
    private var ranges: RangeColumns.Builder
    private var documentExceptions = SparseColumnBuilder()
    private var paragraphExceptions = SparseColumnBuilder()
    private var ownTexts = SparseColumnBuilder()

    /// `hasNarrowRanges`: the items are short (names), their lengths in one byte.
    init(_ prefix: String, hasParagraph: Bool = true, hasNarrowRanges: Bool = false) {
      self.prefix = prefix
      self.hasParagraph = hasParagraph
      ranges = RangeColumns.Builder(prefix, isNarrow: hasNarrowRanges, isRelative: true)
    }

    var count: Int { sentenceID.count }

    /// Adds an item; `ownText` is the number of its own text among the strings, or -1 for its document's range.
    /// Its document and paragraph are stored only when they are not its sentence's, as `parents` says.
    mutating func append(
      document: Int, paragraph: Int, sentence: Int, range: Range<Int>, ownText text: Int32, _ parents: ItemParents
    ) {
      let index = count
      documentExceptions.note(index, Int32(column: document), derived: parents.document(ofSentence: sentence))
      if hasParagraph {
        paragraphExceptions.note(index, Int32(column: paragraph), derived: parents.paragraph(ofSentence: sentence))
      }
      ownTexts.note(index, text, derived: -1)
      sentenceID.append(Int32(column: sentence))
      ranges.append(range, base: parents.start(ofSentence: sentence))
    }

    consuming func addSections(to writer: inout ImageWriter) {
      writer.add(prefix + ".sentence", sentenceID)
      ranges.addSections(to: &writer)
      documentExceptions.addSections(named: prefix + ".otherDocument", to: &writer)
      if hasParagraph { paragraphExceptions.addSections(named: prefix + ".otherParagraph", to: &writer) }
      ownTexts.addSections(named: prefix + ".ownText", to: &writer)
    }
  }
}
