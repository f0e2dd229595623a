/// A path cut into its folder and its last name by plain string work. Foundation's NSString path
/// methods trap on some one-character paths (`z`, `./`), and a path the user typed must never end the
/// session, so the shell's file code uses this instead.
struct PathName: Equatable, Sendable {
  /// The folder part as written, without trailing slashes: `.` when there is none, `/` at the root.
  var folder: String
  /// The last part; empty when the path ends in `/`, so it names a folder rather than a file.
  var name: String

  init(_ path: String) {
    guard let slash = path.lastIndex(of: "/") else {
      folder = "."
      name = path
      return
    }
    name = String(path[path.index(after: slash)...])
    let head = path[..<slash].reversed().drop { $0 == "/" }
    folder = head.isEmpty ? "/" : String(head.reversed())
  }

  /// Whether the path can only name a folder: it ends in `/`, `.` or `..`, or is empty.
  var namesFolder: Bool { name.isEmpty || name == "." || name == ".." }

  /// `folder/name` with one slash between them, whatever `folder` ends with.
  static func joined(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The parts between slashes, without empty ones and `.` (`a//./b/` is `a`, `b`).
  static func components(_ path: String) -> [String] {
    path.split(separator: "/").map(String.init).filter { $0 != "." }
  }

  /// `/` followed by `parts` joined with slashes: the absolute path they spell.
  static func absolute(_ parts: [String]) -> String {
    "/" + parts.joined(separator: "/")
  }
}
