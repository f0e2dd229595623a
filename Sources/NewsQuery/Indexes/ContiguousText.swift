/// A text's UTF-8 bytes in one buffer, for scanning slices of it without making Strings: a native
/// String's own storage, or a copy of the bytes of one that has none (bridged).
struct ContiguousText: @unchecked Sendable {
  private let text: String
  private let copy: [UInt8]?

  init(_ text: String) {
    self.text = text
    let isContiguous = text.utf8.withContiguousStorageIfAvailable { _ in true } ?? false
    copy = isContiguous ? nil : Array(text.utf8)
  }

  /// Calls `body` with the bytes of `byteRange`, clamped to the text as `Document.text(in:)` clamps it.
  func withBytes(in byteRange: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    func slice(_ bytes: UnsafeBufferPointer<UInt8>) {
      let lower = max(0, min(byteRange.lowerBound, bytes.count))
      let upper = max(lower, min(byteRange.upperBound, bytes.count))
      body(UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
    }
    if let copy {
      copy.withUnsafeBufferPointer(slice)
    } else {
      _ = text.utf8.withContiguousStorageIfAvailable(slice)
    }
  }

  /// Calls `body` with all the bytes.
  func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) { withBytes(in: 0..<Int.max, body) }
}
