import Foundation

/// Shows text taller than the screen through `$PAGER` (else `less -FRX`), as git and psql do.
struct Pager: Sendable {
  /// The shell command to run, or nil when paging is off (`PAGER` set to the empty string).
  var command: String?

  static func from(environment: [String: String]) -> Pager {
    guard let pager = environment["PAGER"] else { return Pager(command: "less -FRX") }
    let trimmed = pager.trimmingCharacters(in: .whitespaces)
    return Pager(command: trimmed.isEmpty ? nil : trimmed)
  }

  /// Whether `text` needs paging on a screen of `rows` rows (one is kept for the prompt).
  static func isTaller(_ text: String, than rows: Int, columns: Int) -> Bool {
    guard rows > 1 else { return false }
    var lines = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += columns > 0 ? max(1, (line.count + columns - 1) / columns) : 1
      if lines >= rows { return true }
    }
    return false
  }

  /// Pipes `text` through the pager and waits for it. Returns false when the pager could not start,
  /// so the caller prints the text itself.
  ///
  /// The pager runs in the shell's own process group (`ShellCommand`), where `less` can read the keyboard.
  func show(_ text: String) -> Bool {
    guard let command else { return false }
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return false }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
    let environment = ProcessInfo.processInfo.environment["LESS"] == nil ? ["LESS": "FRX"] : [:]
    let child = ShellCommand.start(command, environment: environment, standardInput: readEnd, closing: writeEnd)
    close(readEnd)
    guard let child else {
      close(writeEnd)
      return false
    }
    // The reader may quit before reading everything; a broken pipe is then expected, not an error.
    _ = SafeFile.writeAll(Data(text.utf8), to: writeEnd, path: "the pager")
    close(writeEnd)
    // `sh` answers 127 when the pager does not exist: nothing was shown.
    return ShellCommand.wait(child) != 127
  }
}
