import NewsQuery

/// Aligned columns with a header rule, for reading. Fitted to `maxWidth` (the terminal's width; 0 means
/// no limit): the widest columns give up room first and their text wraps onto further lines. Widths count
/// terminal columns, so wide (CJK) characters take two and combining marks none.
struct TableRenderer {
  var maxWidth: Int
  var useColor = false

  func render(_ result: ResultSet) -> String {
    switch result.kind {
    case .concordance where result.columns.starts(with: ["document", "position", "left", "match", "right"]):
      return ConcordanceRenderer(maxWidth: maxWidth, styler: Styler(useColor: useColor)).render(result)
    case .context where result.columns.starts(with: ["document", "position", "before", "match", "after"]):
      return ContextRenderer(maxWidth: maxWidth, styler: Styler(useColor: useColor)).render(result)
    default:
      return grid(result)
    }
  }

  private func grid(_ result: ResultSet) -> String {
    let styler = Styler(useColor: useColor)
    let cells = result.rows.map { row in row.map { ResultLayout.singleLine($0.displayText) } }
    let numeric = ResultLayout.numericColumns(result)
    let headers = result.columns.map(ResultLayout.singleLine)
    var widths = headers.map { DisplayWidth.of($0) }
    for row in cells {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    widths = fitted(widths)
    var lines = [
      styler.header(
        line(
          headers.enumerated().map { DisplayWidth.truncated($1, to: widths[$0]) }, widths,
          numeric: [])),
      widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "),
    ]
    for row in cells {
      let wrapped = row.enumerated().map { column, cell in DisplayWidth.wrapped(cell, to: widths[column]) }
      let height = wrapped.map(\.count).max() ?? 1
      for lineIndex in 0..<height {
        lines.append(line(wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths, numeric: numeric))
      }
    }
    lines.append(ResultLayout.rowCount(result.rows.count))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Column widths that fit `maxWidth`: narrow columns keep their width, the rest share what is left.
  private func fitted(_ natural: [Int]) -> [Int] {
    let separators = 2 * max(0, natural.count - 1)
    guard maxWidth > 0, natural.reduce(0, +) + separators > maxWidth else { return natural }
    var available = max(natural.count * 4, maxWidth - separators)
    var widths = natural
    var open = Set(natural.indices)
    while !open.isEmpty {
      let share = available / open.count
      let narrow = open.filter { natural[$0] <= share }
      if narrow.isEmpty {
        var remainder = available - share * open.count
        for column in open.sorted() {
          widths[column] = max(4, share + (remainder > 0 ? 1 : 0))
          remainder -= 1
        }
        break
      }
      for column in narrow {
        widths[column] = natural[column]
        available -= natural[column]
        open.remove(column)
      }
    }
    return widths
  }

  private func line(_ cells: [String], _ widths: [Int], numeric: Set<Int>) -> String {
    var parts: [String] = []
    for (column, cell) in cells.enumerated() {
      let isLast = column == cells.count - 1
      let alignRight = numeric.contains(column)
      parts.append(isLast && !alignRight ? cell : DisplayWidth.padded(cell, to: widths[column], alignRight: alignRight))
    }
    return parts.joined(separator: "  ")
  }

  static func singleLine(_ text: String) -> String { ResultLayout.singleLine(text) }
}
