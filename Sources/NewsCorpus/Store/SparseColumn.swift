/// A column whose value is almost always what the image can derive (a mention's document from its sentence, a
/// text that is its document's range): only the records that differ are stored, as two columns — their
/// indexes in increasing order and their values — so that deriving is exact for every record and costs four
/// bytes per exception instead of per record.
public struct SparseColumn: Sendable {
  private let indexes: RawColumn<Int32>
  private let values: RawColumn<Int32>

  init(image: CorpusImage, name: String) throws(SnapshotError) {
    indexes = try image.column(name + ".at")
    values = try image.column(name + ".values")
    guard indexes.count == values.count else { throw .damaged("section '\(name)'") }
  }

  /// How many records are stored.
  public var count: Int { indexes.count }

  /// The value stored for record `index`, nil when it has none (its value is the derived one).
  @inline(__always)
  public func value(at index: Int) -> Int32? {
    guard indexes.count > 0 else { return nil }
    let buffer = indexes.buffer
    var low = 0
    var high = buffer.count
    let key = Int32(truncatingIfNeeded: index)
    while low < high {
      let middle = (low + high) / 2
      if buffer[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < buffer.count && buffer[low] == key ? values[low] : nil
  }

  /// The records stored, in increasing order of index.
  public var entries: some Sequence<(index: Int, value: Int32)> {
    zip(indexes.buffer, values.buffer).lazy.map { (Int($0.0), $0.1) }
  }
}

/// A sparse column being written: the records whose value differs from the derived one, in increasing order.
struct SparseColumnBuilder {
  private var indexes = ColumnChunks<Int32>()
  private var values = ColumnChunks<Int32>()

  /// Stores `value` for record `index` unless it is `derived`; records come in increasing order.
  mutating func note(_ index: Int, _ value: Int32, derived: Int32?) {
    guard value != derived else { return }
    indexes.append(Int32(truncatingIfNeeded: index))
    values.append(value)
  }

  consuming func addSections(named name: String, to writer: inout ImageWriter) {
    writer.add(name + ".at", indexes)
    writer.add(name + ".values", values)
  }
}
