/// A lexical token of NewsQL with the exact text and range it came from.
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  /// The token as written (for a string, with its quotes).
  public var lexeme: String
  public var range: SourceRange

  public init(kind: TokenKind, lexeme: String, range: SourceRange) {
    self.kind = kind
    self.lexeme = lexeme
    self.range = range
  }
}

/// The kinds of token. Keywords are identifiers the lexer recognises from `Keyword`.
public enum TokenKind: Sendable, Hashable {
  case identifier
  case keyword(Keyword)
  /// A string literal; its value has escapes resolved.
  case string(String)
  case number(Double)
  /// `/pattern/flags`: the pattern as written between the slashes, and the flag letters.
  case regex(pattern: String, flags: String)
  case equal, notEqual, less, lessEqual, greater, greaterEqual
  case plus, minus, star, slash
  /// `||`, which joins texts as in SQL.
  case concatenate
  case leftParen, rightParen, leftBracket, rightBracket, comma, dot, semicolon
  /// `$name`: a value set with `.param set name VALUE`.
  case parameter(String)
  /// A character no token starts with, or a string never closed; the lexer reports it as data.
  case invalid(String)
  case endOfInput
}

/// The reserved words of NewsQL. Matching is case-insensitive. The table is the help text:
/// `LanguageHelp` lists each keyword with its summary, `places` says where it stands in a statement (the
/// parser's clauses and the shell's completion read it), and completion offers `allCases`.
public enum Keyword: String, Sendable, CaseIterable {
  /// The clauses, in the order help and error messages list them.
  case `where`, show, group, order, top, limit, offset, sample, distinct, count, chart, context
  case and, or, not, contains, matches, `in`, `is`, between, exists, null, `true`, `false`, `as`, by, asc, desc, per
  case seed, `case`, when, then, `else`, end
  case `let`, explain, concordance, collocates, frequencies, of, width, window, including

  /// What the keyword does, in a few words, for `.help`.
  public var summary: String {
    switch self {
    case .where: return "keep the rows for which a condition holds"
    case .and: return "both conditions hold"
    case .or: return "either condition holds"
    case .not: return "the condition does not hold; also `not in`, `is not null`"
    case .contains: return "a word or phrase occurs, ignoring case and accents"
    case .matches: return "a regular expression /…/ (flag i: ignore case) matches"
    case .in: return "the value is one of a list [a, b]; a concordance's source"
    case .is: return "`is null`, `is not null`: the value is missing or present"
    case .null: return "the missing value"
    case .true, .false: return "the boolean values"
    case .show: return "choose the columns: expressions, `as` names, aggregates"
    case .as: return "name a column of `show`"
    case .distinct: return "drop repeated rows; inside count(distinct …)"
    case .count: return "the number of rows: a clause, or an aggregate count(…)"
    case .group: return "`group by` keys: one row per group, with its count"
    case .by: return "follows group, order and top"
    case .order: return "`order by` keys, each asc or desc"
    case .asc: return "ascending order (the default)"
    case .desc: return "descending order"
    case .limit: return "keep the first N rows"
    case .offset: return "skip the first N rows"
    case .top: return "`top N [by key]`: the N rows with the largest key (default: count)"
    case .let: return "`let name = query`: keep a result under a name for later queries"
    case .explain: return "show how a query runs: indexes, scans, estimated and actual rows"
    case .concordance: return "keyword in context (KWIC) of a word or phrase"
    case .context: return "show each quotation or sentence in its sentence or paragraph"
    case .width: return "`width N [words]`: the characters (or words) of context on each side of a concordance"
    case .sample: return "`sample N [seed S]`: N rows at random, the same ones again for the same seed"
    case .seed: return "the seed of `sample`, so a spot check can be repeated"
    case .chart: return "draw the result as bars (a time series as bars per period with a sparkline)"
    case .between: return "`A between X and Y`: X <= A <= Y"
    case .exists: return "`exists (QUERY)`: the query has a row; over a list field of the row (quotes) for each row"
    case .per: return "`top N by KEY per GROUP`: the top rows of each group"
    case .case: return "`case when C then A [when …] [else B] end`: the value of the first condition that holds"
    case .when: return "a condition of `case`"
    case .then: return "the value of `case` when its condition holds"
    case .else: return "the value of `case` when no condition holds (else null)"
    case .end: return "ends `case`"
    case .collocates: return "the words found near a word or phrase, scored (logdice, mi or t)"
    case .frequencies: return "`frequencies of words [in SOURCE]`: each word and how often it occurs"
    case .of: return "follows collocates and frequencies"
    case .window: return "`window N`: how many words on each side count as near, for collocates (default 5)"
    case .including: return "`including boilerplate` after a collection: keep page furniture among the rows"
    }
  }
}
