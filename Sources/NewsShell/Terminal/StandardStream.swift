import Foundation

/// Writes to standard output or error with write(2), so a closed pipe is an error the shell
/// can report or ignore, never a trap.
struct StandardStream: Sendable {
  let descriptor: Int32

  static let output = StandardStream(descriptor: STDOUT_FILENO)
  static let error = StandardStream(descriptor: STDERR_FILENO)

  /// Returns false when the stream is closed (the reader of a pipe went away).
  @discardableResult
  func write(_ text: String) -> Bool {
    SafeFile.writeAll(Data(text.utf8), to: descriptor, path: "standard output") == nil
  }
}
