/// Plans `concordance "phrase" [in source] [width N]`: keyword in context, as CQP shows it.
///
/// Each occurrence of the phrase becomes a row — document, character position, left context, the match,
/// right context — with the match's span kept, so `context` can show it in its sentence or paragraph.
/// The word index gives the candidate items; only those are searched.
struct ConcordancePlanner {
  let planner: Planner
  static let defaultWidth = 40
  static let columns = [
    Column(name: "document", shape: Shape(.reference, target: "documents")), Column(name: "position", shape: .number),
    Column(name: "left", shape: .string), Column(name: "match", shape: .string), Column(name: "right", shape: .string),
  ]

  func plan(phrase literal: Literal, scope query: Query?, width widthLiteral: Literal?) throws(QueryError)
    -> Planner.Builder
  {
    guard case .string(let text) = literal.value else {
      throw QueryError("a concordance looks for a word or phrase in quotes", at: literal.range)
    }
    let phrase = try ExpressionCompiler.phrase(
      Expression(kind: .literal(literal), range: literal.range), after: "concordance")
    let width = try self.width(widthLiteral)
    let sourceQuery =
      query
      ?? Query(
        source: Source(kind: .named(Identifier(name: "sentences", range: literal.range)), range: literal.range),
        clauses: [], range: literal.range)
    let inner = try planner.plan(sourceQuery)
    guard let collection = inner.scope.collection, inner.scope.grouping == nil, let span = collection.textSpan else {
      throw QueryError(
        "a concordance looks in quotes, sentences, paragraphs or documents, not in \(inner.scope.description)",
        at: sourceQuery.range)
    }
    var builder = Planner.Builder(scope: inner.scope, estimate: inner.steps.last?.estimatedRows ?? 0)
    builder.steps = inner.steps.map { step in
      var nested = step
      nested.depth += 1
      return nested
    }
    if let lookup = try IndexSelection(context: planner.context, compiler: planner.compiler).lookup(
      Expression(
        kind: .contains(
          Expression(
            kind: .path(FieldPath(components: [Identifier(name: "text", range: literal.range)])), range: literal.range),
          Expression(kind: .literal(literal), range: literal.range)),
        range: literal.range),
      in: collection)
    {
      let candidates = Set(lookup.ids)
      builder.add(
        "index", "word index: \"\(text)\" in \(candidates.count) \(collection.name)", estimate: candidates.count
      ) {
        relation, _, _ in Relation(scope: relation.scope, rows: relation.rows.filter { candidates.contains($0.item) })
      }
    }
    let scope = Scope(collection: collection, columns: Self.columns)
    builder.add("concordance", "\"\(text)\", \(width) characters each side", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      var rows: [Row] = []
      for (counter, row) in relation.rows.enumerated() where row.item >= 0 {
        try cancel.check(counter)
        let itemSpan = span(context, row.item)
        let document = context.corpus.documents[itemSpan.documentID]
        let itemText = document.text(in: itemSpan.byteRange)
        for match in TextFolding.occurrences(of: phrase, in: itemText) {
          let bytes =
            (itemSpan.byteRange.lowerBound + match.lowerBound)..<(itemSpan.byteRange.lowerBound + match.upperBound)
          let matchSpan = TextSpan(documentID: itemSpan.documentID, byteRange: bytes)
          rows.append(Row(item: row.item, values: Self.line(matchSpan, width: width, context), span: matchSpan))
        }
      }
      return Relation(scope: scope, rows: rows)
    }
    builder.scope = scope
    builder.kind = .concordance
    return builder
  }

  private func width(_ literal: Literal?) throws(QueryError) -> Int {
    guard let literal else { return Self.defaultWidth }
    guard case .number(let number) = literal.value, number >= 1, number <= 1000, number.rounded() == number else {
      throw QueryError("'width' takes a whole number of characters from 1 to 1000", at: literal.range)
    }
    return Int(number)
  }

  /// document, position, left context, match, right context — on one line each.
  static func line(_ span: TextSpan, width: Int, _ context: QueryContext) -> [Value] {
    let document = context.corpus.documents[span.documentID]
    let before = document.text(in: 0..<span.byteRange.lowerBound)
    let after = document.text(in: span.byteRange.upperBound..<document.text.utf8.count)
    return [
      context.documentValue(span.documentID), context.position(span.byteRange, span.documentID),
      .string(flattened(String(before.suffix(width)))), .string(flattened(String(document.text(in: span.byteRange)))),
      .string(flattened(String(after.prefix(width)))),
    ]
  }

  /// Every run of white space (line breaks, tabs) as one space, so a concordance line stays one line.
  static func flattened(_ text: String) -> String {
    var result = ""
    var previousWasSpace = false
    for character in text {
      let isSpace = character.isWhitespace
      if isSpace && previousWasSpace { continue }
      result.append(isSpace ? " " : character)
      previousWasSpace = isSpace
    }
    return result
  }
}
