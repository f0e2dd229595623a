/// The sources that are not a collection's name: the corpus-linguistics views.
extension Parser {
  // concordance = "concordance" string [ "in" scope ] [ "width" number [ "words" ] ] ;
  mutating func concordance() throws(QueryError) -> Source {
    let start = advance().range
    let phrase = try phrase(after: "concordance")
    let scope = try optionalScope()
    var width: Literal?
    var inWords = false
    if matchKeyword(.width) {
      width = try number(after: "'width'")
      inWords = matchWord("words")
    }
    let concordance = Source.Concordance(phrase: phrase, scope: scope, width: width, widthInWords: inWords)
    return Source(kind: .concordance(concordance), range: start.union(previousRange))
  }

  // collocates = "collocates" "of" string [ "in" scope ] { "window" number | "by" identifier } ;
  /// The window and the measure may come in either order, each at most once.
  mutating func collocates() throws(QueryError) -> Source {
    let start = advance().range
    try expectKeyword(.of)
    let phrase = try phrase(after: "collocates of")
    let scope = try optionalScope()
    var window: Literal?
    var measure: Identifier?
    while true {
      if window == nil, matchKeyword(.window) {
        window = try number(after: "'window'")
      } else if measure == nil, matchKeyword(.by) {
        measure = try identifier(expected: "a measure (logdice, mi or t) after 'by'")
      } else {
        break
      }
    }
    let collocates = Source.Collocates(phrase: phrase, scope: scope, window: window, measure: measure)
    return Source(kind: .collocates(collocates), range: start.union(previousRange))
  }

  // frequencies = "frequencies" "of" "words" [ "in" scope ] ;
  mutating func frequencies() throws(QueryError) -> Source {
    let start = advance().range
    try expectKeyword(.of)
    guard matchWord("words") else {
      if peek.kind == .identifier, Suggestion.closest(to: peek.lexeme, among: ["words"]) != nil {
        throw QueryError(
          "expected 'words' after 'frequencies of', found '\(peek.lexeme)' — did you mean 'words'?", at: peek.range)
      }
      throw error(expected: "'words' after 'frequencies of'")
    }
    let scope = try optionalScope()
    return Source(kind: .frequencies(scope: scope), range: start.union(previousRange))
  }

  // scope = identifier | "(" query ")" ;
  /// `in NAME` or `in (QUERY)` after a view's phrase: the rows whose text it reads; nil without `in`.
  mutating func optionalScope() throws(QueryError) -> Query? {
    guard matchKeyword(.in) else { return nil }
    if check(.leftParen) { return try subquery() }
    let name = try identifier(expected: "a collection or named result after 'in'")
    return Query(source: Source(kind: .named(name), range: name.range), clauses: [], range: name.range)
  }

  // subquery = "(" query ")" ;
  mutating func subquery() throws(QueryError) -> Query {
    let open = try expect(.leftParen, "'(' and a query")
    try enterNesting(at: open.range)
    var query = try query()
    depth -= 1
    let close = try expect(.rightParen, "')'")
    query.range = open.range.union(close.range)
    return query
  }

  /// The word or phrase in quotes a view looks for.
  private mutating func phrase(after keyword: String) throws(QueryError) -> Literal {
    let phrase = try literal()
    guard case .string = phrase.value else {
      throw QueryError(
        "expected a word or phrase in quotes after '\(keyword)', found \(phrase.description)", at: phrase.range)
    }
    return phrase
  }

  /// Takes the identifier `word` (a word with a meaning in one place only, such as `words`), if it is next.
  mutating func matchWord(_ word: String) -> Bool {
    guard peek.kind == .identifier, peek.lexeme.lowercased() == word else { return false }
    advance()
    return true
  }
}
