/// The text of the statement being compiled, so plans and messages can quote what the user wrote.
struct SourceText: Sendable {
  var text: String
  /// The offset of `text`'s first byte in the script that positions count from.
  var startOffset: Int

  /// The words written at `range`, on one line.
  func excerpt(_ range: SourceRange) -> String {
    let utf8 = Array(text.utf8)
    let lower = max(0, min(utf8.count, range.start.offset - startOffset))
    let upper = max(lower, min(utf8.count, range.end.offset - startOffset))
    let words = String(decoding: utf8[lower..<upper], as: UTF8.self)
    return words.split(whereSeparator: \.isNewline).map(Self.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
  }

  private static func trimmed(_ line: Substring) -> String {
    let start = line.drop(while: \.isWhitespace)
    return String(start.reversed().drop(while: \.isWhitespace).reversed())
  }
}
