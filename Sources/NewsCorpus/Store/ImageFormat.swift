/// The layout of a snapshot file (`CorpusImage`): a fixed prefix, metadata as JSON, the data sections, and a
/// trailer of checksums. Every byte of the file is covered by a checksum: the prefix by its own, the
/// metadata by one in the prefix, the data by one per block in the trailer, the trailer by one in the prefix.
///
///     0   magic "NEWSQIMG"            8 bytes
///     8   format version              UInt32
///     12  byte order mark 0x01020304  UInt32
///     16  metadata length             UInt64 (the JSON starts at 64)
///     24  data start                  UInt64 (a multiple of 4096)
///     32  trailer start               UInt64
///     40  file length                 UInt64
///     48  metadata CRC32C             UInt32 (bytes 64 ..< data start)
///     52  trailer CRC32C              UInt32 (bytes trailer start ..< file length)
///     56  zero                        UInt32
///     60  prefix CRC32C               UInt32 (bytes 0 ..< 60)
///
/// Sections lie between data start and trailer start, each at a multiple of 64 bytes, so a column of any
/// fixed-width type is aligned where the file is mapped. The trailer holds the CRC32C of each block of
/// `blockSize` bytes of the data, so that opening checks every byte on every core.
public enum ImageFormat {
  /// Bumped whenever a section is added, removed or changes its layout: a snapshot written with another
  /// version is refused and the corpus extracted again. Adding a field to the model means a new column in
  /// its `+Image` file and one more here.
  public static let version: UInt32 = 5
  static let magic: [UInt8] = Array("NEWSQIMG".utf8)
  static let byteOrderMark: UInt32 = 0x0102_0304
  static let prefixLength = 64
  static let pageSize = 4096
  static let sectionAlignment = 64
  static let blockSize = 1 << 24

  static func aligned(_ offset: Int, to alignment: Int) -> Int { (offset + alignment - 1) / alignment * alignment }
}

/// What an image file says about itself besides its data: which program wrote it, from which input files,
/// and where each section lies.
public struct ImageMetadata: Codable, Sendable, Equatable {
  /// The build of newsq that wrote it (the GNU build id of the program): extraction is tied to the code.
  public var producer: String
  /// The files the corpus was read from, as they were when it was read.
  public var inputs: [InputFile]
  /// Free-form facts the writer records (the corpus paths given, counts).
  public var notes: [String: String]
  /// Where each section lies.
  public internal(set) var sections: [SectionEntry]

  public init(producer: String, inputs: [InputFile] = [], notes: [String: String] = [:]) {
    self.producer = producer
    self.inputs = inputs
    self.notes = notes
    sections = []
  }

  /// A section's name and where it lies in the file.
  public struct SectionEntry: Codable, Sendable, Equatable {
    public var name: String
    public var offset: Int
    public var length: Int
  }
}

/// An input file as a snapshot records it: a snapshot is stale once any of these differs.
public struct InputFile: Codable, Sendable, Hashable {
  public var path: String
  public var size: Int
  /// Modification time in nanoseconds since 1970.
  public var modified: Int64

  public init(path: String, size: Int, modified: Int64) {
    self.path = path
    self.size = size
    self.modified = modified
  }
}
