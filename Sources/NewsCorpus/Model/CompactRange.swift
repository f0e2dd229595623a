/// A range of ids or offsets in 8 bytes (see `Compact`).
@propertyWrapper
public struct CompactRange: Sendable, Equatable {
  private var lower: Int32
  private var upper: Int32

  public init(wrappedValue: Range<Int>) {
    lower = Int32(clamping: wrappedValue.lowerBound)
    upper = max(lower, Int32(clamping: wrappedValue.upperBound))
  }

  public var wrappedValue: Range<Int> {
    get { Int(lower)..<Int(upper) }
    set { self = CompactRange(wrappedValue: newValue) }
  }
}
