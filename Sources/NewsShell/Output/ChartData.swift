import NewsCorpus
import NewsQuery

/// What a chart of a result draws: a label and a number for each row. The number is the first numeric column
/// (a count after `group by`), the label the columns before it. When the first column holds dates (`month(date)`)
/// or ISO weeks, the rows are a time series: put in time order, with the periods between them that have no row
/// drawn as 0, so a gap in the news shows as a gap.
struct ChartData {
  struct Bar {
    var label: String
    var value: Double
    /// The row's cells, or nil for a period with no row.
    var cells: [Value]?
  }

  var bars: [Bar]
  /// The column the bars measure.
  var valueColumn: Int
  var labelColumns: [Int]
  var isTimeSeries: Bool

  init?(_ result: ResultSet) {
    let numeric = ResultLayout.numericColumns(result)
    guard let value = result.columns.indices.first(where: numeric.contains) else { return nil }
    valueColumn = value
    labelColumns = Array(result.columns.indices.filter { $0 < value })
    if labelColumns.isEmpty { labelColumns = result.columns.indices.filter { !numeric.contains($0) } }
    let labels = labelColumns
    bars = result.rows.map { row in
      let label = labels.map { $0 < row.count ? row[$0].displayText : "" }.joined(separator: " · ")
      let number: Double
      if value < row.count, case .number(let found) = row[value] { number = found } else { number = 0 }
      return Bar(label: label.isEmpty ? "null" : label, value: number, cells: row)
    }
    isTimeSeries = false
    if labels.first == 0, let series = Self.timeSeries(bars, result) {
      bars = series
      isTimeSeries = true
    }
  }

  /// The largest value, for scaling (at least something above 0).
  var maximum: Double { max(bars.map(\.value).max() ?? 0, .leastNonzeroMagnitude) }

  /// The rows in time order with the missing periods between them, when the first column is all dates of one
  /// precision or all ISO weeks; nil otherwise.
  private static func timeSeries(_ bars: [Bar], _ result: ResultSet) -> [Bar]? {
    var periods: [(key: Int, bar: Bar)] = []
    var kind: String?
    for bar in bars {
      guard let first = bar.cells?.first, let (key, unit) = period(first), kind == nil || kind == unit else { return nil }
      kind = unit
      periods.append((key, bar))
    }
    guard let unit = kind, periods.count >= 2 else { return nil }
    periods.sort { $0.key < $1.key }
    guard let low = periods.first?.key, let high = periods.last?.key, high - low < 2000 else { return periods.map(\.bar) }
    let byKey = Dictionary(periods.map { ($0.key, $0.bar) }, uniquingKeysWith: { first, _ in first })
    return (low...high).map { key in byKey[key] ?? Bar(label: label(key, unit), value: 0, cells: nil) }
  }

  /// A period as a number that counts up one per period, and its unit.
  private static func period(_ value: Value) -> (Int, String)? {
    switch value {
    case .date(let date):
      switch date.precision {
      case .year: return (date.year, "year")
      case .month: return (date.year * 12 + (date.month ?? 1) - 1, "month")
      case .day: return (date.dayNumber, "day")
      }
    case .string(let text):
      let parts = text.split(separator: "-")
      guard parts.count == 2, parts[1].hasPrefix("W"), let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
        (1...53).contains(week)
      else { return nil }
      // Mondays are day 4 (mod 7) counted from 1970-01-01, a Thursday.
      return ((NewsDate(year: year, month: 1, day: 4).weekStart.dayNumber - 4) / 7 + week - 1, "week")
    default: return nil
    }
  }

  private static func label(_ key: Int, _ unit: String) -> String {
    switch unit {
    case "year": return String(key)
    case "month": return NewsDate(year: key / 12, month: key % 12 + 1).description
    case "day": return NewsDate(dayNumber: key).description
    default:
      let monday = NewsDate(dayNumber: key * 7 + 4)
      let week = monday.adding(days: 3).isoWeek
      return "\(week.year)-W\(week.week < 10 ? "0" : "")\(week.week)"
    }
  }
}
