import Foundation
import Testing

/// A file the user may not write is left alone by `.export`, `.once` and `.output`, as the shell's `>` would
/// leave it, although the folder lets newsq rename a new file over it.
@Suite("Write-protected files")
struct WriteProtectionTests {
  @Test("a read-only file of one's own, and another user's file, are refused and keep their content and owner")
  func refused() throws {
    let folder = try ScratchFiles()
    #expect(chmod(folder.path, 0o777) == 0)
    let readOnly = try folder.write("read-only.csv", "precious\n")
    #expect(chmod(readOnly, 0o444) == 0)
    var targets = [readOnly]
    if geteuid() == 0 {
      // newsq runs as nobody: the read-only file is theirs, and a 644 file of root's is someone else's.
      #expect(chown(readOnly, NewsqProcess.unprivilegedUser, gid_t(NewsqProcess.unprivilegedUser)) == 0)
      let others = try folder.write("others.csv", "theirs\n")
      #expect(chmod(others, 0o644) == 0)
      targets.append(others)
    }
    let before = try targets.map { try FileManager.default.attributesOfItem(atPath: $0) }
    for target in targets {
      let name = fileName(target)
      for command in [".export csv \(name)", ".once \(name)", ".output \(name)"] {
        let outcome = try NewsqProcess.runUnprivileged(
          ["--format", "csv", "-c", "documents count", "-c", command, "-c", "documents count"], in: folder.path)
        #expect(outcome.status == 1, "\(command)")
        #expect(outcome.standardError == "error: cannot write \(name): Permission denied\n", "\(command)")
      }
    }
    let after = try targets.map { try FileManager.default.attributesOfItem(atPath: $0) }
    #expect(folder.read("read-only.csv") == "precious\n")
    for (old, new) in zip(before, after) {
      #expect(old[.ownerAccountID] as? Int == new[.ownerAccountID] as? Int)
      #expect(old[.posixPermissions] as? Int == new[.posixPermissions] as? Int)
      #expect(old[.systemFileNumber] as? Int == new[.systemFileNumber] as? Int)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == targets.map(fileName).sorted())
  }

  @Test("a writable file keeps its permissions when replaced")
  func modeKept() throws {
    let folder = try ScratchFiles()
    let target = try folder.write("shared.csv", "old\n")
    #expect(chmod(target, 0o640) == 0)
    let outcome = try NewsqProcess.run(
      ["--format", "csv", "-c", "documents count", "-c", ".export csv shared.csv"], in: folder.path)
    #expect(outcome.status == 0)
    #expect(folder.read("shared.csv") == "count\r\n5\r\n")
    #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
  }

  private func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }
}
