import Foundation

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
  /// Whether it may be written without parentheses when no field has its name (`today`, `total`).
  var isBare = false
  /// The field whose values its string arguments name (`mentions("Putin")`: entities' names), for Tab.
  var argumentValues: (collection: String, field: String)? = nil
  var compile: @Sendable (FunctionCall) throws(QueryError) -> Compiled
}

/// Every function, in one table: the checker looks calls up here and `LanguageHelp` lists it.
enum FunctionTable {
  static let all: [FunctionDefinition] = aggregates + numbers + texts + times + concordanceWords

  /// The functions over the rows of a group.
  static let aggregates: [FunctionDefinition] = [
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
      name: "total", usage: "total, total()",
      summary: "the rows of every group together, for shares: count * 100.0 / total", isAggregate: true,
      isBare: true
    ) { call throws(QueryError) in
      _ = try memberScope(call)
      guard call.arguments.isEmpty else { throw QueryError("total takes no argument", at: call.range) }
      return Compiled(.number) { _, row in .number(Double(row.total)) }
    },
  ]

  /// The functions of one row that are not about text, time or a concordance.
  static let numbers: [FunctionDefinition] = [
    FunctionDefinition(
      name: "mentions", usage: "mentions(\"name\", …)",
      summary: "the sentence, paragraph, quotation or document names every entity given (any name form)",
      isAggregate: false, argumentValues: ("entities", "name"), compile: MentionsFunction.compile),
    FunctionDefinition(
      name: "round", usage: "round(x [, digits])", summary: "a number rounded, to whole numbers or to digits decimals",
      isAggregate: false
    ) { call throws(QueryError) in
      let arguments = try compiledArguments(call, count: 1...2)
      try requireNumber(arguments[0], call.arguments[0], call)
      var digits = 0
      if arguments.count == 2 {
        guard case .number(let written)? = arguments[1].literal?.value, written.rounded() == written,
          (0...10).contains(written)
        else { throw QueryError("round()'s digits are a whole number from 0 to 10", at: call.arguments[1].range) }
        digits = Int(written)
      }
      let evaluate = arguments[0].evaluate
      let scale = pow(10, Double(digits))
      return Compiled(.number) { context, row in
        guard case .number(let number) = evaluate(context, row) else { return .null }
        return .number((number * scale).rounded(.toNearestOrAwayFromZero) / scale)
      }
    },
    FunctionDefinition(
      name: "coalesce", usage: "coalesce(a, b, …)", summary: "the first value that is not null", isAggregate: false
    ) { call throws(QueryError) in
      let arguments = try compiledArguments(call, count: 1...64)
      let shape = arguments.first { !$0.isNullLiteral }?.shape ?? .null
      let evaluators = arguments.map(\.evaluate)
      return Compiled(shape) { context, row in
        for evaluate in evaluators {
          let value = evaluate(context, row)
          if !value.isNull { return value }
        }
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
    case .comparison(let left, _, let right), .contains(let left, let right), .matches(let left, let right),
      .arithmetic(let left, _, let right):
      return containsAggregate(left) || containsAggregate(right)
    case .membership(let left, _, _), .nullTest(let left, _), .not(let left), .negation(let left):
      return containsAggregate(left)
    case .between(let value, let low, let high, _):
      return [value, low, high].contains(where: containsAggregate)
    case .caseWhen(let branches, let otherwise):
      return branches.contains { containsAggregate($0.condition) || containsAggregate($0.value) }
        || otherwise.map(containsAggregate) == true
    case .and(let operands), .or(let operands):
      return operands.contains(where: containsAggregate)
    case .path(let path):
      return path.components.count == 1 && definition(named: path.components[0].name)?.isBare == true
        && definition(named: path.components[0].name)?.isAggregate == true
    case .literal, .regex, .list, .subquery, .exists:
      return false
    }
  }

  // MARK: - helpers

  /// The call's arguments compiled in its scope, after checking how many there are.
  static func compiledArguments(_ call: FunctionCall, count: ClosedRange<Int>) throws(QueryError) -> [Compiled] {
    guard count.contains(call.arguments.count) else {
      let name = call.name.name.lowercased()
      let expected =
        count.lowerBound == count.upperBound
        ? "\(count.lowerBound) argument\(count.lowerBound == 1 ? "" : "s")"
        : count.upperBound >= 64 ? "\(count.lowerBound) or more arguments" : "\(count.lowerBound) to \(count.upperBound) arguments"
      throw QueryError("\(name)() takes \(expected)", at: call.range)
    }
    var compiled: [Compiled] = []
    for argument in call.arguments { compiled.append(try call.compiler.compile(argument, in: call.scope)) }
    return compiled
  }

  /// An error unless the argument is a number (a list counts as its length).
  static func requireNumber(_ value: Compiled, _ expression: Expression, _ call: FunctionCall) throws(QueryError) {
    guard value.shape.type == .number else {
      throw QueryError(
        "\(call.name.name.lowercased())() takes a number, not \(value.shape.withArticle)", at: expression.range)
    }
  }

  /// An error unless the argument is text (a string, an entity's name, an item's label).
  static func requireText(_ value: Compiled, _ expression: Expression, _ call: FunctionCall) throws(QueryError) {
    guard [.string, .entity, .reference].contains(value.shape.type) || value.isNullLiteral else {
      throw QueryError(
        "\(call.name.name.lowercased())() takes text, not \(value.shape.withArticle)", at: expression.range)
    }
  }

  static func single(_ call: FunctionCall) throws(QueryError) -> Compiled {
    guard call.arguments.count == 1 else {
      throw QueryError("\(call.name.name.lowercased())() takes one argument", at: call.range)
    }
    return try call.compiler.compile(call.arguments[0], in: call.scope)
  }

  /// The scope of a group's rows, or an error saying aggregates need groups.
  static func memberScope(_ call: FunctionCall) throws(QueryError) -> Scope {
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
