import Testing

@testable import NewsQuery

@Suite("Parser")
struct ParserTests {
  @Test("a filter of two comparisons joined by and")
  func conjunction() throws {
    let statement = try Parser.parseStatement(#"quotes where speaker = "Stoltenberg" and text contains "NATO""#)
    #expect(statement.query.collection.name == "quotes")
    guard case .and(let left, let right)? = statement.query.filter?.kind,
      case .comparison(let path, .equal, let value) = left.kind,
      case .contains(let containsPath, _) = right.kind
    else {
      Issue.record("unexpected tree: \(statement)")
      return
    }
    #expect(path.dotted == "speaker")
    #expect(value.value == .string("Stoltenberg"))
    #expect(containsPath.dotted == "text")
  }

  @Test("and binds tighter than or; not and parentheses")
  func precedence() throws {
    let statement = try Parser.parseStatement(#"quotes where not cue = "said" or (text contains "a" and speaker = "b")"#)
    guard case .or(let left, let right)? = statement.query.filter?.kind else {
      Issue.record("expected or at the top")
      return
    }
    guard case .not = left.kind, case .and = right.kind else {
      Issue.record("expected not on the left and and on the right")
      return
    }
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var source: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { source }
  }

  @Test(
    "errors say what was expected and found, where",
    arguments: [
      ErrorCase(
        source: #"quotes wher speaker = "x""#, line: 1, column: 8,
        message: "expected 'where' or the end of the query, found 'wher'"),
      ErrorCase(
        source: "quotes where", line: 1, column: 13, message: "expected a field name, found the end of the input"),
      ErrorCase(
        source: "quotes where speaker", line: 1, column: 21,
        message: "expected an operator (=, !=, <, <=, >, >=, contains), found the end of the input"),
      ErrorCase(
        source: "quotes where\n  speaker = and", line: 2, column: 13,
        message: "expected a string or a number, found the keyword 'and'"),
      ErrorCase(source: "quotes where text = \"open", line: 1, column: 21, message: "unterminated string"),
      ErrorCase(source: "(quotes", line: 1, column: 1, message: "expected a collection name (quotes, documents), found '('"),
      ErrorCase(
        source: "quotes where (text = \"a\"", line: 1, column: 25, message: "expected ')', found the end of the input"),
    ])
  func errors(_ errorCase: ErrorCase) {
    do {
      _ = try Parser.parseStatement(errorCase.source)
      Issue.record("parsed without error")
    } catch {
      #expect(error.diagnostic.message == errorCase.message)
      #expect(error.diagnostic.range.start.line == errorCase.line)
      #expect(error.diagnostic.range.start.column == errorCase.column)
    }
  }

  @Test("a rendered error shows the line and a caret under the column")
  func rendering() throws {
    let source = #"quotes wher speaker = "x""#
    do {
      _ = try Parser.parseStatement(source)
      Issue.record("parsed without error")
    } catch {
      let rendered = DiagnosticRenderer.render(error.diagnostic, source: source)
      #expect(
        rendered == """
          error: line 1, column 8: expected 'where' or the end of the query, found 'wher'
          quotes wher speaker = "x"
                 ^~~~
          """)
      let inFile = DiagnosticRenderer.render(error.diagnostic, source: source, fileName: "a.nq")
      #expect(inFile.hasPrefix("a.nq:1:8: error: expected"))
    }
  }
}
