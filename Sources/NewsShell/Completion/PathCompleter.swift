import Foundation

/// An entry of a folder, as path completion lists it.
struct FolderEntry: Sendable, Hashable {
  var name: String
  var isFolder: Bool

  init(name: String, isFolder: Bool) {
    self.name = name
    self.isFolder = isFolder
  }

  /// The entries of `folder` on disk; none when it cannot be read.
  static func list(_ folder: String) -> [FolderEntry] {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
    return names.map { name in
      var isFolder: ObjCBool = false
      _ = manager.fileExists(atPath: PathName.joined(folder, name), isDirectory: &isFolder)
      return FolderEntry(name: name, isFolder: isFolder.boolValue)
    }
  }
}

/// Completes a file path as shells do: a folder gets `/` and stays open, a file gets a space;
/// `~/` means the home folder; names with spaces are quoted.
struct PathCompleter {
  let folderEntries: (String) -> [FolderEntry]

  func complete(_ word: String) -> Completion {
    let quote: Character? = word.first == "\"" || word.first == "'" ? word.first : nil
    let typed = quote == nil ? word : String(word.dropFirst())
    let slash = typed.lastIndex(of: "/")
    let folderPart = slash.map { String(typed[...$0]) } ?? ""
    let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    let folder = folderPart.isEmpty ? "." : Self.expandingHome(folderPart)
    let entries = folderEntries(folder)
      .filter { $0.name.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.name.hasPrefix(".")) }
      .sorted { $0.name < $1.name }
    let needsQuote = quote != nil || entries.contains { $0.name.contains(" ") } || folderPart.contains(" ")
    let open = needsQuote ? String(quote ?? "\"") : ""
    let candidates = entries.map { entry in
      open + folderPart + entry.name + (entry.isFolder ? "/" : (needsQuote ? open + " " : " "))
    }
    return .choosing(candidates, labels: entries.map { $0.name + ($0.isFolder ? "/" : "") }, replacing: word)
  }

  static func expandingHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    return home + path.dropFirst()
  }
}
