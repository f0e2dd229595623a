/// An item's text kept as a range of a larger string it shares (its document's text) instead of a
/// copy of its own: a corpus of quotations then holds each quoted word once.
struct SharedText: Sendable {
  private let source: String
  private let byteRange: Range<Int>

  /// A text of its own.
  init(_ text: String) {
    source = text
    byteRange = 0..<text.utf8.count
  }

  /// `byteRange` of `source`, clamped to it as `Document.text(in:)` clamps.
  init(_ source: String, _ byteRange: Range<Int>) {
    self.source = source
    self.byteRange = byteRange
  }

  var string: String { String(Document.slice(source, byteRange)) }
}
