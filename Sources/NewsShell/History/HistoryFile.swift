import Foundation

/// The history file as several shells share it: one entry a line, appended under a lock, and trimmed by
/// re-reading the file under that lock, so no shell's entries are lost to another's trim.
///
/// Only the end of the file is ever read — the entries that are kept — so a history grown to hundreds of
/// megabytes costs no more at start-up than one of the kept size.
enum HistoryFile {
  /// The bytes read at a time, from the end backwards.
  static let chunkSize = 65536
  /// A line longer than this is not an entry anyone typed; it is skipped rather than held in memory.
  static let maximumEntryBytes = 1 << 20

  /// The last lines of a history file.
  struct Tail: Sendable, Equatable {
    /// The last lines, oldest first, without their line ends (LF or CRLF); blank lines are skipped.
    var lines: [String]
    /// Whether the file holds more lines than were asked for.
    var hasMore: Bool
    /// How many bytes were read to find them: the work done, whatever the file's size.
    var bytesRead: Int
  }

  /// The last `count` non-blank lines of the file open on `descriptor`, read backwards from its end.
  static func tail(of descriptor: Int32, count: Int) -> Tail {
    var info = stat()
    guard count > 0, fstat(descriptor, &info) == 0 else { return Tail(lines: [], hasMore: false, bytesRead: 0) }
    var newestFirst: [String] = []
    // The line being assembled, its bytes in reverse order, and whether it grew past the limit.
    var partial: [UInt8] = []
    var isOversized = false
    var offset = Int(info.st_size)
    var bytesRead = 0
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    func finishLine() {
      defer {
        partial.removeAll(keepingCapacity: true)
        isOversized = false
      }
      guard !isOversized else { return }
      var line = Array(partial.reversed())
      if line.last == 0x0D { line.removeLast() }
      if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
        newestFirst.append(String(decoding: line, as: UTF8.self))
      }
    }
    while offset > 0 && newestFirst.count <= count {
      let start = max(0, offset - chunkSize)
      let length = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, offset - start, off_t(start)) }
      guard length == offset - start else { break }
      bytesRead += length
      for index in stride(from: length - 1, through: 0, by: -1) where newestFirst.count <= count {
        let byte = chunk[index]
        if byte == 0x0A {
          finishLine()
        } else if !isOversized {
          partial.append(byte)
          if partial.count > maximumEntryBytes {
            isOversized = true
            partial.removeAll()
          }
        }
      }
      offset = start
    }
    if offset == 0 && newestFirst.count <= count { finishLine() }
    let hasMore = newestFirst.count > count
    return Tail(lines: newestFirst.prefix(count).reversed(), hasMore: hasMore, bytesRead: bytesRead)
  }

  /// Opens the history file at `path` and takes its lock: to change it (`exclusive`, creating the file with
  /// mode 600), else to read it (shared). A file another shell replaced while this one waited is opened
  /// again, so the lock held is always that of the file at `path`. Returns the descriptor, or the problem.
  static func openLocked(_ path: String, exclusive: Bool) -> Result<Int32, SystemError> {
    while true {
      let flags = exclusive ? O_RDWR | O_APPEND | O_CREAT : O_RDONLY
      let descriptor = open(path, flags | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
      var locked: Int32
      repeat { locked = flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) } while locked != 0 && errno == EINTR
      var held = stat()
      var current = stat()
      if locked == 0, fstat(descriptor, &held) == 0, stat(path, &current) == 0,
        held.st_dev == current.st_dev, held.st_ino == current.st_ino
      {
        return .success(descriptor)
      }
      let problem = errno
      close(descriptor)
      if locked != 0 { return .failure(SystemError(code: problem)) }
    }
  }
}
