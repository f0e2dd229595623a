/// Why a snapshot file cannot be used. Each message names what is wrong, not the file: the caller says
/// which file (`newsq: FILE: message`).
public enum SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(String)
  case notASnapshot
  case otherFormatVersion(found: UInt32)
  case otherByteOrder
  case wrongLength(expected: Int, actual: Int)
  case damaged(String)
  case otherBuild(found: String)
  case missingSection(String)
  case stale(String)
  case unwritable(String)

  public var description: String {
    switch self {
    case .unreadable(let reason): return "cannot be read: \(reason)"
    case .notASnapshot: return "is not a newsq snapshot"
    case .otherFormatVersion(let found):
      return "was written in snapshot format \(found), this newsq reads format \(ImageFormat.version)"
    case .otherByteOrder: return "was written on a machine of another byte order"
    case .wrongLength(let expected, let actual):
      return actual < expected
        ? "is truncated (\(actual) bytes of \(expected))" : "has \(actual - expected) bytes more than it was written with"
    case .damaged(let place): return "is damaged (checksum of \(place) does not match)"
    case .otherBuild(let found): return "was written by another build of newsq (\(found.prefix(12)))"
    case .missingSection(let name): return "lacks its section '\(name)'"
    case .stale(let reason): return "is out of date: \(reason)"
    case .unwritable(let reason): return "cannot be written: \(reason)"
    }
  }
}
