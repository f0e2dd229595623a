import NewsQuery

/// Each match in its sentence or paragraph: a heading with the document and position, then the text,
/// wrapped to the terminal, with the match highlighted — bold on a terminal, else between `[[` and `]]`.
struct ContextRenderer {
  var maxWidth: Int
  var styler: Styler

  func render(_ result: ResultSet) -> String {
    var output: [String] = []
    for row in result.rows {
      let cells = row.map { ResultLayout.singleLine($0.displayText) }
      output.append(styler.header("\(cells[0]) @\(cells[1])"))
      let marked = styler.useColor ? "\u{0}\(cells[3])\u{1}" : "[[\(cells[3])]]"
      let text = cells[2] + marked + cells[4]
      var inside = false
      for line in DisplayWidth.wrapped(text, to: maxWidth > 4 ? maxWidth - 2 : 0) {
        output.append("  " + highlighted(line, inside: &inside))
      }
      output.append("")
    }
    output.append(ResultLayout.rowCount(result.rows.count))
    return output.joined(separator: "\n") + "\n"
  }

  /// Turns the invisible markers around the match into ANSI styles, line by line (a wrapped match
  /// is styled on each of its lines).
  private func highlighted(_ line: String, inside: inout Bool) -> String {
    guard styler.useColor else { return line }
    var result = ""
    var run = ""
    func flush() {
      result += inside ? styler.match(run) : run
      run = ""
    }
    for character in line {
      switch character {
      case "\u{0}":
        flush()
        inside = true
      case "\u{1}":
        flush()
        inside = false
      default: run.append(character)
      }
    }
    flush()
    return result
  }
}
