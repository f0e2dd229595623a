import Foundation
import NewsCorpus
import Synchronization

/// Loads a corpus, and when that lasts more than half a second on a terminal, shows on standard error
/// what is being loaded and for how long, erased once loading ends.
enum CorpusLoading {
  static let quietSeconds = 0.5

  static func load(paths: [String], showProgress: Bool) -> Result<Corpus, CorpusError> {
    guard showProgress else { return Result { () throws(CorpusError) in try CorpusLoader().load(paths: paths) } }
    let progress = ProgressLine(label: "loading " + paths.joined(separator: ", "))
    progress.start()
    defer { progress.stop() }
    return Result { () throws(CorpusError) in try CorpusLoader().load(paths: paths) }
  }
}

/// A line on standard error redrawn every tenth of a second from a background thread, after a delay.
final class ProgressLine: Sendable {
  private let label: String
  private let isDone = Atomic<Bool>(false)
  private let hasDrawn = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)

  init(label: String) {
    self.label = label.count > 60 ? String(label.prefix(59)) + "…" : label
  }

  func start() {
    let started = DispatchTime.now()
    Thread.detachNewThread { [self] in
      var waited = 0.0
      while !isDone.load(ordering: .acquiring) {
        Thread.sleep(forTimeInterval: 0.1)
        waited = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        guard waited >= CorpusLoading.quietSeconds, !isDone.load(ordering: .acquiring) else { continue }
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(waited * 10) % 10]
        StandardStream.error.write("\r\u{1B}[K\(spinner) \(label) … \(String(format: "%.1f", waited)) s")
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
