/// A position in query text: 1-based line and column (in characters) plus the UTF-8 offset.
public struct SourceLocation: Sendable, Hashable, Comparable {
  public var offset: Int
  public var line: Int
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }

  /// Moves past `scalar`: to the next line after a line feed, else to the next column; for code that cuts
  /// query text into statements and must give each where it starts.
  public mutating func advance(past scalar: Unicode.Scalar) {
    offset += UTF8.width(scalar)
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }
}

/// A span of query text, so every token, node and diagnostic can point at what it came from.
public struct SourceRange: Sendable, Hashable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
