import NewsQuery

/// A result as horizontal bars in the terminal: the label, the numbers, and a bar for the first of them, scaled
/// to the largest and fitted to the width (40 columns of bar off a terminal), drawn in eighths of a block so
/// close values stay apart. A time series gets a sparkline of the periods above its bars.
struct ChartRenderer {
  var options: RenderOptions
  /// The bar's length when the output is not a terminal, so files and pipes get the same chart every time.
  static let defaultBarWidth = 40
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
  static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The chart, or nil when the result has no number to draw.
  func render(_ result: ResultSet) -> String? {
    guard let data = ChartData(result) else { return nil }
    let null = options.nullText ?? "null"
    let labelWidth = min(max(data.bars.map { DisplayWidth.of($0.label) }.max() ?? 0, 1), 40)
    let numbers = result.columns.indices.filter { !data.labelColumns.contains($0) }
    let numberTexts = data.bars.map { bar in
      numbers.map { column -> String in
        guard let cells = bar.cells else { return column == data.valueColumn ? "0" : "" }
        return column < cells.count ? ResultLayout.text(cells[column], null: null) : ""
      }
    }
    let numberWidths = numbers.indices.map { index in
      max(DisplayWidth.of(result.columns[numbers[index]]), numberTexts.map { DisplayWidth.of($0[index]) }.max() ?? 0)
    }
    let used = labelWidth + numberWidths.reduce(0) { $0 + $1 + 2 } + 2
    let barWidth = options.width > 0 ? max(10, options.width - used) : Self.defaultBarWidth
    let styler = Styler(useColor: options.useColor)
    var lines: [String] = []
    if data.isTimeSeries {
      lines.append(
        DisplayWidth.padded("", to: labelWidth) + "  " + String(data.bars.map { spark($0.value, of: data.maximum) }))
    }
    if options.showsHeaders {
      let label = data.labelColumns.map { result.columns[$0] }.joined(separator: " · ")
      let header =
        DisplayWidth.padded(DisplayWidth.truncated(label, to: labelWidth), to: labelWidth)
        + numbers.indices.map { "  " + DisplayWidth.padded(result.columns[numbers[$0]], to: numberWidths[$0], alignRight: true) }
        .joined()
      lines.append(styler.header(header))
    }
    for (index, bar) in data.bars.enumerated() {
      let label = DisplayWidth.padded(DisplayWidth.truncated(bar.label, to: labelWidth), to: labelWidth)
      let values = numbers.indices.map { "  " + DisplayWidth.padded(numberTexts[index][$0], to: numberWidths[$0], alignRight: true) }
      lines.append(label + values.joined() + "  " + styler.match(self.bar(bar.value, of: data.maximum, width: barWidth)))
    }
    lines.append(ResultLayout.rowCount(result.rows.count))
    return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
  }

  /// A bar of `width` columns at the maximum, in eighths of a block; nothing for 0 or less.
  func bar(_ value: Double, of maximum: Double, width: Int) -> String {
    guard value > 0, maximum > 0 else { return "" }
    let eighthsLong = max(1, Int((value / maximum * Double(width) * 8).rounded()))
    let full = String(repeating: "█", count: eighthsLong / 8)
    let rest = eighthsLong % 8
    return full + (rest > 0 ? String(Self.eighths[rest - 1]) : "")
  }

  private func spark(_ value: Double, of maximum: Double) -> Character {
    guard value > 0, maximum > 0 else { return " " }
    return Self.sparks[min(7, Int((value / maximum * 7).rounded()))]
  }
}
