import NewsQuery

/// Keyword in context as corpus linguists read it: the left context right-aligned against the match,
/// so every match lines up in one column, then the right context; document and position first.
/// On a terminal every line fits its width (see `ConcordanceRenderer.fitted`).
struct ConcordanceRenderer {
  var maxWidth: Int
  var styler: Styler

  /// The columns, in order; indexes into a row and into `fitted`'s widths.
  private enum Column {
    static let document = 0
    static let position = 1
    static let left = 2
    static let match = 3
    static let right = 4
  }

  /// Who gives up room, in turn, when the lines are wider than the terminal: each step narrows its
  /// columns (the widest first, so the two contexts stay even) down to its floor. Contexts go first, as
  /// far as a readable 12 columns; then the document name; then both again; the keyword, the point of the
  /// view, last; never the position, whose digits cut short would mislead.
  static let shrinkSteps: [(columns: [Int], floor: Int)] = [
    ([Column.left, Column.right], 12),
    ([Column.document], 10),
    ([Column.left, Column.right], 4),
    ([Column.document], 4),
    ([Column.left, Column.right], 1),
    ([Column.match], 4),
  ]

  /// The space between columns.
  static let gap = "  "

  func render(_ result: ResultSet) -> String {
    let lines = result.rows.map { row in row.map { ResultLayout.singleLine($0.displayText) } }
    let natural = (0..<5).map { column in lines.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    let widths = Self.fitted(natural, to: maxWidth)
    var output: [String] = []
    for line in lines {
      let left = DisplayWidth.padded(
        DisplayWidth.truncatedFromLeft(line[Column.left], to: widths[Column.left]), to: widths[Column.left],
        alignRight: true)
      let match = DisplayWidth.padded(
        DisplayWidth.truncated(line[Column.match], to: widths[Column.match]), to: widths[Column.match])
      let right = DisplayWidth.truncated(line[Column.right], to: widths[Column.right])
      let text = [
        DisplayWidth.padded(
          DisplayWidth.truncated(line[Column.document], to: widths[Column.document]), to: widths[Column.document]),
        DisplayWidth.padded(line[Column.position], to: widths[Column.position], alignRight: true),
        left, styler.match(match), right,
      ].joined(separator: Self.gap)
      output.append(String(text.reversed().drop(while: { $0 == " " }).reversed()))
    }
    output.append(ResultLayout.rowCount(result.rows.count))
    return output.joined(separator: "\n") + "\n"
  }

  /// Column widths whose line fits `maxWidth` (0: no limit), narrowing columns by `shrinkSteps`.
  static func fitted(_ natural: [Int], to maxWidth: Int) -> [Int] {
    var widths = natural
    var excess = widths.reduce(0, +) + gap.count * (widths.count - 1) - maxWidth
    guard maxWidth > 0 else { return widths }
    for step in shrinkSteps where excess > 0 {
      while excess > 0 {
        guard let widest = step.columns.filter({ widths[$0] > step.floor }).max(by: { widths[$0] < widths[$1] })
        else { break }
        widths[widest] -= 1
        excess -= 1
      }
    }
    return widths
  }
}
