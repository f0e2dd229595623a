/// A list of values per record (an entity's aliases, its mentions) in two columns: where each record's list
/// starts, and all the values one list after another.
///
/// The starts are four bytes wide (`.starts32`) unless the values are too many for that (`.starts`, eight).
public struct ImageList<Element: BitwiseCopyable>: @unchecked Sendable {
  private let starts32: RawColumn<Int32>
  private let starts64: RawColumn<Int64>
  private let values: RawColumn<Element>

  public init(image: CorpusImage, name: String) throws(SnapshotError) {
    if image.has(name + ".starts32") {
      starts32 = try image.column(name + ".starts32")
      starts64 = RawColumn()
    } else {
      starts32 = RawColumn()
      starts64 = try image.column(name + ".starts")
    }
    values = try image.column(name + ".values")
    let last: Int? = starts64.isEmpty ? starts32.last.map { Int($0) } : starts64.last.map { Int($0) }
    guard let last, last <= values.count else { throw .damaged("section '\(name)'") }
  }

  /// Whether `image` holds the lists `name`.
  public static func isPresent(in image: CorpusImage, name: String) -> Bool {
    image.has(name + ".starts32") || image.has(name + ".starts")
  }

  @inline(__always)
  private func start(_ index: Int) -> Int { starts64.isEmpty ? Int(starts32[index]) : Int(starts64[index]) }

  /// The values of record `index`.
  public subscript(index: Int) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(rebasing: values.buffer[start(index)..<start(index + 1)])
  }

  /// How many values record `index` has.
  public func count(_ index: Int) -> Int { start(index + 1) - start(index) }
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
    if values.count <= Int(Int32.max) {
      writer.add(name + ".starts32", starts.map { Int32(truncatingIfNeeded: $0) })
    } else {
      writer.add(name + ".starts", starts)
    }
    writer.add(name + ".values", values)
  }
}

extension ImageList {
  /// No lists at all.
  public init() {
    starts32 = RawColumn()
    starts64 = RawColumn()
    values = RawColumn()
  }

  /// How many records have a list.
  public var listCount: Int { max(0, starts32.count + starts64.count - 1) }

  /// The values of record `index`, or none when there is no such record.
  public func values(_ index: Int) -> UnsafeBufferPointer<Element> {
    index >= 0 && index < listCount ? self[index] : UnsafeBufferPointer(start: nil, count: 0)
  }
}
