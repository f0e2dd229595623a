/// One row flowing between clauses: an item of a collection, projected values, or a group of rows.
struct Row: Sendable {
  /// The item of the scope's collection this row stands for; -1 when none (a group, a count).
  var item: Int
  /// Values of the scope's columns, in order.
  var values: [Value] = []
  /// The rows of a group.
  var members: [Row] = []
  /// For a concordance line, where its match lies; context highlights it.
  var span: TextSpan?
  /// For a group, the rows of every group together (`total`).
  var total = 0

  init(item: Int, values: [Value] = [], members: [Row] = [], span: TextSpan? = nil, total: Int = 0) {
    self.item = item
    self.values = values
    self.members = members
    self.span = span
    self.total = total
  }
}

/// A named column of a scope and what the checker knows of its values.
struct Column: Sendable {
  var name: String
  var shape: Shape
  /// What `order by` the column sorts on, when that is not its value: a concordance's left context sorts by
  /// its words from the match outwards, whatever the width shows.
  var sortKey: Compiled.Evaluator? = nil
  /// The expression it was computed from as written, lowercased, so a later clause can repeat it
  /// (`order by month(document.date)` after `show month(document.date)`).
  var written: String? = nil
}

/// What names mean in a clause: the columns computed so far, the fields of the collection whose
/// items the rows still are, and — after `group by` — the group keys and the scope of each group's rows.
struct Scope: Sendable {
  var collection: CollectionSchema?
  var columns: [Column] = []
  var grouping: Grouping?
  /// Whether each row carries the span of a match (concordance lines), which `left(n)` and `right(n)` read.
  var hasSpans = false

  /// The group keys (the first columns) and the scope their members are read in.
  /// A class only because a scope cannot hold a scope by value; it is never changed after it is made.
  final class Grouping: Sendable {
    let keyTexts: [String]
    let members: Scope

    init(keyTexts: [String], members: Scope) {
      self.keyTexts = keyTexts
      self.members = members
    }
  }

  /// Every name a path may start with here, for "did you mean".
  var knownNames: [String] {
    var seen = Set<String>()
    return (columns.map(\.name) + (collection?.fields.map(\.name) ?? [])).filter { seen.insert($0.lowercased()).inserted }
  }

  /// What the rows are, for messages: `quotes`, `the groups`, `the rows`.
  var description: String {
    if grouping != nil { return "the groups" }
    return collection.map { columns.isEmpty ? $0.name : "the rows of \($0.name)" } ?? "the rows"
  }
}

/// Relation: rows with the scope that reads them.
struct Relation: Sendable {
  var scope: Scope
  var rows: [Row]
}
