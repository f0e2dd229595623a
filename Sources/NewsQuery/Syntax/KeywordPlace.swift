/// Where a keyword may stand in a statement. `Keyword.places` is the one table of it: the parser takes its
/// list of clauses from it and the shell's Tab completion everything it offers after a keyword, so a new
/// keyword does not compile until it has its line there, and the two cannot drift apart.
public enum KeywordPlace: Sendable, Hashable {
  /// Before the query (`let`, `explain`), or the query's source itself (`concordance`).
  case statementOpener
  /// Right after the collection a query reads (`including boilerplate`).
  case sourceModifier
  /// Starts a clause after the source.
  case clause
  /// Joins two conditions.
  case conditionJoiner
  /// Negates the condition after it.
  case negation
  /// Compares an operand with what follows it: `contains`, `matches`, `in`, `is`.
  case comparison
  /// A literal value.
  case value
  /// Right after one of these keywords (`by` after `group`; `not`, `null` after `is`).
  case after([Keyword])
  /// After an expression in one of these clauses (`as` in `show`; `asc`, `desc` in `order by` and `top`).
  case modifier(of: [Keyword])
  /// Later in the statement this opener starts (`in`, `width` in a concordance).
  case option(of: Keyword)
  /// Starts an operand or a condition of its own (`case … end`, `exists (…)`).
  case expressionStarter
  /// After the number of this clause (`seed` in `sample 10 seed 3`).
  case afterNumber(of: Keyword)
}

extension Keyword {
  /// Every place the keyword may take.
  public var places: [KeywordPlace] {
    switch self {
    case .where, .show, .group, .order, .top, .limit, .offset, .sample, .chart, .context: return [.clause]
    case .distinct: return [.clause, .after([.show])]
    case .count: return [.clause]
    case .and, .or: return [.conditionJoiner]
    case .not: return [.negation, .after([.is])]
    case .contains, .matches, .is, .between: return [.comparison]
    case .in:
      return [.comparison, .option(of: .concordance), .option(of: .collocates), .option(of: .frequencies)]
    case .null: return [.value, .after([.is])]
    case .true, .false: return [.value]
    case .as: return [.modifier(of: [.show])]
    case .by: return [.after([.group, .order]), .option(of: .collocates)]
    case .asc, .desc, .per: return [.modifier(of: [.order, .top])]
    case .seed: return [.afterNumber(of: .sample)]
    case .case, .exists: return [.expressionStarter]
    case .when: return [.after([.case])]
    case .then, .else, .end: return [.modifier(of: [.case])]
    case .let, .explain, .concordance, .collocates, .frequencies: return [.statementOpener]
    case .of: return [.after([.collocates, .frequencies])]
    case .width: return [.option(of: .concordance)]
    case .window: return [.option(of: .collocates)]
    case .including: return [.sourceModifier]
    }
  }

  /// Whether an expression — a field, a function call, a condition — comes right after the keyword.
  public var isFollowedByExpression: Bool {
    [.where, .show, .and, .or, .not, .by, .distinct, .between, .per, .when, .then, .else].contains(self)
  }

  /// The words, not keywords, that may follow its number (`width 5 words`).
  public var wordsAfterNumber: [String] { self == .width ? ["words"] : [] }

  /// The words, not keywords, that may follow it (`context sentence`, `of words`).
  public var arguments: [String] {
    switch self {
    case .context: return ContextPlanner.Surrounding.allCases.map(\.rawValue)
    case .of: return ["words"]
    case .including: return ["boilerplate"]
    default: return []
    }
  }

  /// The keywords that take `place`, in table order.
  public static func taking(_ place: KeywordPlace) -> [Keyword] {
    allCases.filter { $0.places.contains(place) }
  }
}
