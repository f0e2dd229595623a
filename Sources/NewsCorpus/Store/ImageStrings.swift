/// The strings of a snapshot — names, cues, metadata — each kept once and referred to by number from the
/// columns (-1 for none), so that "said" a million times costs four bytes each.
public struct ImageStrings: @unchecked Sendable {
  private let offsets: RawColumn<Int64>
  private let bytes: UnsafeRawBufferPointer

  static let offsetsSection = "strings.offsets"
  static let bytesSection = "strings.bytes"

  init(image: CorpusImage) throws(SnapshotError) {
    offsets = try image.column(Self.offsetsSection)
    bytes = try image.bytes(Self.bytesSection)
    guard let last = offsets.last, Int(last) <= bytes.count else { throw .damaged("the string table") }
  }

  /// How many strings there are.
  public var count: Int { max(0, offsets.count - 1) }

  /// String `number`, nil for -1.
  public func string(_ number: Int32) -> String? {
    guard number >= 0 else { return nil }
    return String(decoding: utf8(number), as: UTF8.self)
  }

  /// The bytes of string `number` (empty for -1).
  public func utf8(_ number: Int32) -> UnsafeRawBufferPointer {
    guard number >= 0, Int(number) + 1 < offsets.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    let start = Int(offsets[Int(number)])
    let end = Int(offsets[Int(number) + 1])
    return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
  }
}

/// The strings an image is being written with: each distinct string gets the next number.
/// Its bytes and offsets grow in chunks (`ColumnChunks`), never holding room for twice what they hold.
public final class ImageStringsBuilder {
  private var numbers: [String: Int32] = [:]
  private var offsets = ColumnChunks<Int64>()
  private var bytes = ColumnChunks<UInt8>()

  public init() {
    offsets.append(0)
  }

  /// The number of `text`, added if new; -1 for nil.
  public func number(_ text: String?) -> Int32 {
    guard let text else { return -1 }
    if let number = numbers[text] { return number }
    let number = Int32(offsets.count - 1)
    numbers[text] = number
    for byte in text.utf8 { bytes.append(byte) }
    offsets.append(Int64(bytes.count))
    return number
  }

  /// Adds the string sections to `writer`; call once every table has numbered its strings. The lookup from
  /// string to number goes then — a load's is as large as the strings themselves — so nothing may be numbered
  /// after.
  public func addSections(to writer: inout ImageWriter) {
    writer.add(ImageStrings.offsetsSection, offsets)
    writer.add(ImageStrings.bytesSection, bytes)
    numbers = [:]
    offsets = ColumnChunks()
    bytes = ColumnChunks()
  }
}
