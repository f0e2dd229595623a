/// Byte ranges of a table's records as a start and a length one or two bytes wide instead of a start and an
/// end four bytes wide: a name, a sentence or a paragraph is short, and the few longer ones keep their end in
/// a `SparseColumn`, so every range reads back exact. An item inside a sentence (a name, a quotation) stores
/// its start relative to the sentence's, and a sentence relative to its paragraph's, in two bytes (`isRelative`),
/// the few farther ones apart likewise.
public struct RangeColumns: Sendable {
  private let start: RawColumn<Int32>
  private let relativeStarts: RawColumn<UInt16>
  /// The absolute starts of the records whose relative start does not fit.
  private let farStarts: SparseColumn
  private let lengths8: RawColumn<UInt8>
  private let lengths16: RawColumn<UInt16>
  /// The ends of the records whose length does not fit.
  private let longEnds: SparseColumn

  init(image: CorpusImage, _ prefix: String, isRelative: Bool = false) throws(SnapshotError) {
    start = isRelative ? RawColumn() : try image.column(prefix + ".start")
    relativeStarts = isRelative ? try image.column(prefix + ".start16") : RawColumn()
    farStarts = try SparseColumn(image: image, name: prefix + ".farStart")
    lengths8 = image.has(prefix + ".length8") ? try image.column(prefix + ".length8") : RawColumn()
    lengths16 = image.has(prefix + ".length16") ? try image.column(prefix + ".length16") : RawColumn()
    longEnds = try SparseColumn(image: image, name: prefix + ".longEnd")
    guard lengths8.count + lengths16.count == start.count + relativeStarts.count else {
      throw .damaged("section '\(prefix).start'")
    }
  }

  public var count: Int { start.count + relativeStarts.count }

  /// Record `index`'s range; `base` is where the sentence that relative starts count from begins.
  @inline(__always)
  public func byteRange(_ index: Int, base: @autoclosure () -> Int = 0) -> Range<Int> {
    let lower = lowerBound(index, base: base())
    let length = lengths16.count > 0 ? Int(lengths16[index]) : Int(lengths8[index])
    let isLong = lengths16.count > 0 ? length == Int(UInt16.max) : length == Int(UInt8.max)
    guard isLong, let end = longEnds.value(at: index) else { return lower..<(lower + length) }
    return lower..<Int(end)
  }

  /// Where record `index` starts; `base` as for `byteRange`.
  @inline(__always)
  func lowerBound(_ index: Int, base: @autoclosure () -> Int) -> Int {
    guard relativeStarts.count > 0 else { return Int(start[index]) }
    let relative = relativeStarts[index]
    if relative == UInt16.max, let far = farStarts.value(at: index) { return Int(far) }
    return base() + Int(relative)
  }

  /// Ranges being written, their lengths in one byte (`isNarrow`) or two.
  struct Builder {
    private let prefix: String
    private let isNarrow: Bool
    private let isRelative: Bool
    private var start = ColumnChunks<Int32>()
    private var relativeStarts = ColumnChunks<UInt16>()
    private var farStarts = SparseColumnBuilder()
    private var lengths8 = ColumnChunks<UInt8>()
    private var lengths16 = ColumnChunks<UInt16>()
    private var longEnds = SparseColumnBuilder()

    init(_ prefix: String, isNarrow: Bool = false, isRelative: Bool = false) {
      self.prefix = prefix
      self.isNarrow = isNarrow
      self.isRelative = isRelative
    }

    var count: Int { isRelative ? relativeStarts.count : start.count }

    /// Adds `range`; `base` is where its sentence begins, for relative starts.
    mutating func append(_ range: Range<Int>, base: Int = 0) {
      let lower = Int32(column: range.lowerBound)
      let upper = Int32(column: range.upperBound)
      let length = Int(upper) - Int(lower)
      let widest = isNarrow ? Int(UInt8.max) : Int(UInt16.max)
      // A length too wide, or not one (a bound a column cannot hold), is the widest value and the end stored.
      let stored = length >= 0 && length < widest ? length : widest
      longEnds.note(count, upper, derived: stored == widest ? nil : upper)
      if isRelative {
        let relative = Int(lower) - base
        let fits = relative >= 0 && relative < Int(UInt16.max)
        farStarts.note(count, lower, derived: fits ? lower : nil)
        relativeStarts.append(fits ? UInt16(relative) : UInt16.max)
      } else {
        start.append(lower)
      }
      if isNarrow { lengths8.append(UInt8(stored)) } else { lengths16.append(UInt16(stored)) }
    }

    consuming func addSections(to writer: inout ImageWriter) {
      if isRelative { writer.add(prefix + ".start16", relativeStarts) } else { writer.add(prefix + ".start", start) }
      farStarts.addSections(named: prefix + ".farStart", to: &writer)
      if isNarrow { writer.add(prefix + ".length8", lengths8) } else { writer.add(prefix + ".length16", lengths16) }
      longEnds.addSections(named: prefix + ".longEnd", to: &writer)
    }
  }
}
