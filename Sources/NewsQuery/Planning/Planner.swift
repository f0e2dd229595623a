import NewsCorpus

/// Turns a parsed query into a checked plan: resolves its source, checks every clause against the
/// scope the previous one leaves, and picks indexes for the leading `where` conditions.
///
/// Planning never reads more than indexes and the entity table; rows are produced only when the plan runs.
struct Planner {
  let context: QueryContext
  let source: SourceText
  let namedResults: [String: NamedResult]
  /// Ctrl-C in the shell, for evaluations that are long on their own (see `ExpressionCompiler.isCancelled`).
  var isCancelled: (@Sendable () -> Bool)? = nil
  var compiler: ExpressionCompiler {
    ExpressionCompiler(context: context, source: source, isCancelled: isCancelled, namedResults: namedResults)
  }

  /// The plan being built: its steps so far, the scope they leave, the expected row count.
  struct Builder {
    var steps: [PlanStep] = []
    var scope: Scope
    var estimate: Int
    var kind: ResultKind = .rows
    /// What the query should know but that does not stop it (a search term that matches nothing).
    var warnings: [Diagnostic] = []
    /// Facts about the result worth a line (the seed a sample drew with).
    var notes: [String] = []

    mutating func add(_ operation: String, _ detail: String, estimate: Int?, run: @escaping PlanStep.Run) {
      if let estimate { self.estimate = estimate }
      steps.append(PlanStep(operation: operation, detail: detail, estimatedRows: estimate, run: run))
    }
  }

  func plan(_ query: Query) throws(QueryError) -> QueryPlan {
    var builder: Builder
    var clauses = query.clauses[...]
    var sourceName: String
    switch query.source.kind {
    case .named(let name):
      sourceName = name.name
      try checkIncludingBoilerplate(query.source, name: name)
      if let named = namedResults[name.name.lowercased()] {
        builder = Builder(scope: named.relation.scope, estimate: named.relation.rows.count, kind: named.kind)
        let relation = named.relation
        builder.add("result", "the rows of '\(named.summary.name)'", estimate: relation.rows.count) { _, _, _ in
          relation
        }
        try planLeadingFilters(&clauses, on: &builder, collection: nil)
      } else if let collection = context.catalog.collection(named: name.name) {
        sourceName = collection.name
        builder = Builder(scope: Scope(collection: collection), estimate: 0)
        try planCollection(collection, clauses: &clauses, builder: &builder, query: query)
      } else {
        let known = Catalog.collections.map(\.name) + namedResults.values.map(\.summary.name)
        throw QueryError(
          "unknown collection '\(name.name)'" + Suggestion.phrase(for: name.name, among: known), at: name.range,
          notes: ["collections: " + Catalog.collections.map(\.name).joined(separator: ", ")]
            + (namedResults.isEmpty
              ? [] : ["results: " + namedResults.values.map(\.summary.name).sorted().joined(separator: ", ")]))
      }
    case .concordance(let concordance):
      sourceName = "concordance"
      builder = try ConcordancePlanner(planner: self).plan(concordance)
    case .collocates(let collocates):
      sourceName = "collocates"
      builder = try CollocatesPlanner(planner: self).plan(collocates)
    case .frequencies(let scope):
      sourceName = "frequencies"
      builder = try FrequencyPlanner(planner: self).plan(scope: scope, range: query.source.range)
    }
    for (index, clause) in zip(clauses.indices, clauses) {
      try planClause(clause, next: index + 1 < clauses.endIndex ? clauses[index + 1] : nil, on: &builder)
    }
    if builder.scope.grouping != nil { try planImplicitColumns(on: &builder) }
    return QueryPlan(
      steps: builder.steps, scope: builder.scope, kind: builder.kind, sourceName: sourceName,
      warnings: builder.warnings, notes: builder.notes)
  }

  /// `including boilerplate` names a collection that hides page furniture; a named result keeps the rows it was
  /// made with, and other collections have none to show.
  private func checkIncludingBoilerplate(_ source: Source, name: Identifier) throws(QueryError) {
    guard source.includesBoilerplate else { return }
    if namedResults[name.name.lowercased()] != nil {
      throw QueryError(
        "'\(name.name)' is a result: it keeps the rows it was made with; write `including boilerplate` in its `let`",
        at: source.range)
    }
    if let collection = Catalog.collection(named: name.name), !collection.hidesBoilerplate {
      let hiding = Catalog.collections.filter(\.hidesBoilerplate).map(\.name).joined(separator: " and ")
      throw QueryError(
        "\(collection.name) hold no page furniture; `including boilerplate` applies to \(hiding)", at: source.range)
    }
  }

  /// A collection source: the items an index gives for the leading `where` conditions, else a scan.
  private func planCollection(
    _ collection: CollectionSchema, clauses: inout ArraySlice<Clause>, builder: inout Builder, query: Query
  ) throws(QueryError) {
    let showsHidden = collection.isHidden == nil || query.includesBoilerplate
    let hidden = showsHidden ? nil : collection.isHidden
    let total = collection.count(context)
    let leading = Self.leadingFilters(&clauses)
    guard !leading.isEmpty else {
      let note = hidden == nil ? "" : " (body only; `\(collection.name) including boilerplate` shows the rest)"
      if case .count? = clauses.first?.kind {
        // `quotes count`: the table knows how many items it has; no row need be made for each.
        clauses = clauses.dropFirst()
        let countScope = Scope(columns: [Column(name: "count", shape: .number)])
        builder.add("count", "count the rows of \(collection.name) from the table: \(total) items\(note)", estimate: 1) {
          _, context, cancel throws(QueryError) in
          var count = 0
          if let hidden {
            for (counter, id) in collection.items(context).enumerated() {
              try cancel.check(counter)
              if !hidden(context, id) { count += 1 }
            }
          } else {
            count = collection.count(context)
          }
          return Relation(scope: countScope, rows: [Row(item: -1, values: [.number(Double(count))])])
        }
        builder.scope = countScope
        builder.kind = .rows
        return
      }
      builder.add("scan", "\(collection.name): \(total) items\(note)", estimate: total) {
        _, context, cancel throws(QueryError) in
        Relation(scope: Scope(collection: collection), rows: try Self.items(collection, hidden, context, cancel))
      }
      return
    }
    let condition = Self.conjunction(leading)
    let compiled = try compiler.condition(condition, in: builder.scope)
    let written = source.excerpt(condition.range)
    let (lookups, answersAll) = try IndexSelection(context: context, compiler: compiler).lookups(
      condition, in: collection)
    if let first = lookups.first {
      var ids = first.ids
      let firstIDs = first.ids
      builder.add("index", first.description, estimate: ids.count) { _, context, _ in
        let rows = firstIDs.filter { hidden?(context, $0) != true }.map { Row(item: $0) }
        return Relation(scope: Scope(collection: collection), rows: rows)
      }
      for next in lookups.dropFirst() {
        ids = SortedIDs.intersect(ids, next.ids)
        let keep = Set(next.ids)
        builder.add("index", next.description + ", intersected", estimate: ids.count) { relation, _, _ in
          Relation(scope: relation.scope, rows: relation.rows.filter { keep.contains($0.item) })
        }
      }
      // The indexes answered every condition exactly: nothing to recheck.
      if answersAll { return }
      builder.add(
        "filter", "recheck \(written) on \(ids.count) \(ids.count == 1 ? "candidate" : "candidates")",
        estimate: ids.count
      ) {
        relation, context, cancel throws(QueryError) in try Self.filter(relation, compiled, context, cancel)
      }
      return
    }
    builder.add("scan", "\(collection.name): \(total) items, no index for this condition", estimate: total) {
      _, context, cancel throws(QueryError) in
      Relation(scope: Scope(collection: collection), rows: try Self.items(collection, hidden, context, cancel))
    }
    builder.add("filter", written, estimate: Self.estimate(total, after: condition)) {
      relation, context, cancel throws(QueryError) in try Self.filter(relation, compiled, context, cancel)
    }
  }

  /// Leading `where` clauses on a named result whose rows are still items: an index narrows them too.
  private func planLeadingFilters(
    _ clauses: inout ArraySlice<Clause>, on builder: inout Builder, collection: CollectionSchema?
  ) throws(QueryError) {
    let scope = builder.scope
    guard let collection = scope.collection, scope.columns.isEmpty, scope.grouping == nil else { return }
    var copy = clauses
    let leading = Self.leadingFilters(&copy)
    guard !leading.isEmpty else { return }
    let condition = Self.conjunction(leading)
    let compiled = try compiler.condition(condition, in: scope)
    guard let lookup = try IndexSelection(context: context, compiler: compiler).lookup(condition, in: collection) else {
      return
    }
    clauses = copy
    let candidates = Set(lookup.ids)
    builder.add("index", lookup.description, estimate: min(builder.estimate, candidates.count)) { relation, _, _ in
      Relation(scope: relation.scope, rows: relation.rows.filter { candidates.contains($0.item) })
    }
    builder.add("filter", "recheck \(source.excerpt(condition.range))", estimate: nil) {
      relation, context, cancel throws(QueryError) in try Self.filter(relation, compiled, context, cancel)
    }
  }

  // MARK: - running pieces shared by steps

  static func items(
    _ collection: CollectionSchema, _ hidden: (@Sendable (QueryContext, Int) -> Bool)?, _ context: QueryContext,
    _ cancel: Cancellation
  ) throws(QueryError) -> [Row] {
    var rows: [Row] = []
    for (counter, id) in collection.items(context).enumerated() {
      try cancel.check(counter)
      if hidden?(context, id) == true { continue }
      rows.append(Row(item: id))
    }
    return rows
  }

  /// Below this many rows a filter runs on one core: handing out the work would cost more than it saves.
  static let rowsForParallelFilter = 2048

  /// The rows for which `condition` holds, in their order. A long relation is cut into pieces checked on
  /// every core (compiled conditions share nothing mutable); each piece asks for Ctrl-C as a serial loop would,
  /// and stops when cancelled, after which the step throws.
  static func filter(
    _ relation: Relation, _ condition: Compiled, _ context: QueryContext, _ cancel: Cancellation,
    parallelFrom threshold: Int = rowsForParallelFilter
  ) throws(QueryError) -> Relation {
    let rows = relation.rows
    guard rows.count >= threshold else {
      var kept: [Row] = []
      for (counter, row) in rows.enumerated() {
        try cancel.check(counter)
        if condition.holds(context, row) { kept.append(row) }
      }
      return Relation(scope: relation.scope, rows: kept)
    }
    let pieces = ParallelWork.chunks(of: rows.count, pieces: ParallelWork.pieces)
    let kept = ParallelWork.map(pieces.count) { piece -> [Row] in
      var kept: [Row] = []
      for index in pieces[piece] {
        if (index - pieces[piece].lowerBound) % Cancellation.rowsBetweenChecks == 0, cancel.isCancelled() { break }
        if condition.holds(context, rows[index]) { kept.append(rows[index]) }
      }
      return kept
    }
    try cancel.checkNow()
    return Relation(scope: relation.scope, rows: Array(kept.joined()))
  }

  /// The consecutive `where` clauses at the front, removed from `clauses`.
  static func leadingFilters(_ clauses: inout ArraySlice<Clause>) -> [Expression] {
    var conditions: [Expression] = []
    while let first = clauses.first, case .filter(let condition) = first.kind {
      conditions.append(condition)
      clauses = clauses.dropFirst()
    }
    return conditions
  }

  static func conjunction(_ conditions: [Expression]) -> Expression {
    guard conditions.count > 1 else { return conditions[0] }
    let range = conditions[0].range.union(conditions[conditions.count - 1].range)
    return Expression(kind: .and(conditions), range: range)
  }

  /// A rough share of rows a condition keeps, for `explain`'s estimates when no index applies.
  static func estimate(_ rows: Int, after condition: Expression) -> Int {
    func selectivity(_ expression: Expression) -> Double {
      switch expression.kind {
      case .and(let operands): return operands.map(selectivity).reduce(1, *)
      case .or(let operands): return min(1, operands.map(selectivity).reduce(0, +))
      case .not(let operand): return 1 - selectivity(operand)
      case .comparison(_, .equal, _), .membership(_, _, false): return 0.1
      case .contains, .matches, .call: return 0.05
      default: return 0.33
      }
    }
    return rows == 0 ? 0 : max(1, Int((Double(rows) * selectivity(condition)).rounded()))
  }
}
