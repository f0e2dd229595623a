import NewsQuery

/// A result as one self-contained HTML page — styles inline, the chart drawn in SVG, nothing fetched from the
/// network — that opens in any browser: a heading, a bar chart of the first numeric column when the rows have
/// one (as `chart` draws it in the terminal), then the table.
enum HTMLRenderer {
  /// Charts longer than this many bars are left out; the table still has every row.
  static let maximumBars = 500
  static let barColor = "#3b6fb6"

  static func render(_ result: ResultSet, options: RenderOptions = RenderOptions()) -> String {
    let null = options.nullText ?? "null"
    var body = ["<h1>\(escape(result.collection))</h1>", "<p>\(escape(ResultLayout.rowCount(result.rows.count)))</p>"]
    if [.rows, .chart].contains(result.kind), let data = ChartData(result), !data.bars.isEmpty,
      data.bars.count <= maximumBars
    {
      body.append(chart(data, title: result.columns[data.valueColumn]))
    }
    body.append(table(result, null: null, showsHeaders: options.showsHeaders))
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>newsq: \(escape(result.collection))</title>
      <style>
      body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem; color: #1d2433; background: #ffffff; }
      h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
      p { color: #5a6475; margin: 0 0 1rem; }
      figure { margin: 0 0 1.5rem; }
      svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; fill: #1d2433; }
      table { border-collapse: collapse; }
      th, td { border-bottom: 1px solid #d8dde6; padding: .3rem .8rem; text-align: left; vertical-align: top; }
      th { background: #eef1f6; }
      td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
      td.null { color: #8a93a3; }
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  /// Horizontal bars, one a row: the label, the bar scaled to the largest value, the value.
  static func chart(_ data: ChartData, title: String) -> String {
    let rowHeight = 24
    let labelWidth = 220
    let barArea = 460
    let width = labelWidth + barArea + 80
    let height = data.bars.count * rowHeight + 8
    var parts = [
      "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(title)) by row\">"
    ]
    for (index, bar) in data.bars.enumerated() {
      let y = index * rowHeight + 4
      let length = bar.value > 0 ? max(1, Int((bar.value / data.maximum * Double(barArea)).rounded())) : 0
      let label = bar.label.count > 32 ? String(bar.label.prefix(31)) + "…" : bar.label
      let value = Value.format(bar.value)
      parts.append(
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(label))</text>"
          + "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"\(barColor)\">"
          + "<title>\(escape(bar.label)): \(value)</title></rect>"
          + "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 16)\">\(value)</text>")
    }
    parts.append("</svg></figure>")
    return parts.joined(separator: "\n")
  }

  static func table(_ result: ResultSet, null: String, showsHeaders: Bool) -> String {
    let numeric = ResultLayout.numericColumns(result)
    var lines = ["<table>"]
    if showsHeaders {
      let headers = result.columns.enumerated().map { column, name in
        "<th\(numeric.contains(column) ? " class=\"number\"" : "")>\(escape(name))</th>"
      }
      lines.append("<tr>" + headers.joined() + "</tr>")
    }
    for row in result.rows {
      let cells = row.enumerated().map { column, value -> String in
        let classes = (numeric.contains(column) ? ["number"] : []) + (value == .null ? ["null"] : [])
        let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        return "<td\(attribute)>\(escape(ResultLayout.text(value, null: null)))</td>"
      }
      lines.append("<tr>" + cells.joined() + "</tr>")
    }
    lines.append("</table>")
    return lines.joined(separator: "\n")
  }

  /// Text safe inside an element or a quoted attribute.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
