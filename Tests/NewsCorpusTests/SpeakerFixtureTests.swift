import Foundation
import Testing

@testable import NewsCorpus

/// Who said each quotation, as data: every `Tests/Fixtures/speakers/*.txt` is one case (its format
/// is in that folder's README): a passage, `---`, then each quotation in order as `text → speaker`
/// (`-` for none).
@Suite("Speaker attribution")
struct SpeakerFixtureTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var name: String
    var passage: String
    var expected: [String]
    var testDescription: String { "\(file): \(name)" }
  }

  static let folder = SeedsAccuracyTests.packageRoot.appendingPathComponent("Tests/Fixtures/speakers")

  /// Reads one fixture: `# name` on the first lines, the passage up to `---`, the expected lines after.
  static func parse(_ text: String, file: String) -> Case {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var name = file
    if let first = lines.first, first.hasPrefix("# ") {
      name = String(first.dropFirst(2))
      lines.removeFirst()
      // A name too long for one line goes on in the lines after it that open with "# ".
      while let next = lines.first, next.hasPrefix("# ") {
        name += " " + next.dropFirst(2)
        lines.removeFirst()
      }
    }
    let separator = lines.firstIndex(of: "---") ?? lines.count
    let passage = lines[..<separator].drop { $0.isEmpty }.joined(separator: "\n")
    let expected = lines.dropFirst(separator + 1).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    return Case(file: file, name: name, passage: passage.trimmingCharacters(in: .newlines), expected: expected)
  }

  static let cases: [Case] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap { file in
      guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
      return parse(text, file: file)
    }
  }()

  @Test("the fixtures are there")
  func fixturesExist() {
    #expect(Self.cases.count >= 80)
  }

  @Test("attributes each quotation", arguments: cases)
  func attributes(_ testCase: Case) throws {
    // A passage may give its own headline on a first line "headline: …"; else the runner puts one.
    let text =
      testCase.passage.hasPrefix("headline: ")
      ? String(testCase.passage.dropFirst("headline: ".count)) : "Headline for the test\n" + testCase.passage
    let corpus = try CorpusFixture.load(text)
    let found = corpus.quotations.map { "\($0.text) → \(corpus.speaker(of: $0)?.name ?? "-")" }
    #expect(found == testCase.expected, "why: \(corpus.quotations.map(\.why))")
  }

  @Test("a fixture reads as its name, passage and expected lines")
  func parsing() {
    let parsed = Self.parse("# a name\n\nOne line.\nTwo “lines.”\n---\nlines. → Ann Lee\n\n", file: "x.txt")
    #expect(parsed.name == "a name")
    #expect(parsed.passage == "One line.\nTwo “lines.”")
    #expect(parsed.expected == ["lines. → Ann Lee"])
  }

  @Test("a name may go on over several lines that open with '# '")
  func longName() {
    let parsed = Self.parse("# a long\n# name\n\nOne “line.”\n---\nline. → Ann Lee\n", file: "x.txt")
    #expect(parsed.name == "a long name")
    #expect(parsed.passage == "One “line.”")
  }
}
