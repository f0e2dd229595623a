import Foundation

/// What writing to a path the user named means. Replacing a file through a temporary one is safe only
/// for a regular file: a symbolic link would be replaced by a file (and what it leads to left stale), and
/// a device, FIFO or socket would be destroyed. So links are followed to the file they lead to, and what
/// is not a regular file is opened and written where it is, as a shell's `>` does. A path that leads into
/// /proc (`/dev/stdout`, `/dev/fd/2`) is an open stream of this process, written in place too.
enum WriteTarget: Equatable, Sendable {
  /// A regular file, or one not there yet: written beside it and renamed over it. The path has no link left
  /// in its last component, so the rename lands where the link pointed.
  case replace(String)
  /// A device, FIFO, socket or open stream that exists: opened and written in place, appending.
  case inPlace(String)

  /// The kernel's own limit on links followed in one lookup (Linux's MAXSYMLINKS).
  static let maximumLinks = 40

  /// Follows `path` through symbolic links to what will be written; a loop of links is an error.
  static func resolve(_ path: String) -> Result<WriteTarget, PendingFile.Problem> {
    var current = path
    for _ in 0...maximumLinks {
      current = inRealFolder(current)
      var info = stat()
      guard lstat(current, &info) == 0 else { return .success(.replace(current)) }
      // /proc/self/fd/N reads as `pipe:[123]` or a file's path, but opening it reaches the stream itself.
      if current.hasPrefix("/proc/") { return .success(.inPlace(current)) }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
          return .failure(PendingFile.Problem(description: "cannot write \(path): cannot read the link \(current)"))
        }
        current =
          destination.hasPrefix("/")
          ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
      case S_IFREG, S_IFDIR:
        return .success(.replace(current))
      default:
        return .success(.inPlace(current))
      }
    }
    return .failure(PendingFile.Problem(description: "cannot write \(path): too many levels of symbolic links"))
  }

  /// `path` with the links in its folders resolved (`/dev/fd/1` is `/proc/self/fd/1`), its last part kept.
  private static func inRealFolder(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
    defer { free(real) }
    return (String(cString: real) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
  }
}
