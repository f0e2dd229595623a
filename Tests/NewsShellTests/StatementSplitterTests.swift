import Testing

@testable import NewsShell

@Suite("Statement splitting")
struct StatementSplitterTests {
  @Test("statements end at ';' and at the end of a complete line")
  func separators() {
    let statements = StatementSplitter.split("quotes; documents\n\n-- a comment\nquotes where x = \"a;b\"\n")
    #expect(statements.map(\.text) == ["quotes", "documents", "quotes where x = \"a;b\""])
    #expect(statements.map(\.start.line) == [1, 1, 4])
    #expect(statements.map(\.start.column) == [1, 9, 1])
  }

  @Test("an open parenthesis or string, or a trailing backslash, continues the statement")
  func continuation() {
    #expect(StatementSplitter.needsMoreInput("quotes where (text contains \"a\""))
    #expect(StatementSplitter.needsMoreInput("quotes where text contains \"a"))
    #expect(StatementSplitter.needsMoreInput("quotes where \\"))
    #expect(!StatementSplitter.needsMoreInput("quotes where text contains \"a\""))
    let statements = StatementSplitter.split("quotes where (\n  text contains \"a\")\ndocuments")
    #expect(statements.count == 2)
    #expect(statements[0].text == "quotes where (\n  text contains \"a\")")
  }

  @Test("a ';' or quote inside a /regex/ belongs to it; an unterminated regex ends with its line")
  func regex() {
    let statements = StatementSplitter.split(
      "quotes where text matches /a;\"b\\/c/i; documents\nquotes where text matches /x\ndocuments")
    #expect(
      statements.map(\.text) == [
        "quotes where text matches /a;\"b\\/c/i", "documents", "quotes where text matches /x", "documents",
      ])
    #expect(!StatementSplitter.needsMoreInput("quotes where text matches /(x"))
  }

  @Test("a line starting with '.' is one meta command")
  func metaCommands() {
    let statements = StatementSplitter.split(".help; x\nquotes")
    #expect(statements.map(\.text) == [".help; x", "quotes"])
    #expect(statements[0].isMetaCommand)
  }
}
