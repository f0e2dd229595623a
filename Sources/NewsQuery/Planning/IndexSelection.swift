import NewsCorpus

/// The part of a condition an index answers: the candidate ids and how they were found, for `explain`.
struct IndexLookup: Sendable {
  var description: String
  /// Sorted ids of the collection's items; a superset of the matches, which a filter then rechecks.
  var ids: [Int]
  /// Whether `ids` are exactly the items for which the condition holds, so nothing needs rechecking.
  var isExact = false
}

/// Finds the conjuncts of a `where` condition that indexes answer: equality on entity fields (by any
/// name form), equality on a field of the speaker or entity (`speaker.affiliation = "Russia"`, through the
/// entity table), `contains` on text (word index), `matches` on text with a required literal (word index,
/// rechecked), `mentions(…)` (mention index), a document's id, `speaker is [not] null` (the speaker column).
struct IndexSelection {
  let context: QueryContext
  let compiler: ExpressionCompiler

  /// Fields whose entity leads back to the items through the model: entity → its quotations, its mentions.
  private static let reverseLinks: [String: [String: @Sendable (Table<Entity>, Int) -> [Int]]] = [
    "quotes": ["speaker": { $0.quotationIDs($1) }],
    "mentions": ["entity": { $0.mentionIDs($1) }],
  ]

  /// The lookups for the conjuncts of `expression` that an index answers, each shown as its own step, and
  /// whether together they answer the whole condition exactly (then no filter need recheck it).
  func lookups(_ expression: Expression, in collection: CollectionSchema) throws(QueryError)
    -> (lookups: [IndexLookup], answersAll: Bool)
  {
    guard case .and(let operands) = expression.kind else {
      let found = try lookup(expression, in: collection)
      return (found.map { [$0] } ?? [], found?.isExact == true)
    }
    var found: [IndexLookup] = []
    var answersAll = true
    for (index, operand) in operands.enumerated() {
      try compiler.checkCancelled(term: index, of: operand.range)
      let (lookups, all) = try lookups(operand, in: collection)
      found += lookups
      answersAll = answersAll && all
    }
    return (found, answersAll)
  }

  /// One lookup for the whole of `expression`, or nil when an index cannot answer some part an `or` needs.
  /// Asks for Ctrl-C between the terms of a long chain.
  func lookup(_ expression: Expression, in collection: CollectionSchema) throws(QueryError) -> IndexLookup? {
    switch expression.kind {
    case .and(let operands):
      var lookups: [IndexLookup] = []
      for (index, operand) in operands.enumerated() {
        try compiler.checkCancelled(term: index, of: operand.range)
        if let found = try lookup(operand, in: collection) { lookups.append(found) }
      }
      let bySize = lookups.map(\.ids).sorted { $0.count < $1.count }
      guard var ids = bySize.first else { return nil }
      for next in bySize.dropFirst() where !ids.isEmpty { ids = SortedIDs.intersect(ids, next) }
      return IndexLookup(
        description: lookups.map(\.description).joined(separator: "; and "), ids: ids,
        isExact: lookups.count == operands.count && lookups.allSatisfy(\.isExact))
    case .or(let operands):
      var lookups: [IndexLookup] = []
      for (index, operand) in operands.enumerated() {
        try compiler.checkCancelled(term: index, of: operand.range)
        guard let found = try lookup(operand, in: collection) else { return nil }
        lookups.append(found)
      }
      return IndexLookup(
        description: lookups.map(\.description).joined(separator: "; or "), ids: SortedIDs.union(lookups.map(\.ids)),
        isExact: lookups.allSatisfy(\.isExact))
    case .comparison(let left, let op, let right):
      if case .path(let path) = left.kind, case .literal(let literal) = right.kind {
        return try comparison(path, op, literal, in: collection, range: expression.range)
      }
      if case .path(let path) = right.kind, case .literal(let literal) = left.kind, op == .equal {
        return try comparison(path, op, literal, in: collection, range: expression.range)
      }
      return nil
    case .membership(let left, let list, false):
      guard case .path(let path) = left.kind, case .list(let elements) = list.kind, !elements.isEmpty else {
        return nil
      }
      var lookups: [IndexLookup] = []
      for (index, element) in elements.enumerated() {
        try compiler.checkCancelled(term: index, of: element.range)
        // Each value is described as its own `=`: quoting the whole list for each made planning quadratic.
        let written = path.dotted + " = " + compiler.source.excerpt(element.range)
        guard case .literal(let literal) = element.kind,
          let found = try comparison(path, .equal, literal, in: collection, range: element.range, written: written)
        else { return nil }
        lookups.append(found)
      }
      return IndexLookup(
        description: lookups.map(\.description).joined(separator: "; or "), ids: SortedIDs.union(lookups.map(\.ids)),
        isExact: lookups.allSatisfy(\.isExact))
    case .contains(let left, let right):
      guard case .path(let path) = left.kind, path.components.count == 1,
        path.components[0].name.lowercased() == "text",
        let phrase = try? ExpressionCompiler.phrase(right, after: "contains")
      else { return nil }
      return words(phrase, in: collection, written: compiler.source.excerpt(expression.range))
    case .matches(let left, let right):
      guard case .path(let path) = left.kind, path.components.count == 1,
        path.components[0].name.lowercased() == "text", case .regex(let pattern, let flags) = right.kind,
        let fragment = RegexLiteral.required(in: pattern, flags: flags),
        let found = context.index.items(mayHolding: fragment, in: collection.name, corpus: context.corpus)
      else { return nil }
      return IndexLookup(
        description: "\(compiler.source.excerpt(expression.range)) — word index (\"\(fragment)\" inside "
          + "\(count(found.wordCount, "word", "words")), in \(count(found.documentCount, "document", "documents"))): "
          + "\(found.ids.count) \(collection.name)", ids: found.ids)
    case .nullTest(let operand, let isNegated):
      guard case .path(let path) = operand.kind, path.components.count == 1,
        path.components[0].name.lowercased() == "speaker", collection.name == "quotes"
      else { return nil }
      let ids = speakerColumn(isNull: !isNegated)
      return IndexLookup(
        description: "\(compiler.source.excerpt(expression.range)) — speaker column: \(ids.count) \(collection.name)",
        ids: ids, isExact: true)
    case .call(let name, let arguments, false) where name.name.lowercased() == "mentions":
      guard MentionsFunction.collections.contains(collection.name) else { return nil }
      var names: [String] = []
      for argument in arguments {
        guard case .literal(let literal) = argument.kind, case .string(let text) = literal.value else { return nil }
        names.append(text)
      }
      guard !names.isEmpty else { return nil }
      var ids = MentionsFunction.items(mentioning: names[0], in: collection.name, context: context)
      for other in names.dropFirst() {
        ids = SortedIDs.intersect(ids, MentionsFunction.items(mentioning: other, in: collection.name, context: context))
      }
      return IndexLookup(
        description: "\(compiler.source.excerpt(expression.range)) — mention index: \(ids.count) \(collection.name)",
        ids: ids, isExact: true)
    default:
      return nil
    }
  }

  /// The lookup for `path op literal`; `written` is how `explain` quotes it (by default, the source at `range`).
  private func comparison(
    _ path: FieldPath, _ op: ComparisonOperator, _ literal: Literal, in collection: CollectionSchema,
    range: SourceRange, written: String? = nil
  ) throws(QueryError) -> IndexLookup? {
    guard case .string(let text) = literal.value else { return nil }
    let written = written ?? compiler.source.excerpt(range)
    let first = path.components[0].name.lowercased()
    if path.components.count == 1, op == .equal {
      if let link = Self.reverseLinks[collection.name]?[first] {
        let entities = context.index.entities(named: text)
        let ids = Array(Set(entities.flatMap { link(context.corpus.entities, $0) })).sorted()
        return IndexLookup(
          description: "\(written) — entity name index: \(count(entities.count, "entity", "entities")) → "
            + "\(ids.count) \(collection.name)", ids: ids, isExact: context.index.linksAreConsistent)
      }
      if first == "name", collection.field(named: "aliases") != nil {
        let members = Set(collection.items(context))
        let ids = context.index.entities(named: text).filter(members.contains)
        return IndexLookup(
          description: "\(written) — entity name index: \(ids.count) \(collection.name)", ids: ids, isExact: true)
      }
      if first == "document", collection.field(named: "document")?.type == .reference,
        let document = documentItems(text, in: collection)
      {
        return IndexLookup(
          description: "\(written) — document index: \(document.count) \(collection.name)", ids: document)
      }
    }
    if path.components.count >= 2, let link = Self.reverseLinks[collection.name]?[first],
      let targetName = collection.field(named: first)?.target, let target = context.catalog.collection(named: targetName)
    {
      let rest = FieldPath(components: Array(path.components.dropFirst()))
      let restExpression = Expression(kind: .path(rest), range: rest.range)
      let literalExpression = Expression(kind: .literal(literal), range: literal.range)
      let condition = Expression(kind: .comparison(restExpression, op, literalExpression), range: range)
      guard let compiled = try? compiler.condition(condition, in: Scope(collection: target)) else { return nil }
      var entities: [Int] = []
      for id in context.corpus.entities.indices {
        // A condition through a list (`entity.documents.text`) is long work for one entity: ask between them.
        try compiler.checkCancelled(term: id, of: range, every: Cancellation.rowsBetweenChecks)
        if compiled.holds(context, Row(item: id)) { entities.append(id) }
      }
      let ids = Array(Set(entities.flatMap { link(context.corpus.entities, $0) })).sorted()
      return IndexLookup(
        description: "\(written) — scan of \(context.corpus.entities.count) entities: \(entities.count) match → "
          + "\(ids.count) \(collection.name)", ids: ids)
    }
    return nil
  }

  /// The quotations whose speaker is null (`isNull`) or not, read from the speaker column as `speaker` reads
  /// it: an id outside the entity table is null.
  private func speakerColumn(isNull: Bool) -> [Int] {
    let quotations = context.corpus.quotations
    let entityCount = context.corpus.entities.count
    var ids: [Int] = []
    for id in quotations.indices {
      let speaker = quotations.speakerID(id) ?? -1
      if (speaker < 0 || speaker >= entityCount) == isNull { ids.append(id) }
    }
    return ids
  }

  private func documentItems(_ id: String, in collection: CollectionSchema) -> [Int]? {
    guard let documentID = context.index.document(named: id) else { return [] }
    let documents = context.corpus.documents
    switch collection.name {
    case "quotes": return Array(documents.quotationIDs(documentID))
    case "sentences": return Array(documents.sentenceIDs(documentID))
    case "paragraphs": return Array(documents.paragraphIDs(documentID))
    default: return nil
    }
  }

  private func words(_ phrase: [String], in collection: CollectionSchema, written: String) -> IndexLookup? {
    guard let ids = context.index.items(containing: phrase, in: collection.name, corpus: context.corpus) else {
      return nil
    }
    let postings = phrase.map { "\"\($0)\" in \(count(context.index.documentCount(of: $0), "document", "documents"))" }
      .joined(separator: ", ")
    return IndexLookup(
      description: "\(written) — word index (\(postings)): \(ids.count) \(collection.name)", ids: ids, isExact: true)
  }

  private func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    "\(number) \(number == 1 ? singular : plural)"
  }
}
