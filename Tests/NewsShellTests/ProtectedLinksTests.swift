import Foundation
import Testing

@testable import NewsShell

/// Links in a sticky folder everyone may write (`/tmp`) are followed only as the kernel's
/// `fs.protected_symlinks` allows: when the link is yours or the folder owner's.
@Suite("Links in shared folders")
struct ProtectedLinksTests {
  static let sharedMode: mode_t = S_IFDIR | 0o1777

  struct Case: CustomTestStringConvertible, Sendable {
    var folderMode: mode_t
    var linkOwner: uid_t
    var mayFollow: Bool
    var testDescription: String {
      "a link of user \(linkOwner) in a folder of mode \(String(folderMode & 0o7777, radix: 8)): "
        + (mayFollow ? "followed" : "refused")
    }
  }

  // The follower is user 1000 and the folder belongs to user 0.
  @Test(arguments: [
    Case(folderMode: sharedMode, linkOwner: 1000, mayFollow: true),
    Case(folderMode: sharedMode, linkOwner: 0, mayFollow: true),
    Case(folderMode: sharedMode, linkOwner: 2000, mayFollow: false),
    Case(folderMode: S_IFDIR | 0o0777, linkOwner: 2000, mayFollow: true),
    Case(folderMode: S_IFDIR | 0o1775, linkOwner: 2000, mayFollow: true),
    Case(folderMode: S_IFDIR | 0o0755, linkOwner: 2000, mayFollow: true),
  ])
  func rule(_ example: Case) {
    #expect(
      ProtectedLinks.mayFollow(
        linkOwner: example.linkOwner, folderMode: example.folderMode, folderOwner: 0, follower: 1000)
        == example.mayFollow)
  }

  @Test("your own link in a shared folder is followed")
  func ownLink() throws {
    let folder = try ScratchFolder()
    #expect(chmod(folder.path, 0o1777) == 0)
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder.file("target.txt")))
    try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: "target.txt")
    #expect(SafeFile.replace(folder.file("link.txt"), with: Data("new\n".utf8)) == nil)
    #expect(folder.contents("target.txt") == "new\n")
  }

  @Test(
    "another user's link in a shared folder is refused, as the last part or a folder part, and nothing is written",
    .enabled(if: geteuid() == 0, "making a link owned by another user needs root"))
  func plantedLink() throws {
    let folder = try ScratchFolder()
    let shared = folder.file("shared")
    try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
    #expect(chmod(shared, 0o1777) == 0)
    let victim = folder.file("victim.txt")
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(atPath: shared + "/out.csv", withDestinationPath: victim)
    try FileManager.default.createSymbolicLink(atPath: shared + "/dir", withDestinationPath: folder.path)
    let nobody: uid_t = 65534
    #expect(lchown(shared + "/out.csv", nobody, gid_t(nobody)) == 0)
    #expect(lchown(shared + "/dir", nobody, gid_t(nobody)) == 0)

    let problem = SafeFile.replace(shared + "/out.csv", with: Data("planted\n".utf8))
    #expect(problem?.contains("belongs to another user in the shared folder \(shared)") == true)
    #expect(throws: ShellError.self) { try OutputRedirect(path: shared + "/dir/victim.txt", isOnce: true) }
    #expect(folder.contents("victim.txt") == "mine\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: shared).sorted() == ["dir", "out.csv"])

    // The same links in a folder that is not sticky are followed, as the kernel would.
    #expect(chmod(shared, 0o777) == 0)
    #expect(SafeFile.replace(shared + "/dir/victim.txt", with: Data("through\n".utf8)) == nil)
    #expect(folder.contents("victim.txt") == "through\n")
  }
}
