import Foundation

/// The interactive history: what Up, Down and Ctrl-R recall, and `.history` lists.
///
/// Each entry is appended to the file the moment it is entered, so a crash loses nothing; the file is
/// trimmed to `limit` entries when it has grown well past it. A file that cannot be written costs one
/// warning, after which the history lives in memory only.
final class HistoryStore {
  /// Where the file lives and how many entries it keeps, from the environment.
  struct Settings: Sendable, Hashable {
    var path: String?
    var limit: Int
    /// A problem with the settings themselves (a bad `NEWSQ_HISTORY_SIZE`), said once at start-up.
    var warning: String?

    static let defaultLimit = 1000

    /// `$XDG_STATE_HOME/newsq/history`, else `~/.local/state/newsq/history`; `NEWSQ_HISTORY_SIZE` bounds it.
    static func from(environment: [String: String]) -> Settings {
      var settings = Settings(path: nil, limit: defaultLimit, warning: nil)
      if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
        settings.path = state + "/newsq/history"
      } else if let home = environment["HOME"], !home.isEmpty {
        settings.path = home + "/.local/state/newsq/history"
      }
      if let text = environment["NEWSQ_HISTORY_SIZE"] {
        if let size = Int(text.trimmingCharacters(in: .whitespaces)), size >= 0 {
          settings.limit = size
        } else {
          settings.warning = "NEWSQ_HISTORY_SIZE='\(text)' is not a whole number ≥ 0; keeping \(defaultLimit) entries"
        }
      }
      return settings
    }
  }

  let settings: Settings
  private(set) var entries: [String] = []
  private var entriesInFile = 0
  private var isWritable: Bool
  private let warn: (String) -> Void

  /// Reads the existing file, if any. `warn` receives at most one message about the file.
  init(settings: Settings, warn: @escaping (String) -> Void) {
    self.settings = settings
    self.warn = warn
    isWritable = settings.path != nil && settings.limit > 0
    guard let path = settings.path, settings.limit > 0, let data = FileManager.default.contents(atPath: path) else {
      return
    }
    let all = HistoryFileFormat.decode(String(decoding: data, as: UTF8.self))
    entries = Array(all.suffix(settings.limit))
    entriesInFile = all.count
    if entriesInFile > settings.limit { rewrite() }
  }

  /// Whether `entry` would be remembered: not blank, not starting with a space, not a repeat of the last one.
  func accepts(_ entry: String) -> Bool {
    settings.limit > 0 && entry.contains(where: { !$0.isWhitespace }) && entry.first != " "
      && entry != entries.last
  }

  /// Remembers `entry` and appends it to the file at once. Returns whether it was kept.
  @discardableResult
  func add(_ entry: String) -> Bool {
    guard accepts(entry) else { return false }
    entries.append(entry)
    if entries.count > settings.limit { entries.removeFirst(entries.count - settings.limit) }
    guard isWritable, let path = settings.path else { return true }
    if entriesInFile >= settings.limit + max(16, settings.limit / 2) {
      rewrite()
    } else if let problem = SafeFile.append(HistoryFileFormat.encode(entry), to: path) {
      stopWriting(problem)
    } else {
      entriesInFile += 1
    }
    return true
  }

  /// Replaces the file with the entries kept in memory (temporary file, then rename).
  private func rewrite() {
    guard isWritable, let path = settings.path else { return }
    if let problem = SafeFile.createFolders(containing: path)
      ?? SafeFile.replace(path, with: Data(entries.map(HistoryFileFormat.encode).joined().utf8))
    {
      stopWriting(problem)
    } else {
      entriesInFile = entries.count
    }
  }

  private func stopWriting(_ problem: String) {
    isWritable = false
    warn("history will not be saved: \(problem)")
  }
}

/// One entry a line; a newline inside an entry is written `\n` and a backslash `\\`, so multi-line
/// statements come back whole.
enum HistoryFileFormat {
  static func encode(_ entry: String) -> String {
    var line = ""
    for character in entry {
      switch character {
      case "\\": line += "\\\\"
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      default: line.append(character)
      }
    }
    return line + "\n"
  }

  static func decode(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
      var entry = ""
      var escaped = false
      for character in line {
        if escaped {
          switch character {
          case "n": entry.append("\n")
          case "r": entry.append("\r")
          default: entry.append(character)
          }
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else {
          entry.append(character)
        }
      }
      return entry
    }
  }
}
