import NewsQuery

/// What the tokens before the cursor say about the statement being typed: its collection, the clause
/// the cursor is in, and the field paths in it. Built for each Tab press.
struct StatementScope {
  /// `let NAME =` and openers such as `explain`, before the query proper.
  let prefix: [CompletionToken]
  /// The query proper.
  let body: [CompletionToken]
  let namedResults: [String: String]
  /// The corpus's collections (documents with their extra fields).
  let collections: [CollectionSchema]
  /// The collection the statement reads (through a named result if it starts with one).
  let collection: CollectionSchema?
  /// The index in `body` of the word naming the collection or named result.
  let sourceIndex: Int?
  /// The clause the cursor is in (`where`, `show`, `order` …), lowercased.
  let clause: String?
  /// Whether the tokens are exactly `let NAME`, so `=` comes next.
  let isAfterLetName: Bool
  /// The statement opener the query follows (`explain`, `concordance`), lowercased.
  var opener: String? {
    prefix.last { $0.isWord && CompletionVocabulary.statementOpeners.contains($0.lowered) }?.lowered
  }
  /// Whether the cursor is in a condition (`where`), where a field is followed by an operator.
  var isInCondition: Bool { clause == Keyword.where.rawValue }

  init(
    tokens: [CompletionToken], namedResults: [String: String], collections: [CollectionSchema] = Catalog.collections
  ) {
    self.namedResults = namedResults
    self.collections = collections
    func lookup(_ name: String) -> CollectionSchema? { collections.first { $0.isNamed(name) } }
    var start = 0
    if tokens.first?.lowered == Keyword.let.rawValue {
      start = min(tokens.count, 3)
    }
    isAfterLetName = start > 0 && tokens.count == 2
    while start < tokens.count, tokens[start].isWord,
      CompletionVocabulary.statementOpeners.contains(tokens[start].lowered)
    {
      start += 1
    }
    let body = Array(tokens[start...])
    let source = body.firstIndex { token in
      token.isWord && (lookup(token.text) != nil || namedResults[token.text] != nil)
    }
    prefix = Array(tokens[..<start])
    self.body = body
    sourceIndex = source
    collection = source.flatMap { index in
      lookup(body[index].text) ?? namedResults[body[index].text].flatMap(lookup)
    }
    clause = body.last { $0.isWord && CompletionVocabulary.clauseStarters.contains($0.lowered) }?.lowered
  }

  func isSource(at index: Int) -> Bool { index == sourceIndex }

  /// The collection called `name` in this corpus, ignoring case.
  func collection(named name: String) -> CollectionSchema? {
    collections.first { $0.isNamed(name) }
  }

  /// The collection or named result the statement reads, as written.
  var sourceName: String? { sourceIndex.map { body[$0].text } }

  /// The collection a path continues into at the `.` at `dotIndex` (`speaker.` → the speaker's collection).
  func collection(atPathEndingBefore dotIndex: Int) -> CollectionSchema? {
    resolve(pathComponents(endingAt: dotIndex - 1))
  }

  /// The field named by the path ending at `index`, with the collection it belongs to.
  func field(atPathEndingAt index: Int) -> (CollectionSchema, FieldSchema)? {
    let components = pathComponents(endingAt: index)
    guard let name = components.last, let owner = resolve(Array(components.dropLast())),
      let field = owner.field(named: name)
    else { return nil }
    return (owner, field)
  }

  /// Whether a value comes after the token at `index`: an operator after a field, or a list after `in`.
  func isValuePosition(after index: Int) -> Bool {
    operatorIndex(at: index).map { $0 > 0 && field(atPathEndingAt: $0 - 1) != nil } ?? false
  }

  /// The field compared by the operator the cursor follows.
  func comparedField() -> (CollectionSchema, FieldSchema)? {
    guard let last = body.indices.last, let operatorIndex = operatorIndex(at: last), operatorIndex > 0 else {
      return nil
    }
    return field(atPathEndingAt: operatorIndex - 1)
  }

  /// The field whose values a function's string argument takes, when the cursor is inside such a call
  /// (`mentions("Pu` → the entities' names).
  func valueSource() -> (CollectionSchema, FieldSchema)? {
    var depth = 0
    for position in body.indices.reversed() {
      switch body[position].text {
      case ")": depth += 1
      case "(":
        if depth == 0 {
          guard position > 0, body[position - 1].isWord,
            let source = CompletionVocabulary.functionArguments[body[position - 1].lowered],
            let collection = collection(named: source.collection),
            let field = collection.field(named: source.field)
          else { return nil }
          let inside = body[(position + 1)...]
          return inside.allSatisfy({ $0.text == "," || $0.kind != .symbol }) ? (collection, field) : nil
        }
        depth -= 1
      default: continue
      }
    }
    return nil
  }

  /// Whether the cursor is inside a `case` not yet closed by `end`.
  var isInsideCase: Bool {
    let words = body.filter(\.isWord).map(\.lowered)
    return words.filter { $0 == Keyword.case.rawValue }.count > words.filter { $0 == Keyword.end.rawValue }.count
  }

  /// The clause keyword whose number is the token at `index` (`sample` for `sample 10`), if it is one.
  func keywordBeforeNumber(at index: Int) -> String? {
    guard index >= 1, body[index].kind == .number, body[index - 1].isWord else { return nil }
    return body[index - 1].lowered
  }

  /// Whether the token at `index` ends a value (a literal, a closing bracket, `null`).
  func endsValue(at index: Int) -> Bool {
    let token = body[index]
    switch token.kind {
    case .string, .number, .regex: return true
    case .symbol: return token.text == ")" || token.text == "]"
    case .word: return CompletionVocabulary.values.contains(token.lowered)
    }
  }

  /// The index of the comparison the token at `index` belongs to: the operator itself, or the `in`
  /// of a list the token is inside.
  private func operatorIndex(at index: Int) -> Int? {
    let token = body[index]
    if token.kind == .symbol, CompletionVocabulary.operators.contains(token.text) || token.text == "<>" {
      return index
    }
    if token.isWord, token.lowered == Keyword.contains.rawValue {
      return index
    }
    guard token.text == "[" || token.text == "," else { return nil }
    var depth = 0
    for position in stride(from: index, through: 0, by: -1) {
      switch body[position].text {
      case "]": depth += 1
      case "[":
        if depth == 0 {
          return position > 0 && body[position - 1].lowered == Keyword.in.rawValue ? position - 1 : nil
        }
        depth -= 1
      default: continue
      }
    }
    return nil
  }

  /// The words of the dotted path whose last word is at `index` (`speaker.affiliation` → both).
  private func pathComponents(endingAt index: Int) -> [String] {
    guard index >= 0, index < body.count, body[index].isWord else { return [] }
    var components = [body[index].text]
    var position = index
    while position >= 2, body[position - 1].text == ".", body[position - 2].isWord {
      components.insert(body[position - 2].text, at: 0)
      position -= 2
    }
    return components
  }

  /// Follows a path of fields from the statement's collection; a path may also start with a
  /// collection's name or its singular (`quote.speaker`).
  private func resolve(_ components: [String]) -> CollectionSchema? {
    var current = collection
    var rest = components[...]
    if let first = rest.first, current?.field(named: first) == nil,
      let named = collection(named: first) ?? collection(named: first + "s")
        ?? namedResults[first].flatMap(collection(named:))
    {
      current = named
      rest = rest.dropFirst()
    }
    for name in rest {
      guard let field = current?.field(named: name), let target = field.target else { return nil }
      current = collection(named: target)
    }
    return current
  }
}
