import NewsQuery

/// Aligned columns with a header rule, fitted to `maxWidth` by truncating the widest columns.
struct TableRenderer {
  /// The terminal's width; 0 means no limit.
  var maxWidth: Int

  func render(_ result: ResultSet) -> String {
    let cells = result.rows.map { row in row.map { Self.singleLine($0.displayText) } }
    var widths = result.columns.map(\.count)
    for row in cells {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    widths = fitted(widths)
    var lines = [line(result.columns, widths), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines += cells.map { line($0, widths) }
    let count = result.rows.count
    lines.append("(\(count) \(count == 1 ? "row" : "rows"))")
    return lines.joined(separator: "\n") + "\n"
  }

  private func fitted(_ widths: [Int]) -> [Int] {
    guard maxWidth > 0 else { return widths }
    var widths = widths
    let separators = 2 * max(0, widths.count - 1)
    while widths.reduce(0, +) + separators > maxWidth {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { break }
      widths[widest] -= 1
    }
    return widths
  }

  private func line(_ cells: [String], _ widths: [Int]) -> String {
    var parts: [String] = []
    for (column, cell) in cells.enumerated() {
      let width = widths[column]
      var text = cell.count > width ? String(cell.prefix(max(0, width - 1))) + "…" : cell
      if column < cells.count - 1 { text += String(repeating: " ", count: width - text.count) }
      parts.append(text)
    }
    return parts.joined(separator: "  ")
  }

  static func singleLine(_ text: String) -> String {
    text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
  }
}
