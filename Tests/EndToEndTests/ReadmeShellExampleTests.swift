import Foundation
import Testing

/// The command lines of the README's examples and shell sections (`$ newsq -c …`, `$ printf … | newsq …`)
/// print exactly the lines the README shows under them, so its examples stay the program's real output.
@Suite("README shell examples")
struct ReadmeShellExampleTests {
  struct Example: CustomTestStringConvertible, Sendable {
    var command: String
    var expected: String
    var testDescription: String { command }
  }

  /// The sections whose examples are checked: each from its heading to the next one named.
  static let sections = [("## Examples", "## Using the shell"), ("## Using the shell", "## The query language")]

  /// Each `$ ` line of the sections that runs newsq without a terminal, with the lines up to the next
  /// `$ ` line or the end of its block.
  static var examples: [Example] {
    let url = NewsqProcess.packageRoot.appendingPathComponent("README.md")
    guard let readme = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return sections.flatMap { heading, next -> [Example] in
      guard let start = readme.range(of: heading), let end = readme.range(of: next) else { return [] }
      return examples(in: readme[start.upperBound..<end.lowerBound])
    }
  }

  static func examples(in section: Substring) -> [Example] {
    let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
    var examples: [Example] = []
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix("$ "), trimmed.contains("newsq "), trimmed.contains("-c") || trimmed.contains("|") else {
        continue
      }
      let indent = line.count - trimmed.count
      let output = lines[(index + 1)...].prefix { !$0.dropFirst(indent).hasPrefix("$ ") && !$0.contains("```") }
      examples.append(
        Example(command: String(trimmed.dropFirst(2)), expected: output.map { $0.dropFirst(indent) + "\n" }.joined()))
    }
    return examples
  }

  @Test("the sections have examples to check")
  func found() {
    #expect(Self.examples.count >= 10)
  }

  @Test("prints what the README shows", arguments: examples)
  func example(_ example: Example) throws {
    let folder = NewsqProcess.binary.deletingLastPathComponent().path
    let outcome = try NewsqProcess.run(
      ["-c", example.command], environment: ["PATH": folder + ":/usr/bin:/bin"], executable: "/bin/sh")
    #expect(outcome.standardOutput + outcome.standardError == example.expected)
  }
}
