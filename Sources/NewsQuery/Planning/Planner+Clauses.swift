/// The clauses after the source: each is checked against the scope the previous step left and
/// becomes one or more steps of the plan.
extension Planner {
  func planClause(_ clause: Clause, on builder: inout Builder) throws(QueryError) {
    let written = source.excerpt(clause.range)
    switch clause.kind {
    case .filter(let condition):
      let compiled = try compiler.condition(condition, in: builder.scope)
      builder.add("filter", written, estimate: Self.estimate(builder.estimate, after: condition)) {
        relation, context, cancel throws(QueryError) in try Self.filter(relation, compiled, context, cancel)
      }
    case .show(let distinct, let columns):
      try planShow(columns, written: written, on: &builder)
      if distinct { planDistinct(on: &builder) }
    case .group(let keys):
      try planGroup(keys, written: written, on: &builder)
    case .order(let keys):
      try planSort(keys, limit: nil, operation: "sort", written: written, on: &builder)
    case .top(let count, let key):
      let limit = try wholeNumber(count, "top")
      let keys: [OrderKey]
      if let key {
        keys = [key]
      } else if builder.scope.grouping != nil || builder.scope.columns.contains(where: { $0.name == "count" }) {
        let count = Expression(
          kind: .call(Identifier(name: "count", range: clause.range), arguments: [], distinct: false),
          range: clause.range)
        keys = [OrderKey(expression: count, isDescending: true)]
      } else {
        throw QueryError(
          "'top \(limit)' needs a key here: top \(limit) by FIELD (it ranks groups by count)", at: clause.range)
      }
      try planSort(keys, limit: limit, operation: "top", written: written, on: &builder)
    case .limit(let count, let offset):
      let limit = try wholeNumber(count, "limit")
      let skip = try offset.map { (literal) throws(QueryError) in try wholeNumber(literal, "offset") } ?? 0
      builder.add("limit", written, estimate: max(0, min(limit, builder.estimate - skip))) { relation, _, _ in
        Relation(scope: relation.scope, rows: Array(relation.rows.dropFirst(skip).prefix(limit)))
      }
    case .offset(let count):
      let skip = try wholeNumber(count, "offset")
      builder.add("offset", written, estimate: max(0, builder.estimate - skip)) { relation, _, _ in
        Relation(scope: relation.scope, rows: Array(relation.rows.dropFirst(skip)))
      }
    case .distinct:
      try planImplicitColumns(on: &builder)
      planDistinct(on: &builder)
    case .count:
      builder.add("count", "count the rows", estimate: 1) { relation, _, _ in
        Relation(
          scope: Scope(columns: [Column(name: "count", shape: .number)]),
          rows: [Row(item: -1, values: [.number(Double(relation.rows.count))])])
      }
      builder.scope = Scope(columns: [Column(name: "count", shape: .number)])
      builder.kind = .rows
    case .context(let scope):
      try ContextPlanner(planner: self).plan(scope: scope, clause: clause, on: &builder)
    }
  }

  private func wholeNumber(_ literal: Literal, _ keyword: String) throws(QueryError) -> Int {
    guard case .number(let number) = literal.value, number >= 0, number.rounded() == number, number < 1e9 else {
      throw QueryError("'\(keyword)' takes a whole number of rows, 0 or more", at: literal.range)
    }
    return Int(number)
  }

  // MARK: - show

  private func planShow(_ projections: [Projection], written: String, on builder: inout Builder) throws(QueryError) {
    if builder.scope.grouping == nil, projections.contains(where: { FunctionTable.containsAggregate($0.expression) }) {
      let members = builder.scope
      builder.add("group", "all rows as one group, for the aggregates", estimate: 1) { relation, _, _ in
        Relation(
          scope: Scope(grouping: Scope.Grouping(keyTexts: [], members: members)),
          rows: [Row(item: -1, members: relation.rows)])
      }
      builder.scope = Scope(grouping: Scope.Grouping(keyTexts: [], members: members))
    }
    var columns: [Column] = []
    var evaluators: [Compiled.Evaluator] = []
    var namer = ColumnNamer()
    for (index, projection) in projections.enumerated() {
      try compiler.checkCancelled(term: index, of: projection.expression.range)
      let compiled = try compiler.compile(projection.expression, in: builder.scope)
      var name = projection.alias?.name ?? projection.expression.columnName
      if name == "value" { name = source.excerpt(projection.expression.range) }
      columns.append(Column(name: namer.name(name), shape: compiled.shape))
      evaluators.append(compiled.evaluate)
    }
    let keepsItems = builder.scope.grouping == nil
    let projections = evaluators
    let scope = Scope(collection: keepsItems ? builder.scope.collection : nil, columns: columns)
    builder.add("show", written, estimate: nil) { relation, context, cancel throws(QueryError) in
      var rows: [Row] = []
      rows.reserveCapacity(relation.rows.count)
      for (counter, row) in relation.rows.enumerated() {
        try cancel.check(counter)
        let values = projections.map { $0(context, row) }
        rows.append(Row(item: keepsItems ? row.item : -1, values: values, span: row.span))
      }
      return Relation(scope: scope, rows: rows)
    }
    builder.scope = scope
    builder.kind = .rows
  }

  /// The columns a result shows when no `show` chose them: the collection's default fields, or the
  /// group keys and their count.
  func planImplicitColumns(on builder: inout Builder) throws(QueryError) {
    let scope = builder.scope
    if scope.grouping != nil {
      let countColumn = Column(name: "count", shape: .number)
      let keyCount = scope.columns.count
      let projected = Scope(columns: scope.columns + [countColumn])
      builder.add("show", "the group keys and count", estimate: nil) { relation, _, _ in
        Relation(
          scope: projected,
          rows: relation.rows.map {
            Row(item: -1, values: Array($0.values.prefix(keyCount)) + [.number(Double($0.members.count))])
          })
      }
      builder.scope = projected
      return
    }
    guard scope.columns.isEmpty, let collection = scope.collection else { return }
    let fields = collection.defaultColumns.compactMap { collection.field(named: $0) }
    let projected = Scope(collection: collection, columns: fields.map { Column(name: $0.name, shape: $0.shape) })
    builder.add("show", "the default columns of \(collection.name)", estimate: nil) { relation, context, _ in
      Relation(
        scope: projected,
        rows: relation.rows.map { row in
          Row(item: row.item, values: fields.map { $0.read(context, row.item) }, span: row.span)
        })
    }
    builder.scope = projected
  }

  private func planDistinct(on builder: inout Builder) {
    builder.add("distinct", "drop repeated rows", estimate: nil) { relation, _, _ in
      var seen = Set<[Value]>()
      return Relation(scope: relation.scope, rows: relation.rows.filter { seen.insert($0.values).inserted })
    }
  }

  // MARK: - group and sort

  private func planGroup(_ keys: [Expression], written: String, on builder: inout Builder) throws(QueryError) {
    if builder.scope.grouping != nil { try planImplicitColumns(on: &builder) }
    let members = builder.scope
    var columns: [Column] = []
    var evaluators: [Compiled.Evaluator] = []
    for key in keys {
      if FunctionTable.containsAggregate(key) {
        throw QueryError("group by takes fields, not aggregates", at: key.range)
      }
      let compiled = try compiler.compile(key, in: members)
      var name = key.columnName
      if name == "value" { name = source.excerpt(key.range) }
      columns.append(Column(name: name, shape: compiled.shape))
      evaluators.append(compiled.evaluate)
    }
    let keyTexts = keys.map { key -> String in
      if case .path(let path) = key.kind { return path.components.map { $0.name.lowercased() }.joined(separator: ".") }
      return source.excerpt(key.range).lowercased()
    }
    let scope = Scope(columns: columns, grouping: Scope.Grouping(keyTexts: keyTexts, members: members))
    let keyEvaluators = evaluators
    builder.add("group", written, estimate: nil) { relation, context, cancel throws(QueryError) in
      var order: [[Value]] = []
      var groups: [[Value]: [Row]] = [:]
      for (counter, row) in relation.rows.enumerated() {
        try cancel.check(counter)
        let key = keyEvaluators.map { $0(context, row) }
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(row)
      }
      return Relation(scope: scope, rows: order.map { Row(item: -1, values: $0, members: groups[$0] ?? []) })
    }
    builder.scope = scope
    builder.kind = .rows
  }

  private func planSort(
    _ keys: [OrderKey], limit: Int?, operation: String, written: String,
    on builder: inout Builder
  ) throws(QueryError) {
    var evaluators: [(Compiled.Evaluator, Bool)] = []
    for key in keys {
      var compiled = try compiler.compile(key.expression, in: builder.scope)
      if compiled.shape.type == .list { compiled = ExpressionCompiler.count(of: compiled) }
      evaluators.append((compiled.evaluate, key.isDescending))
    }
    let estimate = limit.map { min($0, builder.estimate) }
    let sortKeys = evaluators
    builder.add(operation, written, estimate: estimate) { relation, context, cancel throws(QueryError) in
      try cancel.check(0)
      let keyed = relation.rows.enumerated().map { (offset, row) in
        (offset, row, sortKeys.map { $0.0(context, row) })
      }
      let sorted = keyed.sorted { a, b in
        for (index, (_, descending)) in sortKeys.enumerated() {
          let lhs = a.2[index]
          let rhs = b.2[index]
          if lhs.isNull != rhs.isNull { return rhs.isNull }
          let order = ValueComparison.sortOrder(lhs, rhs)
          if order != 0 { return descending ? order > 0 : order < 0 }
        }
        return a.0 < b.0
      }
      let rows = sorted.map(\.1)
      return Relation(scope: relation.scope, rows: limit.map { Array(rows.prefix($0)) } ?? rows)
    }
  }
}
