import Foundation

/// Writes files so that nothing the user had is lost: a whole file is written beside its target and
/// renamed over it only once complete, so a failure leaves the old file as it was. A symbolic link is
/// followed, and a device or FIFO is written in place (see `WriteTarget`).
/// Every function returns nil on success, or a sentence saying what went wrong and where.
enum SafeFile {
  /// Replaces `path` with `data` through a temporary file in the same folder, which must exist
  /// (or writes it in place when it is not a regular file).
  static func replace(_ path: String, with data: Data, wait: StreamWait = .untilReady) -> String? {
    replaceAll([(path, { data })], wait: wait)
  }

  /// Replaces every file of `files` or none of them: each one's data (made when its turn comes, so only one
  /// is held at a time) is written beside it, and only once all are complete are they renamed into place.
  /// A full disk halfway through leaves every target as it was.
  static func replaceAll(_ files: [(path: String, data: () -> Data)], wait: StreamWait = .untilReady) -> String? {
    var started: [PendingFile] = []
    func abandon(_ problem: String) -> String {
      started.forEach { $0.discard() }
      return problem
    }
    for file in files {
      switch PendingFile.create(for: file.path, wait: wait) {
      case .failure(let problem): return abandon(problem.description)
      case .success(let pending):
        started.append(pending)
        if let problem = pending.write(file.data()) { return abandon(problem) }
      }
    }
    for pending in started {
      if let problem = pending.flush() { return abandon(problem) }
    }
    for (index, pending) in started.enumerated() {
      if let problem = pending.commit() {
        started[(index + 1)...].forEach { $0.discard() }
        return problem
      }
    }
    return nil
  }

  /// Creates the folders above `path` (mode 700, as state folders are).
  static func createFolders(containing path: String) -> String? {
    let folder = PathName(path).folder
    guard folder != "." else { return nil }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "cannot write \(path): \(folder) is not a folder"
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      return nil
    } catch {
      return "cannot create the folder \(folder)"
    }
  }

  /// Makes the folder `path` for an export (its parent must exist), or accepts it if it is already there.
  static func createFolder(_ path: String) -> String? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "cannot write into \(path): it is a file, not a folder"
    }
    guard mkdir(path, 0o777) == 0 else {
      let parent = PathName(path).folder
      let reason = errno == ENOENT ? "there is no folder \(parent)" : String(cString: strerror(errno))
      return "cannot create the folder \(path): \(reason)"
    }
    return nil
  }

  /// Writes all of `data`, retrying short writes; nil on success, else a sentence naming `path`.
  static func writeAll(_ data: Data, to descriptor: Int32, path: String, wait: StreamWait = .untilReady) -> String? {
    writeAllBytes(data, to: descriptor, wait: wait).map { "cannot write \(path): \(String(cString: strerror($0)))" }
  }

  /// Writes all of `data`, retrying short writes and interruptions, and waiting (as `wait` allows) while a
  /// descriptor opened without blocking is full; nil on success, else the errno (ECANCELED when cancelled).
  static func writeAllBytes(_ data: Data, to descriptor: Int32, wait: StreamWait = .untilReady) -> Int32? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
      guard var pointer = buffer.baseAddress else { return nil }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          if errno == EAGAIN {
            guard wait.until(descriptor, is: Int16(POLLOUT)) else { return ECANCELED }
            continue
          }
          return errno
        }
        remaining -= written
        pointer += written
      }
      return nil
    }
  }
}
