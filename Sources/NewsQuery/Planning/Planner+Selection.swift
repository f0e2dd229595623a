import NewsCorpus

/// The clauses that pick some rows or say how to draw them: `top N by KEY per GROUP`, `sample N [seed S]`, `chart`.
extension Planner {
  /// `top N by KEY per GROUP, …`: the rows sorted by the key, then the first N of each group, in that order.
  func planTop(_ limit: Int, keys: [OrderKey], per partition: [Expression], written: String, on builder: inout Builder)
    throws(QueryError)
  {
    var sortKeys: [Compiled.Evaluator] = []
    for key in keys {
      var compiled = try compiler.compile(key.expression, in: builder.scope)
      if compiled.shape.type == .list { compiled = ExpressionCompiler.count(of: compiled) }
      sortKeys.append(sortKey(of: key.expression, builder.scope) ?? compiled.evaluate)
    }
    var groupKeys: [Compiled.Evaluator] = []
    for expression in partition { groupKeys.append(try compiler.compile(expression, in: builder.scope).evaluate) }
    let directions = keys.map(\.isDescending)
    let evaluators = sortKeys
    let partitions = groupKeys
    builder.add("top", written, estimate: nil) { relation, context, cancel throws(QueryError) in
      var sorter = RowSorter(descending: directions, cancel: cancel)
      let sorted = try sorter.sorted(relation.rows, bound: nil) { row in evaluators.map { $0(context, row) } }
      var taken: [[Value]: Int] = [:]
      var rows: [Row] = []
      for (counter, row) in sorted.enumerated() {
        try cancel.check(counter)
        let group = partitions.map { $0(context, row) }
        let count = taken[group, default: 0]
        if count < limit {
          taken[group] = count + 1
          rows.append(row)
        }
      }
      return Relation(scope: relation.scope, rows: rows)
    }
  }

  /// `sample N [seed S]`: N rows drawn at random without repeats, kept in their order. The same seed draws the
  /// same rows from the same rows; without one, the seed drawn is noted so the sample can be drawn again.
  func planSample(count: Int, seed literal: Literal?, written: String, on builder: inout Builder) throws(QueryError) {
    let seed: UInt64
    if let literal {
      guard case .number(let number) = literal.value, number >= 0, number.rounded() == number, number < 1e15 else {
        throw QueryError("'seed' takes a whole number, 0 or more", at: literal.range)
      }
      seed = UInt64(number)
    } else {
      seed = UInt64.random(in: 0..<1_000_000)
      builder.notes.append("sample drawn with seed \(seed); add `seed \(seed)` to draw the same rows again")
    }
    builder.add("sample", written + (literal == nil ? " seed \(seed)" : ""), estimate: min(count, builder.estimate)) {
      relation, _, cancel throws(QueryError) in
      try cancel.check(0)
      var generator = SplitMix64(seed: seed)
      let chosen = generator.choose(count, of: relation.rows.count)
      return Relation(scope: relation.scope, rows: chosen.map { relation.rows[$0] })
    }
  }

  /// `chart`: the rows are drawn as bars; they need a number to draw (a count, a sum).
  func planChart(_ clause: Clause, on builder: inout Builder) throws(QueryError) {
    try planImplicitColumns(on: &builder)
    guard builder.scope.columns.contains(where: { $0.shape.type == .number || $0.shape.countsItems }) else {
      throw QueryError(
        "chart draws numbers, and these rows have none: group them first (group by speaker chart) or show a count",
        at: clause.range)
    }
    builder.kind = .chart
  }
}
