/// Plans `context [sentence | paragraph]`: each quotation, sentence, mention or concordance match shown in
/// its surrounding sentence or paragraph, split into before / match / after so renderers can highlight it.
struct ContextPlanner {
  let planner: Planner
  static let columns = [
    Column(name: "document", shape: Shape(.reference, target: "documents")), Column(name: "position", shape: .number),
    Column(name: "before", shape: .string), Column(name: "match", shape: .string),
    Column(name: "after", shape: .string),
  ]

  enum Surrounding: String, CaseIterable {
    case sentence, paragraph
  }

  func plan(scope name: Identifier?, clause: Clause, on builder: inout Planner.Builder) throws(QueryError) {
    let scope = builder.scope
    let hasSpans = builder.kind == .concordance
    guard scope.grouping == nil, let collection = scope.collection, let span = collection.textSpan,
      ["quotes", "sentences", "mentions", "paragraphs", "terms"].contains(collection.name) || hasSpans
    else {
      throw QueryError(
        "context shows quotes, terms, sentences, mentions or concordance lines in their surroundings, not \(scope.description)",
        at: clause.range)
    }
    let surrounding = try self.surrounding(name, collection: collection, hasSpans: hasSpans, clause: clause)
    let output = Scope(collection: collection, columns: Self.columns)
    builder.add("context", "in its \(surrounding.rawValue)", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      var rows: [Row] = []
      for (counter, row) in relation.rows.enumerated() where row.item >= 0 {
        try cancel.check(counter)
        let match = row.span ?? span(context, row.item)
        rows.append(Row(item: row.item, values: Self.view(match, in: surrounding, context), span: match))
      }
      return Relation(scope: output, rows: rows)
    }
    builder.scope = output
    builder.kind = .context
  }

  private func surrounding(_ name: Identifier?, collection: CollectionSchema, hasSpans: Bool, clause: Clause)
    throws(QueryError) -> Surrounding
  {
    guard let name else {
      if collection.name == "paragraphs" && !hasSpans {
        throw QueryError(
          "a paragraph is its own context; use context with quotes, sentences or mentions", at: clause.range)
      }
      return collection.name == "sentences" && !hasSpans ? .paragraph : .sentence
    }
    let word = name.name.lowercased()
    guard let found = Surrounding.allCases.first(where: { word == $0.rawValue || word == $0.rawValue + "s" }) else {
      throw QueryError(
        "expected sentence or paragraph after 'context', found '\(name.name)'"
          + Suggestion.phrase(for: name.name, among: Surrounding.allCases.map(\.rawValue)), at: name.range)
    }
    return found
  }

  /// document, position, and the surrounding text cut into before, match and after.
  static func view(_ match: TextSpan, in surrounding: Surrounding, _ context: QueryContext) -> [Value] {
    let corpus = context.corpus
    let document = corpus.documents[match.documentID]
    var enclosing = match.byteRange
    switch surrounding {
    case .sentence:
      for id in document.sentenceIDs {
        let range = corpus.sentences[id].byteRange
        if range.overlaps(match.byteRange) || range.contains(match.byteRange.lowerBound) {
          enclosing = min(enclosing.lowerBound, range.lowerBound)..<max(enclosing.upperBound, range.upperBound)
        }
      }
    case .paragraph:
      for id in document.paragraphIDs {
        let range = corpus.paragraphs[id].byteRange
        if range.overlaps(match.byteRange) || range.contains(match.byteRange.lowerBound) {
          enclosing = min(enclosing.lowerBound, range.lowerBound)..<max(enclosing.upperBound, range.upperBound)
        }
      }
    }
    return [
      context.documentValue(match.documentID), context.position(match.byteRange, match.documentID),
      .string(String(document.text(in: enclosing.lowerBound..<match.byteRange.lowerBound))),
      .string(String(document.text(in: match.byteRange))),
      .string(String(document.text(in: match.byteRange.upperBound..<enclosing.upperBound))),
    ]
  }
}
