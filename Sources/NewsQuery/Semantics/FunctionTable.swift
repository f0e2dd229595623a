/// A call as the checker sees it: the compiler, the name and arguments as written, and the scope.
struct FunctionCall {
  var compiler: ExpressionCompiler
  var name: Identifier
  var arguments: [Expression]
  var distinct: Bool
  var scope: Scope
  var range: SourceRange
}

/// A function of NewsQL: its usage and summary (the help text) and how it is checked and compiled.
struct FunctionDefinition: Sendable {
  var name: String
  var usage: String
  var summary: String
  var isAggregate: Bool
  /// The field whose values its string arguments name (`mentions("Putin")`: entities' names), for Tab.
  var argumentValues: (collection: String, field: String)? = nil
  var compile: @Sendable (FunctionCall) throws(QueryError) -> Compiled
}

/// Every function, in one table: the checker looks calls up here and `LanguageHelp` lists it.
enum FunctionTable {
  static let all: [FunctionDefinition] = [
    FunctionDefinition(
      name: "count", usage: "count, count(x), count(distinct x)",
      summary: "rows of the group; those where x is not null; distinct values of x", isAggregate: true,
      compile: compileCount),
    FunctionDefinition(
      name: "sum", usage: "sum(x)", summary: "total of a number (a list counts as its length)", isAggregate: true
    ) { call throws(QueryError) in try numericAggregate(call) { $0.reduce(0, +) } },
    FunctionDefinition(name: "avg", usage: "avg(x)", summary: "mean of a number", isAggregate: true) {
      call throws(QueryError) in try numericAggregate(call) { $0.isEmpty ? nil : $0.reduce(0, +) / Double($0.count) }
    },
    FunctionDefinition(name: "min", usage: "min(x)", summary: "smallest value", isAggregate: true) {
      call throws(QueryError) in try extremeAggregate(call, sign: -1)
    },
    FunctionDefinition(name: "max", usage: "max(x)", summary: "largest value", isAggregate: true) {
      call throws(QueryError) in try extremeAggregate(call, sign: 1)
    },
    FunctionDefinition(
      name: "mentions", usage: "mentions(\"name\", …)",
      summary: "the sentence, paragraph, quotation or document names every entity given (any name form)",
      isAggregate: false, argumentValues: ("entities", "name"), compile: MentionsFunction.compile),
    FunctionDefinition(
      name: "length", usage: "length(x)", summary: "characters of a text; elements of a list", isAggregate: false
    ) { call throws(QueryError) in
      let argument = try single(call)
      let evaluate = argument.evaluate
      return Compiled(.number) { context, row in
        switch evaluate(context, row) {
        case .list(let elements): return .number(Double(elements.count))
        case .null: return .null
        case let value: return .number(Double(value.displayText.count))
        }
      }
    },
    FunctionDefinition(name: "year", usage: "year(date)", summary: "the year of a date", isAggregate: false) {
      call throws(QueryError) in
      let argument = try single(call)
      guard argument.shape.type == .date else {
        throw QueryError("year() takes a date, not \(argument.shape.withArticle)", at: call.arguments[0].range)
      }
      let evaluate = argument.evaluate
      return Compiled(.number) { context, row in
        if case .date(let date) = evaluate(context, row) { return .number(Double(date.year)) }
        return .null
      }
    },
  ]

  static func definition(named name: String) -> FunctionDefinition? {
    all.first { $0.name.caseInsensitiveCompare(name) }
  }

  static func compile(_ call: FunctionCall) throws(QueryError) -> Compiled {
    guard let definition = definition(named: call.name.name) else {
      throw QueryError(
        "unknown function '\(call.name.name)'" + Suggestion.phrase(for: call.name.name, among: all.map(\.name)),
        at: call.name.range, notes: ["functions: " + all.map(\.name).joined(separator: ", ")])
    }
    if call.distinct && definition.name != "count" {
      throw QueryError("'distinct' is only used inside count(…)", at: call.range)
    }
    return try definition.compile(call)
  }

  /// Whether an expression holds an aggregate call anywhere (so `show` must group).
  static func containsAggregate(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .call(let name, let arguments, _):
      return definition(named: name.name)?.isAggregate == true || arguments.contains(where: containsAggregate)
    case .comparison(let left, _, let right), .contains(let left, let right), .matches(let left, let right):
      return containsAggregate(left) || containsAggregate(right)
    case .membership(let left, _, _), .nullTest(let left, _), .not(let left):
      return containsAggregate(left)
    case .and(let operands), .or(let operands):
      return operands.contains(where: containsAggregate)
    case .path, .literal, .regex, .list:
      return false
    }
  }

  // MARK: - helpers

  private static func single(_ call: FunctionCall) throws(QueryError) -> Compiled {
    guard call.arguments.count == 1 else {
      throw QueryError("\(call.name.name.lowercased())() takes one argument", at: call.range)
    }
    return try call.compiler.compile(call.arguments[0], in: call.scope)
  }

  /// The scope of a group's rows, or an error saying aggregates need groups.
  private static func memberScope(_ call: FunctionCall) throws(QueryError) -> Scope {
    guard let grouping = call.scope.grouping else {
      throw QueryError(
        "\(call.name.name.lowercased())(…) counts over groups: use it in 'show' (over all rows), or after 'group by'",
        at: call.range)
    }
    return grouping.members
  }

  private static func compileCount(_ call: FunctionCall) throws(QueryError) -> Compiled {
    if call.distinct, call.arguments.isEmpty {
      throw QueryError("count(distinct) needs a value to count, such as count(distinct speaker)", at: call.range)
    }
    if call.arguments.isEmpty, call.scope.grouping == nil,
      let index = call.scope.columns.firstIndex(where: { $0.name == "count" })
    {
      return Compiled(.number) { _, row in index < row.values.count ? row.values[index] : .null }
    }
    let members = try memberScope(call)
    guard call.arguments.count <= 1 else {
      throw QueryError("count() takes at most one argument", at: call.range)
    }
    guard let argument = call.arguments.first else {
      return Compiled(.number) { _, row in .number(Double(row.members.count)) }
    }
    let evaluate = try call.compiler.compile(argument, in: members).evaluate
    if call.distinct {
      return Compiled(.number) { context, row in
        .number(Double(Set(row.members.map { evaluate(context, $0) }.filter { !$0.isNull }).count))
      }
    }
    return Compiled(.number) { context, row in
      .number(Double(row.members.lazy.filter { !evaluate(context, $0).isNull }.count))
    }
  }

  private static func numericAggregate(_ call: FunctionCall, _ combine: @escaping @Sendable ([Double]) -> Double?)
    throws(QueryError) -> Compiled
  {
    let members = try memberScope(call)
    guard call.arguments.count == 1 else {
      throw QueryError("\(call.name.name.lowercased())() takes one argument", at: call.range)
    }
    var argument = try call.compiler.compile(call.arguments[0], in: members)
    if argument.shape.type == .list { argument = ExpressionCompiler.count(of: argument) }
    guard argument.shape.type == .number else {
      throw QueryError(
        "\(call.name.name.lowercased())() takes a number, not \(argument.shape.withArticle)",
        at: call.arguments[0].range)
    }
    let evaluate = argument.evaluate
    return Compiled(.number) { context, row in
      let numbers = row.members.compactMap { member -> Double? in
        if case .number(let number) = evaluate(context, member) { return number }
        return nil
      }
      return combine(numbers).map(Value.number) ?? .null
    }
  }

  private static func extremeAggregate(_ call: FunctionCall, sign: Int) throws(QueryError) -> Compiled {
    let members = try memberScope(call)
    guard call.arguments.count == 1 else {
      throw QueryError("\(call.name.name.lowercased())() takes one argument", at: call.range)
    }
    let argument = try call.compiler.compile(call.arguments[0], in: members)
    let evaluate = argument.evaluate
    return Compiled(argument.shape) { context, row in
      var best: Value = .null
      for member in row.members {
        let value = evaluate(context, member)
        if value.isNull { continue }
        if best.isNull || ValueComparison.sortOrder(value, best) * sign > 0 { best = value }
      }
      return best
    }
  }
}
