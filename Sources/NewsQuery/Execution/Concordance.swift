/// Plans `concordance "phrase" [in source] [width N [words]]`: keyword in context, as CQP shows it.
///
/// Each occurrence of the phrase becomes a row — document, character position, left context, the match,
/// right context — with the match's span kept, so `context` can show it in its sentence or paragraph and
/// `left(n)`, `right(n)` read the words around it. A word of the phrase may hold `*` and `?`. The word index
/// gives the candidate items; only those are searched. `order by left` sorts by the words before the match,
/// nearest first, and `order by right` by the words after it, whatever width the lines show.
struct ConcordancePlanner {
  let planner: Planner
  static let defaultWidth = 40

  static func columns() -> [Column] {
    [
      Column(name: "document", shape: Shape(.reference, target: "documents")), Column(name: "position", shape: .number),
      Column(name: "left", shape: .string) { context, row in
        row.span.map { ConcordanceWords.sortKey(ConcordanceWords.before($0, count: ConcordanceWords.sortWords, context)) }
          ?? .null
      },
      Column(name: "match", shape: .string),
      Column(name: "right", shape: .string) { context, row in
        row.span.map { ConcordanceWords.sortKey(ConcordanceWords.after($0, count: ConcordanceWords.sortWords, context)) }
          ?? .null
      },
    ]
  }

  func plan(_ concordance: Source.Concordance) throws(QueryError) -> Planner.Builder {
    let literal = concordance.phrase
    guard case .string(let text) = literal.value else {
      throw QueryError("a concordance looks for a word or phrase in quotes", at: literal.range)
    }
    let patterns = WordPattern.parse(text)
    guard !patterns.isEmpty else {
      throw QueryError("the string \"\(text)\" has no words to look for", at: literal.range)
    }
    let width = try self.width(concordance.width, inWords: concordance.widthInWords)
    var scope = try TextScope.plan(concordance.scope, at: literal.range, planner: planner, view: "a concordance")
    scope.narrow(to: patterns, term: literal, context: planner.context)
    var builder = scope.builder
    var spanned = Scope(collection: scope.collection, columns: Self.columns())
    spanned.hasSpans = true
    let output = spanned
    let span = scope.span
    let unit = concordance.widthInWords ? "words" : "characters"
    builder.add("concordance", "\"\(text)\", \(width) \(unit) each side", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      var rows: [Row] = []
      for (counter, row) in relation.rows.enumerated() where row.item >= 0 {
        try cancel.check(counter)
        let itemSpan = span(context, row.item)
        let words = TextScope.words(of: row.item, itemSpan, context)
        for start in WordPattern.starts(of: patterns, in: words) {
          let bytes = words[start].byteRange.lowerBound..<words[start + patterns.count - 1].byteRange.upperBound
          let matchSpan = TextSpan(documentID: itemSpan.documentID, byteRange: bytes)
          let values = Self.line(matchSpan, width: width, inWords: concordance.widthInWords, context)
          rows.append(Row(item: row.item, values: values, span: matchSpan))
        }
      }
      return Relation(scope: output, rows: rows)
    }
    builder.scope = output
    builder.kind = .concordance
    return builder
  }

  private func width(_ literal: Literal?, inWords: Bool) throws(QueryError) -> Int {
    guard let literal else { return Self.defaultWidth }
    let most = inWords ? 50 : 1000
    guard case .number(let number) = literal.value, number >= 1, number <= Double(most), number.rounded() == number
    else {
      throw QueryError(
        "'width' takes a whole number of \(inWords ? "words" : "characters") from 1 to \(most)", at: literal.range)
    }
    return Int(number)
  }

  /// document, position, left context, match, right context — on one line each.
  static func line(_ span: TextSpan, width: Int, inWords: Bool, _ context: QueryContext) -> [Value] {
    let document = context.corpus.documents[span.documentID]
    let left: Substring
    let right: Substring
    if inWords {
      let before = ConcordanceWords.before(span, count: width, context)
      let after = ConcordanceWords.after(span, count: width, context)
      left = document.text(in: (before.last?.byteRange.lowerBound ?? span.byteRange.lowerBound)..<span.byteRange.lowerBound)
      right = document.text(in: span.byteRange.upperBound..<(after.last?.byteRange.upperBound ?? span.byteRange.upperBound))
    } else {
      left = document.text(in: 0..<span.byteRange.lowerBound).suffix(width)
      right = document.text(in: span.byteRange.upperBound..<document.text.utf8.count).prefix(width)
    }
    return [
      context.documentValue(span.documentID), context.position(span.byteRange, span.documentID),
      .string(flattened(String(left))), .string(flattened(String(document.text(in: span.byteRange)))),
      .string(flattened(String(right))),
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
