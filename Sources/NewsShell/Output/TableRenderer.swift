import NewsQuery

/// Aligned columns with a header rule, for reading. Fitted to `maxWidth` (the terminal's width; 0 means
/// no limit): the widest columns give up room first and their text wraps onto further lines. Widths count
/// terminal columns, so wide (CJK) characters take two and combining marks none.
struct TableRenderer {
  var maxWidth: Int
  var useColor = false
  /// How a missing value prints (dimmed on a terminal).
  var nullText = "null"
  var showsHeaders = true
  /// Widths set with `.width`; 0 leaves a column its natural width.
  var columnWidths: [Int] = []

  init(maxWidth: Int, useColor: Bool = false) {
    self.maxWidth = maxWidth
    self.useColor = useColor
  }

  init(options: RenderOptions) {
    self.init(maxWidth: options.width, useColor: options.useColor)
    nullText = options.nullText ?? "null"
    showsHeaders = options.showsHeaders
    columnWidths = options.columnWidths
  }

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
    // A plan's unknown estimates are left blank: there, null is not a value anyone asked for.
    let null = result.kind == .plan ? "" : nullText
    let cells = result.rows.map { row in row.map { ResultLayout.singleLine(ResultLayout.text($0, null: null)) } }
    let nulls = result.rows.map { row in row.map { $0 == .null } }
    let numeric = ResultLayout.numericColumns(result)
    let headers = result.columns.map(ResultLayout.singleLine)
    var widths = headers.map { showsHeaders ? DisplayWidth.of($0) : 0 }
    for row in cells {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    widths = fitted(widths, words: cells)
    for (column, width) in columnWidths.enumerated() where column < widths.count && width > 0 { widths[column] = width }
    var lines: [String] = []
    if showsHeaders {
      lines.append(
        styler.header(
          line(
            headers.enumerated().map { DisplayWidth.truncated($1, to: widths[$0]) }, widths, numeric: [])))
      lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    }
    for (rowIndex, row) in cells.enumerated() {
      let wrapped = row.enumerated().map { column, cell in DisplayWidth.wrapped(cell, to: widths[column]) }
      let height = wrapped.map(\.count).max() ?? 1
      for lineIndex in 0..<height {
        let parts = wrapped.enumerated().map { column, pieces in
          lineIndex < pieces.count ? pieces[lineIndex] : ""
        }
        lines.append(line(parts, widths, numeric: numeric, dimmed: nulls[rowIndex], styler: styler))
      }
    }
    lines.append(ResultLayout.rowCount(result.rows.count))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Column widths that fit `maxWidth`: narrow columns keep their width, the rest share what is left; a column
  /// keeps room for its longest word where the others can give it, so lists such as roles wrap between words.
  private func fitted(_ natural: [Int], words cells: [[String]]) -> [Int] {
    var widths = shared(natural)
    let longestWords = natural.indices.map { column in
      cells.map { row in
        column < row.count ? row[column].split(separator: " ").map { DisplayWidth.of($0) }.max() ?? 0 : 0
      }.max() ?? 0
    }
    for column in widths.indices where widths[column] < min(longestWords[column], natural[column]) {
      let needed = min(longestWords[column], natural[column]) - widths[column]
      // Taken from the columns with room to spare beyond their own longest word, widest first.
      var spare = widths.indices.filter { widths[$0] > max(longestWords[$0], 4) }.sorted { widths[$0] > widths[$1] }
      var taken = 0
      while taken < needed, let donor = spare.first {
        widths[donor] -= 1
        taken += 1
        if widths[donor] <= max(longestWords[donor], 4) { spare.removeFirst() }
        spare.sort { widths[$0] > widths[$1] }
      }
      widths[column] += taken
    }
    return widths
  }

  /// Column widths that fit `maxWidth`: narrow columns keep their width, the rest share what is left.
  private func shared(_ natural: [Int]) -> [Int] {
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

  private func line(
    _ cells: [String], _ widths: [Int], numeric: Set<Int>, dimmed: [Bool] = [], styler: Styler = Styler(useColor: false)
  ) -> String {
    var parts: [String] = []
    for (column, cell) in cells.enumerated() {
      let isLast = column == cells.count - 1
      let alignRight = numeric.contains(column)
      let text = isLast && !alignRight ? cell : DisplayWidth.padded(cell, to: widths[column], alignRight: alignRight)
      parts.append(column < dimmed.count && dimmed[column] && !cell.isEmpty ? styler.dim(text) : text)
    }
    return parts.joined(separator: "  ")
  }

  static func singleLine(_ text: String) -> String { ResultLayout.singleLine(text) }
}
