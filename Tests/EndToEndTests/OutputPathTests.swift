import Foundation
import Testing

/// Paths given to `.output`, `.once` and `.export` as a person types them: short, relative, ending in `/`.
@Suite("Output paths")
struct OutputPathTests {
  @Test("one-character names are written in the current folder and the session goes on")
  func oneCharacterNames() throws {
    let folder = try ScratchFiles()
    let outcome = try NewsqProcess.run(
      [
        "--format", "csv", "-c", "documents count", "-c", ".export csv z", "-c", ".once x", "-c", "documents count",
        "-c", ".export all csv w", "-c", "documents count",
      ], in: folder.path)
    #expect(outcome.status == 0)
    #expect(folder.read("z") == "count\r\n5\r\n")
    #expect(folder.read("x") == "count\r\n5\r\n")
    #expect(folder.read("w/documents.csv")?.hasPrefix("key,") == true)
    #expect(outcome.standardOutput == String(repeating: "count\r\n5\r\n", count: 2))
  }

  @Test("a path ending in / or naming a folder is an error, nothing is made, and the next statement runs")
  func folderNames() throws {
    let folder = try ScratchFiles()
    let outcome = try NewsqProcess.run(
      [
        "--keep-going", "--format", "csv", "-c", "documents count", "-c", ".output ./", "-c", ".export csv q/",
        "-c", ".once \(folder.path)/a/", "-c", ".output .", "-c", "documents count",
      ], in: folder.path)
    #expect(outcome.status == 1)
    let errors = outcome.standardError.split(separator: "\n")
    #expect(
      errors == [
        "error: ./ is a folder", "error: cannot write q/: a file name cannot end in '/'",
        "error: cannot write \(folder.path)/a/: a file name cannot end in '/'", "error: . is a folder",
      ])
    #expect(outcome.standardOutput == String(repeating: "count\r\n5\r\n", count: 2))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }
}
