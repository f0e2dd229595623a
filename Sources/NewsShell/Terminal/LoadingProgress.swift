import CLineEdit
import Foundation
import NewsCorpus
import Synchronization

/// Loads a corpus, and when that lasts longer than a moment on a terminal, shows on standard error
/// how far it has got — files read, articles extracted of the total — erased once loading ends.
/// What loading skipped is reported; paths that hold no article at all are an error, not an empty corpus.
enum CorpusLoading {
  static let defaultProgressDelaySeconds = 0.5

  /// How long a load runs before its progress shows: `NEWSQ_PROGRESS_AFTER` seconds (0 shows it from
  /// the start), else half a second.
  static func progressDelaySeconds(environment: [String: String]) -> Double {
    guard let text = environment["NEWSQ_PROGRESS_AFTER"], let seconds = Double(text), seconds.isFinite, seconds >= 0
    else { return defaultProgressDelaySeconds }
    return seconds
  }

  /// Loads `paths`; with `progressAfter` set, progress shows once the load has lasted that many seconds.
  static func load(paths: [String], progressAfter delaySeconds: Double?) -> Result<Corpus, ShellError> {
    let line = delaySeconds.map { ProgressLine(label: "loading " + VisibleText.of(paths.joined(separator: ", ")), delaySeconds: $0) }
    line?.start()
    let loaded = Result { () throws(CorpusError) in try CorpusLoader().load(paths: paths, progress: line?.update) }
    line?.stop()
    switch loaded {
    case .failure(let error):
      return .failure(ShellError(error.description))
    case .success(let corpus):
      LoadMessages.report(corpus.report)
      guard !corpus.documents.isEmpty else {
        return .failure(ShellError("no articles in " + paths.joined(separator: ", ")))
      }
      return .success(corpus)
    }
  }
}

/// The words of a progress report: `reading 12 of 40 files, 3,456 articles`, `extracting 1,234 of 40,000
/// articles (3%)`, `assembling 40,000 articles`.
enum ProgressText {
  static func describe(_ progress: LoadProgress) -> String {
    switch progress.phase {
    case .reading:
      return "reading \(counted(progress.filesDone, of: progress.filesTotal, "file")), "
        + Banner.counted(progress.articlesDone, "article")
    case .extracting:
      let share = progress.articlesTotal > 0 ? progress.articlesDone * 100 / progress.articlesTotal : 0
      return "extracting \(counted(progress.articlesDone, of: progress.articlesTotal, "article")) (\(share)%)"
    case .assembling, .done:
      return "assembling " + Banner.counted(progress.articlesTotal, "article")
    }
  }

  /// `12 of 40 files`.
  static func counted(_ done: Int, of total: Int, _ noun: String) -> String {
    "\(Banner.grouped(done)) of \(Banner.counted(total, noun))"
  }
}

/// A line on standard error, shown once loading has lasted `delaySeconds`: a spinner, what is loaded, the
/// latest counts, the time so far. It is drawn when the loader reports (at most ten times a second, and at
/// each change of phase) and by a background thread every tenth of a second between reports, so the spinner
/// turns while one long file is read; `stop` wakes that thread at once, so a quick load never waits for it.
final class ProgressLine: Sendable {
  private struct State {
    var latest: LoadProgress?
    var hasDrawn = false
    var isDone = false
  }

  private let label: String
  private let delayNanoseconds: UInt64
  private let startedNanoseconds = DispatchTime.now().uptimeNanoseconds
  private let state = Mutex(State())
  private let wake = DispatchSemaphore(value: 0)
  private let ticker = Mutex<WorkerThread?>(nil)

  init(label: String, delaySeconds: Double) {
    self.label = label.count > 40 ? String(label.prefix(39)) + "…" : label
    self.delayNanoseconds = UInt64(max(0, min(delaySeconds, 1e6)) * 1e9)
  }

  /// Keeps the latest report, and draws it once the delay has passed; called by the loader, so it is quick.
  func update(_ progress: LoadProgress) {
    state.withLock { state in
      state.latest = progress
      drawIfDue(&state)
    }
  }

  /// Starts the thread that turns the spinner. Where the system gives no thread the line is drawn only when
  /// the loader reports, and the load goes on.
  func start() {
    let thread = WorkerThread { [self] in
      while true {
        _ = wake.wait(timeout: .now() + .milliseconds(100))
        let isDone = state.withLock { state in
          if !state.isDone { drawIfDue(&state) }
          return state.isDone
        }
        if isDone { break }
      }
    }
    ticker.withLock { $0 = thread.hasThread ? thread : nil }
  }

  /// Ends the line: erases it if it was drawn, and returns without waiting for the next tick.
  func stop() {
    state.withLock { state in
      state.isDone = true
      if state.hasDrawn { StandardStream.error.write("\r\u{1B}[K") }
    }
    wake.signal()
    ticker.withLock { $0 }?.join()
  }

  private func drawIfDue(_ state: inout State) {
    let elapsed = DispatchTime.now().uptimeNanoseconds &- startedNanoseconds
    guard !state.isDone, elapsed >= delayNanoseconds else { return }
    let waited = Double(elapsed) / 1e9
    let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(waited * 10) % 10]
    let counts = state.latest.map { ": " + ProgressText.describe($0) } ?? ""
    let text = "\(spinner) \(label)\(counts) … \(String(format: "%.1f", waited)) s"
    // A line wider than the window would wrap, and \r could no longer erase it.
    let columns = Int(lineedit_terminal_columns(STDERR_FILENO))
    StandardStream.error.write("\r\u{1B}[K" + (columns > 1 ? DisplayWidth.truncated(text, to: columns - 1) : text))
    state.hasDrawn = true
  }
}
