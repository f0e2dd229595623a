/// Plans `frequencies of words [in source]`: each word of the text (the body sentences, or the rows of a source
/// or query) with how often it occurs and its share of all the words, most frequent first — a frequency list.
struct FrequencyPlanner {
  let planner: Planner
  static let columns = [
    Column(name: "word", shape: .string), Column(name: "count", shape: .number),
    Column(name: "percent", shape: .number),
  ]

  func plan(scope query: Query?, range: SourceRange) throws(QueryError) -> Planner.Builder {
    let scope = try TextScope.plan(query, at: range, planner: planner, view: "frequencies")
    var builder = scope.builder
    let span = scope.span
    let output = Scope(columns: Self.columns)
    builder.add("frequencies", "each word of the \(scope.collection.name), counted", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      let (counts, total) = try TextScope.wordCounts(relation.rows, span, context, cancel)
      let rows = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { word, count in
        Row(item: -1, values: [.string(word), .number(Double(count)), .number(CollocatesPlanner.rounded(Double(count) * 100 / Double(total)))])
      }
      return Relation(scope: output, rows: rows)
    }
    builder.scope = output
    return builder
  }
}
