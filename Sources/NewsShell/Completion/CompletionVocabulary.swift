import NewsQuery

/// The language's words grouped by where they may follow, for Tab. Each group is intersected with the
/// keywords the language really has, so completion follows the grammar as it grows.
enum CompletionVocabulary {
  /// Words that may open a statement before its collection.
  static let statementOpeners: Set<String> = ["let", "explain", "concordance"]
  /// Words that compare a field with a value, besides the operator symbols.
  static let comparisonWords: Set<String> = ["contains", "matches", "in", "is", "like", "between"]
  /// Words after which a field name comes.
  static let fieldIntroducers: Set<String> = [
    "where", "and", "or", "not", "show", "select", "by", "distinct", "count", "sum", "avg", "min", "max", "having",
  ]
  /// Words that join conditions, offered after a complete comparison.
  static let conditionJoiners: Set<String> = ["and", "or"]
  /// Words that may follow a field, by the clause it is in: a name in `show`, a direction in `order by`.
  static let fieldModifiers: [String: [String]] = ["show": ["as"], "order": ["asc", "desc"], "top": ["asc", "desc"]]
  /// Words that come after one particular word only.
  static let followers: [String: [String]] = [
    "order": ["by"], "group": ["by"], "is": ["not", "null"], "context": ["sentence", "paragraph"],
  ]
  /// Words that only make sense after a statement opener (`width` after `concordance`).
  static let openerClauses: [String: [String]] = ["concordance": ["in", "width"]]
  /// Functions whose string arguments are values of a field, so Tab inside `mentions("Pu` completes names.
  static let functionArguments: [String: (collection: String, field: String)] = ["mentions": ("entities", "name")]
  /// Words that start a clause and so mark which part of a statement the cursor is in.
  static let clauseStarters: Set<String> = [
    "where", "show", "select", "order", "group", "limit", "offset", "top", "having", "in", "distinct",
  ]

  static var keywords: [String] { Keyword.allCases.map(\.rawValue) }

  /// The keywords of `group` that the language has.
  static func present(_ group: Set<String>) -> [String] {
    keywords.filter(group.contains)
  }

  static func isKeyword(_ word: String) -> Bool {
    Keyword(rawValue: word.lowercased()) != nil
  }

  /// The comparison operators, symbols first, then the comparison keywords the language has.
  static var operators: [String] {
    var symbols = ComparisonOperator.allCases.map(\.rawValue)
    if !symbols.contains("!=") { symbols.append("!=") }
    return symbols + present(comparisonWords)
  }

  /// Keywords that start or continue a clause after a collection or a complete condition; `opener` adds
  /// the clauses of a statement such as `concordance`.
  static func clauseKeywords(after opener: String? = nil) -> [String] {
    let special = statementOpeners.union(comparisonWords).union(conditionJoiners)
      .union(fieldModifiers.values.joined()).union(openerClauses.values.joined())
      .union(["by", "null", "true", "false", "not", "sentence", "paragraph"])
    return keywords.filter { !special.contains($0) } + present(Set(opener.flatMap { openerClauses[$0] } ?? []))
  }

  /// The functions, each written with its opening parenthesis.
  static var functions: [String] { LanguageHelp.functionNames.map { $0 + "(" } }
}
