import Foundation

/// Where results go instead of standard output after `.output FILE` or `.once FILE`.
///
/// Results are collected in a temporary file beside the target and renamed over it when the redirect
/// ends (`.output` with no file, the next `.output`, leaving the shell, or after the one result of
/// `.once`), so an error or an interrupted run never truncates what the file held before. A device or
/// FIFO (`.output /dev/stderr`, a named pipe) gets each result as it comes instead.
final class OutputRedirect {
  /// `.once` ends after one result; `.output` lasts until changed.
  let isOnce: Bool
  private let pending: PendingFile
  private var problem: String?
  private(set) var resultsWritten = 0

  var path: String { pending.target }

  /// Opens the temporary file now, so an unwritable target is reported by the command itself. A FIFO
  /// is opened now too, waiting for its reader as `wait` allows.
  init(path: String, isOnce: Bool, wait: StreamWait = .untilReady) throws(ShellError) {
    switch PendingFile.create(for: path, wait: wait) {
    case .success(let file): pending = file
    case .failure(let failure): throw ShellError(failure.description)
    }
    self.isOnce = isOnce
  }

  func write(_ text: String) {
    guard problem == nil else { return }
    problem = pending.write(Data(text.utf8))
    resultsWritten += 1
  }

  /// Renames the collected output over the target; with `keep` false (a `.once` whose statement
  /// failed), or when no result came, the target is left as it was. Returns a problem to report, if any.
  func finish(keep: Bool = true) -> String? {
    if let problem {
      pending.discard()
      return pending.isInPlace ? problem : problem + "; \(path) was left as it was"
    }
    guard keep, resultsWritten > 0 else {
      pending.discard()
      return nil
    }
    return pending.commit()
  }
}
