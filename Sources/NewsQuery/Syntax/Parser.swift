/// A recursive-descent parser for NewsQL, one method per rule of `grammar/newsq.ebnf`.
///
/// It stops at the first error and throws it with the offending token's range, so messages never cascade.
public struct Parser {
  private let tokens: [Token]
  private var current = 0

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses one statement that must use all of `source`.
  public static func parseStatement(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1)
  ) throws(QueryError) -> Statement {
    var parser = Parser(tokens: Lexer.tokenize(source, start: start))
    let statement = try parser.statement()
    if parser.check(.semicolon) { parser.advance() }
    try parser.expectEnd(after: "a complete statement")
    return statement
  }

  // statement = query ;
  mutating func statement() throws(QueryError) -> Statement {
    let query = try query()
    return Statement(query: query, range: query.range)
  }

  // query = identifier [ "where" condition ] ;
  mutating func query() throws(QueryError) -> Query {
    let collection = try identifier(expected: "a collection name (quotes, documents)")
    var filter: Expression?
    if matchKeyword(.where) {
      filter = try condition()
    } else if case .identifier = peek.kind {
      throw error(expected: "'where' or the end of the query")
    }
    let range = filter.map { collection.range.union($0.range) } ?? collection.range
    return Query(collection: collection, filter: filter, range: range)
  }

  // condition = conjunction { "or" conjunction } ;
  mutating func condition() throws(QueryError) -> Expression {
    var left = try conjunction()
    while matchKeyword(.or) {
      let right = try conjunction()
      left = Expression(kind: .or(left, right), range: left.range.union(right.range))
    }
    return left
  }

  // conjunction = negation { "and" negation } ;
  mutating func conjunction() throws(QueryError) -> Expression {
    var left = try negation()
    while matchKeyword(.and) {
      let right = try negation()
      left = Expression(kind: .and(left, right), range: left.range.union(right.range))
    }
    return left
  }

  // negation = "not" negation | primary ;
  mutating func negation() throws(QueryError) -> Expression {
    let start = peek.range
    if matchKeyword(.not) {
      let operand = try negation()
      return Expression(kind: .not(operand), range: start.union(operand.range))
    }
    return try primary()
  }

  // primary = "(" condition ")" | comparison ;
  mutating func primary() throws(QueryError) -> Expression {
    if check(.leftParen) {
      let open = advance()
      let inner = try condition()
      let close = try expect(.rightParen, "')'")
      return Expression(kind: inner.kind, range: open.range.union(close.range))
    }
    return try comparison()
  }

  // comparison = path ( comparisonOperator literal | "contains" string ) ;
  mutating func comparison() throws(QueryError) -> Expression {
    let path = try fieldPath()
    if matchKeyword(.contains) {
      let value = try literal()
      guard case .string = value.value else {
        throw QueryError("expected a string after 'contains', found \(describe(tokens[current - 1]))", at: value.range)
      }
      return Expression(kind: .contains(path, value), range: path.range.union(value.range))
    }
    guard let op = comparisonOperator(peek.kind) else {
      throw error(expected: "an operator (=, !=, <, <=, >, >=, contains)")
    }
    advance()
    let value = try literal()
    return Expression(kind: .comparison(path, op, value), range: path.range.union(value.range))
  }

  // path = identifier { "." identifier } ;
  mutating func fieldPath() throws(QueryError) -> FieldPath {
    var components = [try identifier(expected: "a field name")]
    while check(.dot) {
      advance()
      components.append(try identifier(expected: "a field name after '.'"))
    }
    return FieldPath(components: components)
  }

  // literal = string | number ;
  mutating func literal() throws(QueryError) -> Literal {
    switch peek.kind {
    case .string(let value):
      return Literal(value: .string(value), range: advance().range)
    case .number(let value):
      return Literal(value: .number(value), range: advance().range)
    default:
      throw error(expected: "a string or a number")
    }
  }

  // MARK: - helpers

  private var peek: Token { tokens[min(current, tokens.count - 1)] }

  @discardableResult
  private mutating func advance() -> Token {
    let token = peek
    if current < tokens.count - 1 { current += 1 }
    return token
  }

  private func check(_ kind: TokenKind) -> Bool { peek.kind == kind }

  private mutating func matchKeyword(_ keyword: Keyword) -> Bool {
    guard peek.kind == .keyword(keyword) else { return false }
    advance()
    return true
  }

  private mutating func expect(_ kind: TokenKind, _ description: String) throws(QueryError) -> Token {
    guard check(kind) else { throw error(expected: description) }
    return advance()
  }

  private mutating func identifier(expected: String) throws(QueryError) -> Identifier {
    guard peek.kind == .identifier else { throw error(expected: expected) }
    let token = advance()
    return Identifier(name: token.lexeme, range: token.range)
  }

  private func expectEnd(after what: String) throws(QueryError) {
    guard check(.endOfInput) else { throw error(expected: "the end of the statement") }
  }

  private func comparisonOperator(_ kind: TokenKind) -> ComparisonOperator? {
    switch kind {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    default: return nil
    }
  }

  /// "expected X, found Y" at the current token; a lexical problem is reported as itself.
  private func error(expected: String) -> QueryError {
    if case .invalid(let problem) = peek.kind { return QueryError(problem, at: peek.range) }
    return QueryError("expected \(expected), found \(describe(peek))", at: peek.range)
  }

  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .endOfInput: return "the end of the input"
    case .string: return "the string \(token.lexeme)"
    case .number: return "the number \(token.lexeme)"
    case .keyword: return "the keyword '\(token.lexeme)'"
    default: return "'\(token.lexeme)'"
    }
  }
}
