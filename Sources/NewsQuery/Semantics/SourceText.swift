/// The text of the statement being compiled, so plans and messages can quote what the user wrote.
struct SourceText: Sendable {
  /// The statement's UTF-8 bytes, decoded once: a plan quotes every term of a long `or` chain, and copying the
  /// whole statement for each quote made planning quadratic in its length.
  private let utf8: [UInt8]
  /// The offset of the text's first byte in the script that positions count from.
  let startOffset: Int

  init(text: String, startOffset: Int) {
    utf8 = Array(text.utf8)
    self.startOffset = startOffset
  }

  /// The words written at `range`, on one line.
  func excerpt(_ range: SourceRange) -> String {
    let lower = max(0, min(utf8.count, range.start.offset - startOffset))
    let upper = max(lower, min(utf8.count, range.end.offset - startOffset))
    let words = String(decoding: utf8[lower..<upper], as: UTF8.self)
    return words.split(whereSeparator: \.isNewline).map(Self.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
  }

  private static func trimmed(_ line: Substring) -> String {
    guard let first = line.firstIndex(where: { !$0.isWhitespace }),
      let last = line.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(line[first...last])
  }
}
