import NewsCorpus

/// Runs NewsQL statements against one corpus: parse (tokens → AST), plan (checked steps, indexes chosen),
/// execute (rows). Indexes are built once, here; `let` results are kept between statements.
public struct QueryEngine: Sendable {
  public let corpus: Corpus
  /// The corpus with its indexes, as compiled queries read it.
  public let context: QueryContext
  private var named: [String: NamedResult] = [:]
  private var namedOrder: [String] = []
  /// The values `$name` stands for in statements (`.param set name VALUE` in the shell).
  public var parameters: [String: Literal.Value] = [:]

  /// An engine over `corpus`, compacted into columns (`Corpus.compacted`), with its indexes built.
  public init(corpus: Corpus) {
    let compacted = corpus.compacted()
    self.init(context: QueryContext(corpus: compacted, index: CorpusIndex(corpus: compacted)))
  }

  init(context: QueryContext) {
    corpus = context.corpus
    self.context = context
  }

  /// Parses and runs one statement; `start` places it in a larger script for error positions.
  /// `isCancelled` is polled while rows are produced (Ctrl-C in the shell); a cancelled run throws. Without it
  /// (a batch run that nothing can cancel) a regular expression is matched at full speed.
  /// A `let` keeps its result for later statements, which is why running is mutating.
  public mutating func run(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1),
    isCancelled: (@Sendable () -> Bool)? = nil
  ) throws(QueryError) -> StatementOutcome {
    let statement = try Parser.parseStatement(source, start: start, parameters: parameters)
    return try execute(statement, source: SourceText(text: source, startOffset: start.offset), isCancelled: isCancelled)
  }

  /// Runs a query (or `explain`) and returns its rows; a `let` here is an error, since nothing would keep it.
  public func query(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1),
    isCancelled: (@Sendable () -> Bool)? = nil
  ) throws(QueryError) -> ResultSet {
    var copy = self
    let outcome = try copy.run(source, start: start, isCancelled: isCancelled)
    guard let result = outcome.resultSet else {
      throw QueryError("'let' keeps a result only in a session", at: SourceRange(start: start, end: start))
    }
    return result
  }

  mutating func execute(_ statement: Statement, source: SourceText, isCancelled: (@Sendable () -> Bool)?)
    throws(QueryError) -> StatementOutcome
  {
    let planner = Planner(context: context, source: source, namedResults: named, isCancelled: isCancelled)
    let cancellation = Cancellation(isCancelled: isCancelled ?? { false }, range: statement.range)
    switch statement.kind {
    case .query(let query):
      let plan = try planner.plan(query)
      let (relation, _) = try Executor.run(plan, context, cancellation)
      return .rows(try Executor.resultSet(relation, plan: plan, context: context, cancel: cancellation))
    case .explain(let query):
      let plan = try planner.plan(query)
      let (_, actual) = try Executor.run(plan, context, cancellation)
      return .rows(Executor.explanation(plan, actual: actual))
    case .binding(let name, let query):
      if Catalog.collection(named: name.name) != nil {
        throw QueryError("'\(name.name)' is a collection; give the result another name", at: name.range)
      }
      let plan = try planner.plan(query)
      let (relation, _) = try Executor.run(plan, context, cancellation)
      let summary = NamedResultSummary(
        name: name.name, query: source.excerpt(query.range), rowCount: relation.rows.count,
        collection: relation.scope.collection?.name, columns: relation.scope.columns.map(\.name))
      let key = name.name.lowercased()
      if named[key] == nil { namedOrder.append(key) }
      named[key] = NamedResult(relation: relation, kind: plan.kind, summary: summary)
      return .bound(summary)
    }
  }

  /// The folded name forms entity `entityID` is equal to in a query (`speaker = "…"`): what a benchmark's
  /// peer needs in its own name table to answer the same questions.
  public func nameForms(of entityID: Int) -> [String] {
    Array(CorpusIndex.nameForms(of: corpus.entities[entityID]))
  }

  /// Keeps rows made outside the language (`.import FILE AS NAME`) as a named result, which queries then read like
  /// any other: `quotes where speaker in NAME`. Each column's type is its values' (number, date, else string).
  public mutating func keep(_ result: ResultSet, as name: String, query: String) throws(QueryError) {
    let nowhere = SourceRange(start: SourceLocation(offset: 0, line: 1, column: 1), end: SourceLocation(offset: 0, line: 1, column: 1))
    guard Catalog.collection(named: name) == nil, Keyword(rawValue: name.lowercased()) == nil else {
      throw QueryError("'\(name)' is a collection or keyword; give the result another name", at: nowhere)
    }
    let columns = result.columns.indices.map { index -> Column in
      let values = result.rows.compactMap { index < $0.count && $0[index] != .null ? $0[index] : nil }
      let shape: Shape
      if !values.isEmpty, values.allSatisfy({ if case .number = $0 { true } else { false } }) {
        shape = .number
      } else if !values.isEmpty, values.allSatisfy({ if case .date = $0 { true } else { false } }) {
        shape = .date
      } else {
        shape = .string
      }
      return Column(name: result.columns[index], shape: shape)
    }
    let relation = Relation(scope: Scope(columns: columns), rows: result.rows.map { Row(item: -1, values: $0) })
    let summary = NamedResultSummary(
      name: name, query: query, rowCount: relation.rows.count, collection: nil, columns: result.columns)
    let key = name.lowercased()
    if named[key] == nil { namedOrder.append(key) }
    named[key] = NamedResult(relation: relation, kind: .rows, summary: summary)
  }

  /// The results kept by `let`, in the order they were first made.
  public var namedResults: [NamedResultSummary] { namedOrder.compactMap { named[$0]?.summary } }

  /// `.results` as rows: name, rows, collection, query.
  public var namedResultsTable: ResultSet {
    ResultSet(
      collection: "results", columns: ["name", "rows", "collection", "query"],
      rows: namedResults.map {
        [.string($0.name), .number(Double($0.rowCount)), $0.collection.map(Value.string) ?? .null, .string($0.query)]
      })
  }
}
