import NewsQuery

/// Comma-separated values as RFC 4180 has them: a header line, CRLF line ends, and fields holding a
/// comma, a double quote or a line break enclosed in double quotes with inner quotes doubled.
enum CSVRenderer {
  static func render(_ result: ResultSet, options: RenderOptions = RenderOptions()) -> String {
    let null = options.nullText ?? ""
    let header = options.showsHeaders ? [result.columns.map(field)] : []
    let lines = header + result.rows.map { $0.map { field(ResultLayout.text($0, null: null)) } }
    return lines.map { $0.joined(separator: ",") + "\r\n" }.joined()
  }

  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }
}

extension String {
  /// Every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
