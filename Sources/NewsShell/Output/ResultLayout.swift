import NewsQuery

/// Facts about a result that several renderers use.
enum ResultLayout {
  /// Columns with a number and nothing but numbers and nulls: right-aligned in tables.
  static func numericColumns(_ result: ResultSet) -> Set<Int> {
    var numeric = Set(result.columns.indices)
    var hasNumber = Set<Int>()
    for row in result.rows {
      for (index, value) in row.enumerated() {
        switch value {
        case .number: hasNumber.insert(index)
        case .null: continue
        default: numeric.remove(index)
        }
      }
    }
    return numeric.intersection(hasNumber)
  }

  /// A cell's text: a missing value as `nullText`, else as the value reads.
  static func text(_ value: Value, null nullText: String) -> String {
    value == .null ? nullText : value.displayText
  }

  /// `(1 row)`, `(12 rows)`.
  static func rowCount(_ count: Int) -> String { "(\(count) \(count == 1 ? "row" : "rows"))" }

  /// A cell as a terminal may show it, on one line: line breaks and tabs become spaces, and every other
  /// control character is made visible (`^[`), so article text can neither drive the terminal nor
  /// throw a column out of line.
  static func singleLine(_ text: String) -> String {
    let flat =
      text.contains(where: { $0.isNewline || $0 == "\t" })
      ? String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }) : text
    return VisibleText.of(flat)
  }
}

/// The ANSI styles used on a terminal, and nothing when colour is off.
struct Styler {
  var useColor: Bool

  func header(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  func match(_ text: String) -> String { useColor ? "\u{1B}[1;33m\(text)\u{1B}[0m" : text }
  func dim(_ text: String) -> String { useColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
