import NewsCorpus

/// `x in (QUERY)`, `x in NAME` and `exists (QUERY)`: a query inside a condition. A query that does not depend on
/// the row runs once, when the condition is checked; `exists` over a list field of the row (`people where exists
/// (quotes where text contains "x")`) looks at that row's items.
extension ExpressionCompiler {
  /// The rows of `query`, planned and run now.
  func run(_ query: Query) throws(QueryError) -> Relation {
    let planner = Planner(context: context, source: source, namedResults: namedResults, isCancelled: isCancelled)
    let plan = try planner.plan(query)
    let cancellation = Cancellation(isCancelled: isCancelled ?? { false }, range: query.range)
    return try Executor.run(plan, context, cancellation).0
  }

  /// `x [not] in (QUERY)`: whether x is one of the query's items (a person, a document) or, when the query shows
  /// columns, one of the values of its first column.
  func membership(_ leftExpression: Expression, inQuery query: Query, negated: Bool, range: SourceRange, in scope: Scope)
    throws(QueryError) -> Compiled
  {
    let left = try compile(leftExpression, in: scope)
    let relation = try run(query)
    let members = try MembershipSet(relation, for: left.shape, name: quoted(leftExpression), query: query)
    let evaluate = left.evaluate
    return Compiled(.bool) { context, row in
      let value = evaluate(context, row)
      if value.isNull { return .bool(false) }
      return .bool(members.contains(value, context) != negated)
    }
  }

  /// The path of a list field of the row when `in` names one (`"sanctions" in tags`) rather than a kept result
  /// or a collection, which a name after `in` means first.
  func listField(named list: Expression, in scope: Scope) -> Expression? {
    guard case .subquery(let query) = list.kind, case .named(let name) = query.source.kind, query.clauses.isEmpty,
      namedResults[name.name] == nil, context.catalog.collection(named: name.name) == nil,
      scope.grouping == nil, let field = scope.collection?.field(named: name.name), field.type == .list,
      field.element != .reference
    else { return nil }
    return Expression(kind: .path(FieldPath(components: [name])), range: list.range)
  }

  /// `exists (QUERY)`: over a list field of the row when the query's source names one, else whether the query
  /// has any row at all.
  func exists(_ query: Query, range: SourceRange, in scope: Scope) throws(QueryError) -> Compiled {
    if case .named(let name) = query.source.kind, scope.grouping == nil, let collection = scope.collection,
      let field = collection.field(named: name.name), field.type == .list, field.element == .reference,
      let target = field.target.flatMap(context.catalog.collection(named:))
    {
      var checks: [Compiled] = []
      for clause in query.clauses {
        guard case .filter(let condition) = clause.kind else {
          throw QueryError(
            "exists over a row's \(field.name) takes where clauses only; to count them, use a condition on "
              + "\(field.name) (\(field.name) > 2)", at: clause.range)
        }
        checks.append(try self.condition(condition, in: Scope(collection: target)))
      }
      let conditions = checks
      let read = field.read
      return Compiled(.bool) { context, row in
        guard row.item >= 0, case .list(let items) = read(context, row.item) else { return .bool(false) }
        return .bool(
          items.contains { item in
            guard case .item(_, let id, _) = item else { return false }
            return conditions.allSatisfy { $0.holds(context, Row(item: id)) }
          })
      }
    }
    let found = !(try run(query).rows.isEmpty)
    return Compiled(.bool) { _, _ in .bool(found) }
  }
}

/// The items or values a query in a condition gave, for `in`: entities by id, other items by collection and id,
/// values by what they equal (text ignoring case and accents, an entity by any of its names).
struct MembershipSet: Sendable {
  private var entityIDs = Set<Int>()
  private var items = Set<ItemKey>()
  private var texts = Set<String>()
  private var numbers = Set<Double>()
  private var bools = Set<Bool>()
  private var dates: [NewsDate] = []

  private struct ItemKey: Hashable {
    var collection: String
    var id: Int
  }

  /// The rows of `relation`, checked against the shape of the value looked for in them.
  init(_ relation: Relation, for shape: Shape, name: String, query: Query) throws(QueryError) {
    let scalar = shape.scalar
    if let first = relation.scope.columns.first {
      guard Self.comparable(scalar, first.shape.scalar) else {
        throw QueryError(
          "\(name) is \(shape.withArticle) and the query's first column '\(first.name)' is \(first.shape.withArticle)",
          at: query.range)
      }
      for row in relation.rows where !row.values.isEmpty { add(row.values[0]) }
      return
    }
    guard let collection = relation.scope.collection else { return }
    let isEntities = Catalog.entityCollectionNames.contains(collection.name)
    let fits =
      (scalar.type == .entity && isEntities) || (scalar.type == .reference && scalar.target == collection.name)
    guard fits else {
      let what = scalar.type == .reference ? "a reference to \(scalar.target ?? "items")" : shape.withArticle
      throw QueryError(
        "\(name) is \(what) and the query gives \(collection.name); show the field to compare, "
          + "e.g. (\(collection.name) … show \(collection.defaultColumns.first ?? "name"))", at: query.range)
    }
    for row in relation.rows where row.item >= 0 {
      if isEntities { entityIDs.insert(row.item) } else { items.insert(ItemKey(collection: collection.name, id: row.item)) }
    }
  }

  private static func comparable(_ a: Shape, _ b: Shape) -> Bool {
    func kind(_ shape: Shape) -> String {
      switch shape.type {
      case .string, .entity, .reference: return "text"
      default: return shape.type.rawValue
      }
    }
    return kind(a) == kind(b)
  }

  private mutating func add(_ value: Value) {
    switch value {
    case .null: break
    case .entity(let id, let name):
      entityIDs.insert(id)
      texts.insert(ValueComparison.normalizedName(name))
    case .item(let collection, let id, let label):
      items.insert(ItemKey(collection: collection, id: id))
      texts.insert(ValueComparison.normalizedName(label))
    case .string(let text): texts.insert(ValueComparison.normalizedName(text))
    case .number(let number): numbers.insert(number)
    case .bool(let flag): bools.insert(flag)
    case .date(let date): dates.append(date)
    case .list(let values): values.forEach { add($0) }
    }
  }

  func contains(_ value: Value, _ context: QueryContext) -> Bool {
    switch value {
    case .null: return false
    case .entity(let id, _):
      if entityIDs.contains(id) { return true }
      return context.index.nameForms(of: id).map { !texts.isDisjoint(with: $0) } ?? false
    case .item(let collection, let id, let label):
      return items.contains(ItemKey(collection: collection, id: id))
        || texts.contains(ValueComparison.normalizedName(label))
    case .string(let text):
      let normalized = ValueComparison.normalizedName(text)
      return texts.contains(normalized) || context.index.entities(named: text).contains(where: entityIDs.contains)
    case .number(let number): return numbers.contains(number)
    case .bool(let flag): return bools.contains(flag)
    case .date(let date): return dates.contains { ValueComparison.periods(.equal, date, $0) }
    case .list(let values): return values.contains { contains($0, context) }
    }
  }
}
