import Foundation
import NewsCorpus
import NewsQuery

extension Shell {
  /// `newsq index CORPUS… -o FILE.newsq`: extracts the corpus once and writes it with its indexes to a snapshot
  /// that `--corpus FILE.newsq` then opens at once, on this machine or another with the same build of newsq.
  /// Returns the exit status: 2 when the corpus cannot be read, 1 when the snapshot cannot be written.
  public static func index(paths: [String], output: String, quiet: Bool) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let terminal = TerminalInfo.detect(environment: environment, noColor: false)
    let started = Date()
    let inputs = (try? SnapshotCache.inputs(of: paths)) ?? []
    let progressDelay = CorpusLoading.progressDelaySeconds(environment: environment)
    let corpus: Corpus
    switch CorpusLoading.load(paths: paths, progressAfter: terminal.errorIsTerminal && !quiet ? progressDelay : nil) {
    case .failure(let error):
      StandardStream.error.write("newsq: error: \(VisibleText.of(error.message))\n")
      return ExitStatus.badInput
    case .success(let loaded): corpus = loaded
    }
    let metadata = CorpusOpening.snapshotMetadata(paths: paths, inputs: inputs)
    do {
      try Snapshot.write(corpus, metadata: metadata, to: output)
    } catch {
      StandardStream.error.write("newsq: error: \(VisibleText.of(output)): \(error)\n")
      return ExitStatus.queryFailed
    }
    if !quiet {
      let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      StandardStream.error.write(
        "newsq: wrote \(VisibleText.of(output)): \(Banner.summary(of: corpus)), "
          + String(format: "%.1f MB in %.2f s", Double(bytes) / 1e6, Date().timeIntervalSince(started)) + "\n")
    }
    return ExitStatus.success
  }
}
