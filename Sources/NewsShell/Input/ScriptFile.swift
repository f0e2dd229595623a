import Foundation

/// Reads a script as UTF-8 text from a file or from any readable stream — `/dev/stdin`, a FIFO, the pipe of
/// `-f <(…)`, `/dev/null` — or says why it cannot be run: missing, a folder, unreadable (with the system's
/// reason), binary, not UTF-8.
enum ScriptFile {
  /// The bytes read at a time.
  static let chunkSize = 65536

  static func read(_ path: String, wait: StreamWait = .untilReady) -> Result<String, ShellError> {
    let bytes: [UInt8]
    switch readBytes(path, wait: wait) {
    case .success(let read): bytes = read
    case .failure(let problem): return .failure(problem)
    }
    return ScriptText.decode(bytes).mapError { problem in
      ShellError(
        "\(problem.message) (byte offset \(problem.byteOffset))", location: "\(path):\(problem.line):\(problem.column)")
    }
  }

  /// Every byte of `path` up to its end, or up to the first chunk with a NUL byte (a binary file or
  /// `/dev/zero`, refused by the decoder anyway). A stream is read without blocking, so Ctrl-C at the
  /// prompt can end a wait for its writer.
  static func readBytes(_ path: String, wait: StreamWait = .untilReady) -> Result<[UInt8], ShellError> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(problem(path, errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(problem(path, errno)) }
    if info.st_mode & S_IFMT == S_IFDIR { return .failure(problem(path, EISDIR)) }
    let isStream = info.st_mode & S_IFMT != S_IFREG
    if !isStream { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var noticed = false
    while true {
      if isStream {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if !noticed && poll(&entry, 1, 0) == 0 {
          noticed = true
          wait.notice("waiting for \(path) to be written (Ctrl-C cancels)")
        }
        guard wait.until(descriptor, is: Int16(POLLIN)) else {
          return .failure(ShellError("cancelled while waiting for \(path) to be written"))
        }
      }
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunkSize) }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(problem(path, errno))
      }
      bytes += chunk[..<count]
      if chunk[..<count].contains(0) { return .success(bytes) }
    }
  }

  /// `cannot read PATH: REASON`, in the words the README uses for the common reasons.
  private static func problem(_ path: String, _ code: Int32) -> ShellError {
    switch code {
    case ENOENT: return ShellError("cannot read \(path): no such file")
    case EISDIR: return ShellError("cannot read \(path): it is a folder")
    default: return ShellError("cannot read \(path): \(SystemError(code: code).description.lowercased())")
    }
  }
}
