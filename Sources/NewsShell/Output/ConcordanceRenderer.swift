import NewsQuery

/// Keyword in context as corpus linguists read it: the left context right-aligned against the match,
/// so every match lines up in one column, then the right context; document and position first.
struct ConcordanceRenderer {
  var maxWidth: Int
  var styler: Styler

  func render(_ result: ResultSet) -> String {
    let lines = result.rows.map { row in row.map { ResultLayout.singleLine($0.displayText) } }
    func width(_ column: Int) -> Int { lines.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    let documentWidth = width(0)
    let positionWidth = width(1)
    var leftWidth = width(2)
    let matchWidth = width(3)
    var rightWidth = width(4)
    if maxWidth > 0 {
      let room = maxWidth - documentWidth - positionWidth - matchWidth - 8
      let side = max(10, room / 2)
      leftWidth = min(leftWidth, side)
      rightWidth = min(rightWidth, max(10, room - leftWidth))
    }
    var output: [String] = []
    for line in lines {
      let left = DisplayWidth.padded(
        DisplayWidth.truncatedFromLeft(line[2], to: leftWidth), to: leftWidth, alignRight: true)
      let match = DisplayWidth.padded(line[3], to: matchWidth)
      let right = DisplayWidth.truncated(line[4], to: rightWidth)
      output.append(
        [
          DisplayWidth.padded(line[0], to: documentWidth),
          DisplayWidth.padded(line[1], to: positionWidth, alignRight: true),
          left, styler.match(match), right,
        ].joined(separator: "  "))
    }
    output.append(ResultLayout.rowCount(result.rows.count))
    return output.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
  }
}
