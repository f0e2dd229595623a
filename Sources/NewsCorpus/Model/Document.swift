/// One article of the corpus, with its metadata and the ranges of the items extracted from it.
///
/// Every offset into `text` is a UTF-8 byte offset: Swift strings are stored as UTF-8, so a byte
/// range slices `text` in constant time. Output converts to character offsets where users see them.
public struct Document: Sendable {
  /// What `"document"` prints: the file name for a `.txt` file, the record's `id` for JSONL.
  public var id: String
  /// Where the article came from: the file path, and for JSONL the 1-based line.
  public var origin: SourceOrigin
  /// The article's text exactly as decoded from the input (a leading byte-order mark dropped), which
  /// offsets index; normalisation (spaces, CRLF) happens in how extraction reads it, see `ByteText`.
  /// A document read from a snapshot makes this String only when asked; `withTextBytes` reads it in place.
  public var text: String {
    get { storage.string }
    set { storage = SharedText(newValue) }
  }
  var storage: SharedText
  public var title: MetadataValue<String>?
  public var outlet: MetadataValue<String>?
  public var author: MetadataValue<String>?
  public var date: MetadataValue<NewsDate>?
  public var url: MetadataValue<String>?
  /// Fields of the input record that newsq has no column for, kept as given.
  public var extraMetadata: [String: MetadataField]
  /// The document's paragraphs, sentences and quotations, as index ranges into the corpus arrays.
  public var paragraphIDs: Range<Int>
  public var sentenceIDs: Range<Int>
  public var quotationIDs: Range<Int>
  /// The outlet as an entity of the corpus, when the outlet is known.
  public var outletEntityID: Int?

  public init(
    id: String, origin: SourceOrigin, text: String,
    title: MetadataValue<String>? = nil, outlet: MetadataValue<String>? = nil,
    author: MetadataValue<String>? = nil, date: MetadataValue<NewsDate>? = nil,
    url: MetadataValue<String>? = nil, extraMetadata: [String: MetadataField] = [:]
  ) {
    self.id = id
    self.origin = origin
    self.storage = SharedText(text)
    self.title = title
    self.outlet = outlet
    self.author = author
    self.date = date
    self.url = url
    self.extraMetadata = extraMetadata
    self.paragraphIDs = 0..<0
    self.sentenceIDs = 0..<0
    self.quotationIDs = 0..<0
    self.outletEntityID = nil
  }

  /// The text of `byteRange`, clamped to the document, in constant time (a copy of just that range when the
  /// document was read from a snapshot).
  public func text(in byteRange: Range<Int>) -> Substring { storage.substring(byteRange) }

  /// Calls `body` with the UTF-8 bytes of the text, without copying them.
  public func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    storage.withBytes(body)
  }

  /// The length of the text in UTF-8 bytes.
  public var textByteCount: Int { storage.withBytes { $0.count } }

  /// `text`'s bytes in `byteRange`, clamped to it, in constant time: how every item's text is read.
  static func slice(_ text: String, _ byteRange: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let lower = max(0, min(byteRange.lowerBound, utf8.count))
    let upper = max(lower, min(byteRange.upperBound, utf8.count))
    let start = utf8.index(utf8.startIndex, offsetBy: lower)
    let end = utf8.index(start, offsetBy: upper - lower)
    return text[start..<end]
  }

  /// The character (Unicode scalar) offset of a byte offset, for output that users read.
  public func characterOffset(ofByte byteOffset: Int) -> Int {
    storage.withBytes { Self.scalarCount(UnsafeBufferPointer(rebasing: $0.prefix(max(0, byteOffset)))) }
  }

  /// How many Unicode scalars valid UTF-8 `bytes` hold: the bytes that are not continuation bytes.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}

/// Where a document was read from, so errors and results can point back at the input.
public struct SourceOrigin: Sendable, Hashable {
  public var path: String
  /// The 1-based line of a JSONL record; nil for a whole-file article.
  public var line: Int?

  public init(path: String, line: Int? = nil) {
    self.path = path
    self.line = line
  }

  public var description: String { line.map { "\(path):\($0)" } ?? path }
}

/// A metadata value and whether newsq inferred it from the text rather than read it from the input.
public struct MetadataValue<Value: Sendable>: Sendable {
  public var value: Value
  public var isInferred: Bool

  public init(_ value: Value, isInferred: Bool) {
    self.value = value
    self.isInferred = isInferred
  }
}

extension MetadataValue: Equatable where Value: Equatable {}
