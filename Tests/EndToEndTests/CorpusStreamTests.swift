import Foundation
import Testing

/// A corpus file given as a stream (README, "Limits and guarantees", **Input files.**).
@Suite("Corpus streams")
struct CorpusStreamTests {
  @Test("a corpus named as a pipe, bash's <(…), is read to its end")
  func processSubstitution() throws {
    let script = #"exec "$1" --corpus <(printf 'Pipes work\nThe council met on Monday.\n') --format csv -c 'documents show title'"#
    let outcome = try NewsqProcess.run(["-c", script, "bash", NewsqProcess.binary.path], executable: "/bin/bash")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "title\r\nPipes work\r\n")
    #expect(outcome.standardError.isEmpty)
  }
}
