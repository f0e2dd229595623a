/// The strings of a snapshot — names, cues, metadata — each kept once and referred to by number from the
/// columns (-1 for none), so that "said" a million times costs four bytes each. Their offsets are four bytes
/// wide when the strings take less than 4 GiB, as they all but always do, else eight.
public struct ImageStrings: @unchecked Sendable {
  private let offsets32: RawColumn<UInt32>
  private let offsets64: RawColumn<Int64>
  private let bytes: UnsafeRawBufferPointer

  static let offsetsSection = "strings.offsets"
  static let offsets32Section = "strings.offsets32"
  static let bytesSection = "strings.bytes"

  init(image: CorpusImage) throws(SnapshotError) {
    let isNarrow = image.has(Self.offsets32Section)
    offsets32 = isNarrow ? try image.column(Self.offsets32Section) : RawColumn()
    offsets64 = isNarrow ? RawColumn() : try image.column(Self.offsetsSection)
    bytes = try image.bytes(Self.bytesSection)
    let last = isNarrow ? offsets32.last.map(Int.init) : offsets64.last.map(Int.init)
    guard let last, last <= bytes.count else { throw .damaged("the string table") }
  }

  private var offsetCount: Int { offsets32.count > 0 ? offsets32.count : offsets64.count }

  @inline(__always)
  private func offset(_ index: Int) -> Int { offsets32.count > 0 ? Int(offsets32[index]) : Int(offsets64[index]) }

  /// How many strings there are.
  public var count: Int { max(0, offsetCount - 1) }

  /// String `number`, nil for -1.
  public func string(_ number: Int32) -> String? {
    guard number >= 0 else { return nil }
    return String(decoding: utf8(number), as: UTF8.self)
  }

  /// The bytes of string `number` (empty for -1).
  public func utf8(_ number: Int32) -> UnsafeRawBufferPointer {
    guard number >= 0, Int(number) + 1 < offsetCount else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    let start = offset(Int(number))
    let end = offset(Int(number) + 1)
    guard start <= end, end <= bytes.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
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
    if bytes.count <= Int(UInt32.max) {
      var narrow = ColumnChunks<UInt32>()
      for index in 0..<offsets.count { narrow.append(UInt32(truncatingIfNeeded: offsets[index])) }
      offsets = ColumnChunks()
      writer.add(ImageStrings.offsets32Section, narrow)
    } else {
      writer.add(ImageStrings.offsetsSection, offsets)
    }
    writer.add(ImageStrings.bytesSection, bytes)
    numbers = [:]
    offsets = ColumnChunks()
    bytes = ColumnChunks()
  }
}
