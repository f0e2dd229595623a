import CSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Collects the sections of a `CorpusImage` and writes them as `ImageFormat` lays them out: to a file,
/// atomically (a temporary file beside it, synced, then renamed over it), or to a buffer on the heap.
///
/// A section is given with its length and a closure that streams its bytes, so a large section (the text
/// of every document) is written from where it lies without being gathered into one buffer first.
public struct ImageWriter {
  struct Section {
    var name: String
    var length: Int
    var source: SectionSource
  }

  /// What writes a section: a class, so that making an image can drop it (and the columns it holds) once used,
  /// whatever copies of the writer there are.
  final class SectionSource {
    var produce: ((ImageSink) -> Void)?
    /// Bytes already in their final place, which an image made in memory takes over as they are.
    var bytes: OwnedBytes?

    init(produce: @escaping (ImageSink) -> Void, bytes: OwnedBytes? = nil) {
      self.produce = produce
      self.bytes = bytes
    }

    func write(to sink: ImageSink) { produce?(sink) }
  }

  private var sections: [Section] = []

  public init() {}

  /// A section of `length` bytes that `produce` writes to the sink, exactly that many.
  public mutating func add(_ name: String, length: Int, _ produce: @escaping (ImageSink) -> Void) {
    sections.append(Section(name: name, length: length, source: SectionSource(produce: produce)))
  }

  /// A section of bytes already on the heap: an image made in memory takes them over, a file gets a copy.
  mutating func add(_ name: String, adopting bytes: OwnedBytes) {
    sections.append(
      Section(
        name: name, length: bytes.count, source: SectionSource(produce: { sink in sink.write(bytes.written) }, bytes: bytes)))
  }

  /// A section holding `values` as they lie in memory.
  public mutating func add<Element: BitwiseCopyable>(_ name: String, _ values: [Element]) {
    add(name, length: values.count * MemoryLayout<Element>.stride) { sink in
      values.withUnsafeBytes { sink.write($0) }
    }
  }

  /// A section copied from another image (which must stay alive until the writing is done).
  public mutating func add(_ name: String, copying bytes: UnsafeRawBufferPointer) {
    add(name, length: bytes.count) { sink in sink.write(bytes) }
  }

  /// Where each section goes, and the metadata that says so; `dataStart` is a multiple of the page size.
  private func layout(_ metadata: ImageMetadata) -> (ImageMetadata, [UInt8], dataStart: Int, trailerStart: Int) {
    var dataStart = ImageFormat.pageSize
    while true {
      var described = metadata
      var offset = dataStart
      described.sections = sections.map { section in
        defer { offset = ImageFormat.aligned(offset + section.length, to: ImageFormat.sectionAlignment) }
        return ImageMetadata.SectionEntry(name: section.name, offset: offset, length: section.length)
      }
      let json = (try? JSONEncoder().encode(described)).map { [UInt8]($0) } ?? []
      let needed = ImageFormat.aligned(ImageFormat.prefixLength + json.count, to: ImageFormat.pageSize)
      if needed <= dataStart { return (described, json, dataStart, offset) }
      dataStart = needed
    }
  }

  /// Writes the image to `path` atomically: nothing is at `path` but the old file (or nothing) until the
  /// new one is complete and synced.
  public func write(to path: String, metadata: ImageMetadata) throws(SnapshotError) {
    let temporary = path + ".partial-\(getpid())"
    let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .unwritable(String(cString: strerror(errno))) }
    var isDone = false
    defer {
      close(descriptor)
      if !isDone { unlink(temporary) }
    }
    let sink = ImageSink(descriptor: descriptor)
    try emit(metadata, into: sink)
    if let failure = sink.failure { throw .unwritable(failure) }
    guard fsync(descriptor) == 0 else { throw .unwritable(String(cString: strerror(errno))) }
    guard rename(temporary, path) == 0 else { throw .unwritable(String(cString: strerror(errno))) }
    isDone = true
  }

  /// The image on the heap, as `CorpusImage.open` would read it from a file (without its checksums, which
  /// guard files only). Each section is allocated at its size and filled in turn, and what it was made from is
  /// dropped as soon as it is copied (or taken over as it is, for bytes added by `adopting`): making an image
  /// holds one section twice at most, never the whole image.
  public consuming func makeImage(metadata: ImageMetadata) -> CorpusImage {
    let (described, _, _, _) = layout(metadata)
    var pieces: [(name: String, bytes: OwnedBytes)] = []
    pieces.reserveCapacity(sections.count)
    var copiedSinceRelease = 0
    for section in sections {
      defer {
        section.source.produce = nil
        section.source.bytes = nil
      }
      if let bytes = section.source.bytes {
        pieces.append((section.name, bytes))
        continue
      }
      let bytes = OwnedBytes(capacity: section.length)
      let sink = ImageSink(buffer: bytes)
      section.source.write(to: sink)
      section.source.produce = nil
      precondition(sink.position == section.length, "section '\(section.name)' wrote other than its length")
      pieces.append((section.name, bytes))
      // What a section was copied from lies between the heap's other blocks: its pages go back to the system
      // every few megabytes, or the copies would add up to the image while the sources stay resident.
      copiedSinceRelease += section.length
      if copiedSinceRelease >= 8 << 20 {
        FreedMemory.release()
        copiedSinceRelease = 0
      }
    }
    return CorpusImage.onHeap(pieces, metadata: described)
  }

  private func emit(_ metadata: ImageMetadata, into sink: ImageSink) throws(SnapshotError) {
    let (_, json, dataStart, trailerStart) = layout(metadata)
    sink.write(zeros: ImageFormat.prefixLength)
    var header = json
    header += [UInt8](repeating: 0, count: dataStart - ImageFormat.prefixLength - json.count)
    header.withUnsafeBytes { sink.write($0) }
    sink.startBlocks()
    for section in sections {
      let start = sink.position
      section.source.write(to: sink)
      guard sink.position - start == section.length else {
        throw .unwritable("section '\(section.name)' wrote \(sink.position - start) bytes of \(section.length)")
      }
      sink.write(zeros: ImageFormat.aligned(sink.position, to: ImageFormat.sectionAlignment) - sink.position)
    }
    precondition(sink.position == trailerStart, "sections laid out as written")
    let checksums = sink.finishBlocks()
    checksums.withUnsafeBytes { sink.write($0) }
    var prefix = [UInt8](repeating: 0, count: ImageFormat.prefixLength)
    func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
      withUnsafeBytes(of: value.littleEndian) { bytes in
        for (index, byte) in bytes.enumerated() { prefix[offset + index] = byte }
      }
    }
    prefix.replaceSubrange(0..<8, with: ImageFormat.magic)
    put(ImageFormat.version, at: 8)
    put(ImageFormat.byteOrderMark, at: 12)
    put(UInt64(json.count), at: 16)
    put(UInt64(dataStart), at: 24)
    put(UInt64(trailerStart), at: 32)
    put(UInt64(sink.position), at: 40)
    put(CorpusImage.checksum(header[...]), at: 48)
    put(checksums.withUnsafeBytes { support_crc32c(0, $0.baseAddress, $0.count) }, at: 52)
    put(CorpusImage.checksum(prefix[0..<60]), at: 60)
    sink.overwritePrefix(prefix)
  }
}

/// Where an `ImageWriter` puts bytes: a file through a buffer, or memory. It keeps the checksum of each
/// block of the data as the bytes pass.
public final class ImageSink {
  private let descriptor: Int32
  private let memory: OwnedBytes?
  private var pending: [UInt8] = []
  /// The offset in the image of the next byte.
  private(set) var position = 0
  /// The first error writing the file met, if any.
  private(set) var failure: String?
  private var blockStart: Int?
  private var blockChecksum: UInt32 = 0
  private var checksums: [UInt32] = []

  init(descriptor: Int32) {
    self.descriptor = descriptor
    memory = nil
    pending.reserveCapacity(1 << 22)
  }

  /// A sink that fills `buffer`.
  init(buffer: OwnedBytes) {
    descriptor = -1
    memory = buffer
  }

  /// Appends `bytes`.
  public func write(_ bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    checksum(bytes)
    if let memory {
      memory.append(bytes)
    } else {
      pending.append(contentsOf: bytes)
      if pending.count >= 1 << 22 { flush() }
    }
    position += bytes.count
  }

  /// Appends the UTF-8 bytes of `text`.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  func write(zeros count: Int) {
    guard count > 0 else { return }
    [UInt8](repeating: 0, count: count).withUnsafeBytes { write($0) }
  }

  private func checksum(_ bytes: UnsafeRawBufferPointer) {
    guard var start = blockStart else { return }
    var offset = 0
    while offset < bytes.count {
      let take = min(bytes.count - offset, start + ImageFormat.blockSize - (position + offset))
      blockChecksum = support_crc32c(blockChecksum, bytes.baseAddress.unsafelyUnwrapped + offset, take)
      offset += take
      if position + offset == start + ImageFormat.blockSize {
        checksums.append(blockChecksum)
        blockChecksum = 0
        start += ImageFormat.blockSize
      }
    }
    blockStart = start
  }

  func startBlocks() { blockStart = position }

  /// The checksums of the blocks since `startBlocks`, the last one partial.
  func finishBlocks() -> [UInt32] {
    if let start = blockStart, position > start { checksums.append(blockChecksum) }
    blockStart = nil
    return checksums
  }

  private func flush() {
    var offset = 0
    pending.withUnsafeBytes { bytes in
      while offset < bytes.count, failure == nil {
        let written = Glibc.write(descriptor, bytes.baseAddress.unsafelyUnwrapped + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
        } else {
          offset += written
        }
      }
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered, then the prefix over the placeholder at the start.
  func overwritePrefix(_ prefix: [UInt8]) {
    flush()
    guard failure == nil else { return }
    let written = prefix.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    if written != prefix.count { failure = String(cString: strerror(errno)) }
  }
}
