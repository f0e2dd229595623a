/// The rows a corpus view — concordance, collocates, frequencies — reads its text from: the body sentences, or
/// the quotations, paragraphs or documents a source or query in parentheses gives. Its steps come first in the
/// view's plan, nested under it in `explain`.
struct TextScope {
  var builder: Planner.Builder
  var collection: CollectionSchema
  var span: @Sendable (QueryContext, Int) -> TextSpan

  /// Plans `query` (the body sentences when nil) as the rows `view` reads.
  static func plan(_ query: Query?, at range: SourceRange, planner: Planner, view: String) throws(QueryError)
    -> TextScope
  {
    let sourceQuery =
      query
      ?? Query(
        source: Source(kind: .named(Identifier(name: "sentences", range: range)), range: range), clauses: [],
        range: range)
    let inner = try planner.plan(sourceQuery)
    guard let collection = inner.scope.collection, inner.scope.grouping == nil, let span = collection.textSpan else {
      throw QueryError(
        "\(view) looks in quotes, sentences, paragraphs or documents, not in \(inner.scope.description)",
        at: sourceQuery.range)
    }
    var builder = Planner.Builder(scope: inner.scope, estimate: inner.steps.last?.estimatedRows ?? 0)
    builder.steps = inner.steps.map { step in
      var nested = step
      nested.depth += 1
      return nested
    }
    builder.warnings = inner.warnings
    return TextScope(builder: builder, collection: collection, span: span)
  }

  /// Keeps only the rows the word index says hold every pattern (a wildcard stands for every word it fits),
  /// and warns, at the term, of a pattern that fits no word of the collection at all.
  mutating func narrow(to patterns: [WordPattern], term: Literal, context: QueryContext) {
    guard CorpusIndex.textCollections.contains(collection.name) else { return }
    var candidates: [Int]?
    var descriptions: [String] = []
    for pattern in patterns {
      let known = pattern.isWildcard ? context.index.words(where: pattern.matches) : [pattern.text]
      var words = 0
      var lists: [[Int]] = []
      for word in known {
        let ids = context.index.items(containing: [word], in: collection.name, corpus: context.corpus) ?? []
        if !ids.isEmpty {
          words += 1
          lists.append(ids)
        }
      }
      if words == 0 {
        builder.warnings.append(
          Diagnostic(.warning, "no word in \(collection.name) matches '\(pattern)'", at: term.range))
      }
      descriptions.append(pattern.isWildcard ? "\"\(pattern)\" \(words) words" : "\"\(pattern)\"")
      let ids = SortedIDs.union(lists)
      candidates = candidates.map { SortedIDs.intersect($0, ids) } ?? ids
    }
    let kept = Set(candidates ?? [])
    builder.add(
      "index", "word index: \(descriptions.joined(separator: ", ")) in \(kept.count) \(collection.name)",
      estimate: kept.count
    ) { relation, _, _ in Relation(scope: relation.scope, rows: relation.rows.filter { kept.contains($0.item) }) }
  }

  /// How often each folded word occurs in the text of `rows`, and how many words they hold.
  static func wordCounts(
    _ rows: [Row], _ span: @Sendable (QueryContext, Int) -> TextSpan, _ context: QueryContext, _ cancel: Cancellation
  ) throws(QueryError) -> (counts: [String: Int], total: Int) {
    var counts: [String: Int] = [:]
    var total = 0
    for (counter, row) in rows.enumerated() where row.item >= 0 {
      try cancel.check(counter)
      let itemSpan = span(context, row.item)
      TextFolding.forEachWord(in: context.corpus.documents[itemSpan.documentID].text(in: itemSpan.byteRange)) { word, _ in
        counts[word, default: 0] += 1
        total += 1
      }
    }
    return (counts, total)
  }

  /// The words of an item's text, byte ranges in its document.
  static func words(of item: Int, _ span: TextSpan, _ context: QueryContext) -> [TextFolding.Word] {
    let text = context.corpus.documents[span.documentID].text(in: span.byteRange)
    return TextFolding.words(text).map { word in
      TextFolding.Word(
        folded: word.folded,
        byteRange: (span.byteRange.lowerBound + word.byteRange.lowerBound)..<(span.byteRange.lowerBound + word.byteRange.upperBound))
    }
  }
}
