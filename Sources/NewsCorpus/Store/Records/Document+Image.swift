import Foundation

/// Documents as columns: the texts one after another in one section, metadata among the strings, the
/// ranges of their items.
extension Document: ImageRecord {
  public struct Columns: Sendable {
    public let id: RawColumn<Int32>
    public let path: RawColumn<Int32>
    public let line: RawColumn<Int32>
    public let title: RawColumn<Int32>
    public let outlet: RawColumn<Int32>
    public let author: RawColumn<Int32>
    public let url: RawColumn<Int32>
    /// Bit 1 title, 2 outlet, 4 author, 8 date, 16 url: which were inferred from the text.
    public let inferred: RawColumn<UInt8>
    /// `NewsDate.packed`, or `Int64.min` for none.
    public let date: RawColumn<Int64>
    /// Pairs of strings, key then value (`MetadataField.imageText`), by key.
    public let extraMetadata: ImageList<Int32>
    public let paragraphs: (first: RawColumn<Int32>, end: RawColumn<Int32>)
    public let sentences: (first: RawColumn<Int32>, end: RawColumn<Int32>)
    public let quotations: (first: RawColumn<Int32>, end: RawColumn<Int32>)
    public let outletEntityID: RawColumn<Int32>
    let context: ImageReadContext
  }

  static let textSection = "documents.text"
  static let textOffsetsSection = "documents.textOffsets"

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let columns = Columns(
      id: try image.column("documents.id"), path: try image.column("documents.path"),
      line: try image.column("documents.line"), title: try image.column("documents.title"),
      outlet: try image.column("documents.outlet"), author: try image.column("documents.author"),
      url: try image.column("documents.url"), inferred: try image.column("documents.inferred"),
      date: try image.column("documents.date"), extraMetadata: try ImageList(image: image, name: "documents.extra"),
      paragraphs: (try image.column("documents.firstParagraph"), try image.column("documents.endParagraph")),
      sentences: (try image.column("documents.firstSentence"), try image.column("documents.endSentence")),
      quotations: (try image.column("documents.firstQuotation"), try image.column("documents.endQuotation")),
      outletEntityID: try image.column("documents.outletEntity"), context: context)
    guard context.textOffsets.count == columns.id.count + 1 else { throw .damaged("section 'documents'") }
    return (columns, columns.id.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Document {
    let strings = columns.context.strings
    let inferred = columns.inferred[index]
    func metadata(_ column: RawColumn<Int32>, _ bit: UInt8) -> MetadataValue<String>? {
      strings.string(column[index]).map { MetadataValue($0, isInferred: inferred & bit != 0) }
    }
    var extra: [String: MetadataField] = [:]
    let pairs = columns.extraMetadata[index]
    for pair in stride(from: 0, to: pairs.count - 1, by: 2) {
      if let key = strings.string(pairs[pair]), let value = strings.string(pairs[pair + 1]).flatMap(MetadataField.init(imageText:)) {
        extra[key] = value
      }
    }
    var document = Document(
      id: strings.string(columns.id[index]) ?? "",
      origin: SourceOrigin(path: strings.string(columns.path[index]) ?? "", line: Int(column: columns.line[index])),
      text: "", title: metadata(columns.title, 1), outlet: metadata(columns.outlet, 2),
      author: metadata(columns.author, 4),
      date: NewsDate(packed: columns.date[index]).map { MetadataValue($0, isInferred: inferred & 8 != 0) },
      url: metadata(columns.url, 16), extraMetadata: extra)
    document.storage = SharedText(image: image, columns.context, document: index)
    document.paragraphIDs = Int(columns.paragraphs.first[index])..<Int(columns.paragraphs.end[index])
    document.sentenceIDs = Int(columns.sentences.first[index])..<Int(columns.sentences.end[index])
    document.quotationIDs = Int(columns.quotations.first[index])..<Int(columns.quotations.end[index])
    document.outletEntityID = Int(column: columns.outletEntityID[index])
    return document
  }

  public static func write(_ records: Table<Document>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var builder = Builder()
    for index in records.indices {
      records[index].withTextBytes { context.texts.append($0) }
      builder.append(records[index], context)
    }
    builder.addSections(to: &writer, context)
  }

  /// Documents' columns filled one document at a time, as a load extracts them. The texts are not theirs: the
  /// caller adds each to the context's `DocumentTextsBuilder` first (its items' texts are checked against it).
  struct Builder {
    private var id: ColumnChunks<Int32> = ColumnChunks()
    private var path: ColumnChunks<Int32> = ColumnChunks()
    private var line: ColumnChunks<Int32> = ColumnChunks()
    private var title: ColumnChunks<Int32> = ColumnChunks()
    private var outlet: ColumnChunks<Int32> = ColumnChunks()
    private var author: ColumnChunks<Int32> = ColumnChunks()
    private var url: ColumnChunks<Int32> = ColumnChunks()
    private var inferred: ColumnChunks<UInt8> = ColumnChunks()
    private var date: ColumnChunks<Int64> = ColumnChunks()
    private var extra = ImageListBuilder<Int32>()
    private var endParagraph: ColumnChunks<Int32> = ColumnChunks()
    private var firstSentence: ColumnChunks<Int32> = ColumnChunks()
    private var endSentence: ColumnChunks<Int32> = ColumnChunks()
    private var firstQuotation: ColumnChunks<Int32> = ColumnChunks()
    private var endQuotation: ColumnChunks<Int32> = ColumnChunks()
    /// Each document's outlet entity, which a load sets once every document is in.
    var outletEntity: ColumnChunks<Int32> = ColumnChunks()

    var count: Int { id.count }

    /// Adds `document`, whose text the context's texts already hold.
    mutating func append(_ document: Document, _ context: ImageWriteContext) {
      let strings = context.strings
      id.append(strings.number(document.id))
      path.append(strings.number(document.origin.path))
      line.append(Int32(column: document.origin.line))
      title.append(strings.number(document.title?.value))
      outlet.append(strings.number(document.outlet?.value))
      author.append(strings.number(document.author?.value))
      url.append(strings.number(document.url?.value))
      let flags = [
        document.title?.isInferred, document.outlet?.isInferred, document.author?.isInferred,
        document.date?.isInferred, document.url?.isInferred,
      ]
      inferred.append(
        flags.enumerated().reduce(0) { bits, flag in flag.element == true ? bits | UInt8(1 << flag.offset) : bits })
      date.append(document.date?.value.packed ?? Int64.min)
      extra.append(
        document.extraMetadata.sorted { $0.key < $1.key }.flatMap {
          [strings.number($0.key), strings.number($0.value.imageText)]
        })
      context.parents.documentFirstParagraph.append(Int32(column: document.paragraphIDs.lowerBound))
      endParagraph.append(Int32(column: document.paragraphIDs.upperBound))
      firstSentence.append(Int32(column: document.sentenceIDs.lowerBound))
      endSentence.append(Int32(column: document.sentenceIDs.upperBound))
      firstQuotation.append(Int32(column: document.quotationIDs.lowerBound))
      endQuotation.append(Int32(column: document.quotationIDs.upperBound))
      outletEntity.append(Int32(column: document.outletEntityID))
    }

    consuming func addSections(to writer: inout ImageWriter, _ context: ImageWriteContext) {
      writer.add("documents.id", id)
      writer.add("documents.path", path)
      writer.add("documents.line", line)
      writer.add("documents.title", title)
      writer.add("documents.outlet", outlet)
      writer.add("documents.author", author)
      writer.add("documents.url", url)
      writer.add("documents.inferred", inferred)
      writer.add("documents.date", date)
      extra.addSections(named: "documents.extra", to: &writer)
      writer.add("documents.firstParagraph", context.parents.documentFirstParagraph)
      writer.add("documents.endParagraph", endParagraph)
      writer.add("documents.firstSentence", firstSentence)
      writer.add("documents.endSentence", endSentence)
      writer.add("documents.firstQuotation", firstQuotation)
      writer.add("documents.endQuotation", endQuotation)
      writer.add("documents.outletEntity", outletEntity)
    }
  }
}

extension NewsDate {
  /// The date in one number for a column: year, month and day in bits from high to low (0 for unknown).
  var packed: Int64 { Int64(year) << 16 | Int64(month ?? 0) << 8 | Int64(day ?? 0) }

  /// The date a column's number stands for; nil for `Int64.min`.
  init?(packed: Int64) {
    guard packed != Int64.min else { return nil }
    let month = Int((packed >> 8) & 0xFF)
    let day = Int(packed & 0xFF)
    self.init(year: Int(packed >> 16), month: month == 0 ? nil : month, day: day == 0 ? nil : day)
  }
}

extension MetadataField {
  /// The value as one string of the image: its kind in the first character, then the value.
  var imageText: String {
    switch self {
    case .string(let text): return "s" + text
    case .number(let number): return "n" + String(number.bitPattern)
    case .bool(let flag): return flag ? "b1" : "b0"
    case .list(let items):
      return "l" + ((try? JSONEncoder().encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]")
    }
  }

  init?(imageText: String) {
    let value = imageText.dropFirst()
    switch imageText.first {
    case "s": self = .string(String(value))
    case "n":
      guard let bits = UInt64(value) else { return nil }
      self = .number(Double(bitPattern: bits))
    case "b": self = .bool(value == "1")
    case "l":
      guard let items = try? JSONDecoder().decode([String].self, from: Data(value.utf8)) else { return nil }
      self = .list(items)
    default: return nil
    }
  }
}
