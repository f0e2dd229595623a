import NewsQuery

/// A GitHub-flavoured Markdown table: numbers right-aligned, `|` escaped, line breaks and tabs as spaces;
/// in a context view the match is bold.
enum MarkdownRenderer {
  static func render(_ result: ResultSet, options: RenderOptions = RenderOptions()) -> String {
    let null = options.nullText ?? "null"
    let numeric = ResultLayout.numericColumns(result)
    let matchColumn =
      result.kind == .context || result.kind == .concordance ? result.columns.firstIndex(of: "match") : nil
    var lines = ["| " + result.columns.map(cell).joined(separator: " | ") + " |"]
    lines.append("|" + result.columns.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined())
    for row in result.rows {
      let cells = row.enumerated().map { index, value -> String in
        let text = cell(ResultLayout.text(value, null: null))
        return index == matchColumn && !text.isEmpty ? "**\(text)**" : text
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func cell(_ text: String) -> String {
    ResultLayout.singleLine(text).replacingAll("|", with: "\\|")
  }
}
