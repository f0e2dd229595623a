/// The answer to a query: named columns and rows of values, ready for any output format.
public struct ResultSet: Sendable, Hashable {
  /// The collection the rows come from (or the source's name).
  public var collection: String
  public var columns: [String]
  public var rows: [[Value]]
  /// What the rows are, so a renderer can lay out a concordance, a context view or a plan as such;
  /// the content is the same in every format.
  public var kind: ResultKind
  /// What the query should know but that did not stop it (a search term that matches no word), located.
  public var warnings: [Diagnostic] = []
  /// Facts about the result for a line on standard error (the seed a sample drew with).
  public var notes: [String] = []

  public init(
    collection: String, columns: [String], rows: [[Value]], kind: ResultKind = .rows, warnings: [Diagnostic] = [],
    notes: [String] = []
  ) {
    self.collection = collection
    self.columns = columns
    self.rows = rows
    self.kind = kind
    self.warnings = warnings
    self.notes = notes
  }
}

/// The kinds of result, each with the columns a renderer may rely on.
public enum ResultKind: String, Sendable, Hashable {
  /// Any rows.
  case rows
  /// Keyword in context: `document`, `position`, `left`, `match`, `right`.
  case concordance
  /// A match in its sentence or paragraph: `document`, `position`, `before`, `match`, `after`.
  case context
  /// `explain`: `step`, `operation`, `detail`, `estimated`, `actual`.
  case plan
  /// `chart`: labels, then numbers drawn as bars (a time series when the first column is dates or weeks).
  case chart
}

/// What running one statement produced.
public enum StatementOutcome: Sendable, Hashable {
  /// Rows to print (a query, a concordance, a context view, an explained plan).
  case rows(ResultSet)
  /// `let name = query` kept a result; nothing to print but a note.
  case bound(NamedResultSummary)

  /// The rows, if the statement produced any.
  public var resultSet: ResultSet? {
    if case .rows(let result) = self { return result }
    return nil
  }
}

/// A result kept by `let`, as `.results` lists it.
public struct NamedResultSummary: Sendable, Hashable {
  public var name: String
  /// The query as written.
  public var query: String
  public var rowCount: Int
  /// The collection whose items the rows are, if they still are items.
  public var collection: String?
  /// The names of its computed columns (`speaker`, `count` after `group by`); empty when it shows a collection's.
  public var columns: [String] = []
}
