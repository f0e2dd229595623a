/// Bytes on the heap that one owner frees: a section of an image made in memory, allocated once at its final
/// size and handed from the writer to the image without a copy, so that making an image never holds a
/// section twice.
final class OwnedBytes: @unchecked Sendable {
  let pointer: UnsafeMutableRawPointer
  let capacity: Int
  /// How many bytes from the start are written.
  private(set) var count = 0

  /// Room for `capacity` bytes. The pages are the system's until written, so room reserved but never
  /// filled costs no memory.
  init(capacity: Int) {
    self.capacity = capacity
    pointer = .allocate(byteCount: max(1, capacity), alignment: ImageFormat.sectionAlignment)
  }

  deinit { pointer.deallocate() }

  /// Appends `bytes`; they must fit in the capacity.
  func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    precondition(count + bytes.count <= capacity, "bytes beyond their capacity")
    (pointer + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  /// The bytes written, in place.
  var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: pointer, count: count) }
}
