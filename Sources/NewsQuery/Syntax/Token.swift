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
  case equal, notEqual, less, lessEqual, greater, greaterEqual
  case leftParen, rightParen, leftBracket, rightBracket, comma, dot, semicolon
  /// A character no token starts with, or a string never closed; the lexer reports it as data.
  case invalid(String)
  case endOfInput
}

/// The reserved words of NewsQL. Matching is case-insensitive.
public enum Keyword: String, Sendable, CaseIterable {
  case `where`, and, or, not, contains
}
