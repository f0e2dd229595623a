/// Polled while rows are produced; a cancelled query throws at the statement's range.
struct Cancellation: Sendable {
  var isCancelled: @Sendable () -> Bool
  var range: SourceRange

  func check(_ counter: Int) throws(QueryError) {
    if counter % 1024 == 0 { try checkNow() }
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
