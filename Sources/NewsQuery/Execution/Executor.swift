/// Runs a plan's steps in order and turns the final rows into a `ResultSet`.
enum Executor {
  /// The final relation and the rows each step produced (for `explain`).
  static func run(_ plan: QueryPlan, _ context: QueryContext, _ cancel: Cancellation) throws(QueryError)
    -> (Relation, [Int])
  {
    var relation = Relation(scope: Scope(), rows: [])
    var counts: [Int] = []
    var outer: Relation?
    for step in plan.steps {
      if step.depth == 0, let saved = outer {
        relation = saved
        outer = nil
      }
      relation = try step.run(relation, context, cancel)
      try cancel.checkNow()
      counts.append(relation.rows.count)
    }
    return (relation, counts)
  }

  /// The rows as printed; asks `cancel` as it goes, as every step does.
  static func resultSet(_ relation: Relation, plan: QueryPlan, context: QueryContext, cancel: Cancellation)
    throws(QueryError) -> ResultSet
  {
    var columns = relation.scope.columns.map(\.name)
    var shapes = relation.scope.columns.map(\.shape)
    var fields: [FieldSchema]?
    if columns.isEmpty, let collection = relation.scope.collection {
      let defaults = collection.defaultColumns.compactMap { collection.field(named: $0) }
      columns = defaults.map(\.name)
      shapes = defaults.map(\.shape)
      fields = defaults
    }
    let countsItems = shapes.map(\.countsItems)
    let rows = try cancel.map(relation.rows) { row in
      let values = fields.map { fields in fields.map { $0.read(context, row.item) } } ?? row.values
      return values.enumerated().map { column, value in
        printable(value, countsItems: column < countsItems.count && countsItems[column])
      }
    }
    return ResultSet(
      collection: plan.sourceName, columns: columns, rows: rows, kind: plan.kind, warnings: plan.warnings,
      notes: plan.notes)
  }

  /// What a value prints as: a list of items as its count — 0 when empty, like every other row of the
  /// column — and other values as they are.
  static func printable(_ value: Value, countsItems: Bool) -> Value {
    guard countsItems, case .list(let elements) = value else { return value }
    return .number(Double(elements.count))
  }

  /// `explain`: one row a step, with what it does, the rows it was expected to give and gave.
  static func explanation(_ plan: QueryPlan, actual: [Int]) -> ResultSet {
    let rows: [[Value]] = plan.steps.enumerated().map { index, step in
      [
        .number(Double(index + 1)), .string(String(repeating: "  ", count: step.depth) + step.operation),
        .string(step.detail), step.estimatedRows.map { .number(Double($0)) } ?? .null,
        index < actual.count ? .number(Double(actual[index])) : .null,
      ]
    }
    return ResultSet(
      collection: plan.sourceName, columns: ["step", "operation", "detail", "estimated", "actual"], rows: rows,
      kind: .plan)
  }
}
