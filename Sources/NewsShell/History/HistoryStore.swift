import Foundation

/// The interactive history: what Up, Down and Ctrl-R recall, and `.history` lists.
///
/// Each entry is appended to the file the moment it is entered, so a crash loses nothing; the file is
/// trimmed to `limit` entries when it has grown well past it, by re-reading it under its lock, so shells
/// sharing the file keep each other's entries (see `HistoryFile`). A file that cannot be written costs one
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
  private var isWritable: Bool
  private let warn: (String) -> Void
  /// Entries this shell appended since it last checked the file's length.
  private var appendsSinceCheck = 0
  /// How many bytes start-up read: the kept entries' worth, however long the file.
  private(set) var bytesReadAtStart = 0

  /// How far past the limit the file may grow before it is trimmed, so it is not rewritten on every entry.
  var slack: Int { max(16, settings.limit / 2) }

  /// Reads the end of the existing file, if any — the entries kept — and trims a file that holds more.
  /// `warn` receives at most one message about the file.
  init(settings: Settings, warn: @escaping (String) -> Void) {
    self.settings = settings
    self.warn = warn
    isWritable = settings.path != nil && settings.limit > 0
    guard let path = settings.path, settings.limit > 0,
      case .success(let descriptor) = HistoryFile.openLocked(path, exclusive: false)
    else { return }
    let tail = HistoryFile.tail(of: descriptor, count: settings.limit)
    close(descriptor)
    entries = tail.lines.map(HistoryFileFormat.decode)
    bytesReadAtStart = tail.bytesRead
    if tail.hasMore { withLockedFile { descriptor, path in trim(descriptor, path: path) } }
  }

  /// Whether `entry` would be remembered: not blank, not starting with a space, not a repeat of the last one.
  func accepts(_ entry: String) -> Bool {
    settings.limit > 0 && entry.contains(where: { !$0.isWhitespace }) && entry.first != " "
      && entry != entries.last
  }

  /// Remembers `entry` and appends it to the file at once, under the file's lock; every `slack` entries the
  /// file is trimmed to the limit, keeping the newest entries of every shell. Returns whether it was kept.
  @discardableResult
  func add(_ entry: String) -> Bool {
    guard accepts(entry) else { return false }
    entries.append(entry)
    if entries.count > settings.limit { entries.removeFirst(entries.count - settings.limit) }
    withLockedFile { descriptor, path in
      if let problem = SafeFile.writeAll(Data(HistoryFileFormat.encode(entry).utf8), to: descriptor, path: path) {
        stopWriting(problem)
        return
      }
      appendsSinceCheck += 1
      if appendsSinceCheck >= slack { trim(descriptor, path: path) }
    }
    return true
  }

  /// Runs `body` with the file open and locked for writing; a file that cannot be opened stops the writing.
  private func withLockedFile(_ body: (Int32, String) -> Void) {
    guard isWritable, let path = settings.path else { return }
    if let problem = SafeFile.createFolders(containing: path) { return stopWriting(problem) }
    switch HistoryFile.openLocked(path, exclusive: true) {
    case .failure(let problem): stopWriting("cannot open \(path): \(problem)")
    case .success(let descriptor):
      body(descriptor, path)
      close(descriptor)
    }
  }

  /// Re-reads the file under its lock (held by the caller on `descriptor`) and, when it holds more than the
  /// limit, replaces it with its newest entries — this shell's and every other's alike.
  private func trim(_ descriptor: Int32, path: String) {
    appendsSinceCheck = 0
    let tail = HistoryFile.tail(of: descriptor, count: settings.limit)
    guard tail.hasMore else { return }
    let kept = tail.lines.map { $0 + "\n" }.joined()
    if let problem = SafeFile.replace(path, with: Data(kept.utf8)) { stopWriting(problem) }
  }

  private func stopWriting(_ problem: String) {
    guard isWritable else { return }
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

  /// The entry one line of the file holds (the line without its line end).
  static func decode(_ line: String) -> String {
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
