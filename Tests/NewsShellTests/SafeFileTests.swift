import Foundation
import Testing

@testable import NewsShell

@Suite("Writing files safely")
struct SafeFileTests {
  @Test("replace writes the whole file and leaves no temporary file behind")
  func replace() throws {
    let folder = try ScratchFolder()
    #expect(SafeFile.replace(folder.file("out.txt"), with: Data("one\n".utf8)) == nil)
    #expect(SafeFile.replace(folder.file("out.txt"), with: Data("two\n".utf8)) == nil)
    #expect(folder.contents("out.txt") == "two\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }

  @Test("a redirect replaces its file only when it ends, and a discarded one leaves it as it was")
  func redirect() throws {
    let folder = try ScratchFolder()
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: folder.file("results.txt")))
    let failed = try OutputRedirect(path: folder.file("results.txt"), isOnce: true)
    failed.write("partial\n")
    #expect(folder.contents("results.txt") == "precious\n")
    #expect(failed.finish(keep: false) == nil)
    #expect(folder.contents("results.txt") == "precious\n")
    let kept = try OutputRedirect(path: folder.file("results.txt"), isOnce: false)
    kept.write("a\n")
    kept.write("b\n")
    #expect(kept.finish() == nil)
    #expect(folder.contents("results.txt") == "a\nb\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.txt"])
  }

  @Test("a target that is a folder, or in a folder that is not there, is refused at once and nothing is made")
  func refused() throws {
    let folder = try ScratchFolder()
    #expect(throws: ShellError.self) { try OutputRedirect(path: folder.path, isOnce: false) }
    try Data().write(to: URL(fileURLWithPath: folder.file("plain")))
    #expect(throws: ShellError.self) { try OutputRedirect(path: folder.file("plain/out.txt"), isOnce: false) }
    let error = #expect(throws: ShellError.self) { try OutputRedirect(path: folder.file("typo/out.txt"), isOnce: true) }
    #expect(error?.message == "cannot write \(folder.file("typo/out.txt")): there is no folder \(folder.file("typo"))")
    #expect(SafeFile.replace(folder.file("typo/deeper/out.csv"), with: Data("x".utf8)) != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plain"])
  }

  @Test("an export folder is made where its parent exists, with the usual permissions, and nowhere else")
  func exportFolder() throws {
    let folder = try ScratchFolder()
    #expect(SafeFile.createFolder(folder.file("tables")) == nil)
    #expect(SafeFile.createFolder(folder.file("tables")) == nil)
    let mode = try FileManager.default.attributesOfItem(atPath: folder.file("tables"))[.posixPermissions] as? Int
    #expect(mode.map { $0 & 0o055 } == 0o055 & ~Int(currentUmask()))
    #expect(SafeFile.createFolder(folder.file("missing/tables")) != nil)
    #expect(!FileManager.default.fileExists(atPath: folder.file("missing")))
  }

  private func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

@Suite("Replacing another user's file")
struct OwnerKeptTests {
  @Test(
    "a file root replaces keeps its owner and group", .enabled(if: geteuid() == 0, "giving a file away needs root"))
  func ownerKept() throws {
    let folder = try ScratchFolder()
    let path = folder.file("theirs.txt")
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(chown(path, 65534, 65534) == 0)
    #expect(SafeFile.replace(path, with: Data("new\n".utf8)) == nil)
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_uid == 65534 && info.st_gid == 65534)
    #expect(folder.contents("theirs.txt") == "new\n")
  }
}
