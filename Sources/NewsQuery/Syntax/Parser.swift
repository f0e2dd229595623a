/// A recursive-descent parser for NewsQL, one method per rule of `grammar/newsq.ebnf`.
///
/// It stops at the first error and throws it with the offending token's range, so messages never cascade.
/// Brackets, parentheses and `not` may nest at most `maximumDepth` deep: deeper input is an error, not a crash.
public struct Parser {
  /// How deep parentheses, lists, subqueries and `not` may nest.
  public static let maximumDepth = 64

  let tokens: [Token]
  /// The values of `$name` parameters (`.param set name VALUE`), by name.
  let parameters: [String: Literal.Value]
  var current = 0
  var depth = 0

  public init(tokens: [Token], parameters: [String: Literal.Value] = [:]) {
    self.tokens = tokens
    self.parameters = parameters
  }

  /// Parses one statement that must use all of `source` (a final `;` is allowed); `$name` stands for
  /// `parameters[name]`.
  public static func parseStatement(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1),
    parameters: [String: Literal.Value] = [:]
  ) throws(QueryError) -> Statement {
    var parser = Parser(tokens: Lexer.tokenize(source, start: start), parameters: parameters)
    let statement = try parser.statement()
    if parser.check(.semicolon) { parser.advance() }
    guard parser.check(.endOfInput) else { throw parser.error(expected: "the end of the statement") }
    return statement
  }

  /// Parses every statement of a script (statements separated by `;`).
  // script = { statement [ ";" ] } ;
  public static func parseScript(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1),
    parameters: [String: Literal.Value] = [:]
  ) throws(QueryError) -> [Statement] {
    var parser = Parser(tokens: Lexer.tokenize(source, start: start), parameters: parameters)
    var statements: [Statement] = []
    while !parser.check(.endOfInput) {
      if parser.check(.semicolon) {
        parser.advance()
        continue
      }
      statements.append(try parser.statement())
      guard parser.check(.semicolon) || parser.check(.endOfInput) else {
        throw parser.error(expected: "';' or the end of the script")
      }
    }
    return statements
  }

  // statement = binding | explanation | query ;
  mutating func statement() throws(QueryError) -> Statement {
    let start = peek.range
    if matchKeyword(.let) {
      // binding = "let" identifier "=" query ;
      let name = try identifier(expected: "a name for the result")
      try expect(.equal, "'='")
      let query = try query()
      return Statement(kind: .binding(name: name, query: query), range: start.union(query.range))
    }
    if matchKeyword(.explain) {
      // explanation = "explain" query ;
      let query = try query()
      return Statement(kind: .explain(query), range: start.union(query.range))
    }
    let query = try query()
    return Statement(kind: .query(query), range: query.range)
  }

  // query = source { clause } ;
  mutating func query() throws(QueryError) -> Query {
    let source = try source()
    var clauses: [Clause] = []
    var range = source.range
    while !check(.endOfInput), !check(.semicolon), !check(.rightParen) {
      let clause = try clause()
      clauses.append(clause)
      range = range.union(clause.range)
    }
    return Query(source: source, clauses: clauses, range: range)
  }

  // source = identifier [ "including" "boilerplate" ] | concordance | collocates | frequencies ;
  mutating func source() throws(QueryError) -> Source {
    if check(.keyword(.concordance)) { return try concordance() }
    if check(.keyword(.collocates)) { return try collocates() }
    if check(.keyword(.frequencies)) { return try frequencies() }
    let name = try identifier(
      expected: "a collection name (\(Catalog.collections.map(\.name).joined(separator: ", ")))")
    guard matchKeyword(.including) else { return Source(kind: .named(name), range: name.range) }
    // "including" "boilerplate": the page furniture paragraphs and sentences otherwise hide.
    guard peek.kind == .identifier, peek.lexeme.lowercased() == "boilerplate" else {
      throw error(expected: "'boilerplate' after 'including'")
    }
    let range = name.range.union(advance().range)
    return Source(kind: .named(name), range: range, includesBoilerplate: true)
  }

  // clause = "where" condition | "show" … | "group" "by" … | "order" "by" … | "top" … | "limit" …
  //        | "offset" number | "sample" … | "distinct" | "count" | "chart" | "context" [ identifier ] ;
  mutating func clause() throws(QueryError) -> Clause {
    if let sort = try sortClause() { return sort }
    let keywordToken = peek
    guard case .keyword(let keyword) = keywordToken.kind, Self.clauseKeywords.contains(keyword) else {
      throw clauseError()
    }
    advance()
    let start = keywordToken.range
    switch keyword {
    case .where:
      let condition = try condition()
      return Clause(kind: .filter(condition), range: start.union(condition.range))
    case .show:
      let distinct = matchKeyword(.distinct)
      var columns = [try projection()]
      while match(.comma) { columns.append(try projection()) }
      return Clause(kind: .show(distinct: distinct, columns: columns), range: start.union(previousRange))
    case .group:
      try expectKeyword(.by)
      var keys = [try projection()]
      while match(.comma) { keys.append(try projection()) }
      return Clause(kind: .group(keys: keys), range: start.union(previousRange))
    case .order:
      try expectKeyword(.by)
      var keys = [try orderKey(descendingByDefault: false)]
      while match(.comma) { keys.append(try orderKey(descendingByDefault: false)) }
      return Clause(kind: .order(keys: keys), range: start.union(previousRange))
    case .top:
      let count = try number(after: "'top'")
      let key = matchKeyword(.by) ? try orderKey(descendingByDefault: true) : nil
      var partition: [Expression] = []
      if matchKeyword(.per) {
        partition = [try condition()]
        while match(.comma) { partition.append(try condition()) }
      }
      return Clause(kind: .top(count: count, key: key, partition: partition), range: start.union(previousRange))
    case .sample:
      let count = try number(after: "'sample'")
      let seed = matchKeyword(.seed) ? try number(after: "'seed'") : nil
      return Clause(kind: .sample(count: count, seed: seed), range: start.union(previousRange))
    case .chart:
      return Clause(kind: .chart, range: start)
    case .limit:
      let count = try number(after: "'limit'")
      let offset = matchKeyword(.offset) ? try number(after: "'offset'") : nil
      return Clause(kind: .limit(count: count, offset: offset), range: start.union(previousRange))
    case .offset:
      return Clause(kind: .offset(try number(after: "'offset'")), range: start.union(previousRange))
    case .distinct:
      return Clause(kind: .distinct, range: start)
    case .count:
      return Clause(kind: .count, range: start)
    default:  // .context
      let scope = peek.kind == .identifier ? try identifier(expected: "sentence or paragraph") : nil
      return Clause(kind: .context(scope: scope), range: start.union(previousRange))
    }
  }

  /// The keywords that start a clause, in the order help lists them.
  static let clauseKeywords = Keyword.taking(.clause)

  private func clauseError() -> QueryError {
    let names = Self.clauseKeywords.map(\.rawValue)
    let written = Self.clauseKeywords.map { [.group, .order].contains($0) ? $0.rawValue + " by" : $0.rawValue }
    let expected = "a clause (\(written.joined(separator: ", "))) or the end of the query"
    if peek.kind == .identifier {
      let hint = Suggestion.phrase(for: peek.lexeme, among: names + Keyword.allCases.map(\.rawValue))
      return QueryError("expected \(expected), found '\(peek.lexeme)'\(hint)", at: peek.range)
    }
    return error(expected: expected)
  }

  // column = expression [ "as" identifier ] ;
  mutating func projection() throws(QueryError) -> Projection {
    let expression = try condition()
    let alias = matchKeyword(.as) ? try identifier(expected: "a column name after 'as'") : nil
    return Projection(expression: expression, alias: alias)
  }

  // sort = "sort" "by" key { "," key } ;   (CQP's word for `order by`; "sort" is not reserved)
  /// `sort by …` as CQP users write it, read as `order by …`; nil when the clause is not one.
  mutating func sortClause() throws(QueryError) -> Clause? {
    guard peek.kind == .identifier, peek.lexeme.lowercased() == "sort",
      tokens[min(current + 1, tokens.count - 1)].kind == .keyword(.by)
    else { return nil }
    let start = advance().range
    advance()
    var keys = [try orderKey(descendingByDefault: false)]
    while match(.comma) { keys.append(try orderKey(descendingByDefault: false)) }
    return Clause(kind: .order(keys: keys), range: start.union(previousRange))
  }

  // key = ( ( "left" | "right" ) number | expression ) [ "asc" | "desc" ] ;
  mutating func orderKey(descendingByDefault: Bool) throws(QueryError) -> OrderKey {
    var expression = try condition()
    // `left 1`, CQP's "first word to the left", is the call `left(1)`.
    if case .path(let path) = expression.kind, path.components.count == 1,
      ["left", "right"].contains(path.components[0].name.lowercased()), case .number = peek.kind
    {
      let position = try number(after: "'\(path.components[0].name)'")
      let argument = Expression(kind: .literal(position), range: position.range)
      expression = Expression(
        kind: .call(path.components[0], arguments: [argument], distinct: false), range: path.range.union(position.range))
    }
    if matchKeyword(.desc) { return OrderKey(expression: expression, isDescending: true) }
    if matchKeyword(.asc) { return OrderKey(expression: expression, isDescending: false) }
    return OrderKey(expression: expression, isDescending: descendingByDefault)
  }

  // MARK: - helpers

  var peek: Token { tokens[min(current, tokens.count - 1)] }

  var previousRange: SourceRange { tokens[max(0, min(current, tokens.count) - 1)].range }

  @discardableResult
  mutating func advance() -> Token {
    let token = peek
    if current < tokens.count - 1 { current += 1 }
    return token
  }

  func check(_ kind: TokenKind) -> Bool { peek.kind == kind }

  mutating func match(_ kind: TokenKind) -> Bool {
    guard check(kind) else { return false }
    advance()
    return true
  }

  mutating func matchKeyword(_ keyword: Keyword) -> Bool { match(.keyword(keyword)) }

  mutating func expectKeyword(_ keyword: Keyword) throws(QueryError) {
    guard matchKeyword(keyword) else {
      if peek.kind == .identifier, Suggestion.closest(to: peek.lexeme, among: [keyword.rawValue]) != nil {
        throw QueryError(
          "expected '\(keyword.rawValue)', found '\(peek.lexeme)' — did you mean '\(keyword.rawValue)'?", at: peek.range
        )
      }
      throw error(expected: "'\(keyword.rawValue)'")
    }
  }

  @discardableResult
  mutating func expect(_ kind: TokenKind, _ description: String) throws(QueryError) -> Token {
    guard check(kind) else { throw error(expected: description) }
    return advance()
  }

  mutating func identifier(expected: String) throws(QueryError) -> Identifier {
    guard peek.kind == .identifier else { throw error(expected: expected) }
    let token = advance()
    return Identifier(name: token.lexeme, range: token.range)
  }

  mutating func number(after what: String) throws(QueryError) -> Literal {
    if case .parameter = peek.kind {
      let value = try parameter()
      guard case .number = value.value else {
        throw QueryError("expected a number after \(what), found \(value.description)", at: value.range)
      }
      return value
    }
    guard case .number(let value) = peek.kind else { throw error(expected: "a number after \(what)") }
    return Literal(value: .number(value), range: advance().range)
  }

  // parameter = "$" identifier ;
  /// The value `.param set` gave the `$name` at the current token, where the token is.
  mutating func parameter() throws(QueryError) -> Literal {
    let token = advance()
    guard case .parameter(let name) = token.kind else { throw error(expected: "a parameter such as $name") }
    guard let value = parameters[name] else {
      let known = parameters.keys.sorted()
      let hint = Suggestion.closest(to: name, among: known).map { " — did you mean '$\($0)'?" } ?? ""
      throw QueryError(
        "no parameter '$\(name)'; set it with .param set \(name) VALUE\(hint)", at: token.range,
        notes: known.isEmpty ? [] : ["parameters: " + known.map { "$" + $0 }.joined(separator: ", ")])
    }
    return Literal(value: value, range: token.range)
  }

  /// Counts one level of nesting; past `maximumDepth` the input is rejected where it goes too deep.
  mutating func enterNesting(at range: SourceRange) throws(QueryError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw QueryError("nesting deeper than \(Self.maximumDepth) levels", at: range)
    }
  }

  /// "expected X, found Y" at the current token; a lexical problem is reported as itself.
  func error(expected: String) -> QueryError {
    if case .invalid(let problem) = peek.kind { return QueryError(problem, at: peek.range) }
    return QueryError("expected \(expected), found \(describe(peek))", at: peek.range)
  }

  func describe(_ token: Token) -> String {
    switch token.kind {
    case .endOfInput: return "the end of the input"
    case .string: return "the string \(token.lexeme)"
    case .number: return "the number \(token.lexeme)"
    case .regex: return "the regular expression \(token.lexeme)"
    case .keyword: return "the keyword '\(token.lexeme)'"
    case .parameter: return "the parameter \(token.lexeme)"
    default: return "'\(token.lexeme)'"
    }
  }
}
