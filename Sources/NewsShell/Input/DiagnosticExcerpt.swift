/// Keeps a rendered diagnostic readable when the statement is one enormous line (a pasted article,
/// a generated script): the source line and its caret are cut to a window around the caret.
enum DiagnosticExcerpt {
  static let maximumWidth = 160

  static func crop(_ rendered: String) -> String {
    var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices.dropFirst() {
      let caretLine = lines[index]
      guard let caret = caretLine.firstIndex(of: "^"), caretLine[..<caret].allSatisfy({ $0 == " " || $0 == "\t" }),
        lines[index - 1].count > maximumWidth
      else { continue }
      let caretColumn = caretLine.distance(from: caretLine.startIndex, to: caret)
      let start = max(0, caretColumn - maximumWidth / 2)
      let source = Array(lines[index - 1])
      let end = min(source.count, start + maximumWidth)
      let head = start > 0 ? "…" : ""
      let tail = end < source.count ? "…" : ""
      lines[index - 1] = head + String(source[start..<end]) + tail
      let marker = Array(caretLine)[caretColumn...].prefix(maximumWidth - (caretColumn - start))
      lines[index] = String(repeating: " ", count: head.count + caretColumn - start) + String(marker)
    }
    return lines.map { $0.count > 4 * maximumWidth ? String($0.prefix(4 * maximumWidth)) + "…" : $0 }
      .joined(separator: "\n")
  }
}
