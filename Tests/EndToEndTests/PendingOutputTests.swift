import Foundation
import Testing

/// `.once FILE` and `.output FILE` replace FILE only with a complete result: when no result comes (the script
/// ends, or only `let` statements run), FILE keeps what it held, and a `let`'s note never lands in it.
@Suite("Pending output files")
struct PendingOutputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var testDescription: String
    /// The script, with FILE standing for the target's path.
    var script: String
  }

  static let untouched: [Case] = [
    Case(testDescription: ".once and then nothing", script: ".once FILE\n"),
    Case(testDescription: ".once and then a let", script: ".once FILE\nlet kept = quotes\n"),
    Case(testDescription: ".output and then nothing", script: ".output FILE\n"),
    Case(testDescription: ".output, a let, .output alone", script: ".output FILE\nlet kept = quotes\n.output\n"),
  ]

  @Test("a file no result was written to keeps what it held", arguments: untouched)
  func keepsFile(_ example: Case) throws {
    let folder = try ScratchFiles()
    let target = try folder.write("kept.txt", "precious\n")
    let outcome = try NewsqProcess.run([], input: example.script.replacingOccurrences(of: "FILE", with: target))
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(folder.read("kept.txt") == "precious\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kept.txt"])
  }

  @Test("a let between .once and its result is noted on standard output, and the file gets the result only")
  func letBeforeResult() throws {
    let folder = try ScratchFiles()
    let target = try folder.write("kept.txt", "precious\n")
    let outcome = try NewsqProcess.run(
      ["--format", "csv"], input: ".mode table\n.once \(target)\nlet kept = quotes\n.mode csv\ndocuments count\n")
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(folder.read("kept.txt")?.split(whereSeparator: \.isNewline) == ["count", "5"])
    #expect(outcome.standardOutput == "kept: 49 rows of quotes\n")
  }
}
