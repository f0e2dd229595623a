import Foundation
import NewsCorpus

/// Checks an expression against a scope — names exist, types fit — and turns it into an evaluator.
///
/// Every error points at the part of the expression it is about and names what was found:
/// `'date' is a date and cannot be compared with the string "yesterday"`.
struct ExpressionCompiler: Sendable {
  let context: QueryContext
  let source: SourceText
  /// Polled inside long single evaluations (a regular expression that backtracks), so Ctrl-C reaches them;
  /// nil when nothing can cancel the query, which spares the cost of polling.
  var isCancelled: (@Sendable () -> Bool)? = nil

  func compile(_ expression: Expression, in scope: Scope) throws(QueryError) -> Compiled {
    switch expression.kind {
    case .path(let path):
      return try compilePath(path, in: scope)
    case .literal(let literal):
      return Self.constant(literal)
    case .regex:
      throw QueryError("a regular expression is only used after 'matches'", at: expression.range)
    case .list:
      throw QueryError("a list [...] is only used after 'in'", at: expression.range)
    case .call(let name, let arguments, let distinct):
      return try FunctionTable.compile(
        FunctionCall(
          compiler: self, name: name, arguments: arguments, distinct: distinct, scope: scope,
          range: expression.range))
    case .comparison(let left, let op, let right):
      return try comparison(left, op, right, in: scope)
    case .contains(let left, let right):
      return try contains(left, right, in: scope)
    case .matches(let left, let right):
      return try matches(left, right, in: scope)
    case .membership(let left, let list, let negated):
      return try membership(left, list, negated: negated, in: scope)
    case .nullTest(let operand, let negated):
      let value = try compile(operand, in: scope)
      return Compiled(.bool) { context, row in .bool(value.evaluate(context, row).isNull != negated) }
    case .and(let operands):
      let parts = try conditions(operands, in: scope)
      return Compiled(.bool) { context, row in .bool(parts.allSatisfy { $0.holds(context, row) }) }
    case .or(let operands):
      let parts = try conditions(operands, in: scope)
      return Compiled(.bool) { context, row in .bool(parts.contains { $0.holds(context, row) }) }
    case .not(let operand):
      let inner = try condition(operand, in: scope)
      return Compiled(.bool) { context, row in .bool(!inner.holds(context, row)) }
    }
  }

  /// Compiles an expression that must be true or false (a `where` condition, an operand of `and`).
  func condition(_ expression: Expression, in scope: Scope) throws(QueryError) -> Compiled {
    let compiled = try compile(expression, in: scope)
    guard compiled.shape.type == .bool else {
      let example = compiled.shape.type == .list ? "\(name(of: expression)) > 0" : "\(name(of: expression)) = \"…\""
      throw QueryError(
        "\(quoted(expression)) is \(compiled.shape.withArticle), not a condition — compare it, e.g. \(example)",
        at: expression.range)
    }
    return compiled
  }

  private func conditions(_ operands: [Expression], in scope: Scope) throws(QueryError) -> [Compiled] {
    var parts: [Compiled] = []
    for operand in operands { parts.append(try condition(operand, in: scope)) }
    return parts
  }

  static func constant(_ literal: Literal) -> Compiled {
    let value: Value
    let shape: Shape
    switch literal.value {
    case .string(let text): (value, shape) = (.string(text), .string)
    case .number(let number): (value, shape) = (.number(number), .number)
    case .bool(let flag): (value, shape) = (.bool(flag), .bool)
    case .null: (value, shape) = (.null, .null)
    }
    return Compiled(shape, literal: literal) { _, _ in value }
  }

  // MARK: - comparisons

  private enum Category: Equatable { case text, number, date, bool, list }

  private func category(_ shape: Shape) -> Category {
    switch shape.type {
    case .string, .entity, .reference: return .text
    case .number: return .number
    case .date: return .date
    case .bool: return .bool
    case .list: return .list
    }
  }

  private func comparison(
    _ leftExpression: Expression, _ op: ComparisonOperator, _ rightExpression: Expression,
    in scope: Scope
  ) throws(QueryError) -> Compiled {
    var left = try compile(leftExpression, in: scope)
    var right = try compile(rightExpression, in: scope)
    for (side, expression) in [(left, leftExpression), (right, rightExpression)] where side.isNullLiteral {
      throw QueryError("use 'is null' or 'is not null' to test for a missing value", at: expression.range)
    }
    if left.shape.type == .list, right.shape.type == .number { left = Self.count(of: left) }
    if right.shape.type == .list, left.shape.type == .number { right = Self.count(of: right) }
    right = try coerceDate(right, rightExpression, against: left, leftExpression)
    left = try coerceDate(left, leftExpression, against: right, rightExpression)
    guard category(left.shape.scalar) == category(right.shape.scalar) else {
      throw typeMismatch(leftExpression, left, rightExpression, right)
    }
    let lhs = left.evaluate
    let rhs = right.evaluate
    return Compiled(.bool) { context, row in
      .bool(ValueComparison.holds(op, lhs(context, row), rhs(context, row), context))
    }
  }

  /// A string literal compared with a date becomes a date, or the comparison is a type error.
  private func coerceDate(
    _ value: Compiled, _ expression: Expression, against other: Compiled,
    _ otherExpression: Expression
  ) throws(QueryError) -> Compiled {
    guard category(other.shape.scalar) == .date, case .string(let text)? = value.literal?.value else { return value }
    guard let date = NewsDate(iso: text) else {
      throw QueryError(
        "\(quoted(otherExpression)) is a date and cannot be compared with the string \"\(text)\" (dates are written "
          + "\"2022-01-12\", \"2022-01\" or \"2022\")", at: expression.range)
    }
    return Compiled(.date, literal: value.literal) { _, _ in .date(date) }
  }

  private func typeMismatch(
    _ leftExpression: Expression, _ left: Compiled, _ rightExpression: Expression,
    _ right: Compiled
  ) -> QueryError {
    let rightName = right.literal.map(\.description) ?? "\(quoted(rightExpression)), \(right.shape.withArticle)"
    return QueryError(
      "\(quoted(leftExpression)) is \(left.shape.withArticle) and cannot be compared with \(rightName)",
      at: rightExpression.range)
  }

  static func count(of list: Compiled) -> Compiled {
    let evaluate = list.evaluate
    return Compiled(.number) { context, row in
      if case .list(let elements) = evaluate(context, row) { return .number(Double(elements.count)) }
      return .null
    }
  }

  private func contains(_ leftExpression: Expression, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    let left = try compile(leftExpression, in: scope)
    let phrase = try Self.phrase(rightExpression, after: "contains")
    guard category(left.shape.scalar) == .text else {
      throw QueryError(
        "\(quoted(leftExpression)) is \(left.shape.withArticle); 'contains' looks for words in text",
        at: leftExpression.range)
    }
    let evaluate = left.evaluate
    return Compiled(.bool) { context, row in
      .bool(ValueComparison.texts(evaluate(context, row), context).contains { TextFolding.contains(phrase, in: $0) })
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

  private func matches(_ leftExpression: Expression, _ rightExpression: Expression, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    let left = try compile(leftExpression, in: scope)
    guard case .regex(let pattern, let flags) = rightExpression.kind else {
      throw QueryError("'matches' takes a regular expression such as /ukrain/i", at: rightExpression.range)
    }
    guard category(left.shape.scalar) == .text else {
      throw QueryError(
        "\(quoted(leftExpression)) is \(left.shape.withArticle); 'matches' looks in text", at: leftExpression.range)
    }
    let regex = try RegexBox(pattern: pattern, flags: flags, range: rightExpression.range)
    let evaluate = left.evaluate
    let isCancelled = self.isCancelled
    return Compiled(.bool) { context, row in
      .bool(
        ValueComparison.texts(evaluate(context, row), context).contains { regex.matches($0, isCancelled: isCancelled) })
    }
  }

  private func membership(
    _ leftExpression: Expression, _ listExpression: Expression, negated: Bool,
    in scope: Scope
  ) throws(QueryError) -> Compiled {
    let left = try compile(leftExpression, in: scope)
    guard case .list(let elements) = listExpression.kind else {
      throw QueryError("'in' takes a list such as [\"a\", \"b\"]", at: listExpression.range)
    }
    var values: [Value] = []
    for element in elements {
      guard case .literal(let literal) = element.kind, literal.value != .null else {
        throw QueryError("a list after 'in' holds strings, numbers or booleans", at: element.range)
      }
      let constant = try coerceDate(Self.constant(literal), element, against: left, leftExpression)
      guard category(left.shape.scalar) == category(constant.shape) else {
        throw typeMismatch(leftExpression, left, element, constant)
      }
      values.append(constant.evaluate(context, Row(item: -1)))
    }
    let evaluate = left.evaluate
    let candidates = values
    return Compiled(.bool) { context, row in
      let value = evaluate(context, row)
      if value.isNull { return .bool(false) }
      let found = candidates.contains { ValueComparison.holds(.equal, value, $0, context) }
      return .bool(found != negated)
    }
  }

  // MARK: - paths

  func compilePath(_ path: FieldPath, in scope: Scope) throws(QueryError) -> Compiled {
    let components = path.components
    if let grouping = scope.grouping {
      for length in stride(from: components.count, to: 0, by: -1) {
        let text = components[0..<length].map { $0.name.lowercased() }.joined(separator: ".")
        if let key = grouping.keyTexts.firstIndex(of: text) {
          return try navigate(column(key, of: scope), through: components[length...])
        }
      }
      if let key = scope.columns.firstIndex(where: { $0.name.caseInsensitiveCompare(components[0].name) }) {
        return try navigate(column(key, of: scope), through: components.dropFirst())
      }
      if (try? compilePath(path, in: grouping.members)) != nil {
        throw QueryError(
          "'\(path.dotted)' is not a group key; use it inside an aggregate such as count(distinct \(path.dotted)), "
            + "or group by it", at: path.range)
      }
      throw unknownField(components[0], in: scope)
    }
    if let key = scope.columns.firstIndex(where: { $0.name.caseInsensitiveCompare(components[0].name) }) {
      return try navigate(column(key, of: scope), through: components.dropFirst())
    }
    guard let collection = scope.collection, let field = collection.field(named: components[0].name) else {
      throw unknownField(components[0], in: scope)
    }
    let read = field.read
    let base = Compiled(field.shape) { context, row in row.item >= 0 ? read(context, row.item) : .null }
    return try navigate(base, through: components.dropFirst())
  }

  private func column(_ index: Int, of scope: Scope) -> Compiled {
    Compiled(scope.columns[index].shape) { _, row in index < row.values.count ? row.values[index] : .null }
  }

  /// Follows `speaker.affiliation`, `document.outlet`, `quotes.text` from an entity, reference or list of them.
  private func navigate(_ base: Compiled, through rest: ArraySlice<Identifier>) throws(QueryError) -> Compiled {
    var current = base
    for component in rest {
      let shape = current.shape
      let linksOn =
        shape.type == .entity || shape.type == .reference
        || (shape.type == .list && (shape.element == .entity || shape.element == .reference))
      guard linksOn, let targetName = shape.target, let target = Catalog.collection(named: targetName) else {
        throw QueryError(
          "\(shape.withArticle.capitalizedFirst) has no fields: '.\(component.name)' cannot follow it",
          at: component.range)
      }
      guard let field = target.field(named: component.name) else {
        throw QueryError(
          "unknown field '\(component.name)' in \(target.name)"
            + Suggestion.phrase(for: component.name, among: target.fields.map(\.name)),
          at: component.range, notes: ["fields of \(target.name): " + target.fields.map(\.name).joined(separator: ", ")]
        )
      }
      var next = field.shape
      if shape.type == .list {
        next = field.type == .list ? field.shape : Shape(.list, element: field.type, target: field.target)
      }
      let previous = current.evaluate
      let read = field.read
      current = Compiled(next) { context, row in Self.step(previous(context, row), read, context) }
    }
    return current
  }

  private static func step(_ value: Value, _ read: @Sendable (QueryContext, Int) -> Value, _ context: QueryContext)
    -> Value
  {
    switch value {
    case .entity(let id, _), .item(_, let id, _): return read(context, id)
    case .list(let elements):
      var result: [Value] = []
      for element in elements {
        let next = step(element, read, context)
        if case .list(let inner) = next { result += inner } else if !next.isNull { result.append(next) }
      }
      return .list(result)
    default: return .null
    }
  }

  private func unknownField(_ name: Identifier, in scope: Scope) -> QueryError {
    let known = scope.knownNames
    let place = scope.collection.map { " in \($0.name)" } ?? ""
    var hint = Suggestion.phrase(for: name.name, among: known)
    if hint.isEmpty, let collection = scope.collection {
      let reachable = collection.fields.compactMap { field -> String? in
        guard field.type != .list, let target = field.target.flatMap(Catalog.collection(named:)),
          let found = target.field(named: name.name)
        else { return nil }
        return "\(field.name).\(found.name)"
      }
      if let first = reachable.first { hint = " — did you mean '\(first)'?" }
    }
    return QueryError(
      "unknown field '\(name.name)'\(place)" + hint, at: name.range,
      notes: known.isEmpty ? [] : ["fields: " + known.joined(separator: ", ")])
  }

  // MARK: - naming

  /// How a message quotes an expression: `'speaker'`, or the words as written.
  func quoted(_ expression: Expression) -> String { "'\(name(of: expression))'" }

  func name(of expression: Expression) -> String {
    if case .path(let path) = expression.kind { return path.dotted }
    return source.excerpt(expression.range)
  }
}

/// A compiled regular expression, shared by the rows of a query (NSRegularExpression is immutable).
final class RegexBox: @unchecked Sendable {
  let regex: NSRegularExpression

  init(pattern: String, flags: String, range: SourceRange) throws(QueryError) {
    var options: NSRegularExpression.Options = []
    for flag in flags {
      switch flag {
      case "i": options.insert(.caseInsensitive)
      case "m": options.insert(.anchorsMatchLines)
      case "s": options.insert(.dotMatchesLineSeparators)
      case "x": options.insert(.allowCommentsAndWhitespace)
      default: throw QueryError("unknown regular expression flag '\(flag)' (use i, m, s or x)", at: range)
      }
    }
    do {
      regex = try NSRegularExpression(pattern: pattern, options: options)
    } catch {
      throw QueryError("invalid regular expression /\(pattern)/", at: range)
    }
  }

  /// Whether the pattern matches somewhere in `text`. A pattern can backtrack for hours on one text, so the
  /// match polls `isCancelled` as it goes and gives up (no match) once it is true; the caller then throws.
  /// Polling costs: ICU calls back at every position it tries, which makes a match several times slower.
  func matches(_ text: String, isCancelled: (@Sendable () -> Bool)?) -> Bool {
    let range = NSRange(text.startIndex..., in: text)
    guard let isCancelled else { return regex.firstMatch(in: text, range: range) != nil }
    if isCancelled() { return false }
    var found = false
    regex.enumerateMatches(in: text, options: .reportProgress, range: range) {
      result, _, stop in
      if result != nil {
        found = true
        stop.pointee = true
      } else if isCancelled() {
        stop.pointee = true
      }
    }
    return found
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
