/// A calendar date as news metadata gives it: year, and month and day where known.
///
/// Comparable so that queries can order and filter by date; a missing month or day sorts first.
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO timestamps that start with a date.
  public init?(iso text: some StringProtocol) {
    let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    var month: Int?
    var day: Int?
    if parts.count > 1 {
      guard let value = Int(parts[1]), (1...12).contains(value) else { return nil }
      month = value
    }
    if parts.count > 2 {
      guard let value = Int(parts[2].prefix(2)), (1...31).contains(value) else { return nil }
      day = value
    }
    self.init(year: year, month: month, day: day)
  }

  public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// ISO 8601, as far as the date is known: `2022-01-12`, `2022-01`, `2022`.
  public var description: String {
    let digits = String(year)
    var result = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    if let month {
      result += "-" + twoDigits(month)
      if let day { result += "-" + twoDigits(day) }
    }
    return result
  }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
