import Foundation

/// A file being written: beside its target and renamed into place by `commit` (a regular file or a new
/// one), or straight into the target when that is a device, FIFO or socket (see `WriteTarget`).
/// `discard` removes a temporary file, leaving the target as it was.
struct PendingFile: Sendable {
  /// Why a file cannot be started.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  /// The path as the user named it, for messages.
  let target: String
  /// Where the data lands: the target with its symbolic links followed.
  let destination: String
  /// The file being filled, renamed over `destination` by `commit`; nil when writing in place.
  let temporaryPath: String?
  let descriptor: Int32

  /// Whether data goes straight into the target, so a failure cannot leave it as it was.
  var isInPlace: Bool { temporaryPath == nil }

  /// How a stream written in place waits for its reader.
  var wait = StreamWait.untilReady

  /// Opens the file to write: a temporary file in the destination's folder, so the final rename stays on
  /// one file system, or the target itself when it is not a regular file. `wait` says how long a FIFO
  /// without a reader is waited for.
  static func create(for target: String, wait: StreamWait = .untilReady) -> Result<PendingFile, Problem> {
    switch WriteTarget.resolve(target) {
    case .failure(let problem): return .failure(problem)
    case .success(.inPlace(let destination)): return openInPlace(target, destination: destination, wait: wait)
    case .success(.replace(let destination)): return openBeside(target, destination: destination)
    }
  }

  /// Opens a device, FIFO or stream without blocking: a FIFO that nobody reads yet is waited for, as the
  /// shell's `>` waits, but `wait` may end the wait (Ctrl-C at the prompt).
  private static func openInPlace(
    _ target: String, destination: String, wait: StreamWait
  ) -> Result<PendingFile, Problem> {
    var noticed = false
    while true {
      let descriptor = open(destination, O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC)
      if descriptor >= 0 {
        var file = PendingFile(target: target, destination: destination, temporaryPath: nil, descriptor: descriptor)
        file.wait = wait
        return .success(file)
      }
      if errno == EINTR { continue }
      guard errno == ENXIO else {
        return .failure(Problem(description: "cannot write \(target): \(String(cString: strerror(errno)))"))
      }
      if !noticed {
        noticed = true
        wait.notice("waiting for a program to read \(target) (Ctrl-C cancels)")
      }
      guard wait.pause() else {
        return .failure(Problem(description: "cancelled while waiting for a program to read \(target)"))
      }
    }
  }

  private static func openBeside(_ target: String, destination: String) -> Result<PendingFile, Problem> {
    var info = stat()
    if lstat(destination, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      return .failure(Problem(description: "\(target) is a folder"))
    }
    // Replacing goes through the folder, so a file the user may not write would be replaced all the same;
    // refuse it as `sh -c 'echo x > FILE'` would.
    var existing = stat()
    let isReplacing = stat(destination, &existing) == 0
    if isReplacing && faccessat(AT_FDCWD, destination, W_OK, AT_EACCESS) != 0 {
      return .failure(Problem(description: "cannot write \(target): \(String(cString: strerror(errno)))"))
    }
    let place = PathName(destination)
    StaleSiblings.remove(of: place.name, in: place.folder)
    let temporaryPath: String
    let descriptor: Int32
    switch createSibling(named: place.name, in: place.folder) {
    case .success(let created): (temporaryPath, descriptor) = created
    case .failure(let reason):
      return .failure(Problem(description: "cannot write \(target): \(reason)"))
    }
    // Keep the owner (where this user may give the file to them) and permissions of a file being replaced;
    // new files get the usual 644 less the umask.
    if isReplacing && fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
      _ = fchown(descriptor, uid_t.max, existing.st_gid)
    }
    fchmod(descriptor, isReplacing ? existing.st_mode & 0o777 : 0o666 & ~currentUmask())
    return .success(
      PendingFile(target: target, destination: destination, temporaryPath: temporaryPath, descriptor: descriptor))
  }

  /// Creates a new, empty temporary file beside `name` in `folder`, named `.NAME.newsq-PID-RANDOM`, open
  /// for writing (mode 600 until the caller sets it) and locked while it is. Its name and lock say whose it
  /// is, so a later run can tell an abandoned one (see `StaleSiblings`).
  private static func createSibling(named name: String, in folder: String) -> Result<(String, Int32), SystemError> {
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var lastError = EEXIST
    for _ in 0..<100 {
      let suffix = String((0..<8).map { _ in letters.randomElement() ?? "x" })
      let path = PathName.joined(folder, StaleSiblings.temporaryName(for: name, suffix: suffix))
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        StaleSiblings.hold(descriptor)
        return .success((path, descriptor))
      }
      lastError = errno
      guard lastError == EEXIST || lastError == EINTR else { break }
    }
    return .failure(SystemError(code: lastError))
  }

  /// Writes `data`; into a stream whose reader is slow, as fast as it reads, until `wait` is cancelled.
  func write(_ data: Data) -> String? {
    SafeFile.writeAll(data, to: descriptor, path: target, wait: wait)
  }

  /// Makes sure the data is on disk, so a full disk or a quota is found before anything is renamed.
  func flush() -> String? {
    guard !isInPlace, fsync(descriptor) != 0, errno != EINVAL else { return nil }
    return "cannot write \(target): \(String(cString: strerror(errno)))"
  }

  /// Flushes, closes and renames over the destination. On failure the target is untouched.
  func commit() -> String? {
    guard let temporaryPath else {
      return close(descriptor) == 0 ? nil : "cannot write \(target): \(String(cString: strerror(errno)))"
    }
    if let problem = flush() {
      discard()
      return problem
    }
    close(descriptor)
    guard rename(temporaryPath, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      return "cannot write \(target): \(reason)"
    }
    return nil
  }

  func discard() {
    close(descriptor)
    if let temporaryPath { unlink(temporaryPath) }
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}
