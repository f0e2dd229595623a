import NewsQuery

/// The language's words grouped by where they may follow, for Tab. Each group is intersected with the
/// keywords the language really has, so completion follows the grammar as it grows.
enum CompletionVocabulary {
  /// Words that may open a statement before its collection.
  static let statementOpeners: Set<String> = ["let", "explain", "concordance", "context", "kwic"]
  /// Words that compare a field with a value, besides the operator symbols.
  static let comparisonWords: Set<String> = ["contains", "matches", "in", "is", "like", "between"]
  /// Words after which a field name comes.
  static let fieldIntroducers: Set<String> = [
    "where", "and", "or", "not", "show", "select", "by", "distinct", "count", "sum", "avg", "min", "max", "having",
  ]
  /// Words that join conditions, offered after a complete comparison.
  static let conditionJoiners: Set<String> = ["and", "or"]
  /// Words that may follow a field in a `show` or `order by` list.
  static let fieldModifiers: Set<String> = ["as", "asc", "desc"]
  /// Words that come after one particular word only.
  static let followers: [String: [String]] = ["order": ["by"], "group": ["by"], "is": ["not", "null"]]
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

  /// Keywords that start or continue a clause after a collection or a complete condition.
  static var clauseKeywords: [String] {
    let special = statementOpeners.union(comparisonWords).union(conditionJoiners).union(fieldModifiers)
      .union(["by", "null", "true", "false", "not"])
    return keywords.filter { !special.contains($0) }
  }
}
