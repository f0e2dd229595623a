import Foundation

/// The temporary files newsq writes beside a target (`.out.csv.newsq-PID-RANDOM`), and the clean-up of
/// those a killed run left behind.
///
/// A temporary file is abandoned when the process its name records is no longer running and nobody holds
/// the lock its writer keeps on it while writing. Only regular files of this user are removed — never a
/// link, never another user's file, never one still being written (by this shell's own `.output` or by
/// another newsq on another machine sharing the folder).
enum StaleSiblings {
  /// What comes between the target's name and the writer's process id.
  static let marker = ".newsq-"

  /// The name of a new temporary file for `name`, written by this process.
  static func temporaryName(for name: String, suffix: String) -> String {
    ".\(name)\(marker)\(getpid())-\(suffix)"
  }

  /// Removes the abandoned temporary files of `name` in `folder`; returns the names it removed.
  /// `isRunning` says whether a process id belongs to a running process (replaced in tests).
  @discardableResult
  static func remove(
    of name: String, in folder: String, isRunning: (pid_t) -> Bool = StaleSiblings.isRunning
  ) -> [String] {
    let prefix = "." + name + marker
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for entry in entries where entry.hasPrefix(prefix) {
      let rest = entry.dropFirst(prefix.count)
      guard let dash = rest.firstIndex(of: "-"), let writer = pid_t(rest[..<dash]), !isRunning(writer) else { continue }
      let path = PathName.joined(folder, entry)
      if isAbandoned(path) && unlink(path) == 0 { removed.append(entry) }
    }
    return removed
  }

  /// Takes the lock a writer holds on its temporary file (see `hold`), without waiting.
  private static func isAbandoned(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else {
      return false
    }
    return flock(descriptor, LOCK_EX | LOCK_NB) == 0
  }

  /// Marks the temporary file open on `descriptor` as being written, until it is closed.
  static func hold(_ descriptor: Int32) {
    _ = flock(descriptor, LOCK_EX | LOCK_NB)
  }

  /// Whether a process with id `pid` is running (or exists and belongs to another user).
  static func isRunning(_ pid: pid_t) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
