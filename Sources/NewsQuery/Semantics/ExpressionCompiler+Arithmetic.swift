import NewsCorpus

/// Arithmetic (`count * 100.0 / total`, `today - 30`), `case when … end` and `between`: what a value is made of
/// beyond a field, and the types they take.
extension ExpressionCompiler {
  /// `+ - * /` on numbers; a date plus or minus a number of days is a date, a date minus a date the days between
  /// them. A list counts as its length. Null on either side, or a division by zero, gives null.
  func arithmetic(_ leftExpression: Expression, _ op: ArithmeticOperator, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    if op == .concatenate { return try concatenation(leftExpression, rightExpression, in: scope) }
    var left = try numeric(try compile(leftExpression, in: scope))
    var right = try numeric(try compile(rightExpression, in: scope))
    right = try coerceDate(right, rightExpression, against: left, leftExpression)
    left = try coerceDate(left, leftExpression, against: right, rightExpression)
    // A date written as a string, plus or minus days: `"2023-06-20" - 10`.
    if op == .add || op == .subtract {
      left = Self.readAsDate(left, beside: right)
      right = Self.readAsDate(right, beside: left)
    }
    let lhs = left.evaluate
    let rhs = right.evaluate
    switch (category(left.shape), category(right.shape), op) {
    case (.number, .number, _):
      return Compiled(.number) { context, row in
        guard case .number(let a) = lhs(context, row), case .number(let b) = rhs(context, row) else { return .null }
        switch op {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide: return b == 0 ? .null : .number(a / b)
        case .concatenate: return .null
        }
      }
    case (.date, .number, .add), (.date, .number, .subtract), (.number, .date, .add):
      let dateFirst = category(left.shape) == .date
      return Compiled(.date) { context, row in
        let (first, second) = (lhs(context, row), rhs(context, row))
        guard case .date(let date) = dateFirst ? first : second, case .number(let days) = dateFirst ? second : first,
          days.isFinite, abs(days) < 3_000_000
        else { return .null }
        return .date(date.adding(days: Int(days.rounded()) * (op == .subtract ? -1 : 1)))
      }
    case (.date, .date, .subtract):
      return Compiled(.number) { context, row in
        guard case .date(let a) = lhs(context, row), case .date(let b) = rhs(context, row) else { return .null }
        return .number(Double(a.dayNumber - b.dayNumber))
      }
    default:
      let (culprit, expression) =
        [.number, .date].contains(category(left.shape)) ? (right, rightExpression) : (left, leftExpression)
      throw QueryError(
        "'\(op.rawValue)' takes numbers, or a date and a number of days; \(quoted(expression)) is "
          + (culprit.literal?.description ?? culprit.shape.withArticle), at: expression.range)
    }
  }

  /// `a || b`: the text of each side as a table shows it, one after the other; null when either is null, as in
  /// SQL. A list joins its elements with "; ".
  private func concatenation(_ leftExpression: Expression, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    let lhs = try compile(leftExpression, in: scope).evaluate
    let rhs = try compile(rightExpression, in: scope).evaluate
    return Compiled(.string) { context, row in
      let (a, b) = (lhs(context, row), rhs(context, row))
      if a.isNull || b.isNull { return .null }
      return .string(a.displayText + b.displayText)
    }
  }

  /// A string literal that reads as a date, when the other side is a number of days.
  private static func readAsDate(_ value: Compiled, beside other: Compiled) -> Compiled {
    guard other.shape.type == .number, case .string(let text)? = value.literal?.value, let date = DateReader.date(text)
    else { return value }
    return Compiled(.date, literal: value.literal) { _, _ in .date(date) }
  }

  /// A list where a number is expected is its length.
  private func numeric(_ value: Compiled) throws(QueryError) -> Compiled {
    value.shape.type == .list ? Self.count(of: value) : value
  }

  /// `- x`: a number's opposite.
  func negation(_ operand: Expression, in scope: Scope) throws(QueryError) -> Compiled {
    let value = try numeric(try compile(operand, in: scope))
    guard category(value.shape) == .number else {
      throw QueryError("'-' before a value takes a number, not \(value.shape.withArticle)", at: operand.range)
    }
    let evaluate = value.evaluate
    return Compiled(.number) { context, row in
      if case .number(let number) = evaluate(context, row) { return .number(-number) }
      return .null
    }
  }

  /// `case when C then A … [else B] end`: the value of the first branch whose condition holds, else `else`'s or
  /// null. Every branch gives the same type (or null).
  func caseWhen(_ branches: [WhenClause], otherwise: Expression?, in scope: Scope) throws(QueryError) -> Compiled {
    var conditions: [Compiled] = []
    var values: [Compiled] = []
    var shape: Shape?
    for (expression, isCondition) in branches.flatMap({ [($0.condition, true), ($0.value, false)] })
      + (otherwise.map { [($0, false)] } ?? [])
    {
      if isCondition {
        conditions.append(try condition(expression, in: scope))
        continue
      }
      let value = try compile(expression, in: scope)
      values.append(value)
      if value.isNullLiteral { continue }
      guard let first = shape else {
        shape = value.shape
        continue
      }
      guard category(first) == category(value.shape) else {
        throw QueryError(
          "the values of case must be of one type: \(quoted(expression)) is \(value.shape.withArticle), "
            + "the first \(first.withArticle)", at: expression.range)
      }
    }
    let tests = conditions.map(\.evaluate)
    let results = values.map(\.evaluate)
    let hasElse = otherwise != nil
    return Compiled(shape ?? .null) { context, row in
      for (index, test) in tests.enumerated() where test(context, row) == .bool(true) {
        return results[index](context, row)
      }
      return hasElse ? results[results.count - 1](context, row) : .null
    }
  }

  /// `x between low and high` is `x >= low and x <= high`, and `not between` is `x < low or x > high`, checked
  /// and compared as those are (so a null x is in neither).
  func between(
    _ value: Expression, low: Expression, high: Expression, negated: Bool, range: SourceRange, in scope: Scope
  ) throws(QueryError) -> Compiled {
    let lowSide = Expression(
      kind: .comparison(value, negated ? .less : .greaterEqual, low), range: value.range.union(low.range))
    let highSide = Expression(
      kind: .comparison(value, negated ? .greater : .lessEqual, high), range: value.range.union(high.range))
    return try condition(Expression(kind: negated ? .or([lowSide, highSide]) : .and([lowSide, highSide]), range: range), in: scope)
  }
}
