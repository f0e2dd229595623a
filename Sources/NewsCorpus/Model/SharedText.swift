/// An item's text kept as a range of a larger text it shares instead of a copy of its own: its document's
/// text as a String (a corpus being built), or the bytes of a snapshot image (a corpus read from one). A
/// corpus of quotations then holds each quoted word once, and a snapshot's text is copied only when read.
struct SharedText: Sendable {
  // Unchecked: the pointer is into an image's bytes, which never change and which the image kept here keeps alive.
  private enum Source: @unchecked Sendable {
    case string(String)
    /// The image (kept alive), where in it the text `byteRange` is counted from starts, and that text's length.
    case image(CorpusImage, start: UnsafeRawPointer, length: Int)
  }

  private let source: Source
  private let byteRange: Range<Int>

  /// A text of its own.
  init(_ text: String) {
    source = .string(text)
    byteRange = 0..<text.utf8.count
  }

  /// `byteRange` of `source`, clamped to it as `Document.text(in:)` clamps.
  init(_ source: String, _ byteRange: Range<Int>) {
    self.source = .string(source)
    self.byteRange = byteRange
  }

  /// `byteRange` of the `length` bytes at `start` in `image`, clamped to them.
  init(image: CorpusImage, start: UnsafeRawPointer, length: Int, _ byteRange: Range<Int>) {
    source = .image(image, start: start, length: length)
    self.byteRange = byteRange
  }

  var string: String {
    switch source {
    case .string(let text):
      if byteRange.lowerBound == 0, byteRange.upperBound == text.utf8.count { return text }
      return String(Document.slice(text, byteRange))
    case .image(let image, let start, let length):
      // As a String's own slicing does, a bound inside a character's bytes moves back to its start.
      let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: length)
      defer { withExtendedLifetime(image) {} }
      let clamped = Self.clamp(bytes, byteRange)
      let base = clamped.baseAddress.map { $0 - bytes.baseAddress.unsafelyUnwrapped } ?? 0
      let lower = Self.scalarStart(bytes, base)
      let upper = max(lower, Self.scalarStart(bytes, base + clamped.count))
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }
  }

  /// `offset`, or the start of the character whose bytes it falls inside.
  private static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    var offset = offset
    while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// Calls `body` with the text's UTF-8 bytes, without copying them.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch source {
    case .string(let text):
      var text = text
      return text.withUTF8 { body(Self.clamp($0, byteRange)) }
    case .image(let image, let start, let length):
      let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: length)
      return withExtendedLifetime(image) { body(Self.clamp(bytes, byteRange)) }
    }
  }

  /// `range` of the text this is a range of (a document's), as a Substring: of the String itself, or of a
  /// copy of just those bytes from an image.
  func substring(_ range: Range<Int>) -> Substring {
    switch source {
    case .string(let text): return Document.slice(text, range)
    case .image: return Substring(slice(range).string)
    }
  }

  /// A sub-range of this text, counted from the same start as `byteRange` (a document's slice).
  func slice(_ range: Range<Int>) -> SharedText {
    switch source {
    case .string(let text): return SharedText(text, range)
    case .image(let image, let start, let length): return SharedText(image: image, start: start, length: length, range)
    }
  }

  private static func clamp(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
  }
}

extension SharedText {
  /// The whole text of document `document` of an image.
  init(image: CorpusImage, _ context: ImageReadContext, document: Int) {
    let bytes = context.textBytes(ofDocument: document, in: image)
    guard let start = bytes.baseAddress else {
      self.init("")
      return
    }
    self.init(image: image, start: UnsafeRawPointer(start), length: bytes.count, 0..<bytes.count)
  }
}
