import NewsCorpus

/// The predicates of a condition — comparisons, `contains`, `matches`, `in` — and the type rules they check.
///
/// A list of items (a person's `quotes`) is a count where a number is expected and nothing else: it has no text
/// to compare with a string or to look in, so those are type errors that point at a field of its items instead.
extension ExpressionCompiler {
  enum Category: Equatable { case text, number, date, bool, list }

  func category(_ shape: Shape) -> Category {
    switch shape.type {
    case .string, .entity, .reference: return .text
    case .number: return .number
    case .date: return .date
    case .bool: return .bool
    case .list: return .list
    }
  }

  func comparison(
    _ leftExpression: Expression, _ op: ComparisonOperator, _ rightExpression: Expression,
    in scope: Scope
  ) throws(QueryError) -> Compiled {
    var left = try compile(leftExpression, in: scope)
    var right = try compile(rightExpression, in: scope)
    for (side, expression) in [(left, leftExpression), (right, rightExpression)] where side.isNullLiteral {
      throw QueryError("use 'is null' or 'is not null' to test for a missing value", at: expression.range)
    }
    if left.shape.type == .list, right.shape.type == .number || right.shape.countsItems { left = Self.count(of: left) }
    if right.shape.type == .list, left.shape.type == .number { right = Self.count(of: right) }
    right = try coerceDate(right, rightExpression, against: left, leftExpression)
    left = try coerceDate(left, leftExpression, against: right, rightExpression)
    guard !left.shape.countsItems, !right.shape.countsItems,
      category(left.shape.scalar) == category(right.shape.scalar)
    else {
      throw typeMismatch(leftExpression, left, rightExpression, right)
    }
    let lhs = left.evaluate
    let rhs = right.evaluate
    let isCancelled = left.shape.type == .list || right.shape.type == .list ? self.isCancelled : nil
    return Compiled(.bool) { context, row in
      .bool(ValueComparison.holds(op, lhs(context, row), rhs(context, row), context, isCancelled: isCancelled))
    }
  }

  /// A string literal compared with a date becomes a date, or the comparison is a type error.
  func coerceDate(
    _ value: Compiled, _ expression: Expression, against other: Compiled,
    _ otherExpression: Expression
  ) throws(QueryError) -> Compiled {
    guard category(other.shape.scalar) == .date, case .string(let text)? = value.literal?.value else { return value }
    let date: NewsDate
    switch DateReader.read(text) {
    case .date(let read): date = read
    case .ambiguous(let dayFirst, let monthFirst):
      throw QueryError(
        "the date \"\(text)\" could be read with day and month either way round; write \"\(dayFirst)\" or "
          + "\"\(monthFirst)\"", at: expression.range)
    case .unreadable:
      throw QueryError(
        "\(quoted(otherExpression)) is a date and cannot be compared with the string \"\(text)\" (dates are written "
          + "\"2022-01-12\", \"2022-01\" or \"2022\")", at: expression.range)
    }
    return Compiled(.date, literal: value.literal) { _, _ in .date(date) }
  }

  /// Names both types; the caret goes under the side that does not fit the other — the right one, unless only
  /// the right one is a count of items, which is then named first.
  func typeMismatch(
    _ leftExpression: Expression, _ left: Compiled, _ rightExpression: Expression,
    _ right: Compiled
  ) -> QueryError {
    let (subject, subjectExpression, other, otherExpression) =
      right.shape.countsItems && !left.shape.countsItems
      ? (right, rightExpression, left, leftExpression) : (left, leftExpression, right, rightExpression)
    let otherName = other.literal.map(\.description) ?? "\(quoted(otherExpression)), \(other.shape.withArticle)"
    return QueryError(
      "\(described(subjectExpression, subject)) cannot be compared with \(otherName)"
        + itemFieldHint(subjectExpression, subject), at: otherExpression.range)
  }

  /// `'quotes' (a count of quotes)` or `'text' is a string and`: the start of a message about a value's type.
  private func described(_ expression: Expression, _ value: Compiled) -> String {
    value.shape.countsItems
      ? "\(quoted(expression)) (\(value.shape.withArticle))" : "\(quoted(expression)) is \(value.shape.withArticle) and"
  }

  /// For a count of items: which field of the items to name instead (`quotes.text`), else nothing.
  private func itemFieldHint(_ expression: Expression, _ value: Compiled) -> String {
    guard value.shape.countsItems, let target = value.shape.target.flatMap(context.catalog.collection(named:)) else {
      return ""
    }
    let texts = target.fields.filter { $0.type == .string }
    guard let field = texts.first(where: { $0.name == "text" }) ?? texts.first else { return "" }
    return " — to look at the items, name one of their fields, e.g. '\(name(of: expression)).\(field.name)'"
  }

  static func count(of list: Compiled) -> Compiled {
    let evaluate = list.evaluate
    return Compiled(.number) { context, row in
      if case .list(let elements) = evaluate(context, row) { return .number(Double(elements.count)) }
      return .null
    }
  }

  /// The left side of `contains` or `matches`, which must be text (a string, an entity's names, a list of them).
  func text(_ expression: Expression, before keyword: String, in scope: Scope) throws(QueryError) -> Compiled {
    let value = try compile(expression, in: scope)
    if value.shape.countsItems {
      throw QueryError(
        "\(described(expression, value)) has no text of its own; '\(keyword)' looks in text"
          + itemFieldHint(expression, value), at: expression.range)
    }
    guard category(value.shape.scalar) == .text else {
      let purpose = keyword == "contains" ? "looks for words in text" : "looks in text"
      throw QueryError(
        "\(quoted(expression)) is \(value.shape.withArticle); '\(keyword)' \(purpose)", at: expression.range)
    }
    return value
  }

  func contains(_ leftExpression: Expression, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    let left = try text(leftExpression, before: "contains", in: scope)
    let phrase = try Self.phrase(rightExpression, after: "contains")
    let evaluate = left.evaluate
    guard let isCancelled, left.shape.type == .list else {
      return Compiled(.bool) { context, row in
        .bool(ValueComparison.texts(evaluate(context, row), context).contains { TextFolding.contains(phrase, in: $0) })
      }
    }
    // A path such as `entity.documents.text` gives one row thousands of whole documents to look in: it asks for
    // Ctrl-C between them, and once cancelled gives up (false); the plan step then throws.
    return Compiled(.bool) { context, row in
      for text in ValueComparison.texts(evaluate(context, row), context) {
        if isCancelled() { return .bool(false) }
        if TextFolding.contains(phrase, in: text) { return .bool(true) }
      }
      return .bool(false)
    }
  }

  /// The folded words of a quoted phrase, or an error saying what `keyword` needs.
  static func phrase(_ expression: Expression, after keyword: String) throws(QueryError) -> [String] {
    guard case .literal(let literal) = expression.kind, case .string(let text) = literal.value else {
      throw QueryError("'\(keyword)' takes a word or phrase in quotes, such as \"guarantees\"", at: expression.range)
    }
    let words = TextFolding.foldedWords(text)
    guard !words.isEmpty else {
      throw QueryError("the string \"\(text)\" has no words to look for", at: expression.range)
    }
    return words
  }

  func matches(_ leftExpression: Expression, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    guard case .regex(let pattern, let flags) = rightExpression.kind else {
      throw QueryError("'matches' takes a regular expression such as /ukrain/i", at: rightExpression.range)
    }
    let left = try text(leftExpression, before: "matches", in: scope)
    let regex = try RegexBox(pattern: pattern, flags: flags, range: rightExpression.range)
    let evaluate = left.evaluate
    let isCancelled = self.isCancelled
    return Compiled(.bool) { context, row in
      .bool(
        ValueComparison.texts(evaluate(context, row), context).contains { regex.matches($0, isCancelled: isCancelled) })
    }
  }

  /// `x in [a, b]`: each element is checked as `x = element` would be, so a count of items takes numbers only.
  func membership(
    _ leftExpression: Expression, _ listExpression: Expression, negated: Bool,
    in scope: Scope
  ) throws(QueryError) -> Compiled {
    var left = try compile(leftExpression, in: scope)
    guard case .list(let elements) = listExpression.kind else {
      throw QueryError("'in' takes a list such as [\"a\", \"b\"]", at: listExpression.range)
    }
    let isNumber: (Expression) -> Bool = {
      if case .literal(let literal) = $0.kind, case .number = literal.value { return true } else { return false }
    }
    if left.shape.type == .list, !elements.isEmpty, elements.allSatisfy(isNumber) { left = Self.count(of: left) }
    var values: [Value] = []
    for (index, element) in elements.enumerated() {
      try checkCancelled(term: index, of: element.range)
      guard case .literal(let literal) = element.kind, literal.value != .null else {
        throw QueryError("a list after 'in' holds strings, numbers or booleans", at: element.range)
      }
      let constant = try coerceDate(Self.constant(literal), element, against: left, leftExpression)
      guard !left.shape.countsItems, category(left.shape.scalar) == category(constant.shape) else {
        throw typeMismatch(leftExpression, left, element, constant)
      }
      values.append(constant.evaluate(context, Row(item: -1)))
    }
    let evaluate = left.evaluate
    let candidates = ValueSet(values)
    return Compiled(.bool) { context, row in
      let value = evaluate(context, row)
      if value.isNull { return .bool(false) }
      return .bool(candidates.contains(value, context) != negated)
    }
  }
}
