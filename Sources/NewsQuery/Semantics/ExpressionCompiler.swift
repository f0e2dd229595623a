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
  /// The results kept with `let`, which a query inside a condition may read (`speaker in russia`).
  var namedResults: [String: NamedResult] = [:]

  func compile(_ expression: Expression, in scope: Scope) throws(QueryError) -> Compiled {
    if let key = groupKey(expression, in: scope) { return column(key, of: scope) }
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
    case .arithmetic(let left, let op, let right):
      return try arithmetic(left, op, right, in: scope)
    case .negation(let operand):
      return try negation(operand, in: scope)
    case .between(let value, let low, let high, let negated):
      return try between(value, low: low, high: high, negated: negated, range: expression.range, in: scope)
    case .caseWhen(let branches, let otherwise):
      return try caseWhen(branches, otherwise: otherwise, in: scope)
    case .subquery:
      throw QueryError("a query in parentheses is only used after 'in' or 'exists'", at: expression.range)
    case .exists(let query):
      return try exists(query, range: expression.range, in: scope)
    case .contains(let left, let right):
      return try contains(left, right, in: scope)
    case .matches(let left, let right):
      return try matches(left, right, in: scope)
    case .membership(let left, let list, let negated):
      if let field = listField(named: list, in: scope) {
        // `"x" in tags`: a list field of the row holds x, as `tags = "x"` asks.
        let test = Expression(kind: .comparison(field, .equal, left), range: expression.range)
        return try compile(negated ? Expression(kind: .not(test), range: expression.range) : test, in: scope)
      }
      if case .subquery(let query) = list.kind {
        return try membership(left, inQuery: query, negated: negated, range: expression.range, in: scope)
      }
      return try membership(left, list, negated: negated, in: scope)
    case .nullTest(let operand, let negated):
      let value = try compile(operand, in: scope)
      return Compiled(.bool) { context, row in .bool(value.evaluate(context, row).isNull != negated) }
    case .and(let operands):
      return chain(try conditions(operands, holdsWhenEvery: true, in: scope), holdsWhenEvery: true)
    case .or(let operands):
      return chain(try conditions(operands, holdsWhenEvery: false, in: scope), holdsWhenEvery: false)
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
      if components.count == 1, let bare = try bareCall(components[0], in: scope) { return bare }
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
      if components.count == 1, let bare = try bareCall(components[0], in: scope) { return bare }
      throw unknownField(components[0], in: scope)
    }
    let read = field.read
    let base = Compiled(field.shape) { context, row in row.item >= 0 ? read(context, row.item) : .null }
    return try navigate(base, through: components.dropFirst())
  }

  /// The column an expression that is not a path repeats, matched as written: a group key (`show
  /// month(document.date)` after `group by month(document.date)`) or a column `show` computed.
  private func groupKey(_ expression: Expression, in scope: Scope) -> Int? {
    switch expression.kind {
    case .path, .literal: return nil
    default: break
    }
    let written = source.excerpt(expression.range).lowercased()
    if let key = scope.grouping?.keyTexts.firstIndex(of: written) { return key }
    return scope.columns.firstIndex { $0.written == written }
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
      guard linksOn, let targetName = shape.target, let target = context.catalog.collection(named: targetName) else {
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

  /// A function written without parentheses (`today`, `total`), when no field has its name.
  private func bareCall(_ name: Identifier, in scope: Scope) throws(QueryError) -> Compiled? {
    guard FunctionTable.definition(named: name.name)?.isBare == true else { return nil }
    return try FunctionTable.compile(
      FunctionCall(compiler: self, name: name, arguments: [], distinct: false, scope: scope, range: name.range))
  }

  private func unknownField(_ name: Identifier, in scope: Scope) -> QueryError {
    let known = scope.knownNames
    let place = scope.collection.map { " in \($0.name)" } ?? ""
    var hint = Suggestion.phrase(for: name.name, among: known)
    if hint.isEmpty, let collection = scope.collection {
      let reachable = collection.fields.compactMap { field -> String? in
        guard field.type != .list, let target = field.target.flatMap(context.catalog.collection(named:)),
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

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
