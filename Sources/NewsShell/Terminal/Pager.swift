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
  /// The pager is spawned in the shell's own process group (Foundation's `Process` starts a new
  /// session, where `less` cannot read the keyboard).
  func show(_ text: String) -> Bool {
    guard let command else { return false }
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return false }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    var environment = ProcessInfo.processInfo.environment
    if environment["LESS"] == nil { environment["LESS"] = "FRX" }
    let arguments = ["/bin/sh", "-c", command]
    let environmentLines = environment.map { $0.key + "=" + $0.value }
    var child: pid_t = 0
    let status = withCStrings(arguments) { argv in
      withCStrings(environmentLines) { envp in posix_spawn(&child, "/bin/sh", &actions, nil, argv, envp) }
    }
    close(readEnd)
    guard status == 0 else {
      close(writeEnd)
      return false
    }
    // The reader may quit before reading everything; a broken pipe is then expected, not an error.
    _ = SafeFile.writeAll(Data(text.utf8), to: writeEnd, path: "the pager")
    close(writeEnd)
    var exitStatus: Int32 = 0
    while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
    // `sh` answers 127 when the pager does not exist: nothing was shown.
    let exited = exitStatus & 0x7F == 0
    return !(exited && (exitStatus >> 8) & 0xFF == 127)
  }
}

/// Calls `body` with a NULL-terminated C array of the strings, valid for the call only.
private func withCStrings(
  _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Int32
) -> Int32 {
  let pointers = strings.map { strdup($0) } + [nil]
  defer { pointers.forEach { free($0) } }
  return pointers.withUnsafeBufferPointer { buffer in
    guard let base = buffer.baseAddress else { return EINVAL }
    return body(base)
  }
}
