import Foundation
import Testing

/// The command lines of the README's shell section (`$ newsq -c …`, `$ printf … | newsq …`) print exactly
/// the lines the README shows under them, so its examples stay the program's real output.
@Suite("README shell examples")
struct ReadmeShellExampleTests {
  struct Example: CustomTestStringConvertible, Sendable {
    var command: String
    var expected: String
    var testDescription: String { command }
  }

  /// Each `$ ` line of the section that runs newsq without a terminal, with the lines up to the next
  /// `$ ` line or the end of its block.
  static var examples: [Example] {
    let url = NewsqProcess.packageRoot.appendingPathComponent("README.md")
    guard let readme = try? String(contentsOf: url, encoding: .utf8),
      let start = readme.range(of: "## Using the shell"), let end = readme.range(of: "## The query language")
    else { return [] }
    let lines = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
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

  @Test("the section has examples to check")
  func found() {
    #expect(Self.examples.count >= 2)
  }

  @Test("prints what the README shows", arguments: examples)
  func example(_ example: Example) throws {
    let folder = NewsqProcess.binary.deletingLastPathComponent().path
    let outcome = try NewsqProcess.run(
      ["-c", example.command], environment: ["PATH": folder + ":/usr/bin:/bin"], executable: "/bin/sh")
    #expect(outcome.standardOutput + outcome.standardError == example.expected)
  }
}
