import CLineEdit
import Foundation
import NewsCorpus
import Synchronization

/// Loads a corpus, and when that lasts more than half a second on a terminal, shows on standard error
/// how far it has got — files read, articles extracted of the total — erased once loading ends.
/// What loading skipped is reported; paths that hold no article at all are an error, not an empty corpus.
enum CorpusLoading {
  static let quietSeconds = 0.5

  static func load(paths: [String], showProgress: Bool) -> Result<Corpus, ShellError> {
    let line = showProgress ? ProgressLine(label: "loading " + paths.joined(separator: ", ")) : nil
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

/// A line on standard error redrawn every tenth of a second from a background thread once loading has
/// lasted `CorpusLoading.quietSeconds`: a spinner, what is loaded, the latest counts, the time so far.
final class ProgressLine: Sendable {
  private let label: String
  private let latest = Mutex<LoadProgress?>(nil)
  private let isDone = Atomic<Bool>(false)
  private let hasDrawn = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)

  init(label: String) {
    self.label = label.count > 40 ? String(label.prefix(39)) + "…" : label
  }

  /// Keeps the latest report for the next redraw; called by the loader, so it only stores.
  func update(_ progress: LoadProgress) {
    latest.withLock { $0 = progress }
  }

  func start() {
    let started = DispatchTime.now()
    Thread.detachNewThread { [self] in
      while !isDone.load(ordering: .acquiring) {
        Thread.sleep(forTimeInterval: 0.1)
        let waited = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        guard waited >= CorpusLoading.quietSeconds, !isDone.load(ordering: .acquiring) else { continue }
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(waited * 10) % 10]
        let counts = latest.withLock { $0 }.map { ": " + ProgressText.describe($0) } ?? ""
        let text = "\(spinner) \(label)\(counts) … \(String(format: "%.1f", waited)) s"
        // A line wider than the window would wrap, and \r could no longer erase it.
        let columns = Int(lineedit_terminal_columns(STDERR_FILENO))
        StandardStream.error.write("\r\u{1B}[K" + (columns > 1 ? DisplayWidth.truncated(text, to: columns - 1) : text))
        hasDrawn.store(true, ordering: .releasing)
      }
      finished.signal()
    }
  }

  func stop() {
    isDone.store(true, ordering: .releasing)
    finished.wait()
    if hasDrawn.load(ordering: .acquiring) { StandardStream.error.write("\r\u{1B}[K") }
  }
}
