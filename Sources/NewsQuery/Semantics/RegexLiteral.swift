/// The literal a regular expression cannot match without: the longest run of ASCII letters and digits that
/// every match contains, lowercased. Such a run lies inside one word of the text (words are runs of letters
/// and digits), so the word index narrows the texts a pattern need be tried on to the documents one of
/// whose folded words contains it.
///
/// Conservative by design: nil whenever the pattern has an alternation (`|`) outside a group, extended or verbatim parts
/// (`/x`, `(?x)`, `\Q…\E`), POSIX classes or an escape that spells a character (`\x41`, `\101`, `\N{…}`,
/// `\p{…}`, back references) — anything that could make the run not mean its own letters. Groups and
/// classes are skipped, not looked into; a character a quantifier may repeat zero times is dropped.
enum RegexLiteral {
  /// Shorter runs are in too many words to narrow anything.
  static let minimumLength = 3

  /// Escapes of a letter that stand for a class or an assertion, never for a letter or digit of the text.
  private static let classEscapes = Set("wWsSdDbBhHvVRXAzZGKE".utf8)

  /// The required run of `pattern` with `flags`, lowercased, if one of `minimumLength` or more exists.
  static func required(in pattern: String, flags: String) -> String? {
    let bytes = Array(pattern.utf8)
    if flags.contains("x") { return nil }
    for marker in ["\\Q", "(*", "[:"] where pattern.contains(marker) { return nil }
    var scanner = Scanner(bytes: bytes)
    guard scanner.scan() else { return nil }
    guard scanner.best.count >= minimumLength else { return nil }
    return String(decoding: scanner.best, as: UTF8.self)
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var depth = 0
    var run: [UInt8] = []
    var best: [UInt8] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Walks the pattern once; false when it has a part that makes the result unsafe.
    mutating func scan() -> Bool {
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\\"):
          endRun()
          guard index + 1 < bytes.count else { return false }
          let escaped = bytes[index + 1]
          if Self.isWordByte(escaped), !RegexLiteral.classEscapes.contains(escaped) { return false }
          index += 2
          continue
        case UInt8(ascii: "["):
          endRun()
          skipClass()
          continue
        case UInt8(ascii: "("):
          endRun()
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"), setsExtended(from: index + 2) {
            return false
          }
          depth += 1
        case UInt8(ascii: ")"):
          endRun()
          depth -= 1
        case UInt8(ascii: "|"):
          // Inside a group an alternation only concerns the group, which is skipped; outside it, every run.
          if depth <= 0 { return false }
        case UInt8(ascii: "?"), UInt8(ascii: "*"):
          dropOptional()
        case UInt8(ascii: "{"):
          dropOptional()
          while index < bytes.count, bytes[index] != UInt8(ascii: "}") { index += 1 }
        default:
          if depth == 0, Self.isWordByte(byte) { run.append(Self.lowercased(byte)) } else { endRun() }
        }
        index += 1
      }
      endRun()
      return true
    }

    /// The character before a quantifier that allows none of it is not required.
    mutating func dropOptional() {
      if !run.isEmpty { run.removeLast() }
      endRun()
    }

    mutating func endRun() {
      if run.count > best.count { best = run }
      run.removeAll(keepingCapacity: true)
    }

    /// Moves past a bracketed class: its first `]` (or one right after `[` or `[^`) is a member.
    mutating func skipClass() {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
      while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
        index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
      }
      index += 1
    }

    /// Whether the option letters of `(?…` starting at `start` turn on extended mode.
    func setsExtended(from start: Int) -> Bool {
      var cursor = start
      while cursor < bytes.count, Self.isLetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-")
        || bytes[cursor] == UInt8(ascii: "^")
      {
        if bytes[cursor] == UInt8(ascii: "x") { return true }
        cursor += 1
      }
      return false
    }

    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || (0x30...0x39).contains(byte) }
    static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
  }
}
