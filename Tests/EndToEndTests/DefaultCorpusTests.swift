import Foundation
import Testing

/// Without `--corpus`, newsq reads the seeds: those of the folder it runs in, else those installed beside it
/// (`make install` puts them in PREFIX/share/newsq/seeds); where there are none, it says how to point at a corpus.
@Suite("The default corpus")
struct DefaultCorpusTests {
  /// A copy of the binary in `folder/bin`, with the seeds in `folder/share/newsq/seeds` when `withSeeds`.
  private func install(in folder: ScratchFiles, withSeeds: Bool) throws -> String {
    let manager = FileManager.default
    let binary = folder.path + "/bin/newsq"
    try manager.createDirectory(atPath: folder.path + "/bin", withIntermediateDirectories: true)
    // A hard link where the scratch folder shares the build's file system: a copy is a file this process opened for
    // writing, and a child another test spawns meanwhile may inherit that descriptor, so that running the copy
    // fails with "Text file busy" until that child exits.
    do {
      try manager.linkItem(atPath: NewsqProcess.binary.path, toPath: binary)
    } catch {
      try manager.copyItem(atPath: NewsqProcess.binary.path, toPath: binary)
    }
    if withSeeds {
      try manager.createDirectory(atPath: folder.path + "/share/newsq", withIntermediateDirectories: true)
      try manager.copyItem(
        atPath: NewsqProcess.packageRoot.appendingPathComponent("seeds").path, toPath: folder.path + "/share/newsq/seeds")
    }
    try manager.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
    return binary
  }

  /// Runs a shell command line that starts the installed copy, again while the copy is still busy (see `install`).
  private func runInstalled(_ command: String) throws -> NewsqProcess.Outcome {
    var outcome = try NewsqProcess.run(["-c", command], executable: "/bin/sh")
    for _ in 0..<20 where outcome.standardError.contains("Text file busy") {
      Thread.sleep(forTimeInterval: 0.25)
      outcome = try NewsqProcess.run(["-c", command], executable: "/bin/sh")
    }
    return outcome
  }

  @Test("an installed newsq started in another folder reads the seeds installed beside it")
  func installedSeeds() throws {
    let folder = try ScratchFiles()
    let binary = try install(in: folder, withSeeds: true)
    let outcome = try runInstalled("cd \(folder.path)/elsewhere && \(binary) --format csv -c 'documents count'")
    #expect(outcome.standardError.isEmpty)
    #expect(outcome.standardOutput.split(whereSeparator: \.isNewline) == ["count", "5"])
  }

  @Test("with no seeds anywhere it says how to give a corpus, and exits 2")
  func noSeeds() throws {
    let folder = try ScratchFiles()
    let binary = try install(in: folder, withSeeds: false)
    let outcome = try runInstalled("cd \(folder.path)/elsewhere && \(binary) -c 'documents count'")
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("give one with --corpus PATH"))
  }
}
