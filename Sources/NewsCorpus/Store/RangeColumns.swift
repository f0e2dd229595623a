/// Byte ranges of a table's records as a start and a length one or two bytes wide instead of a start and an
/// end four bytes wide: a name, a sentence or a paragraph is short, and the few longer ones keep their end in
/// a `SparseColumn`, so every range reads back exact.
public struct RangeColumns: Sendable {
  public let start: RawColumn<Int32>
  private let lengths8: RawColumn<UInt8>
  private let lengths16: RawColumn<UInt16>
  /// The ends of the records whose length does not fit.
  private let longEnds: SparseColumn

  init(image: CorpusImage, _ prefix: String) throws(SnapshotError) {
    start = try image.column(prefix + ".start")
    lengths8 = image.has(prefix + ".length8") ? try image.column(prefix + ".length8") : RawColumn()
    lengths16 = image.has(prefix + ".length16") ? try image.column(prefix + ".length16") : RawColumn()
    longEnds = try SparseColumn(image: image, name: prefix + ".longEnd")
    guard lengths8.count + lengths16.count == start.count else { throw .damaged("section '\(prefix).start'") }
  }

  public var count: Int { start.count }

  @inline(__always)
  public func byteRange(_ index: Int) -> Range<Int> {
    let lower = Int(start[index])
    let length = lengths16.count > 0 ? Int(lengths16[index]) : Int(lengths8[index])
    let isLong = lengths16.count > 0 ? length == Int(UInt16.max) : length == Int(UInt8.max)
    guard isLong, let end = longEnds.value(at: index) else { return lower..<(lower + length) }
    return lower..<Int(end)
  }

  /// Ranges being written, their lengths in one byte (`isNarrow`) or two.
  struct Builder {
    private let prefix: String
    private let isNarrow: Bool
    private var start = ColumnChunks<Int32>()
    private var lengths8 = ColumnChunks<UInt8>()
    private var lengths16 = ColumnChunks<UInt16>()
    private var longEnds = SparseColumnBuilder()

    init(_ prefix: String, isNarrow: Bool = false) {
      self.prefix = prefix
      self.isNarrow = isNarrow
    }

    var count: Int { start.count }

    mutating func append(_ range: Range<Int>) {
      let lower = Int32(column: range.lowerBound)
      let upper = Int32(column: range.upperBound)
      let length = Int(upper) - Int(lower)
      let widest = isNarrow ? Int(UInt8.max) : Int(UInt16.max)
      // A length too wide, or not one (a bound a column cannot hold), is the widest value and the end stored.
      let stored = length >= 0 && length < widest ? length : widest
      longEnds.note(count, upper, derived: stored == widest ? nil : upper)
      start.append(lower)
      if isNarrow { lengths8.append(UInt8(stored)) } else { lengths16.append(UInt16(stored)) }
    }

    consuming func addSections(to writer: inout ImageWriter) {
      writer.add(prefix + ".start", start)
      if isNarrow { writer.add(prefix + ".length8", lengths8) } else { writer.add(prefix + ".length16", lengths16) }
      longEnds.addSections(named: prefix + ".longEnd", to: &writer)
    }
  }
}
