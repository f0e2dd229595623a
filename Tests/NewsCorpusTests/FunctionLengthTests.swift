import Foundation
import Testing

/// Keeps extraction readable: no function or initialiser in `Sources/NewsCorpus/Extraction` runs over
/// `limit` lines, from its declaration to its closing brace.
@Suite("Function length in extraction")
struct FunctionLengthTests {
  static let limit = 60

  /// A function found in a source file: where it starts and how many lines it takes.
  struct Function: CustomStringConvertible {
    var file: String
    var line: Int
    var lines: Int
    var description: String { "\(file):\(line) is \(lines) lines" }
  }

  /// The functions of one file's text whose body runs over `limit` lines. Braces inside string
  /// literals and comments do not count.
  static func longFunctions(in text: String, file: String, limit: Int) -> [Function] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [Function] = []
    for (start, line) in lines.enumerated() where declaresFunction(line) {
      var depth = 0
      var opened = false
      var end = start
      scan: while end < lines.count {
        for character in code(of: lines[end]) {
          if character == "{" { depth += 1; opened = true }
          if character == "}" { depth -= 1 }
          if opened && depth == 0 { break scan }
        }
        end += 1
      }
      if end - start + 1 > limit { found.append(Function(file: file, line: start + 1, lines: end - start + 1)) }
    }
    return found
  }

  /// Whether a line declares a function or an initialiser (after any modifiers).
  static func declaresFunction(_ line: String) -> Bool {
    let modifiers: Set<Substring> = [
      "public", "private", "fileprivate", "internal", "static", "mutating", "override", "final", "@inline(__always)",
      "@discardableResult",
    ]
    for word in line.split(separator: " ") {
      if word == "func" || word.hasPrefix("init(") || word.hasPrefix("init<") || word == "init?(" { return true }
      if !modifiers.contains(word) { return false }
    }
    return false
  }

  /// A line without its string literals and its comment.
  static func code(of line: String) -> String {
    var result = ""
    var inString = false
    var previous: Character = " "
    for character in line {
      if !inString, character == "/", previous == "/" {
        result.removeLast()
        break
      }
      if character == "\"", previous != "\\" { inString.toggle() } else if !inString { result.append(character) }
      previous = character
    }
    return result
  }

  @Test("no function in the extraction runs over the limit")
  func extractionFunctionsAreShort() throws {
    let root = SeedsAccuracyTests.packageRoot.appendingPathComponent("Sources/NewsCorpus/Extraction")
    let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    var long: [Function] = []
    var checked = 0
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      long += Self.longFunctions(in: text, file: url.lastPathComponent, limit: Self.limit)
      checked += 1
    }
    #expect(checked > 10)
    #expect(long.isEmpty, "\(long)")
  }

  @Test("the check finds a long function and ignores braces in strings and comments")
  func checkFindsLongFunctions() {
    let body = Array(repeating: "    x += 1 // }", count: 70).joined(separator: "\n")
    let text = "struct S {\n  mutating func long() {\n    let s = \"}\"\n\(body)\n  }\n  func short() {}\n}\n"
    let found = Self.longFunctions(in: text, file: "S.swift", limit: 60)
    #expect(found.map(\.line) == [2])
    #expect(found.first?.lines == 73)
  }
}
