import NewsQuery

/// The language's words grouped by where they may follow, for Tab. Every group is read from the language's
/// own tables — `Keyword.places` (which the parser's clauses come from too), the function table, the
/// comparison operators — so a keyword or function added to the language is completed without a line here.
enum CompletionVocabulary {
  static func words(_ place: KeywordPlace) -> [String] { Keyword.taking(place).map(\.rawValue) }

  /// Words that may open a statement before its collection.
  static let statementOpeners = Set(words(.statementOpener))
  /// Words that join conditions, offered after a complete comparison.
  static let conditionJoiners = words(.conditionJoiner)
  /// The clause keywords, in help's order.
  static let clauses = words(.clause)
  /// Words after which a field, a function or a condition comes.
  static let fieldIntroducers = Set(Keyword.allCases.filter(\.isFollowedByExpression).map(\.rawValue))
  /// The negation, offered where a condition starts.
  static let negations = words(.negation)
  /// Literal values (`null`, `true`, `false`), which end a comparison.
  static let values = Set(words(.value))

  /// Words that may follow a field, by the clause it is in: `as` in `show`, a direction in `order by`.
  static let fieldModifiers: [String: [String]] = grouped { place in
    if case .modifier(let clauses) = place { return clauses } else { return [] }
  }

  /// Words that come right after one particular word only: `by` after `group`; `sentence` after `context`.
  static let followers: [String: [String]] = grouped { place in
    if case .after(let keywords) = place { return keywords } else { return [] }
  }.merging(Keyword.allCases.filter { !$0.arguments.isEmpty }.map { ($0.rawValue, $0.arguments) }) { $0 + $1 }

  /// Words that start an operand (`case`) or a condition of their own (`exists`), offered where a field is.
  static let operandStarters = words(.expressionStarter)

  /// Words that follow the number of a clause (`seed` after `sample 10`).
  static let afterNumber: [String: [String]] = grouped { place in
    if case .afterNumber(let keyword) = place { return [keyword] } else { return [] }
  }.merging(Keyword.allCases.filter { !$0.wordsAfterNumber.isEmpty }.map { ($0.rawValue, $0.wordsAfterNumber) }) {
    $0 + $1
  }

  /// Words that only make sense later in a statement an opener starts (`width` after `concordance`).
  static let openerClauses: [String: [String]] = grouped { place in
    if case .option(let opener) = place { return [opener] } else { return [] }
  }

  /// Words that start a clause and so mark which part of a statement the cursor is in; `by`, which also follows
  /// `group` and `order`, does not.
  static let clauseStarters = Set(clauses + openerClauses.values.joined()).subtracting(followers.values.joined())

  /// Functions whose string arguments are values of a field, so Tab inside `mentions("Pu` completes names.
  static var functionArguments: [String: (collection: String, field: String)] { LanguageHelp.functionArgumentValues }

  static var keywords: [String] { Keyword.allCases.map(\.rawValue) }

  /// The comparison operators, symbols first, then the comparison keywords.
  static var operators: [String] {
    var symbols = ComparisonOperator.allCases.map(\.rawValue)
    if !symbols.contains("!=") { symbols.append("!=") }
    return symbols + words(.comparison)
  }

  /// Keywords that start or continue a clause after a collection or a complete condition; `opener` adds
  /// the options of a statement such as `concordance`.
  static func clauseKeywords(after opener: String? = nil) -> [String] {
    clauses + (opener.flatMap { openerClauses[$0] } ?? [])
  }

  /// The functions, each written with its opening parenthesis.
  static var functions: [String] { LanguageHelp.functionNames.map { $0 + "(" } }

  /// For each keyword that a place names (`.after([.group])`), the keywords that take that place there.
  private static func grouped(_ anchors: (KeywordPlace) -> [Keyword]) -> [String: [String]] {
    var table: [String: [String]] = [:]
    for keyword in Keyword.allCases {
      for place in keyword.places {
        for anchor in anchors(place) { table[anchor.rawValue, default: []].append(keyword.rawValue) }
      }
    }
    return table
  }
}
