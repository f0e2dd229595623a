import Foundation
import NewsCorpus
import Testing

@testable import NewsShell

/// A `--keep-going` batch of many errors quotes each error's line without going over the whole script
/// again: the work grows with the script, not with the script times its errors.
@Suite("Errors of a long batch")
struct KeepGoingWorkTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds").path

  /// The bytes examined to report the errors of a script of `count` failing statements and one good one.
  private func work(errors count: Int, corpus: Corpus, errorStream: StandardStream) -> (bytes: Int, scriptBytes: Int) {
    let session = Session(
      corpus: corpus, corpusPaths: [Self.seeds], format: .csv,
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, errorIsTerminal: false, useColor: false,
        useErrorColor: false),
      isInteractive: false, environment: [:], errorStream: errorStream)
    session.stopsOnError = false
    let script = String(repeating: "quotes wher x\n", count: count) + "-- done\n"
    #expect(!session.runScript(script, fileName: "batch.nq"))
    return (session.sourceBytesExamined, script.utf8.count)
  }

  @Test("twice the errors, twice the bytes examined — never the whole script for each error")
  func linear() throws {
    let corpus = try CorpusLoader().load(paths: [Self.seeds])
    let discard = open("/dev/null", O_WRONLY)
    defer { close(discard) }
    let errorStream = StandardStream(descriptor: discard, name: "/dev/null")
    let small = work(errors: 1000, corpus: corpus, errorStream: errorStream)
    let large = work(errors: 2000, corpus: corpus, errorStream: errorStream)
    #expect(small.bytes > 0)
    #expect(small.bytes <= 2 * small.scriptBytes)
    #expect(large.bytes <= 2 * small.bytes + 64)
    #expect(large.bytes <= 2 * large.scriptBytes)
  }

  @Test("the line quoted is the error's own, CRLF or LF, however far into the script")
  func lines() {
    let source = ScriptSource("documents\r\nquotes wher x\nlast")
    #expect(source.line(2) == "quotes wher x")
    #expect(source.line(1) == "documents")
    #expect(source.line(3) == "last")
    #expect(source.line(4) == nil)
    #expect(source.bytesExamined == source.text.utf8.count + "quotes wher x".utf8.count + "documents".utf8.count + 4)
  }
}
