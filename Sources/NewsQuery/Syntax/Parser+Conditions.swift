/// The expression rules of the grammar, from `condition` down to `literal`, in precedence order.
extension Parser {
  // condition = conjunction { "or" conjunction } ;
  mutating func condition() throws(QueryError) -> Expression {
    let first = try conjunction()
    var operands = [first]
    while matchKeyword(.or) { operands.append(try conjunction()) }
    guard operands.count > 1 else { return first }
    return Expression(kind: .or(operands), range: first.range.union(operands[operands.count - 1].range))
  }

  // conjunction = negation { "and" negation } ;
  mutating func conjunction() throws(QueryError) -> Expression {
    let first = try negation()
    var operands = [first]
    while matchKeyword(.and) { operands.append(try negation()) }
    guard operands.count > 1 else { return first }
    return Expression(kind: .and(operands), range: first.range.union(operands[operands.count - 1].range))
  }

  // negation = "not" negation | predicate ;
  mutating func negation() throws(QueryError) -> Expression {
    let start = peek.range
    guard matchKeyword(.not) else { return try predicate() }
    try enterNesting(at: start)
    let operand = try negation()
    depth -= 1
    return Expression(kind: .not(operand), range: start.union(operand.range))
  }

  // predicate = operand [ operator operand | "contains" operand | "matches" regex
  //                     | [ "not" ] "in" list | "is" [ "not" ] "null" ] ;
  mutating func predicate() throws(QueryError) -> Expression {
    let left = try operand()
    if let op = comparisonOperator(peek.kind) {
      advance()
      let right = try operand()
      return Expression(kind: .comparison(left, op, right), range: left.range.union(right.range))
    }
    if matchKeyword(.contains) {
      let right = try operand()
      return Expression(kind: .contains(left, right), range: left.range.union(right.range))
    }
    if matchKeyword(.matches) {
      guard case .regex(let pattern, let flags) = peek.kind else {
        throw error(expected: "a regular expression such as /ukrain/i after 'matches'")
      }
      let token = advance()
      let right = Expression(kind: .regex(pattern: pattern, flags: flags), range: token.range)
      return Expression(kind: .matches(left, right), range: left.range.union(token.range))
    }
    if check(.keyword(.not)), tokens[min(current + 1, tokens.count - 1)].kind == .keyword(.in) {
      advance()
      advance()
      let list = try list()
      return Expression(kind: .membership(left, list: list, negated: true), range: left.range.union(list.range))
    }
    if matchKeyword(.in) {
      let list = try list()
      return Expression(kind: .membership(left, list: list, negated: false), range: left.range.union(list.range))
    }
    if matchKeyword(.is) {
      let negated = matchKeyword(.not)
      guard matchKeyword(.null) else { throw error(expected: negated ? "'null'" : "'null' or 'not null'") }
      return Expression(kind: .nullTest(left, negated: negated), range: left.range.union(previousRange))
    }
    return left
  }

  // operand = path | literal | list | call | "(" condition ")" ;
  mutating func operand() throws(QueryError) -> Expression {
    switch peek.kind {
    case .leftParen:
      let open = advance()
      try enterNesting(at: open.range)
      let inner = try condition()
      depth -= 1
      let close = try expect(.rightParen, "')'")
      return Expression(kind: inner.kind, range: open.range.union(close.range))
    case .leftBracket:
      return try list()
    case .keyword(.count):
      return try call(name: Identifier(name: "count", range: advance().range), optionalParentheses: true)
    case .identifier:
      if tokens[min(current + 1, tokens.count - 1)].kind == .leftParen {
        let name = try identifier(expected: "a function name")
        return try call(name: name, optionalParentheses: false)
      }
      let path = try path()
      return Expression(kind: .path(path), range: path.range)
    case .regex(let pattern, let flags):
      return Expression(kind: .regex(pattern: pattern, flags: flags), range: advance().range)
    default:
      let value = try literal()
      return Expression(kind: .literal(value), range: value.range)
    }
  }

  // call = ( identifier | "count" ) "(" [ "distinct" ] [ condition { "," condition } ] ")" | "count" ;
  mutating func call(name: Identifier, optionalParentheses: Bool) throws(QueryError) -> Expression {
    guard check(.leftParen) else {
      return Expression(kind: .call(name, arguments: [], distinct: false), range: name.range)
    }
    let open = advance()
    try enterNesting(at: open.range)
    defer { depth -= 1 }
    let distinct = matchKeyword(.distinct)
    var arguments: [Expression] = []
    if !check(.rightParen) {
      arguments.append(try condition())
      while match(.comma) { arguments.append(try condition()) }
    }
    let close = try expect(.rightParen, arguments.isEmpty ? "an argument or ')'" : "',' or ')'")
    return Expression(kind: .call(name, arguments: arguments, distinct: distinct), range: name.range.union(close.range))
  }

  // path = identifier { "." identifier } ;
  mutating func path() throws(QueryError) -> FieldPath {
    var components = [try identifier(expected: "a field name")]
    while match(.dot) {
      components.append(try identifier(expected: "a field name after '.'"))
    }
    return FieldPath(components: components)
  }

  // list = "[" [ operand { "," operand } ] "]" ;
  mutating func list() throws(QueryError) -> Expression {
    let open = try expect(.leftBracket, "a list such as [\"a\", \"b\"]")
    try enterNesting(at: open.range)
    defer { depth -= 1 }
    var elements: [Expression] = []
    if !check(.rightBracket) {
      elements.append(try operand())
      while match(.comma) { elements.append(try operand()) }
    }
    let close = try expect(.rightBracket, elements.isEmpty ? "a value or ']'" : "',' or ']'")
    return Expression(kind: .list(elements), range: open.range.union(close.range))
  }

  // literal = string | number | "true" | "false" | "null" ;
  mutating func literal() throws(QueryError) -> Literal {
    let value: Literal.Value
    switch peek.kind {
    case .string(let text): value = .string(text)
    case .number(let number): value = .number(number)
    case .keyword(.true): value = .bool(true)
    case .keyword(.false): value = .bool(false)
    case .keyword(.null): value = .null
    default: throw error(expected: "a value (a field, a string, a number, a list)")
    }
    return Literal(value: value, range: advance().range)
  }

  // operator = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" ;  ("<>" is lexed as "!=")
  func comparisonOperator(_ kind: TokenKind) -> ComparisonOperator? {
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
}
