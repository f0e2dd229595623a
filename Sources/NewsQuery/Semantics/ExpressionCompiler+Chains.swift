/// `and` and `or` chains, which a generated query can make 100,000 terms long: they ask for Ctrl-C between
/// terms, and the `contains` terms on one field read the row's words once rather than once a term.
extension ExpressionCompiler {
  /// How many terms of an `and` or `or` chain are tested between two questions to `isCancelled`.
  static let termsBetweenCancelChecks = 64

  /// `and` (every part holds) or `or` (some part does), stopping at the first part that decides. A chain of
  /// thousands of terms is long work for one row, so it asks `isCancelled` between its terms; once cancelled it
  /// gives up (false) and the plan step then throws, so no row it decided is returned.
  func chain(_ parts: [Compiled], holdsWhenEvery every: Bool) -> Compiled {
    guard let isCancelled, parts.count > Self.termsBetweenCancelChecks else {
      return Compiled(.bool) { context, row in
        .bool(every ? parts.allSatisfy { $0.holds(context, row) } : parts.contains { $0.holds(context, row) })
      }
    }
    return Compiled(.bool) { context, row in
      for (index, part) in parts.enumerated() {
        if index % Self.termsBetweenCancelChecks == 0, isCancelled() { return .bool(false) }
        if part.holds(context, row) != every { return .bool(!every) }
      }
      return .bool(every)
    }
  }

  /// The operands of a chain, checked. The `contains` terms on the same field (`text contains "a" or text contains
  /// "b"`) become one part, in the place of the first, that splits the field's text into words once a row.
  func conditions(_ operands: [Expression], holdsWhenEvery every: Bool, in scope: Scope) throws(QueryError)
    -> [Compiled]
  {
    var termsPerField: [String: Int] = [:]
    for operand in operands { if let field = Self.containsField(operand) { termsPerField[field, default: 0] += 1 } }
    var parts: [Compiled] = []
    var groups: [String: (slot: Int, text: Compiled, phrases: [[String]])] = [:]
    for (index, operand) in operands.enumerated() {
      try checkCancelled(term: index, of: operand.range)
      guard let field = Self.containsField(operand), termsPerField[field, default: 0] > 1,
        case .contains(let left, let right) = operand.kind
      else {
        parts.append(try condition(operand, in: scope))
        continue
      }
      if groups[field] == nil {
        groups[field] = (parts.count, try text(left, before: "contains", in: scope), [])
        parts.append(Compiled(.bool) { _, _ in .null })
      }
      groups[field]?.phrases.append(try Self.phrase(right, after: "contains"))
    }
    for group in groups.values { parts[group.slot] = phrases(group.phrases, in: group.text, holdsWhenEvery: every) }
    return parts
  }

  /// Throws "query cancelled" once `isCancelled` says so, asked every `termsBetweenCancelChecks` terms while a
  /// long chain or list is planned, so Ctrl-C need not wait for the planning of a query of 100,000 terms.
  func checkCancelled(term index: Int, of range: SourceRange, every: Int = termsBetweenCancelChecks)
    throws(QueryError)
  {
    if index % every == 0, isCancelled?() == true {
      throw QueryError("query cancelled", at: range)
    }
  }

  /// The field a `contains` term looks in (`text`, `speaker.name`), or nil for any other term.
  private static func containsField(_ expression: Expression) -> String? {
    guard case .contains(let left, _) = expression.kind, case .path(let path) = left.kind else { return nil }
    return path.dotted.lowercased()
  }

  /// Whether every phrase (or some phrase) occurs in `text`'s value: as `contains` would answer each, from the
  /// words of the row's texts, split once.
  private func phrases(_ phrases: [[String]], in text: Compiled, holdsWhenEvery every: Bool) -> Compiled {
    let evaluate = text.evaluate
    let isCancelled = self.isCancelled
    return Compiled(.bool) { context, row in
      var texts: [[String]] = []
      for text in ValueComparison.texts(evaluate(context, row), context) {
        // A path can give thousands of documents to fold: Ctrl-C is asked between them.
        if let isCancelled, isCancelled() { return .bool(false) }
        texts.append(TextFolding.foldedWords(text))
      }
      let vocabulary = Set(texts.joined())
      for (index, phrase) in phrases.enumerated() {
        if let isCancelled, index % Self.termsBetweenCancelChecks == 0, isCancelled() { return .bool(false) }
        let found =
          phrase.allSatisfy(vocabulary.contains)
          && (phrase.count == 1 || texts.contains { TextFolding.contains(phrase, inWords: $0) })
        if found != every { return .bool(!every) }
      }
      return .bool(every)
    }
  }
}
