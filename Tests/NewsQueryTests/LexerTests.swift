import Testing

@testable import NewsQuery

@Suite("Lexer")
struct LexerTests {
  @Test("a query becomes keywords, identifiers, operators and strings")
  func tokenKinds() {
    let kinds = Lexer.tokenize(#"quotes WHERE speaker = "Stoltenberg" and text contains 'NATO'"#).map(\.kind)
    #expect(
      kinds == [
        .identifier, .keyword(.where), .identifier, .equal, .string("Stoltenberg"), .keyword(.and), .identifier,
        .keyword(.contains), .string("NATO"), .endOfInput,
      ])
  }

  @Test("operators of one and two characters")
  func operators() {
    let kinds = Lexer.tokenize("= != <> < <= > >= ( ) [ ] , . ;").map(\.kind)
    #expect(
      kinds == [
        .equal, .notEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .leftParen, .rightParen,
        .leftBracket, .rightBracket, .comma, .dot, .semicolon, .endOfInput,
      ])
  }

  @Test("numbers, negative numbers, escapes and comments")
  func literals() {
    let tokens = Lexer.tokenize("3 2.5 -4 \"a\\\"b\" -- a comment\nx")
    #expect(tokens.map(\.kind) == [.number(3), .number(2.5), .number(-4), .string("a\"b"), .identifier, .endOfInput])
    #expect(tokens[4].range.start.line == 2)
    #expect(tokens[4].range.start.column == 1)
  }

  @Test("a regular expression keeps its escapes, except for an escaped slash, and takes its flags")
  func regex() {
    let kinds = Lexer.tokenize(#"text matches /ukrain\w+ a\/b/i"#).map(\.kind)
    #expect(kinds == [.identifier, .keyword(.matches), .regex(pattern: #"ukrain\w+ a/b"#, flags: "i"), .endOfInput])
    #expect(Lexer.tokenize("/open").map(\.kind)[0] == .invalid("unterminated regular expression"))
  }

  @Test("every keyword of the table is recognised, in any case")
  func keywords() {
    for keyword in Keyword.allCases {
      #expect(Lexer.tokenize(keyword.rawValue.uppercased()).map(\.kind)[0] == .keyword(keyword))
      #expect(!keyword.summary.isEmpty)
    }
  }

  @Test("positions count characters, not bytes")
  func unicodeColumns() {
    let tokens = Lexer.tokenize("\"Niinistö\" x")
    #expect(tokens[1].range.start.column == 12)
    #expect(tokens[1].range.start.offset == 12)
  }

  @Test("a character no token starts with, or an open string, is an invalid token")
  func invalidInput() {
    #expect(Lexer.tokenize("quotes @").map(\.kind)[1] == .invalid("unexpected character '@'"))
    #expect(Lexer.tokenize("\"open").map(\.kind)[0] == .invalid("unterminated string"))
  }
}
