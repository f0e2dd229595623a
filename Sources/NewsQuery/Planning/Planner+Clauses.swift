import NewsCorpus

/// The clauses after the source: each is checked against the scope the previous step left and
/// becomes one or more steps of the plan.
extension Planner {
  /// Plans `clause`; `next` is the clause after it, so `order by … limit N` keeps only the first rows it needs.
  func planClause(_ clause: Clause, next: Clause? = nil, on builder: inout Builder) throws(QueryError) {
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
      try planGroup(keys, written: written, isLast: next == nil, on: &builder)
    case .order(let keys):
      // `order by … limit N [offset M]` needs the first N + M rows in order only: a bounded heap, not a full sort.
      var bound: Int?
      if case .limit(let count, let offset)? = next?.kind, let limit = try? wholeNumber(count, "limit") {
        let skip = offset.flatMap { try? wholeNumber($0, "offset") } ?? 0
        bound = limit + skip
      }
      try planSort(keys, limit: bound, operation: "sort", written: written, on: &builder)
    case .top(let count, let key, let partition):
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
      if partition.isEmpty {
        try planSort(keys, limit: limit, operation: "top", written: written, on: &builder)
      } else {
        try planTop(limit, keys: keys, per: partition, written: written, on: &builder)
      }
    case .sample(let count, let seed):
      try planSample(count: try wholeNumber(count, "sample"), seed: seed, written: written, on: &builder)
    case .chart:
      try planChart(clause, on: &builder)
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

  func wholeNumber(_ literal: Literal, _ keyword: String) throws(QueryError) -> Int {
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
          rows: [Row(item: -1, members: relation.rows, total: relation.rows.count)])
      }
      builder.scope = Scope(grouping: Scope.Grouping(keyTexts: [], members: members))
    }
    var columns: [Column] = []
    var evaluators: [Compiled.Evaluator] = []
    var namer = ColumnNamer()
    for (index, projection) in projections.enumerated() {
      try compiler.checkCancelled(term: index, of: projection.expression.range)
      let compiled = try compiler.compile(projection.expression, in: builder.scope)
      columns.append(
        Column(
          name: columnName(projection, namer: &namer), shape: compiled.shape,
          sortKey: sortKey(of: projection.expression, builder.scope),
          written: source.excerpt(projection.expression.range).lowercased()))
      evaluators.append(compiled.evaluate)
    }
    let keepsItems = builder.scope.grouping == nil
    let projections = evaluators
    var projected = Scope(collection: keepsItems ? builder.scope.collection : nil, columns: columns)
    projected.hasSpans = keepsItems && builder.scope.hasSpans
    let scope = projected
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
      builder.add("show", "the group keys and count", estimate: nil) { relation, _, cancel throws(QueryError) in
        Relation(
          scope: projected,
          rows: try Self.keysAndCounts(relation.rows, keyCount: keyCount, cancel))
      }
      builder.scope = projected
      return
    }
    guard scope.columns.isEmpty, let collection = scope.collection else { return }
    let fields = collection.defaultColumns.compactMap { collection.field(named: $0) }
    let projected = Scope(collection: collection, columns: fields.map { Column(name: $0.name, shape: $0.shape) })
    builder.add("show", "the default columns of \(collection.name)", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      Relation(
        scope: projected,
        rows: try cancel.map(relation.rows) { row in
          Row(item: row.item, values: fields.map { $0.read(context, row.item) }, span: row.span)
        })
    }
    builder.scope = projected
  }

  /// Each group's first `keyCount` values and its number of members, read in place: a copy of a group's row
  /// for each would retain and release its members.
  private static func keysAndCounts(_ groups: [Row], keyCount: Int, _ cancel: Cancellation) throws(QueryError) -> [Row] {
    var rows: [Row] = []
    rows.reserveCapacity(groups.count)
    for index in groups.indices {
      try cancel.check(index)
      var values: [Value] = []
      values.reserveCapacity(keyCount + 1)
      values += groups[index].values.prefix(keyCount)
      values.append(.number(Double(groups[index].members.count)))
      rows.append(Row(item: -1, values: values))
    }
    return rows
  }

  private func planDistinct(on builder: inout Builder) {
    builder.add("distinct", "drop repeated rows", estimate: nil) { relation, _, cancel throws(QueryError) in
      var seen = Set<[Value]>()
      var rows: [Row] = []
      for (counter, row) in relation.rows.enumerated() {
        try cancel.check(counter)
        if seen.insert(row.values).inserted { rows.append(row) }
      }
      return Relation(scope: relation.scope, rows: rows)
    }
  }

  // MARK: - group and sort

  /// `isLast`: no clause follows, so the groups are shown as their keys and counts at once.
  private func planGroup(_ keys: [Projection], written: String, isLast: Bool, on builder: inout Builder)
    throws(QueryError)
  {
    if builder.scope.grouping != nil { try planImplicitColumns(on: &builder) }
    let members = builder.scope
    var columns: [Column] = []
    var keyNamer = ColumnNamer()
    var evaluators: [Compiled.Evaluator] = []
    for key in keys {
      if FunctionTable.containsAggregate(key.expression) {
        throw QueryError("group by takes fields, not aggregates", at: key.expression.range)
      }
      let compiled = try compiler.compile(key.expression, in: members)
      columns.append(Column(name: columnName(key, namer: &keyNamer), shape: compiled.shape))
      evaluators.append(compiled.evaluate)
    }
    let keyTexts = keys.map { key -> String in
      if case .path(let path) = key.expression.kind {
        return path.components.map { $0.name.lowercased() }.joined(separator: ".")
      }
      return source.excerpt(key.expression.range).lowercased()
    }
    let scope = Scope(columns: columns, grouping: Scope.Grouping(keyTexts: keyTexts, members: members))
    if keyTexts == ["speaker"], members.collection?.name == "quotes", members.columns.isEmpty, members.grouping == nil {
      if isLast {
        // Nothing reads the groups' rows but their count: the keys and counts are made without them.
        let projected = Scope(columns: columns + [Column(name: "count", shape: .number)])
        builder.add("group", written + ", showing the keys and count", estimate: nil) {
          relation, context, cancel throws(QueryError) in
          Relation(scope: projected, rows: try Self.speakerCounts(relation.rows, context, cancel))
        }
        builder.scope = projected
        builder.kind = .rows
        return
      }
      builder.add("group", written, estimate: nil) { relation, context, cancel throws(QueryError) in
        try Self.groupBySpeaker(relation.rows, scope: scope, context, cancel)
      }
      builder.scope = scope
      builder.kind = .rows
      return
    }
    let keyEvaluators = evaluators
    builder.add("group", written, estimate: nil) { relation, context, cancel throws(QueryError) in
      var groups = RowGroups<[Value]>()
      for (counter, row) in relation.rows.enumerated() {
        try cancel.check(counter)
        groups.add(row, to: keyEvaluators.map { $0(context, row) })
      }
      return Relation(scope: scope, rows: groups.rows(total: relation.rows.count) { $0 })
    }
    builder.scope = scope
    builder.kind = .rows
  }

  /// `quotes group by speaker` from the speaker column: rows are grouped by the speaker's entity id, and each
  /// group's key (the entity with its name) is made once, not once a row. The same groups, in the same order
  /// (first appearance), as grouping by the key's value: an entity value is its id and the name that id has.
  static func groupBySpeaker(_ rows: [Row], scope: Scope, _ context: QueryContext, _ cancel: Cancellation)
    throws(QueryError) -> Relation
  {
    let quotations = context.corpus.quotations
    let entityCount = context.corpus.entities.count
    // Group places by entity id (the last slot for no speaker): an array, not a hash table, as ids are dense.
    // A first pass counts each group's rows, so that each group's list is allocated once, at its size.
    var slots = [Int32](repeating: 0, count: rows.count)
    var sizes = [Int32](repeating: 0, count: entityCount + 1)
    for counter in rows.indices {
      try cancel.check(counter)
      let slot = Self.speakerSlot(of: rows[counter].item, quotations, entityCount)
      slots[counter] = Int32(slot)
      sizes[slot] += 1
    }
    var places = [Int32](repeating: -1, count: entityCount + 1)
    var keys: [Int] = []
    var members: [[Row]] = []
    for counter in rows.indices {
      try cancel.check(counter)
      let item = rows[counter].item
      let slot = Int(slots[counter])
      if places[slot] < 0 {
        places[slot] = Int32(keys.count)
        keys.append(slot)
        var list: [Row] = []
        list.reserveCapacity(Int(sizes[slot]))
        members.append(list)
      }
      // A bare item row is made afresh rather than copied: a copy retains its (empty) arrays.
      let isBare =
        rows[counter].values.isEmpty && rows[counter].members.isEmpty && rows[counter].span == nil
        && rows[counter].total == 0
      members[Int(places[slot])].append(isBare ? Row(item: item) : rows[counter])
    }
    var groups: [Row] = []
    groups.reserveCapacity(keys.count)
    for place in keys.indices {
      let key = keys[place]
      groups.append(
        Row(item: -1, values: [context.entityValue(key < entityCount ? key : nil)], members: members[place], total: rows.count))
    }
    return Relation(scope: scope, rows: groups)
  }

  /// The group of quotation `item`: its speaker's entity id, or `entityCount` for none (or an id out of range).
  @inline(__always)
  static func speakerSlot(of item: Int, _ quotations: Table<Quotation>, _ entityCount: Int) -> Int {
    let speaker = quotations.indices.contains(item) ? quotations.speakerID(item) ?? -1 : -1
    return speaker >= 0 && speaker < entityCount ? speaker : entityCount
  }

  /// Each speaker of `rows` (no speaker as one group), in order of first appearance, and how many rows it has, as
  /// `groupBySpeaker` and the implicit columns after it would show them.
  static func speakerCounts(_ rows: [Row], _ context: QueryContext, _ cancel: Cancellation) throws(QueryError)
    -> [Row]
  {
    let quotations = context.corpus.quotations
    let entityCount = context.corpus.entities.count
    var places = [Int32](repeating: -1, count: entityCount + 1)
    var keys: [Int] = []
    var counts: [Int] = []
    for counter in rows.indices {
      try cancel.check(counter)
      let slot = Self.speakerSlot(of: rows[counter].item, quotations, entityCount)
      if places[slot] < 0 {
        places[slot] = Int32(keys.count)
        keys.append(slot)
        counts.append(0)
      }
      counts[Int(places[slot])] += 1
    }
    var result: [Row] = []
    result.reserveCapacity(keys.count)
    for place in keys.indices {
      try cancel.check(place)
      let key = keys[place]
      result.append(
        Row(item: -1, values: [context.entityValue(key < entityCount ? key : nil), .number(Double(counts[place]))]))
    }
    return result
  }

  private func planSort(
    _ keys: [OrderKey], limit: Int?, operation: String, written: String,
    on builder: inout Builder
  ) throws(QueryError) {
    var evaluators: [(Compiled.Evaluator, Bool)] = []
    for key in keys {
      if let sortKey = sortKey(of: key.expression, builder.scope) {
        evaluators.append((sortKey, key.isDescending))
        continue
      }
      var compiled = try compiler.compile(key.expression, in: builder.scope)
      if compiled.shape.type == .list { compiled = ExpressionCompiler.count(of: compiled) }
      evaluators.append((compiled.evaluate, key.isDescending))
    }
    let estimate = limit.map { min($0, builder.estimate) }
    let keyEvaluators = evaluators.map(\.0)
    let descending = evaluators.map(\.1)
    builder.add(operation, written, estimate: estimate) { relation, context, cancel throws(QueryError) in
      var sorter = RowSorter(descending: descending, cancel: cancel)
      let rows = try sorter.sorted(relation.rows, bound: limit) { row in keyEvaluators.map { $0(context, row) } }
      return Relation(scope: relation.scope, rows: rows)
    }
  }

  /// The name a column of `show` or a key of `group by` is printed under: its `as` name, else its field (`text`),
  /// call (`month(date)`) or the words written; a name already taken gives the whole path (`sentence.text`), then
  /// a number.
  func columnName(_ projection: Projection, namer: inout ColumnNamer) -> String {
    var name = projection.alias?.name ?? projection.expression.columnName
    if name == "value" { name = source.excerpt(projection.expression.range) }
    if namer.isTaken(name), projection.alias == nil, case .path(let path) = projection.expression.kind,
      path.components.count > 1
    {
      name = path.dotted
    }
    return namer.name(name)
  }

  /// The sort key of a column named alone (`order by left` in a concordance), when it has its own.
  func sortKey(of expression: Expression, _ scope: Scope) -> Compiled.Evaluator? {
    guard scope.grouping == nil, case .path(let path) = expression.kind, path.components.count == 1 else { return nil }
    return scope.columns.first { $0.name.caseInsensitiveCompare(path.components[0].name) }?.sortKey
  }
}
