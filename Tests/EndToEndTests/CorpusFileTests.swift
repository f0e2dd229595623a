import Foundation
import Testing

/// Corpus files that cannot be read as plain files: a stream, a file this user may not read (README, "Limits and
/// guarantees", **Input files.**).
@Suite("Corpus files")
struct CorpusFileTests {
  @Test("a corpus named as a pipe, bash's <(…), is read to its end")
  func processSubstitution() throws {
    let script = #"exec "$1" --corpus <(printf 'Pipes work\nThe council met on Monday.\n') --format csv -c 'documents show title'"#
    let outcome = try NewsqProcess.run(["-c", script, "bash", NewsqProcess.binary.path], executable: "/bin/bash")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "title\r\nPipes work\r\n")
    #expect(outcome.standardError.isEmpty)
  }

  @Test("a corpus file this user may not read is skipped with permission denied (run as nobody under root)")
  func permissionDenied() throws {
    let folder = try ScratchFiles()
    _ = try folder.write("good.txt", "Readable\nThe council met on Monday.\n")
    let locked = try folder.write("locked.txt", "Locked\nThe council met on Tuesday.\n")
    #expect(chmod(locked, 0) == 0)
    #expect(chmod(folder.path, 0o755) == 0)
    let outcome = try NewsqProcess.runUnprivileged(
      ["--corpus", ".", "--format", "csv", "-c", "documents show id"], in: folder.path)
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "id\r\ngood.txt\r\n")
    #expect(outcome.standardError.contains("newsq: skipped ./locked.txt: cannot be read: permission denied\n"))
  }
}
