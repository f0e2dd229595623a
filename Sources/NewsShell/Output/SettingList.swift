/// `name: value` lines with the names right-aligned, as `.show` prints them (and sqlite3's does). On a
/// terminal a value too long for the window wraps under itself, so every line fits; elsewhere each
/// setting stays on one line, for grep.
enum SettingList {
  /// Below this many columns for the values, they go on lines of their own under their names.
  static let narrowestValueColumn = 12

  static func render(_ settings: [(name: String, value: String)], width: Int) -> String {
    let nameWidth = settings.map { DisplayWidth.of($0.name) }.max() ?? 0
    let indent = nameWidth + 2
    var lines: [String] = []
    for (name, value) in settings {
      let label = DisplayWidth.padded(name, to: nameWidth, alignRight: true) + ":"
      if width <= 0 || indent + DisplayWidth.of(value) <= width {
        lines.append(label + " " + value)
      } else if width - indent >= narrowestValueColumn {
        let wrapped = DisplayWidth.wrapped(value, to: width - indent)
        lines.append(label + " " + wrapped[0])
        lines += wrapped.dropFirst().map { String(repeating: " ", count: indent) + $0 }
      } else {
        lines.append(DisplayWidth.truncated(label, to: width))
        lines += DisplayWidth.wrapped(value, to: max(1, width - 2)).map { "  " + $0 }
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
