import Testing

@testable import NewsShell

@Suite("Help text")
struct HelpTextTests {
  @Test("on a narrow terminal every help line fits, wrapping under its summary column, and nothing is lost")
  func fitsTheWindow() {
    for width in [50, 80, 120] {
      let text = HelpText.overview(width: width)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "width \(width)")
      let words = { (text: String) in text.split(whereSeparator: \.isWhitespace) }
      #expect(words(text) == words(HelpText.overview()))
    }
    let wrapped = HelpText.fitted(".timer on|off   show how long each statement takes (on standard error)", to: 50)
    #expect(wrapped == ".timer on|off   show how long each statement takes\n                (on standard error)")
  }

  @Test(".help KEYWORD shows how the keyword is written and examples that use it")
  func keywordHelp() throws {
    let text = try #require(HelpText.help(on: "contains"))
    #expect(text.hasPrefix("contains: a word or phrase occurs"))
    #expect(text.contains("\n  TEXT contains \"WORDS\""))
    let examples = text.components(separatedBy: "Examples\n").last ?? ""
    let queries = examples.split(separator: "\n").filter { !$0.hasPrefix("  --") }
    #expect(!queries.isEmpty && queries.count <= 3)
    #expect(queries.allSatisfy { $0.contains(" contains ") })
  }

  @Test("a syntax too long for the column has its summary on the next line")
  func longSyntax() {
    let syntax = HelpText.overview().split(separator: "\n").first { $0.hasPrefix("  concordance") }
    #expect(syntax.map { $0.hasSuffix("[width N [words]]") } == true)
  }
}
