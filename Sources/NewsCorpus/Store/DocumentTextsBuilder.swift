/// The documents' texts being written into an image: one after another in one buffer allocated once at the
/// corpus's size, so that a load holds each text once — not as the String it was read as and again in its
/// image — and the image takes the buffer over as its text section.
final class DocumentTextsBuilder {
  private let bytes: OwnedBytes
  /// Where each document's text starts in `bytes`, and where the last one ends.
  private(set) var offsets: [Int64] = [0]

  /// Room for `byteCount` bytes of text in all.
  init(byteCount: Int) {
    bytes = OwnedBytes(capacity: byteCount)
  }

  var documentCount: Int { offsets.count - 1 }

  /// Adds the next document's text.
  func append(_ text: UnsafeBufferPointer<UInt8>) {
    bytes.append(UnsafeRawBufferPointer(text))
    offsets.append(Int64(bytes.count))
  }

  /// The bytes of document `id`'s text, in place.
  func text(ofDocument id: Int) -> UnsafeBufferPointer<UInt8> {
    let start = Int(offsets[id])
    return UnsafeBufferPointer(
      start: (bytes.pointer + start).assumingMemoryBound(to: UInt8.self), count: Int(offsets[id + 1]) - start)
  }

  /// Adds the text and its offsets to `writer`, which takes the buffer over.
  func addSections(to writer: inout ImageWriter) {
    writer.add(Document.textOffsetsSection, offsets)
    writer.add(Document.textSection, adopting: bytes)
  }
}
