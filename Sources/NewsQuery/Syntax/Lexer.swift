/// Turns query text into tokens. A pure function of its input: it never throws or prints;
/// a character it cannot read becomes an `.invalid` token that the parser reports with its position.
public struct Lexer: Sendable {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  /// Where the next scalar is.
  private var location: SourceLocation
  /// The token before, which tells a division from a regular expression (`count / 2`, `matches /x/`) and a
  /// subtraction from a negative number (`today - 30`, `[-1]`).
  private var previous: TokenKind?

  /// `start` places the text in a larger script, so positions are the script's own.
  public init(_ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1)) {
    scalars = Array(source.unicodeScalars)
    location = start
  }

  /// Every token of the source, ending with `.endOfInput`.
  public static func tokenize(
    _ source: String, start: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1)
  ) -> [Token] {
    var lexer = Lexer(source, start: start)
    var tokens: [Token] = []
    while true {
      let token = lexer.next()
      tokens.append(token)
      if token.kind == .endOfInput { return tokens }
    }
  }

  public mutating func next() -> Token {
    skipSpaceAndComments()
    let start = location
    guard let scalar = peek() else { return make(.endOfInput, from: start, lexeme: "") }
    let startIndex = index
    advance()
    let kind: TokenKind
    switch scalar {
    case "(": kind = .leftParen
    case ")": kind = .rightParen
    case "[": kind = .leftBracket
    case "]": kind = .rightBracket
    case ",": kind = .comma
    case ".": kind = .dot
    case ";": kind = .semicolon
    case "=": kind = .equal
    case "!": kind = match("=") ? .notEqual : .invalid("'!' must be followed by '='")
    case "<": kind = match("=") ? .lessEqual : (match(">") ? .notEqual : .less)
    case ">": kind = match("=") ? .greaterEqual : .greater
    case "\"", "'": kind = string(closing: scalar)
    case "/": kind = endsValue ? .slash : regex()
    case "-" where !endsValue && (peek().map(isDigit) ?? false): kind = number(from: startIndex)
    case "-": kind = .minus
    case "+": kind = .plus
    case "*": kind = .star
    case "|": kind = match("|") ? .concatenate : .invalid("unexpected character '|' — '||' joins texts")
    case "$": kind = parameter()
    default:
      if isIdentifierStart(scalar) {
        while let next = peek(), isIdentifierPart(next) { advance() }
        let word = String(String.UnicodeScalarView(scalars[startIndex..<index]))
        kind = Keyword(rawValue: word.lowercased()).map(TokenKind.keyword) ?? .identifier
      } else if isDigit(scalar) {
        kind = number(from: startIndex)
      } else {
        kind = .invalid("unexpected character '\(scalar)'")
      }
    }
    return make(kind, from: start, lexeme: String(String.UnicodeScalarView(scalars[startIndex..<index])))
  }

  /// Whether the token before ends a value, so `/` divides and `-` subtracts.
  private var endsValue: Bool { Self.endsValue(previous) }

  /// Whether a token of this kind ends a value: a name, string, number, parameter, `)`, `]`, a literal keyword.
  static func endsValue(_ kind: TokenKind?) -> Bool {
    switch kind {
    case .identifier, .string, .number, .rightParen, .rightBracket, .parameter: return true
    case .keyword(let keyword): return [.null, .true, .false, .count, .end].contains(keyword)
    default: return false
    }
  }

  /// Whether a `/` written after `text` (the statement so far) divides rather than opens a regular expression,
  /// as this lexer decides it; the shell's statement splitter, completion and colouring ask the same question.
  public static func slashDivides(after text: some StringProtocol) -> Bool {
    let tokens = tokenize(String(text))
    return endsValue(tokens.dropLast().last?.kind)
  }

  /// `$name`, a parameter; a `$` without a name is an invalid token.
  private mutating func parameter() -> TokenKind {
    guard let first = peek(), isIdentifierStart(first) else { return .invalid("'$' must be followed by a name") }
    var name = String.UnicodeScalarView()
    while let next = peek(), isIdentifierPart(next) {
      name.append(next)
      advance()
    }
    return .parameter(String(name))
  }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    index + ahead < scalars.count ? scalars[index + ahead] : nil
  }

  private mutating func advance() {
    let scalar = scalars[index]
    index += 1
    location.advance(past: scalar)
  }

  private mutating func match(_ expected: Unicode.Scalar) -> Bool {
    guard peek() == expected else { return false }
    advance()
    return true
  }

  private mutating func skipSpaceAndComments() {
    while let scalar = peek() {
      if scalar.properties.isWhitespace {
        advance()
      } else if scalar == "-", peek(1) == "-" {
        while let next = peek(), next != "\n" { advance() }
      } else {
        return
      }
    }
  }

  private mutating func string(closing quote: Unicode.Scalar) -> TokenKind {
    var value = String.UnicodeScalarView()
    while let scalar = peek() {
      advance()
      if scalar == quote { return .string(String(value)) }
      if scalar == "\\", let escaped = peek() {
        advance()
        switch escaped {
        case "n": value.append("\n")
        case "t": value.append("\t")
        default: value.append(escaped)
        }
      } else {
        value.append(scalar)
      }
    }
    return .invalid("unterminated string")
  }

  /// `/pattern/flags`: `\/` stands for a slash, every other escape is kept for the regex engine.
  private mutating func regex() -> TokenKind {
    var pattern = String.UnicodeScalarView()
    while let scalar = peek(), scalar != "\n" {
      advance()
      if scalar == "/" {
        var flags = String.UnicodeScalarView()
        while let flag = peek(), flag.properties.isAlphabetic {
          advance()
          flags.append(flag)
        }
        return .regex(pattern: String(pattern), flags: String(flags))
      }
      if scalar == "\\", let escaped = peek(), escaped != "\n" {
        advance()
        if escaped != "/" { pattern.append(scalar) }
        pattern.append(escaped)
      } else {
        pattern.append(scalar)
      }
    }
    return .invalid("unterminated regular expression")
  }

  /// `12`, `-2.5`, `1e3`, `2.5E-2`: decimal digits, a fraction, an exponent. Letters or digits right after
  /// (`0x10`, `10k`) make the whole run one invalid token, so the error names it rather than its tail.
  private mutating func number(from startIndex: Int) -> TokenKind {
    skipDigits()
    if peek() == ".", let after = peek(1), isDigit(after) {
      advance()
      skipDigits()
    }
    if let marker = peek(), marker == "e" || marker == "E" {
      let signed = peek(1) == "+" || peek(1) == "-"
      if let digit = peek(signed ? 2 : 1), isDigit(digit) {
        advance()
        if signed { advance() }
        skipDigits()
      }
    }
    guard let next = peek(), isIdentifierPart(next) else { return .number(0) }  // value filled in by make()
    while let next = peek(), isIdentifierPart(next) { advance() }
    return .invalid(Self.notDecimal(String(String.UnicodeScalarView(scalars[startIndex..<index]))))
  }

  /// What to say of `0x10` or `10k`: numbers are decimal, with the hexadecimal one's value as the example.
  static func notDecimal(_ written: String) -> String {
    let digits = written.lowercased().replacingOccurrences(of: "0x", with: "")
    if written.lowercased().contains("0x"), let value = Int(digits, radix: 16) {
      return "'\(written)' is not a number: numbers are written in decimal, e.g. \(value)"
    }
    return "'\(written)' is not a number: numbers are written in decimal, e.g. 1000, 2.5 or 1e3"
  }

  private mutating func skipDigits() {
    while let scalar = peek(), isDigit(scalar) { advance() }
  }

  private mutating func make(_ kind: TokenKind, from start: SourceLocation, lexeme: String) -> Token {
    var kind = kind
    if case .number = kind {
      let value = Double(lexeme) ?? .infinity
      kind = value.isFinite ? .number(value) : .invalid("'\(lexeme)' is too large a number")
    }
    previous = kind
    return Token(kind: kind, lexeme: lexeme, range: SourceRange(start: start, end: location))
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic
  }

  private func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar)
  }
}
