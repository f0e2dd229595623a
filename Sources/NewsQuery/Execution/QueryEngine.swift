import NewsCorpus

/// Runs NewsQL statements against one corpus: parse, check names and types, then evaluate.
public struct QueryEngine: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// Parses and runs one statement; `start` places it in a larger script for error positions.
  /// `isCancelled` is polled while rows are produced (Ctrl-C in the shell); a cancelled run throws.
  public func run(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1),
    isCancelled: @Sendable () -> Bool = { false }
  ) throws(QueryError) -> ResultSet {
    try execute(Parser.parseStatement(source, start: start), isCancelled: isCancelled)
  }

  public func execute(_ statement: Statement, isCancelled: @Sendable () -> Bool = { false }) throws(QueryError)
    -> ResultSet
  {
    let query = statement.query
    guard let collection = Catalog.collection(named: query.collection.name) else {
      throw QueryError(
        "unknown collection '\(query.collection.name)'", at: query.collection.range,
        notes: ["collections: " + Catalog.collections.map(\.name).joined(separator: ", ")])
    }
    let predicate = try query.filter.map { (filter) throws(QueryError) in
      try PredicateCompiler(collection: collection).compile(filter)
    }
    let columns = collection.defaultColumns.compactMap { collection.field(named: $0) }
    var rows: [[Value]] = []
    for id in collection.items(corpus) {
      if id % 1024 == 0, isCancelled() { throw QueryError("query cancelled", at: statement.range) }
      guard predicate?(corpus, id) ?? true else { continue }
      rows.append(columns.map { $0.read(corpus, id) })
    }
    return ResultSet(collection: collection.name, columns: columns.map(\.name), rows: rows)
  }
}
