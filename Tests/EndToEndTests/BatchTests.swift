import Foundation
import Testing

/// Scripts and `-c` as pipelines use them: results on standard output, located errors on standard
/// error, exit statuses, and what happens after an error.
@Suite("Batch runs")
struct BatchTests {
  @Test("a piped script stops at its first error: FILE:LINE:COLUMN on stderr, nothing more on stdout, exit 1")
  func pipedScriptStops() throws {
    let outcome = try NewsqProcess.run(
      ["--format", "ndjson"], input: "documents where id = \"001_937675497ac4bf2f.txt\"\nquotes wher x\ndocuments\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.split(separator: "\n").count == 1)
    #expect(outcome.standardError.hasPrefix("<stdin>:2:8: error: "))
    #expect(outcome.standardError.contains("quotes wher x\n       ^"))
  }

  @Test("-f stops at the first error and names the file, line and column")
  func scriptStops() throws {
    let folder = try ScratchFiles()
    let script = try folder.write("three.nq", "documents;\n-- a comment\n  quotes where speakr = \"x\"\ndocuments\n")
    let outcome = try NewsqProcess.run(["-f", script, "--format", "ndjson"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.hasPrefix("\(script):3:16: error: "))
    #expect(outcome.standardOutput.split(separator: "\n").count == 5)
  }

  @Test("--keep-going through thousands of errors reports each on standard error and runs the rest")
  func manyErrors() throws {
    let script = String(repeating: "quotes wher x\n", count: 3000) + "documents count\n"
    let outcome = try NewsqProcess.run(["--keep-going", "--format", "csv"], input: script)
    #expect(outcome.status == 1)
    #expect(outcome.standardError.components(separatedBy: "error:").count - 1 == 3000)
    #expect(outcome.standardOutput.split(whereSeparator: \.isNewline) == ["count", "5"])
  }

  @Test("--keep-going runs every statement and still exits 1")
  func keepGoing() throws {
    let outcome = try NewsqProcess.run(
      ["--keep-going", "--format", "ndjson"], input: "quotes wher x\ndocuments\nbad\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.split(separator: "\n").count == 5)
    #expect(outcome.standardError.contains("<stdin>:1:8: error"))
    #expect(outcome.standardError.contains("<stdin>:3:1: error"))
  }

  @Test("-c may be repeated, --format applies to every result, exit 0")
  func repeatedCommands() throws {
    let outcome = try NewsqProcess.run(
      ["--format", "ndjson", "-c", "documents", "-c", #"quotes where speaker = "Peskov""#])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.isEmpty)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { $0.hasPrefix("{") })
  }

  @Test("a -c statement that starts with '-', such as a comment, is still the statement")
  func commandStartingWithDash() throws {
    let comment = try NewsqProcess.run(["-c", "-- nothing to run"])
    #expect(comment.status == 0)
    #expect(comment.standardError.isEmpty)
    let commented = try NewsqProcess.run(["--format", "csv", "-c", "-- how many?\ndocuments count"])
    #expect(commented.status == 0)
    #expect(commented.standardOutput.split(whereSeparator: \.isNewline) == ["count", "5"])
  }

  @Test("a failing -c stops the ones after it")
  func commandStops() throws {
    let outcome = try NewsqProcess.run(["-c", "nonsense", "-c", "documents"])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test(".read of a script with an error on line 3 reports the script's line 3")
  func readReportsLine() throws {
    let folder = try ScratchFiles()
    let script = try folder.write("inner.nq", "documents\n\nquotes where text contans \"x\"\n")
    let outcome = try NewsqProcess.run(["--format", "ndjson"], input: "documents\n.read \(script)\ndocuments\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardError.hasPrefix("\(script):3:19: error: "))
    #expect(outcome.standardOutput.split(separator: "\n").count == 10)
  }

  @Test("a script that is not UTF-8 is refused before anything runs, with where and exit 2")
  func notUTF8() throws {
    let folder = try ScratchFiles()
    let script = try folder.write(
      "latin1.nq", Array("documents\nquotes where speaker = \"Niinist".utf8) + [0xF6, 0x22, 0x0A])
    let outcome = try NewsqProcess.run(["-f", script])
    #expect(outcome.status == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("\(script):2:32: error: byte 0xf6 is not UTF-8"))
  }

  @Test("binary garbage on standard input is refused with a clear error, never a crash")
  func binaryInput() throws {
    let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
    let outcome = try NewsqProcess.run([], inputBytes: garbage)
    #expect(outcome.status == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("<stdin>:1:2: error: byte 0xfc is not UTF-8"))
  }

  @Test("a huge line with an error gets a short, located message")
  func hugeLine() throws {
    let line = "quotes where text contains \"" + String(repeating: "word ", count: 200_000) + "\" and wher"
    let outcome = try NewsqProcess.run([], input: line + "\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardError.hasPrefix("<stdin>:1:"))
    #expect(outcome.standardError.count < 2000)
  }

  @Test("a script that reads itself stops with an error instead of looping")
  func readsItself() throws {
    let folder = try ScratchFiles()
    let script = try folder.write("self.nq", "")
    _ = try folder.write("self.nq", ".read \(script)\n")
    let outcome = try NewsqProcess.run(["-f", script])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains(".read is nested more than 16 deep"))
  }

  @Test("a folder given as a script is exit 2 with one line")
  func folderScript() throws {
    let outcome = try NewsqProcess.run(["-f", "scripts"])
    #expect(outcome.status == 2)
    #expect(outcome.standardError == "error: cannot read scripts: it is a folder\n")
  }

  @Test("a missing script is exit 2 with one line")
  func missingScript() throws {
    let outcome = try NewsqProcess.run(["-f", "no/such/script.nq"])
    #expect(outcome.status == 2)
    #expect(outcome.standardError == "error: cannot read no/such/script.nq: no such file\n")
  }

  @Test("a meta command failing in a script is located like a query error")
  func metaCommandError() throws {
    let outcome = try NewsqProcess.run([], input: "\n  .mode jsn\ndocuments\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("<stdin>:2:3: error: unknown format 'jsn'"))
  }

  @Test(".exit CODE ends a script with that status")
  func exitCode() throws {
    let outcome = try NewsqProcess.run([], input: ".exit 3\ndocuments\n")
    #expect(outcome.status == 3)
    #expect(outcome.standardOutput.isEmpty)
  }
}

/// Files for one test in a fresh temporary folder, removed afterwards.
final class ScratchFiles {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "newsq-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  func read(_ name: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
  }
}
