/// A list of values per record (an entity's aliases, its mentions) in two columns: where each record's list
/// starts, and all the values one list after another.
public struct ImageList<Element: BitwiseCopyable>: @unchecked Sendable {
  private let starts: RawColumn<Int64>
  private let values: RawColumn<Element>

  public init(image: CorpusImage, name: String) throws(SnapshotError) {
    starts = try image.column(name + ".starts")
    values = try image.column(name + ".values")
    guard let last = starts.last, Int(last) <= values.count else { throw .damaged("section '\(name)'") }
  }

  /// The values of record `index`.
  public subscript(index: Int) -> UnsafeBufferPointer<Element> {
    let start = Int(starts[index])
    let end = Int(starts[index + 1])
    return UnsafeBufferPointer(rebasing: values.buffer[start..<end])
  }

  /// How many values record `index` has.
  public func count(_ index: Int) -> Int { Int(starts[index + 1] - starts[index]) }
}

/// Lists being written: `append` one record's list at a time, then `addSections`.
public struct ImageListBuilder<Element: BitwiseCopyable> {
  private var starts: [Int64] = [0]
  private var values: [Element] = []

  public init() {}

  public mutating func append(_ list: some Sequence<Element>) {
    values.append(contentsOf: list)
    starts.append(Int64(values.count))
  }

  public func addSections(named name: String, to writer: inout ImageWriter) {
    writer.add(name + ".starts", starts)
    writer.add(name + ".values", values)
  }
}

extension ImageList {
  /// No lists at all.
  public init() {
    starts = RawColumn()
    values = RawColumn()
  }

  /// How many records have a list.
  public var listCount: Int { max(0, starts.count - 1) }

  /// The values of record `index`, or none when there is no such record.
  public func values(_ index: Int) -> UnsafeBufferPointer<Element> {
    index >= 0 && index < listCount ? self[index] : UnsafeBufferPointer(start: nil, count: 0)
  }
}
