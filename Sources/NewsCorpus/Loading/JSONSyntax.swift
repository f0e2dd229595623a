/// Where a line that Foundation would not parse as JSON first goes wrong, and what was expected there: Foundation's
/// error says neither, and "invalid JSON at line 2, column 14: expected ',' or '}'" tells the user what to fix.
///
/// A scan over the bytes with its own stack of open brackets (no recursion, so no depth can overflow it); it is
/// run only on a line that failed to parse, so a corpus of valid records never pays for it.
enum JSONSyntax {
  /// The first place a JSON text breaks the grammar (RFC 8259).
  struct Failure: Equatable, Sendable {
    /// The offset of the offending byte in the scanned bytes (their count at the end of the text).
    var byteOffset: Int
    /// What the grammar allowed there: "a value", "',' or ']'", "a closing '\"'".
    var expected: String
  }

  /// The first syntax error of `bytes` as one JSON text, or nil if the grammar accepts it.
  static func firstError(in bytes: ArraySlice<UInt8>) -> Failure? {
    var scanner = Scanner(bytes: bytes, index: bytes.startIndex)
    guard let failure = scanner.scan() else { return nil }
    return Failure(byteOffset: failure.index - bytes.startIndex, expected: failure.expected)
  }

  /// The 1-based line each element of a top-level array starts on, for text that parsed as JSON: a JSON
  /// manifest's row is then named by its line, as a CSV manifest's is.
  static func elementLines(in bytes: ArraySlice<UInt8>) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var depth = 0
    var inString = false
    var escaped = false
    var expectsElement = false
    for byte in bytes {
      if byte == 0x0A { line += 1 }
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      if depth == 1, expectsElement, ![0x20, 0x09, 0x0A, 0x0D].contains(byte), byte != UInt8(ascii: "]") {
        lines.append(line)
        expectsElement = false
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth == 1 { expectsElement = true }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      case UInt8(ascii: ","): if depth == 1 { expectsElement = true }
      default: break
      }
    }
    return lines
  }

  /// The 1-based column of `byteOffset` in a line of UTF-8, counted in characters as an editor counts them
  /// (Unicode scalars: continuation bytes do not start one).
  static func column(ofByteOffset byteOffset: Int, in line: ArraySlice<UInt8>) -> Int {
    line.prefix(byteOffset).reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
  }
}

private struct Scanner {
  enum Expectation { case value, valueOrClose, key, keyOrClose, colon, separatorOrClose }

  let bytes: ArraySlice<UInt8>
  var index: Int
  var open: [UInt8] = []
  var expectation = Expectation.value
  /// Set when a string or number breaks off: what it needed, which says more than `expectation`.
  var needed: TokenNeed?

  /// Scans to the end; the error's position and expectation, or nil.
  mutating func scan() -> (index: Int, expected: String)? {
    while true {
      skipSpace()
      guard index < bytes.endIndex else {
        return open.isEmpty && expectation == .separatorOrClose ? nil : (index, expected)
      }
      let byte = bytes[index]
      let failed: Bool
      switch expectation {
      case .value, .valueOrClose: failed = !value(byte)
      case .key, .keyOrClose: failed = !key(byte)
      case .colon:
        failed = byte != UInt8(ascii: ":")
        if !failed { (index, expectation) = (index + 1, .value) }
      case .separatorOrClose: failed = !separatorOrClose(byte)
      }
      if failed { return (index, expected) }
    }
  }

  /// What the current state allows, in words.
  var expected: String {
    if let needed { return needed.words }
    switch expectation {
    case .value: return "a value"
    case .valueOrClose: return "a value or ']'"
    case .key: return "a quoted key"
    case .keyOrClose: return "a quoted key or '}'"
    case .colon: return "':'"
    case .separatorOrClose:
      guard let last = open.last else { return "the end of the line after the value" }
      return last == UInt8(ascii: "[") ? "',' or ']'" : "',' or '}'"
    }
  }

  mutating func value(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "]") where expectation == .valueOrClose:
      return close()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      open.append(byte)
      index += 1
      expectation = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
      return true
    case UInt8(ascii: "\""):
      return string() && advance(to: .separatorOrClose)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return number() && advance(to: .separatorOrClose)
    default:
      for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
        index += literal.utf8.count
        return advance(to: .separatorOrClose)
      }
      return false
    }
  }

  mutating func key(_ byte: UInt8) -> Bool {
    if byte == UInt8(ascii: "}") && expectation == .keyOrClose { return close() }
    return byte == UInt8(ascii: "\"") && string() && advance(to: .colon)
  }

  mutating func separatorOrClose(_ byte: UInt8) -> Bool {
    guard let last = open.last else { return false }
    if byte == UInt8(ascii: ",") {
      index += 1
      expectation = last == UInt8(ascii: "[") ? .value : .key
      return true
    }
    return byte == (last == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")) && close()
  }

  mutating func close() -> Bool {
    open.removeLast()
    index += 1
    expectation = .separatorOrClose
    return true
  }

  mutating func advance(to next: Expectation) -> Bool {
    expectation = next
    return true
  }

  mutating func skipSpace() {
    while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  /// A string from its opening quote; on failure `index` is at the offending byte and `expectation` says why.
  mutating func string() -> Bool {
    index += 1
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return true
      }
      if byte < 0x20 { return fail(as: .stringCharacter) }
      if byte == UInt8(ascii: "\\") {
        guard escape() else { return false }
      } else {
        index += 1
      }
    }
    return fail(as: .closingQuote)
  }

  mutating func escape() -> Bool {
    index += 1
    guard index < bytes.endIndex, "\"\\/bfnrtu".utf8.contains(bytes[index]) else { return fail(as: .escape) }
    if bytes[index] == UInt8(ascii: "u") {
      for _ in 0..<4 {
        index += 1
        guard index < bytes.endIndex, bytes[index].isHexDigit else { return fail(as: .hexDigit) }
      }
    }
    index += 1
    return true
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  mutating func number() -> Bool {
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "0") {
      index += 1  // No digit may follow a leading zero.
    } else {
      guard digits() else { return false }
    }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() else { return false }
    }
    if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() else { return false }
    }
    return true
  }

  mutating func digits() -> Bool {
    let start = index
    while index < bytes.endIndex, bytes[index].isDigit { index += 1 }
    return index > start || fail(as: .digit)
  }

  mutating func fail(as need: TokenNeed) -> Bool {
    needed = need
    return false
  }
}

/// What a token needed where it broke off, in words.
private enum TokenNeed {
  case stringCharacter, closingQuote, escape, hexDigit, digit

  var words: String {
    switch self {
    case .stringCharacter: return "an escape in place of the control character (\\n, \\t, \\u0001)"
    case .closingQuote: return "a closing '\"'"
    case .escape: return "one of \" \\ / b f n r t u after the backslash"
    case .hexDigit: return "a hexadecimal digit"
    case .digit: return "a digit"
    }
  }
}

extension UInt8 {
  fileprivate var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
  fileprivate var isHexDigit: Bool { isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self | 0x20) }
}
