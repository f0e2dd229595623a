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
    let textBytes = columns.context.textBytes(ofDocument: index, in: image)
    document.storage = SharedText(
      image: image, offset: columns.context.textBase + Int(columns.context.textOffsets[index]), length: textBytes.count,
      0..<textBytes.count)
    document.paragraphIDs = Int(columns.paragraphs.first[index])..<Int(columns.paragraphs.end[index])
    document.sentenceIDs = Int(columns.sentences.first[index])..<Int(columns.sentences.end[index])
    document.quotationIDs = Int(columns.quotations.first[index])..<Int(columns.quotations.end[index])
    document.outletEntityID = Int(column: columns.outletEntityID[index])
    return document
  }

  public static func write(_ records: Table<Document>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var offsets: [Int64] = [0]
    offsets.reserveCapacity(records.count + 1)
    for document in records { offsets.append(offsets[offsets.count - 1] + Int64(document.textByteCount)) }
    writer.add(textOffsetsSection, offsets)
    writer.add(textSection, length: Int(offsets[offsets.count - 1])) { sink in
      for document in records { document.withTextBytes { sink.write(UnsafeRawBufferPointer($0)) } }
    }
    let strings = context.strings
    writer.add("documents.id", records) { strings.number($0.id) }
    writer.add("documents.path", records) { strings.number($0.origin.path) }
    writer.add("documents.line", records) { Int32(column: $0.origin.line) }
    writer.add("documents.title", records) { strings.number($0.title?.value) }
    writer.add("documents.outlet", records) { strings.number($0.outlet?.value) }
    writer.add("documents.author", records) { strings.number($0.author?.value) }
    writer.add("documents.url", records) { strings.number($0.url?.value) }
    writer.add("documents.inferred", records) { document -> UInt8 in
      let flags = [
        document.title?.isInferred, document.outlet?.isInferred, document.author?.isInferred,
        document.date?.isInferred, document.url?.isInferred,
      ]
      return flags.enumerated().reduce(0) { bits, flag in flag.element == true ? bits | UInt8(1 << flag.offset) : bits }
    }
    writer.add("documents.date", records.map { $0.date?.value.packed ?? Int64.min })
    var extra = ImageListBuilder<Int32>()
    for document in records {
      extra.append(
        document.extraMetadata.sorted { $0.key < $1.key }.flatMap {
          [strings.number($0.key), strings.number($0.value.imageText)]
        })
    }
    extra.addSections(named: "documents.extra", to: &writer)
    writer.add("documents.firstParagraph", records) { Int32(column: $0.paragraphIDs.lowerBound) }
    writer.add("documents.endParagraph", records) { Int32(column: $0.paragraphIDs.upperBound) }
    writer.add("documents.firstSentence", records) { Int32(column: $0.sentenceIDs.lowerBound) }
    writer.add("documents.endSentence", records) { Int32(column: $0.sentenceIDs.upperBound) }
    writer.add("documents.firstQuotation", records) { Int32(column: $0.quotationIDs.lowerBound) }
    writer.add("documents.endQuotation", records) { Int32(column: $0.quotationIDs.upperBound) }
    writer.add("documents.outletEntity", records) { Int32(column: $0.outletEntityID) }
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
