import Foundation
import Testing

@testable import NewsShell

/// Temporary files a killed run left beside a target are removed by the next write to that target, and
/// nothing else is.
@Suite("Abandoned temporary files")
struct StaleSiblingsTests {
  @Test("only this user's regular files for this target, whose writer is gone and holds no lock, are removed")
  func onlyAbandoned() throws {
    let folder = try ScratchFolder()
    let gone: pid_t = 777
    let running: pid_t = 4242
    let names = [
      ".out.csv.newsq-\(gone)-abandoned", ".out.csv.newsq-\(running)-written", ".out.csv.newsq-\(gone)-locked",
      ".other.csv.newsq-\(gone)-another", ".out.csv.newsq-abcdef", ".out.csv.newsq-\(gone)-theirs",
    ]
    for name in names { try Data("partial".utf8).write(to: URL(fileURLWithPath: folder.file(name))) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.file(".out.csv.newsq-\(gone)-link"),
      withDestinationPath: folder.file(".other.csv.newsq-\(gone)-another"))
    // A writer elsewhere (another machine sharing the folder) still holds its lock.
    let held = open(folder.file(".out.csv.newsq-\(gone)-locked"), O_RDONLY)
    defer { close(held) }
    #expect(flock(held, LOCK_EX) == 0)
    if geteuid() == 0 { #expect(chown(folder.file(".out.csv.newsq-\(gone)-theirs"), 65534, 65534) == 0) }

    let removed = StaleSiblings.remove(of: "out.csv", in: folder.path) { $0 == running }
    var expected = [".out.csv.newsq-\(gone)-abandoned"]
    if geteuid() != 0 { expected.append(".out.csv.newsq-\(gone)-theirs") }
    #expect(removed.sorted() == expected.sorted())
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(left) == Set(names + [".out.csv.newsq-\(gone)-link"]).subtracting(expected))
  }

  @Test("a file being written carries this process's id and its lock, so it is never taken for abandoned")
  func ownFileKept() throws {
    let folder = try ScratchFolder()
    let redirect = try OutputRedirect(path: folder.file("out.txt"), isOnce: false)
    redirect.write("so far\n")
    let temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(temporary.count == 1)
    #expect(temporary.first?.hasPrefix(".out.txt.newsq-\(getpid())-") == true)
    // Even were the process id taken for another's, the lock keeps it.
    #expect(StaleSiblings.remove(of: "out.txt", in: folder.path) { _ in false }.isEmpty)
    #expect(SafeFile.replace(folder.file("out.txt"), with: Data("exported\n".utf8)) == nil)
    #expect(redirect.finish() == nil)
    #expect(folder.contents("out.txt") == "so far\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }
}
