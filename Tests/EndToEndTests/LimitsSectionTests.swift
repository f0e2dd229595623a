import Foundation
import Testing

/// The README's "Limits and guarantees" names the test behind each promise; every name must be a test.
@Suite("README limits and guarantees")
struct LimitsSectionTests {
  @Test("every test the section names exists")
  func namedTestsExist() throws {
    let root = NewsqProcess.packageRoot.path
    let readme = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    let start = try #require(readme.range(of: "## Limits and guarantees\n"))
    let rest = readme[start.upperBound...]
    let body = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    let names = body.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    let swiftNames = names.filter { $0.range(of: #"^[A-Z]\w*Tests(\.\w+)?$"#, options: .regularExpression) != nil }
    let terminalNames = names.filter { $0.hasPrefix("test_") }
    #expect(swiftNames.count >= 10)
    #expect(terminalNames.count >= 3)
    let swiftSources = try sources(in: root + "/Tests", ending: ".swift")
    for name in swiftNames {
      let parts = name.split(separator: ".")
      let hasSuite = swiftSources.contains("struct \(parts[0])")
      let hasFunction = parts.count < 2 || swiftSources.contains("func \(parts[1])(")
      #expect(hasSuite && hasFunction, "no test \(name)")
    }
    let terminal = try String(contentsOfFile: root + "/Tests/Terminal/test_shell.py", encoding: .utf8)
    for name in terminalNames {
      let exists = terminal.contains("def \(name)(self")
      #expect(exists, "no test \(name)")
    }
  }

  private func sources(in folder: String, ending suffix: String) throws -> String {
    let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    return try files.filter { $0.hasSuffix(suffix) }.map {
      try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)
    }
    .joined(separator: "\n")
  }
}
