import Foundation

/// Where a manifest row's file is, relative to the manifest's folder: the row is matched to an article by that
/// path, never by its last component, so `../other/x.txt` cannot give its fields to the folder's own `x.txt`.
enum ManifestPath {
  /// `file` (relative to `folder`, or absolute) as a path inside `folder` with `.` and `..` worked out
  /// (`./a.txt` and `sub/../a.txt` are `a.txt`), or nil when it leads outside the folder. An absolute path is
  /// compared as written, then with links resolved, so a folder reached through a link still matches.
  static func name(of file: String, in folder: String) -> String? {
    guard file.hasPrefix("/") else { return relative(components(file), to: []) }
    let absoluteFolder = absolute(folder)
    if let name = relative(components(file), to: components(absoluteFolder)) { return name }
    let resolvedFile = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
    let resolvedFolder = URL(fileURLWithPath: absoluteFolder).resolvingSymlinksInPath().path
    return relative(components(resolvedFile), to: components(resolvedFolder))
  }

  /// The path's components with `.` dropped and `..` taking the one before it; nil when `..` climbs past the
  /// start.
  static func components(_ path: String) -> [String]? {
    var result: [String] = []
    for part in path.split(separator: "/") where part != "." {
      if part == ".." {
        guard !result.isEmpty else { return nil }
        result.removeLast()
      } else {
        result.append(String(part))
      }
    }
    return result
  }

  private static func relative(_ path: [String]?, to folder: [String]?) -> String? {
    guard let path, let folder, path.count > folder.count, Array(path.prefix(folder.count)) == folder else {
      return nil
    }
    return path.dropFirst(folder.count).joined(separator: "/")
  }

  private static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }
}
