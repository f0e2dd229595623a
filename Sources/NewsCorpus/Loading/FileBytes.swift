import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file's bytes with the system's own calls, so that a file that cannot be read says why (a link loop,
/// permission denied, a FIFO) where Foundation only gives nil, and so that nothing can block a load for ever.
///
/// A folder's walk reads regular files only: a FIFO among them would wait for a writer that may never come, and
/// a device (`/dev/zero`) never ends, so both are refused without being opened. A FIFO or pipe named on its own
/// (`newsq <(zcat export.jsonl.gz)`) is read to its end if it has a writer when the load opens it (one that is
/// waiting in its own open counts); with none it is refused rather than waited for.
enum FileBytes {
  enum Outcome {
    case bytes([UInt8])
    /// Why the file cannot be read, for the message: "too many levels of symbolic links (a link loop)".
    case unreadable(String)
  }

  /// The bytes of `path`; `allowsStreams` lets a FIFO or pipe through (a file named on its own).
  static func read(_ path: String, allowsStreams: Bool) -> Outcome {
    var status = stat()
    guard stat(path, &status) == 0 else { return .unreadable(reason(errno, path: path)) }
    if let kind = irregularKind(status.st_mode), !(allowsStreams && isStream(status.st_mode)) {
      return .unreadable("not a regular file (\(kind))")
    }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .unreadable(reason(errno, path: path)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(Int(status.st_size), 0))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    if isStream(status.st_mode) {
      // Opened without waiting for a writer: with none, not even one waiting in its open, there is nothing to read.
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .unreadable("a FIFO with no writer: nothing to read (start its writer first)") }
      if count > 0 { bytes += chunk[0..<count] }
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .bytes(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        return .unreadable(reason(errno, path: nil))
      }
      bytes += chunk[0..<count]
    }
  }

  /// What a file that is not a regular one is, or nil for a regular file.
  private static func irregularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a folder"
    case S_IFIFO: return "a FIFO"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a file"
    }
  }

  private static func isStream(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFIFO }

  /// An error number in words, lowercase as newsq's messages are; a link loop and a dangling link said plainly.
  static func reason(_ number: Int32, path: String?) -> String {
    switch number {
    case ELOOP: return "too many levels of symbolic links (a symbolic link loop)"
    case EACCES: return "permission denied"
    case ENOENT:
      var status = stat()
      if let path, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
        return "a symbolic link to a file that does not exist"
      }
      return "no such file"
    default:
      let text = String(cString: strerror(number))
      return text.prefix(1).lowercased() + text.dropFirst()
    }
  }

  /// Whether `path` is there at all, a broken or looping link included (`FileManager.fileExists` follows links).
  static func isPresent(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }
}
