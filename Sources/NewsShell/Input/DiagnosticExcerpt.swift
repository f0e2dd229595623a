/// Keeps a rendered diagnostic readable on a terminal. When the statement is one enormous line (a pasted
/// article, a generated script), the source line and its caret are cut to a window around the caret; and
/// control characters in the statement or the message are made visible (`^[`), with the caret moved to
/// stay under the same character.
enum DiagnosticExcerpt {
  static let maximumWidth = 160

  static func crop(_ rendered: String) -> String {
    var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var isExcerpt = Array(repeating: false, count: lines.count)
    for index in lines.indices.dropFirst() {
      let caretLine = lines[index]
      guard let caret = caretLine.firstIndex(of: "^"), caretLine[..<caret].allSatisfy({ $0 == " " || $0 == "\t" })
      else { continue }
      var source = Array(lines[index - 1])
      var caretColumn = caretLine.distance(from: caretLine.startIndex, to: caret)
      var marker = Array(caretLine)[caretColumn...]
      var head = ""
      if source.count > maximumWidth {
        let start = max(0, caretColumn - maximumWidth / 2)
        let end = min(source.count, start + maximumWidth)
        head = start > 0 ? "…" : ""
        source = Array(head) + source[start..<end] + (end < source.count ? ["…"] : [])
        caretColumn = head.count + caretColumn - start
        marker = marker.prefix(maximumWidth - (caretColumn - head.count))
      }
      (lines[index - 1], lines[index]) = visible(source, caretColumn: caretColumn, markerLength: marker.count)
      isExcerpt[index - 1] = true
      isExcerpt[index] = true
    }
    for index in lines.indices where !isExcerpt[index] { lines[index] = VisibleText.of(lines[index]) }
    return lines.map { $0.count > 4 * maximumWidth ? String($0.prefix(4 * maximumWidth)) + "…" : $0 }
      .joined(separator: "\n")
  }

  /// The source line with its control characters shown, and a caret line under the same characters:
  /// a shown `^[` takes two columns, so the caret moves right by one for each before it.
  private static func visible(_ source: [Character], caretColumn: Int, markerLength: Int) -> (String, String) {
    let column = min(caretColumn, source.count)
    let before = VisibleText.of(String(source[..<column]), keepingLayout: true)
    let spanEnd = min(source.count, column + max(1, markerLength))
    let span = VisibleText.of(String(source[column..<spanEnd]), keepingLayout: true)
    let after = VisibleText.of(String(source[spanEnd...]), keepingLayout: true)
    let indent = String(before.map { $0 == "\t" ? "\t" : " " })
    let marker = "^" + String(repeating: "~", count: max(markerLength, span.count) - 1)
    return (before + span + after, indent + marker)
  }
}
