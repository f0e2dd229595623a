import Foundation

/// Writes to standard output or error with write(2), so a closed pipe or a full disk is an error the
/// shell can report, never a trap. A failed write is remembered until `takeFailure` asks for it, so a
/// result that could not be written fails its statement and the exit status, as in sqlite3 and jq.
struct StandardStream: Sendable {
  let descriptor: Int32
  /// What to call the stream in a message.
  let name: String
  private let failures = FailureRecord()

  static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
  static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

  /// Returns false when the text could not all be written (the reader of a pipe went away, the disk is full).
  @discardableResult
  func write(_ text: String) -> Bool {
    guard let failure = SafeFile.writeAllBytes(Data(text.utf8), to: descriptor) else { return true }
    failures.record(failure)
    return false
  }

  /// The first write that failed since the last call, as a sentence (`cannot write to standard output: No
  /// space left on device`), and forgets it.
  func takeFailure() -> String? {
    failures.take().map { "cannot write to \(name): " + String(cString: strerror($0)) }
  }
}

/// The errno of the first failed write not yet reported; shared by every copy of a stream.
private final class FailureRecord: @unchecked Sendable {
  private let lock = NSLock()
  private var errorNumber: Int32?

  func record(_ number: Int32) {
    lock.withLock {
      if errorNumber == nil { errorNumber = number }
    }
  }

  func take() -> Int32? {
    lock.withLock {
      defer { errorNumber = nil }
      return errorNumber
    }
  }
}
