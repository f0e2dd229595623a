import Testing

@testable import NewsQuery

@Suite("Parser")
struct ParserTests {
  private func query(_ source: String) throws -> Query { try Parser.parseStatement(source).query }

  @Test("a filter of two comparisons joined by and")
  func conjunction() throws {
    let query = try query(#"quotes where speaker = "Stoltenberg" and text contains "NATO""#)
    #expect(query.source.kind == .named(Identifier(name: "quotes", range: query.source.range)))
    guard case .filter(let condition)? = query.clauses.first?.kind, case .and(let operands) = condition.kind,
      operands.count == 2, case .comparison(let left, .equal, let value) = operands[0].kind,
      case .path(let path) = left.kind, case .contains = operands[1].kind
    else {
      Issue.record("unexpected tree: \(query)")
      return
    }
    #expect(path.dotted == "speaker")
    #expect(value.kind == .literal(Literal(value: .string("Stoltenberg"), range: value.range)))
  }

  @Test("and binds tighter than or; not and parentheses")
  func precedence() throws {
    let query = try query(#"quotes where not cue = "said" or (text contains "a" and speaker = "b")"#)
    guard case .filter(let condition)? = query.clauses.first?.kind, case .or(let operands) = condition.kind else {
      Issue.record("expected or at the top")
      return
    }
    guard case .not = operands[0].kind, case .and = operands[1].kind else {
      Issue.record("expected not on the left and and on the right")
      return
    }
  }

  @Test("a long chain of and stays flat, so it cannot exhaust the stack")
  func flatChains() throws {
    let source = "quotes where " + Array(repeating: #"text contains "a""#, count: 5_000).joined(separator: " and ")
    guard case .filter(let condition)? = try query(source).clauses.first?.kind, case .and(let operands) = condition.kind
    else {
      Issue.record("expected one and")
      return
    }
    #expect(operands.count == 5_000)
  }

  @Test("clauses follow the source in the order written")
  func clauses() throws {
    let query = try query(
      #"quotes where speaker is not null group by speaker show speaker, count(distinct document) as documents "#
        + "order by documents desc, speaker top 3 limit 2 offset 1 distinct count context paragraph")
    let names = query.clauses.map { clause -> String in
      switch clause.kind {
      case .filter: return "where"
      case .show: return "show"
      case .group: return "group"
      case .order(let keys): return "order\(keys.map { $0.isDescending ? "-" : "+" }.joined())"
      case .top: return "top"
      case .limit(_, let offset): return offset == nil ? "limit" : "limit+offset"
      case .offset: return "offset"
      case .sample: return "sample"
      case .chart: return "chart"
      case .distinct: return "distinct"
      case .count: return "count"
      case .context(let scope): return "context \(scope?.name ?? "")"
      }
    }
    #expect(
      names == ["where", "group", "show", "order-+", "top", "limit+offset", "distinct", "count", "context paragraph"])
    guard case .show(false, let columns) = query.clauses[2].kind else { return }
    #expect(columns.map { $0.alias?.name } == [nil, "documents"])
  }

  @Test("statements: let, explain, concordance with its source and width")
  func statements() throws {
    let binding = try Parser.parseStatement(#"let russia = quotes where speaker.affiliation = "Russia""#)
    guard case .binding(let name, _) = binding.kind else {
      Issue.record("expected a binding")
      return
    }
    #expect(name.name == "russia")
    guard case .explain = try Parser.parseStatement("explain quotes").kind else {
      Issue.record("expected explain")
      return
    }
    let concordance = try query(#"concordance "security" in (quotes where speaker = "x") width 30 limit 5"#)
    guard case .concordance(let view) = concordance.source.kind, let scope = view.scope, let width = view.width else {
      Issue.record("expected a concordance with scope and width")
      return
    }
    #expect(view.phrase.value == .string("security"))
    #expect(scope.clauses.count == 1)
    #expect(width.value == .number(30))
    #expect(!view.widthInWords)
    #expect(concordance.clauses.count == 1)
  }

  @Test("predicates: in, not in, is null, is not null, matches, calls")
  func predicates() throws {
    let query = try query(
      #"quotes where cue in ["said", "told"] and cue not in ["wrote"] and speaker is null "#
        + #"and cue is not null and text matches /ukrain/i and mentions("NATO", "Putin")"#)
    guard case .filter(let condition)? = query.clauses.first?.kind, case .and(let operands) = condition.kind else {
      Issue.record("expected a conjunction")
      return
    }
    let kinds = operands.map { operand -> String in
      switch operand.kind {
      case .membership(_, _, let negated): return negated ? "not in" : "in"
      case .nullTest(_, let negated): return negated ? "is not null" : "is null"
      case .matches: return "matches"
      case .call(let name, let arguments, _): return "\(name.name)/\(arguments.count)"
      default: return "?"
      }
    }
    #expect(kinds == ["in", "not in", "is null", "is not null", "matches", "mentions/2"])
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var source: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { source }
  }

  static let clauseList = "a clause (where, show, group by, order by, top, limit, offset, sample, distinct, count, chart, context)"

  @Test(
    "errors say what was expected and found, where",
    arguments: [
      ErrorCase(
        source: #"quotes wher speaker = "x""#, line: 1, column: 8,
        message: "expected \(clauseList) or the end of the query, found 'wher' — did you mean 'where'?"),
      ErrorCase(
        source: "quotes shwo text", line: 1, column: 8,
        message: "expected \(clauseList) or the end of the query, found 'shwo' — did you mean 'show'?"),
      ErrorCase(
        source: "quotes grop by speaker", line: 1, column: 8,
        message: "expected \(clauseList) or the end of the query, found 'grop' — did you mean 'group'?"),
      ErrorCase(
        source: #"quotes where text contain "x""#, line: 1, column: 19,
        message: "expected \(clauseList) or the end of the query, found 'contain' — did you mean 'contains'?"),
      ErrorCase(
        source: #"quotes where cue = "a" adn text = "b""#, line: 1, column: 24,
        message: "expected \(clauseList) or the end of the query, found 'adn' — did you mean 'and'?"),
      ErrorCase(source: "quotes order speaker", line: 1, column: 14, message: "expected 'by', found 'speaker'"),
      ErrorCase(
        source: "quotes group bye speaker", line: 1, column: 14,
        message: "expected 'by', found 'bye' — did you mean 'by'?"),
      ErrorCase(
        source: "quotes where", line: 1, column: 13,
        message: "expected a value (a field, a string, a number, a list), found the end of the input"),
      ErrorCase(
        source: "quotes where\n  speaker = and", line: 2, column: 13,
        message: "expected a value (a field, a string, a number, a list), found the keyword 'and'"),
      ErrorCase(source: "quotes where text = \"open", line: 1, column: 21, message: "unterminated string"),
      ErrorCase(
        source: "(quotes", line: 1, column: 1,
        message: "expected a collection name (\(Catalog.collections.map(\.name).joined(separator: ", "))), found '('"),
      ErrorCase(
        source: "quotes where (text = \"a\"", line: 1, column: 25, message: "expected ')', found the end of the input"),
      ErrorCase(
        source: "quotes limit", line: 1, column: 13,
        message: "expected a number after 'limit', found the end of the input"),
      ErrorCase(
        source: "quotes where text matches \"a\"", line: 1, column: 27,
        message: "expected a regular expression such as /ukrain/i after 'matches', found the string \"a\""),
      ErrorCase(
        source: "quotes where speaker is 3", line: 1, column: 25,
        message: "expected 'null' or 'not null', found the number 3"),
      ErrorCase(source: "let = quotes", line: 1, column: 5, message: "expected a name for the result, found '='"),
      ErrorCase(
        source: "quotes where cue in [\"a\" \"b\"]", line: 1, column: 26,
        message: "expected ',' or ']', found the string \"b\""),
      ErrorCase(
        source: "quotes; documents", line: 1, column: 9, message: "expected the end of the statement, found 'documents'"
      ),
      ErrorCase(source: "quotes where a = 1 @", line: 1, column: 20, message: "unexpected character '@'"),
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

  @Test("nesting deeper than the limit is an error at the level that goes too deep, for every kind of bracket")
  func nestingLimit() {
    let depth = Parser.maximumDepth + 1
    let sources = [
      "quotes where " + String(repeating: "(", count: depth) + "a = 1" + String(repeating: ")", count: depth),
      "quotes where " + String(repeating: "not ", count: depth) + "a = 1",
      "quotes where a in " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
      "quotes show " + String(repeating: "count(", count: depth) + String(repeating: ")", count: depth),
    ]
    for source in sources {
      do {
        _ = try Parser.parseStatement(source)
        Issue.record("parsed without error: \(source.prefix(40))")
      } catch {
        #expect(error.diagnostic.message == "nesting deeper than \(Parser.maximumDepth) levels")
      }
    }
    let atLimit =
      "quotes where " + String(repeating: "(", count: Parser.maximumDepth) + "a = 1"
      + String(repeating: ")", count: Parser.maximumDepth)
    #expect(throws: Never.self) { try Parser.parseStatement(atLimit) }
  }

  @Test("a rendered error shows the line and a caret under the column")
  func rendering() throws {
    let source = #"quotes where speakr = "x""#
    do {
      _ = try QueryEngine(corpus: .init()).query(source)
      Issue.record("ran without error")
    } catch {
      let rendered = DiagnosticRenderer.render(error.diagnostic, source: source)
      #expect(
        rendered.hasPrefix(
          """
          error: line 1, column 14: unknown field 'speakr' in quotes — did you mean 'speaker'?
          quotes where speakr = "x"
                       ^~~~~~
          """))
      let inFile = DiagnosticRenderer.render(error.diagnostic, source: source, fileName: "a.nq")
      #expect(inFile.hasPrefix("a.nq:1:14: error: unknown field"))
    }
  }

  @Test("a script of several statements parses statement by statement")
  func script() throws {
    let statements = try Parser.parseScript("quotes; let a = documents;\nexplain a")
    #expect(statements.count == 3)
  }
}
