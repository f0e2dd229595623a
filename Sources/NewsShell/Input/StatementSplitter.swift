import NewsQuery

/// One statement cut from a script or an interactive buffer, with where it starts.
public struct ScriptStatement: Sendable, Hashable {
  public var text: String
  public var start: SourceLocation
  /// Whether it is a meta command (`.help`) rather than a query.
  public var isMetaCommand: Bool { text.first == "." }
}

/// Cuts input into statements: at `;`, and at the end of a line unless a parenthesis, bracket or string
/// is open or the line ends with `\`. A `;` or quote inside a string or a `/regex/` is part of it. A line
/// starting with `.` is a meta command and ends at its line's end.
public enum StatementSplitter {
  /// The statements of `source`, in order, skipping empty ones and comments.
  public static func split(_ source: String, firstLine: Int = 1) -> [ScriptStatement] {
    var scanner = Scanner(firstLine: firstLine)
    for scalar in source.unicodeScalars { scanner.consume(scalar) }
    scanner.finish()
    return scanner.statements
  }

  /// Whether `buffer` ends inside a statement (open bracket or string, trailing `\`), so the
  /// interactive shell should read another line under the continuation prompt.
  public static func needsMoreInput(_ buffer: String) -> Bool {
    var scanner = Scanner(firstLine: 1)
    for scalar in buffer.unicodeScalars { scanner.consume(scalar) }
    return scanner.isInsideStatement
  }

  private struct Scanner {
    var statements: [ScriptStatement] = []
    var current = String.UnicodeScalarView()
    var currentStart: SourceLocation?
    var location: SourceLocation
    var depth = 0
    var quote: Unicode.Scalar?
    /// Inside `/regex/`, which, as in the lexer, ends at the next unescaped `/` or at the end of the line.
    var inRegex = false
    var inComment = false
    var previous: Unicode.Scalar?
    var pendingBackslash = false
    var isMeta = false

    init(firstLine: Int) {
      location = SourceLocation(offset: 0, line: firstLine, column: 1)
    }

    var isInsideStatement: Bool {
      quote != nil || depth > 0 || pendingBackslash
    }

    mutating func consume(_ scalar: Unicode.Scalar) {
      defer { step(scalar) }
      if inComment {
        if scalar == "\n" {
          inComment = false
          endLine()
        }
        return
      }
      if let open = quote {
        append(scalar)
        if scalar == open && previous != "\\" { quote = nil }
        previous = previous == "\\" && scalar == "\\" ? nil : scalar
        return
      }
      if inRegex, scalar != "\n" {
        append(scalar)
        if scalar == "/" && previous != "\\" { inRegex = false }
        previous = previous == "\\" && scalar == "\\" ? nil : scalar
        return
      }
      inRegex = false
      if pendingBackslash, scalar != "\n", !scalar.properties.isWhitespace {
        pendingBackslash = false
        current.append("\\")
      }
      switch scalar {
      case "\n":
        endLine()
      case ";" where !isMeta:
        flush()
      case "-" where previous == "-" && !isMeta:
        current.removeLast()
        inComment = true
      case "\\" where !isMeta:
        pendingBackslash = true
      default:
        if scalar.properties.isWhitespace && currentStart == nil { break }
        if currentStart == nil && scalar == "." { isMeta = true }
        if scalar == "\"" || scalar == "'", !isMeta { quote = scalar }
        if scalar == "/", !isMeta, !Lexer.slashDivides(after: String(current)) { inRegex = true }
        if (scalar == "(" || scalar == "[") && !isMeta { depth += 1 }
        if (scalar == ")" || scalar == "]") && !isMeta { depth = max(0, depth - 1) }
        if !pendingBackslash { append(scalar) }
      }
      previous = scalar
    }

    mutating func finish() {
      if pendingBackslash {
        pendingBackslash = false
      }
      flush()
    }

    private mutating func endLine() {
      previous = "\n"
      if pendingBackslash {
        pendingBackslash = false
        append(" ")
        return
      }
      if depth > 0 {
        append("\n")
        return
      }
      flush()
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
      if currentStart == nil { currentStart = location }
      current.append(scalar)
    }

    private mutating func flush() {
      let text = String(current)
      if let start = currentStart, text.contains(where: { !$0.isWhitespace }) {
        statements.append(ScriptStatement(text: text, start: start))
      }
      current = String.UnicodeScalarView()
      currentStart = nil
      depth = 0
      isMeta = false
    }

    private mutating func step(_ scalar: Unicode.Scalar) {
      location.advance(past: scalar)
    }
  }
}
