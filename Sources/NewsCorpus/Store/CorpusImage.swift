import CSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of a snapshot: named sections of fixed-width columns, either a file mapped into memory or a
/// buffer on the heap, laid out as `ImageFormat` says.
///
/// Opening a file checks everything before anything is trusted — magic, format version, length, and the
/// checksum of every byte, the blocks on every core — then maps it. Nothing is decoded at opening: a table
/// reads its columns in place when a query touches them, so what opening costs beyond the checksums is
/// proportional to what is asked, not to the corpus.
public final class CorpusImage: @unchecked Sendable {
  /// The file mapped, or nil for an image on the heap.
  public let path: String?
  public let metadata: ImageMetadata
  /// The mapped file, prefix included; nil for an image on the heap.
  private let mapping: UnsafeRawBufferPointer?
  /// The sections of an image on the heap, each its own allocation.
  private let pieces: [OwnedBytes]
  /// Where each section's bytes lie.
  private let sections: [String: UnsafeRawBufferPointer]

  private init(path: String, mapping: UnsafeRawBufferPointer, metadata: ImageMetadata) {
    self.path = path
    self.mapping = mapping
    self.metadata = metadata
    pieces = []
    var sections: [String: UnsafeRawBufferPointer] = [:]
    for entry in metadata.sections {
      sections[entry.name] = UnsafeRawBufferPointer(rebasing: mapping[entry.offset..<(entry.offset + entry.length)])
    }
    self.sections = sections
  }

  private init(pieces: [(name: String, bytes: OwnedBytes)], metadata: ImageMetadata) {
    path = nil
    mapping = nil
    self.metadata = metadata
    self.pieces = pieces.map(\.bytes)
    var sections: [String: UnsafeRawBufferPointer] = [:]
    for piece in pieces { sections[piece.name] = piece.bytes.written }
    self.sections = sections
  }

  deinit {
    if let mapping, let start = mapping.baseAddress { munmap(UnsafeMutableRawPointer(mutating: start), mapping.count) }
  }

  /// An image on the heap whose sections are `pieces`, which it takes over: each section was allocated at its
  /// size and filled once, so that an image made in memory never holds a copy of what it was made from.
  static func onHeap(_ pieces: [(name: String, bytes: OwnedBytes)], metadata: ImageMetadata) -> CorpusImage {
    CorpusImage(pieces: pieces, metadata: metadata)
  }

  /// Opens and checks the snapshot at `path`, then maps it. Throws what is wrong with it; the caller names
  /// the file. Without `verifying`, the data's checksums are not checked (a file this process just wrote).
  public static func open(path: String, verifying: Bool = true) throws(SnapshotError) -> CorpusImage {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
    let fileLength = Int(status.st_size)
    let (metadata, layout) = try readHeader(descriptor, fileLength: fileLength)
    if verifying { try verifyData(descriptor, layout) }
    guard fileLength > 0,
      let mapped = mmap(nil, fileLength, PROT_READ, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED
    else { throw .unreadable("cannot be mapped: " + String(cString: strerror(errno))) }
    return CorpusImage(
      path: path, mapping: UnsafeRawBufferPointer(start: UnsafeRawPointer(mapped), count: fileLength), metadata: metadata)
  }

  /// The metadata of the snapshot at `path`, its prefix and metadata checked but not its data: which
  /// corpus a damaged snapshot was made from, so that it can be extracted again.
  public static func metadata(path: String) throws(SnapshotError) -> ImageMetadata {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
    return try readHeader(descriptor, fileLength: Int(status.st_size), headerOnly: true).0
  }

  /// Whether the file at `path` starts as a snapshot does.
  public static func isSnapshot(path: String) -> Bool {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var magic = [UInt8](repeating: 0, count: ImageFormat.magic.count)
    let got = magic.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    return got == magic.count && magic == ImageFormat.magic
  }

  /// Where the parts of a file lie, as its prefix says.
  struct Layout {
    var dataStart: Int
    var trailerStart: Int
    var fileLength: Int
    var blockChecksums: [UInt32]
  }

  /// Checks the prefix, the metadata and the trailer; returns the metadata and where the data lies.
  /// With `headerOnly`, the file's length and trailer are not checked (a truncated file still tells what it held).
  static func readHeader(_ descriptor: Int32, fileLength: Int, headerOnly: Bool = false) throws(SnapshotError)
    -> (ImageMetadata, Layout)
  {
    let prefix = try read(descriptor, at: 0, count: min(fileLength, ImageFormat.prefixLength))
    guard prefix.count >= 8, Array(prefix[0..<8]) == ImageFormat.magic else { throw .notASnapshot }
    guard prefix.count == ImageFormat.prefixLength else {
      throw .wrongLength(expected: ImageFormat.prefixLength, actual: fileLength)
    }
    func word32(_ offset: Int) -> UInt32 { prefix.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) } }
    func word64(_ offset: Int) -> Int {
      Int(truncatingIfNeeded: prefix.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
    }
    guard checksum(prefix[0..<60]) == word32(60) else { throw .damaged("the file's prefix") }
    guard word32(12) == ImageFormat.byteOrderMark else { throw .otherByteOrder }
    guard word32(8) == ImageFormat.version else { throw .otherFormatVersion(found: word32(8)) }
    let metadataLength = word64(16)
    let layoutLength = word64(40)
    guard headerOnly || layoutLength == fileLength else {
      throw .wrongLength(expected: layoutLength, actual: fileLength)
    }
    let dataStart = word64(24)
    let trailerStart = word64(32)
    guard metadataLength >= 0, ImageFormat.prefixLength + metadataLength <= dataStart, dataStart <= trailerStart,
      trailerStart <= layoutLength
    else { throw .damaged("the file's prefix") }
    let header = try read(descriptor, at: ImageFormat.prefixLength, count: dataStart - ImageFormat.prefixLength)
    guard checksum(header[...]) == word32(48) else { throw .damaged("the metadata") }
    let trailer = headerOnly ? [] : try read(descriptor, at: trailerStart, count: fileLength - trailerStart)
    let blocks = (trailerStart - dataStart + ImageFormat.blockSize - 1) / ImageFormat.blockSize
    if !headerOnly {
      guard checksum(trailer[...]) == word32(52) else { throw .damaged("the checksum table") }
      guard trailer.count == blocks * 4 else { throw .damaged("the checksum table") }
    }
    let blockChecksums = (0..<(headerOnly ? 0 : blocks)).map { index in
      trailer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self) }
    }
    let metadata: ImageMetadata
    do {
      metadata = try JSONDecoder().decode(ImageMetadata.self, from: Data(header[0..<metadataLength]))
    } catch {
      throw .damaged("the metadata")
    }
    for section in metadata.sections
    where section.offset < dataStart || section.length < 0 || section.offset + section.length > trailerStart
      || section.offset % ImageFormat.sectionAlignment != 0
    {
      throw .damaged("the section table")
    }
    return (
      metadata,
      Layout(dataStart: dataStart, trailerStart: trailerStart, fileLength: fileLength, blockChecksums: blockChecksums)
    )
  }

  /// Checks every block of the data against the trailer, the blocks spread over the cores.
  static func verifyData(_ descriptor: Int32, _ layout: Layout) throws(SnapshotError) {
    let count = layout.blockChecksums.count
    let failures = ParallelWork.map(min(count, ParallelWork.pieces)) { piece -> String? in
      let blocks = ParallelWork.chunks(of: count, pieces: min(count, ParallelWork.pieces))[piece]
      let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 64)
      defer { buffer.deallocate() }
      for block in blocks {
        let start = layout.dataStart + block * ImageFormat.blockSize
        let end = min(start + ImageFormat.blockSize, layout.trailerStart)
        var crc: UInt32 = 0
        var offset = start
        while offset < end {
          let wanted = min(1 << 20, end - offset)
          let got = pread(descriptor, buffer, wanted, off_t(offset))
          guard got > 0 else { return "cannot be read: " + String(cString: strerror(errno)) }
          crc = support_crc32c(crc, buffer, got)
          offset += got
        }
        if crc != layout.blockChecksums[block] { return "block \(block + 1) of \(count)" }
      }
      return nil
    }
    if let failure = failures.compactMap({ $0 }).first {
      throw failure.hasPrefix("cannot") ? .unreadable(failure) : .damaged(failure)
    }
  }

  private static func read(_ descriptor: Int32, at offset: Int, count: Int) throws(SnapshotError) -> [UInt8] {
    guard count > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
      }
      if got < 0 { throw .unreadable(String(cString: strerror(errno))) }
      if got == 0 { break }
      done += got
    }
    guard done == count else { throw .wrongLength(expected: offset + count, actual: offset + done) }
    return bytes
  }

  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBytes { support_crc32c(0, $0.baseAddress, $0.count) }
  }

  // MARK: Sections

  /// Whether the image has a section of this name.
  public func has(_ name: String) -> Bool { sections[name] != nil }

  /// The bytes of section `name`.
  public func bytes(_ name: String) throws(SnapshotError) -> UnsafeRawBufferPointer {
    guard let bytes = sections[name] else { throw .missingSection(name) }
    return bytes
  }

  /// Section `name` as a column of `Element`s.
  public func column<Element: BitwiseCopyable>(_ name: String, as type: Element.Type = Element.self)
    throws(SnapshotError) -> RawColumn<Element>
  {
    let bytes = try bytes(name)
    guard bytes.count % MemoryLayout<Element>.stride == 0 else { throw .damaged("section '\(name)'") }
    return RawColumn(
      base: bytes.baseAddress?.assumingMemoryBound(to: Element.self), count: bytes.count / MemoryLayout<Element>.stride)
  }

  /// The program's build id: what `ImageMetadata.producer` records, so that a snapshot is only ever read by
  /// the code that extracted it.
  public static let currentProducer: String = {
    var buffer = [CChar](repeating: 0, count: 256)
    let length = support_build_id(&buffer, buffer.count)
    guard length > 0 else {
      // No build id: the program file's size and time, which change whenever it is rebuilt.
      var status = stat()
      guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
      return "program-\(status.st_size)-\(status.st_mtim.tv_sec)-\(status.st_mtim.tv_nsec)"
    }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }()
}
