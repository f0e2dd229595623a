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

  // predicate = "exists" subquery
  //           | sum [ operator sum | "contains" sum | "matches" regex | [ "not" ] "in" collection
  //                 | [ "not" ] "between" sum "and" sum | "is" [ "not" ] "null" ] ;
  mutating func predicate() throws(QueryError) -> Expression {
    if check(.keyword(.exists)) {
      let start = advance().range
      let query = try subquery()
      return Expression(kind: .exists(query), range: start.union(query.range))
    }
    let left = try sum()
    if let op = comparisonOperator(peek.kind) {
      advance()
      let right = try sum()
      return Expression(kind: .comparison(left, op, right), range: left.range.union(right.range))
    }
    if matchKeyword(.contains) {
      let right = try sum()
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
    let negated = check(.keyword(.not)) && [.keyword(.in), .keyword(.between)].contains(nextKind)
    if negated { advance() }
    if matchKeyword(.in) {
      let list = try collection()
      return Expression(kind: .membership(left, list: list, negated: negated), range: left.range.union(list.range))
    }
    if matchKeyword(.between) {
      let low = try sum()
      try expectKeyword(.and)
      let high = try sum()
      return Expression(
        kind: .between(left, low: low, high: high, negated: negated), range: left.range.union(high.range))
    }
    if matchKeyword(.is) {
      let negated = matchKeyword(.not)
      guard matchKeyword(.null) else { throw error(expected: negated ? "'null'" : "'null' or 'not null'") }
      return Expression(kind: .nullTest(left, negated: negated), range: left.range.union(previousRange))
    }
    return left
  }

  // collection = list | subquery | identifier ;
  /// What `in` looks in: a list, a query's rows, or a named result's.
  mutating func collection() throws(QueryError) -> Expression {
    if check(.leftParen) {
      let query = try subquery()
      return Expression(kind: .subquery(query), range: query.range)
    }
    if peek.kind == .identifier {
      let name = try identifier(expected: "a named result")
      let query = Query(source: Source(kind: .named(name), range: name.range), clauses: [], range: name.range)
      return Expression(kind: .subquery(query), range: name.range)
    }
    return try list()
  }

  // sum = product { ( "+" | "-" | "||" ) product } ;
  mutating func sum() throws(QueryError) -> Expression {
    var left = try product()
    while let op = arithmeticOperator(peek.kind), [.add, .subtract, .concatenate].contains(op) {
      advance()
      let right = try product()
      left = Expression(kind: .arithmetic(left, op, right), range: left.range.union(right.range))
    }
    return left
  }

  // product = unary { ( "*" | "/" ) unary } ;
  mutating func product() throws(QueryError) -> Expression {
    var left = try unary()
    while let op = arithmeticOperator(peek.kind), op == .multiply || op == .divide {
      advance()
      let right = try unary()
      left = Expression(kind: .arithmetic(left, op, right), range: left.range.union(right.range))
    }
    return left
  }

  // unary = "-" unary | operand ;
  mutating func unary() throws(QueryError) -> Expression {
    guard check(.minus) else { return try operand() }
    let start = advance().range
    try enterNesting(at: start)
    let operand = try unary()
    depth -= 1
    return Expression(kind: .negation(operand), range: start.union(operand.range))
  }

  // operand = "(" condition ")" | list | call | case | path | regex | literal ;
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
    case .keyword(.case):
      return try caseWhen()
    case .identifier:
      if nextKind == .leftParen {
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

  // case = "case" "when" condition "then" condition { "when" condition "then" condition }
  //        [ "else" condition ] "end" ;
  mutating func caseWhen() throws(QueryError) -> Expression {
    let start = advance().range
    try enterNesting(at: start)
    defer { depth -= 1 }
    var branches: [WhenClause] = []
    repeat {
      try expectKeyword(.when)
      let test = try condition()
      try expectKeyword(.then)
      branches.append(WhenClause(condition: test, value: try condition()))
    } while check(.keyword(.when))
    let otherwise = matchKeyword(.else) ? try condition() : nil
    guard matchKeyword(.end) else { throw error(expected: otherwise == nil ? "'when', 'else' or 'end'" : "'end'") }
    return Expression(kind: .caseWhen(branches, otherwise: otherwise), range: start.union(previousRange))
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

  // literal = string | number | "true" | "false" | "null" | parameter ;
  mutating func literal() throws(QueryError) -> Literal {
    let value: Literal.Value
    switch peek.kind {
    case .parameter: return try parameter()
    case .string(let text): value = .string(text)
    case .number(let number): value = .number(number)
    case .keyword(.true): value = .bool(true)
    case .keyword(.false): value = .bool(false)
    case .keyword(.null): value = .null
    default: throw error(expected: "a value (a field, a string, a number, a list)")
    }
    return Literal(value: value, range: advance().range)
  }

  /// The kind of the token after the current one.
  var nextKind: TokenKind { tokens[min(current + 1, tokens.count - 1)].kind }

  func arithmeticOperator(_ kind: TokenKind) -> ArithmeticOperator? {
    switch kind {
    case .plus: return .add
    case .minus: return .subtract
    case .star: return .multiply
    case .slash: return .divide
    case .concatenate: return .concatenate
    default: return nil
    }
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
