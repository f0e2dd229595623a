/// A failure of the shell itself (a meta command, a file, an argument), as opposed to a query's
/// diagnostic. Without its own location, the session places it at the statement that failed.
struct ShellError: Error, Sendable, Hashable, CustomStringConvertible {
  var message: String
  /// `FILE:LINE:COLUMN` when the problem is inside another file (a script that is not UTF-8).
  var location: String?

  init(_ message: String, location: String? = nil) {
    self.message = message
    self.location = location
  }

  var description: String { (location.map { $0 + ": " } ?? "") + "error: " + message }
}
