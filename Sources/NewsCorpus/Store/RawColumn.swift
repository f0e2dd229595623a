/// Fixed-width values lying one after another in a `CorpusImage`: a column of a snapshot, read in place.
///
/// It owns nothing: whoever holds it also holds the image (a `Table`, a query index), which keeps the bytes
/// alive. Reading an element is a bounds check and a load, so a column can be scanned at memory speed.
public struct RawColumn<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
  private let base: UnsafePointer<Element>?
  public let count: Int

  /// An empty column.
  public init() {
    base = nil
    count = 0
  }

  init(base: UnsafePointer<Element>?, count: Int) {
    self.base = count == 0 ? nil : base
    self.count = count
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  @inline(__always)
  public subscript(index: Int) -> Element {
    precondition(index >= 0 && index < count, "column index out of range")
    return base.unsafelyUnwrapped[index]
  }

  /// The values as a buffer, for loops that want no bounds checks.
  public var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
