/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji take two,
/// combining marks and zero-width characters none, everything else one — as wcwidth(3) counts.
enum DisplayWidth {
  static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars { width = max(width, of(scalar)) }
    return width
  }

  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B16F,
    0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  /// The longest start of `text` that fits in `width` columns.
  static func prefix(_ text: String, fitting width: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let next = of(character)
      if used + next > width { break }
      result.append(character)
      used += next
    }
    return result
  }

  /// The longest end of `text` that fits in `width` columns.
  static func suffix(_ text: String, fitting width: Int) -> String {
    var result: [Character] = []
    var used = 0
    for character in text.reversed() {
      let next = of(character)
      if used + next > width { break }
      result.append(character)
      used += next
    }
    return String(result.reversed())
  }

  /// `text` cut to `width` columns with an ellipsis where it was cut.
  static func truncated(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return prefix(text, fitting: width) }
    return prefix(text, fitting: width - 1) + "…"
  }

  /// `text` cut from the left to `width` columns, for a concordance's left context.
  static func truncatedFromLeft(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return suffix(text, fitting: width) }
    return "…" + suffix(text, fitting: width - 1)
  }

  /// `text` padded with spaces to `width` columns, on the right or (for numbers) the left.
  static func padded(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - of(text)))
    return alignRight ? padding + text : text + padding
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible.
  static func wrapped(_ text: String, to width: Int) -> [String] {
    guard width > 0, of(text) > width else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      var word = word
      let candidate = line.isEmpty ? word : line + " " + word
      if of(candidate) <= width {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line) }
      while of(word) > width {
        let head = prefix(word, fitting: width)
        lines.append(head)
        word = String(word.dropFirst(head.count))
      }
      line = word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
