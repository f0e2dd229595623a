import Foundation

/// What writing to a path the user named means. Replacing a file through a temporary one is safe only
/// for a regular file: a symbolic link would be replaced by a file (and what it leads to left stale), and
/// a device, FIFO or socket would be destroyed. So links are followed to the file they lead to, and what
/// is not a regular file is opened and written where it is, as a shell's `>` does. A path that leads into
/// /proc (`/dev/stdout`, `/dev/fd/2`) is an open stream of this process, written in place too.
///
/// The path is walked one part at a time, as the kernel looks it up, so that every link on the way —
/// in a folder part too — is checked against `ProtectedLinks` before it is followed.
enum WriteTarget: Equatable, Sendable {
  /// A regular file, or one not there yet: written beside it and renamed over it. The path is absolute and
  /// has no link left in it, so the rename lands where the links pointed.
  case replace(String)
  /// A device, FIFO, socket or open stream that exists: opened and written in place, appending.
  case inPlace(String)

  /// The kernel's own limit on links followed in one lookup (Linux's MAXSYMLINKS).
  static let maximumLinks = 40

  /// Follows `path` through symbolic links to what will be written. A loop of links, a link another user
  /// planted in a shared folder, a missing folder and a path that names a folder (`out/`, `.`) are errors.
  static func resolve(_ path: String) -> Result<WriteTarget, PendingFile.Problem> {
    func refuse(_ reason: String) -> Result<WriteTarget, PendingFile.Problem> {
      .failure(PendingFile.Problem(description: "cannot write \(path): \(reason)"))
    }
    guard !path.isEmpty else { return .failure(PendingFile.Problem(description: "cannot write to an empty file name")) }
    let named = PathName(path)
    if named.namesFolder {
      var info = stat()
      if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        return .failure(PendingFile.Problem(description: "\(path) is a folder"))
      }
      return refuse("a file name cannot end in '/'")
    }
    var resolved: [String]
    if path.hasPrefix("/") {
      resolved = []
    } else {
      guard let here = currentFolder() else { return refuse("the current folder cannot be found") }
      resolved = PathName.components(here)
    }
    // A stack of the parts still to look up, the next one last.
    var pending = Array(PathName.components(path).reversed())
    var linksFollowed = 0
    while let part = pending.popLast() {
      if part == ".." {
        _ = resolved.popLast()
        continue
      }
      let candidate = PathName.absolute(resolved + [part])
      let isLast = pending.isEmpty
      var info = stat()
      guard lstat(candidate, &info) == 0 else {
        if errno == ENOENT && isLast { return .success(.replace(candidate)) }
        if errno == ENOENT { return refuse("there is no folder \(linksFollowed == 0 ? named.folder : candidate)") }
        if errno == ENOTDIR { return refuse("\(PathName.absolute(resolved)) is not a folder") }
        return refuse(String(cString: strerror(errno)))
      }
      // /proc/self/fd/N reads as `pipe:[123]` or a file's path, but opening it reaches the stream itself.
      if isLast && resolved.first == "proc" { return .success(.inPlace(candidate)) }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        linksFollowed += 1
        guard linksFollowed <= maximumLinks else { return refuse("too many levels of symbolic links") }
        let folder = PathName.absolute(resolved)
        if let refusal = ProtectedLinks.refusal(link: candidate, linkOwner: info.st_uid, folder: folder) {
          return refuse(refusal)
        }
        guard let destination = linkText(candidate) else { return refuse("cannot read the link \(candidate)") }
        if destination.hasPrefix("/") { resolved = [] }
        pending += PathName.components(destination).reversed()
      case S_IFDIR:
        resolved.append(part)
      case S_IFREG:
        guard isLast else { return refuse("\(candidate) is not a folder") }
        return .success(.replace(candidate))
      default:
        guard isLast else { return refuse("\(candidate) is not a folder") }
        return .success(.inPlace(candidate))
      }
    }
    // Every part was a folder (`/tmp/..`): openBeside reports it.
    return .success(.replace(PathName.absolute(resolved)))
  }

  /// What the link at `path` holds, or nil when it cannot be read.
  private static func linkText(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func currentFolder() -> String? {
    guard let folder = getcwd(nil, 0) else { return nil }
    defer { free(folder) }
    return String(cString: folder)
  }
}
