import Testing

@testable import NewsShell

/// Paths cut by hand, where Foundation's path methods trap on one-character names.
@Suite("Path names")
struct PathNameTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var path: String
    var folder: String
    var name: String
    var testDescription: String { "'\(path)' is '\(folder)' + '\(name)'" }
  }

  @Test(arguments: [
    Case(path: "z", folder: ".", name: "z"),
    Case(path: "./", folder: ".", name: ""),
    Case(path: "q/", folder: "q", name: ""),
    Case(path: "/a/", folder: "/a", name: ""),
    Case(path: "/x", folder: "/", name: "x"),
    Case(path: "/", folder: "/", name: ""),
    Case(path: "a//b", folder: "a", name: "b"),
    Case(path: "dir/sub/out.csv", folder: "dir/sub", name: "out.csv"),
    Case(path: "", folder: ".", name: ""),
  ])
  func cut(_ example: Case) {
    let named = PathName(example.path)
    #expect(named.folder == example.folder)
    #expect(named.name == example.name)
  }

  @Test("a path ending in /, . or .. names a folder; components drop empty parts and .")
  func folders() {
    #expect(["", "a/", "/a/.", "..", "x/.."].allSatisfy { PathName($0).namesFolder })
    #expect(!PathName("a/b").namesFolder)
    #expect(PathName.components("a//./b/") == ["a", "b"])
    #expect(PathName.joined("/", "x") == "/x")
    #expect(PathName.joined("q/", "x") == "q/x")
    #expect(PathName.joined("q", "x") == "q/x")
  }
}
