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
    let tokens = Lexer.tokenize("3 [2.5, -4] \"a\\\"b\" -- a comment\nx")
    #expect(
      tokens.map(\.kind).filter { ![.leftBracket, .comma, .rightBracket].contains($0) } == [
        .number(3), .number(2.5), .number(-4), .string("a\"b"), .identifier, .endOfInput,
      ])
    #expect(tokens[7].range.start.line == 2)
    #expect(tokens[7].range.start.column == 1)
  }

  @Test("after a value, '-' subtracts and '/' divides; elsewhere they start a negative number and a regex")
  func minusAndSlash() {
    #expect(Lexer.tokenize("today - 30").map(\.kind) == [.identifier, .minus, .number(30), .endOfInput])
    #expect(Lexer.tokenize("x -4").map(\.kind) == [.identifier, .minus, .number(4), .endOfInput])
    #expect(Lexer.tokenize("count / total").map(\.kind) == [.keyword(.count), .slash, .identifier, .endOfInput])
    #expect(Lexer.tokenize("(a) / 2").map(\.kind)[3] == .slash)
    #expect(Lexer.tokenize("matches /a/i").map(\.kind)[1] == .regex(pattern: "a", flags: "i"))
    #expect(Lexer.tokenize("[-1]").map(\.kind)[1] == .number(-1))
    #expect(Lexer.tokenize("$name 2 * 3").map(\.kind) == [.parameter("name"), .number(2), .star, .number(3), .endOfInput])
    #expect(Lexer.slashDivides(after: "quotes show count "))
    #expect(!Lexer.slashDivides(after: "quotes where text matches "))
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

  @Test("numbers may have an exponent; letters glued to a number make one invalid token that says numbers are decimal")
  func exponentsAndNonDecimalNumbers() {
    let kinds = Lexer.tokenize("[1e3, 2.5E-2, -4e+1, 7]").map(\.kind).filter { ![.leftBracket, .comma, .rightBracket].contains($0) }
    #expect(kinds == [.number(1000), .number(0.025), .number(-40), .number(7), .endOfInput])
    let decimal = "numbers are written in decimal, e.g. 1000, 2.5 or 1e3"
    let cases: [(String, String)] = [
      ("0x10", "'0x10' is not a number: numbers are written in decimal, e.g. 16"),
      ("-0x1F", "'-0x1F' is not a number: numbers are written in decimal, e.g. -31"),
      ("10k", "'10k' is not a number: \(decimal)"), ("1e", "'1e' is not a number: \(decimal)"),
      ("2.5e3x", "'2.5e3x' is not a number: \(decimal)"), ("1e999", "'1e999' is too large a number"),
    ]
    for (source, message) in cases {
      let tokens = Lexer.tokenize("limit \(source) x")
      #expect(tokens.map(\.kind) == [.keyword(.limit), .invalid(message), .identifier, .endOfInput], "\(source)")
      #expect(tokens[1].lexeme == source)
    }
  }

  @Test("the numbers and values the grammar, the README and .help show are each read as one literal")
  func documentedLiterals() throws {
    func between(_ text: String, _ start: String, _ end: String) throws -> Substring {
      let from = try #require(text.range(of: start), "\(start)")
      let to = try #require(text[from.upperBound...].range(of: end))
      return text[from.upperBound..<to.lowerBound]
    }
    let grammar = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("grammar/newsq.ebnf"), encoding: .utf8)
    let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let grammarNumbers = try between(grammar, "(* decimal only:", "*)").split(separator: ",")
    let readmeNumbers = try between(readme, "optional exponent:", "(").split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(["`"])) }
    let helpValues = try #require(LanguageHelp.conditions.first { $0.summary.hasPrefix("values") }).syntax
      .split(separator: ", ")
    #expect(grammarNumbers.count >= 4)
    #expect(readmeNumbers.count >= 4)
    for value in grammarNumbers.map(String.init) + readmeNumbers + helpValues.map(String.init) {
      let kinds = Lexer.tokenize(value.trimmingCharacters(in: .whitespaces)).map(\.kind)
      let isLiteral: Bool
      switch kinds.first {
      case .number?, .string?, .keyword(.true)?, .keyword(.false)?, .keyword(.null)?: isLiteral = kinds.count == 2
      default: isLiteral = false
      }
      #expect(isLiteral, "\(value)")
    }
    #expect(helpValues.contains("1e3"))
    #expect(readmeNumbers.contains("1e3"))
  }
}
