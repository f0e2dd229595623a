import Foundation

/// A command run by `/bin/sh -c` in newsq's own process group, as `system(3)` runs one: the pager and `.shell`.
///
/// Not Foundation's `Process`: it starts the child in a session of its own, where `less` or an editor cannot
/// read the keyboard, and it hears of the exit through a socket the child passes on, so `.shell job &` would
/// wait for the job rather than for the shell that started it.
enum ShellCommand {
  /// Starts `command` with the process's environment and `changes` over it; `standardInput` (a pipe's read
  /// end), when given, becomes the command's standard input and `closing` (its write end) is closed in it.
  /// Nil when it could not start.
  static func start(
    _ command: String, environment changes: [String: String] = [:], standardInput: Int32? = nil,
    closing: Int32? = nil
  ) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let standardInput { posix_spawn_file_actions_adddup2(&actions, standardInput, STDIN_FILENO) }
    if let closing { posix_spawn_file_actions_addclose(&actions, closing) }
    let environment = ProcessInfo.processInfo.environment.merging(changes) { $1 }
    let arguments = ["/bin/sh", "-c", command]
    let environmentLines = environment.map { $0.key + "=" + $0.value }
    var child: pid_t = 0
    let status = withCStrings(arguments) { argv in
      withCStrings(environmentLines) { envp in posix_spawn(&child, "/bin/sh", &actions, nil, argv, envp) }
    }
    return status == 0 ? child : nil
  }

  /// Waits for `child` and gives its exit status as the shell reports it: the code it exited with, or 128 plus
  /// the signal that ended it.
  static func wait(_ child: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
      guard errno == EINTR else { return 127 }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// Calls `body` with a NULL-terminated C array of the strings, valid for the call only.
  private static func withCStrings(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Int32
  ) -> Int32 {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return EINVAL }
      return body(base)
    }
  }
}
