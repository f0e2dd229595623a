/// Polled while rows are produced; a cancelled query throws at the statement's range.
struct Cancellation: Sendable {
  var isCancelled: @Sendable () -> Bool
  var range: SourceRange

  /// How many rows pass between two questions to `isCancelled` in a loop over rows. Asking costs a few
  /// nanoseconds; a row whose own work is long (a path through every document of an entity, a long list)
  /// asks inside its evaluation too, so no operator goes more than a few milliseconds without asking.
  static let rowsBetweenChecks = 16

  func check(_ counter: Int) throws(QueryError) {
    if counter % Self.rowsBetweenChecks == 0 { try checkNow() }
  }

  /// `transform` of each row, asking every `rowsBetweenChecks` rows.
  func map<Result>(_ rows: [Row], _ transform: (Row) -> Result) throws(QueryError) -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(rows.count)
    for (counter, row) in rows.enumerated() {
      try check(counter)
      results.append(transform(row))
    }
    return results
  }

  /// Throws if cancelled; after each step, so a query whose evaluation gave up early never returns rows.
  func checkNow() throws(QueryError) {
    if isCancelled() { throw QueryError("query cancelled", at: range) }
  }
}

/// One step of a plan: what it does (for `explain`), how many rows it is expected to give, and how it runs.
struct PlanStep: Sendable {
  typealias Run = @Sendable (Relation, QueryContext, Cancellation) throws(QueryError) -> Relation
  var operation: String
  var detail: String
  var estimatedRows: Int?
  /// Nesting, for the steps of a concordance's source query.
  var depth = 0
  var run: Run
}

/// A checked query ready to run: its steps, in order, and what its rows are.
struct QueryPlan: Sendable {
  var steps: [PlanStep]
  var scope: Scope
  var kind: ResultKind
  var sourceName: String
  var warnings: [Diagnostic] = []
  var notes: [String] = []
}

/// A result kept by `let`: its rows, the scope that reads them, and its summary.
struct NamedResult: Sendable {
  var relation: Relation
  var kind: ResultKind
  var summary: NamedResultSummary
}
