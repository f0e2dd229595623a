import Foundation
import Testing

/// Every `scripts/NAME.nq` runs against `seeds/` and must print exactly `scripts/NAME.expected`.
/// Run with NEWSQ_RECORD=1 to rewrite the expected files from the program, then review the diff.
@Suite("Saved scripts")
struct SavedScriptTests {
  static let scriptsFolder = NewsqProcess.packageRoot.appendingPathComponent("scripts")

  static var scripts: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scriptsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".nq") }.sorted()
  }

  @Test("there is at least one saved script")
  func scriptsExist() {
    #expect(!Self.scripts.isEmpty)
  }

  @Test("prints its expected output", arguments: scripts)
  func script(_ name: String) throws {
    let script = Self.scriptsFolder.appendingPathComponent(name)
    let expectedFile = script.deletingPathExtension().appendingPathExtension("expected")
    let outcome = try NewsqProcess.run(["--corpus", "seeds", "-f", "scripts/\(name)"])
    let actual = outcome.standardOutput + (outcome.standardError.isEmpty ? "" : "-- stderr\n" + outcome.standardError)
    if ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1" {
      try Data(actual.utf8).write(to: expectedFile)
      return
    }
    let expected = try String(contentsOf: expectedFile, encoding: .utf8)
    #expect(actual == expected)
  }
}
