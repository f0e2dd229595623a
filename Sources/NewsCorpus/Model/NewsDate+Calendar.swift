/// A date as a period of days: `2022` is the whole year, `2022-01` the month, `2022-01-12` one day. Queries
/// compare periods (`date = "2022-01"` is within January, `date <= "2022-01"` up to its last day), count days
/// between them and group by week, month or year.
extension NewsDate {
  /// How much of a date is known.
  public enum Precision: Int, Sendable, Hashable, Comparable {
    case year, month, day

    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public var precision: Precision { month == nil ? .year : (day == nil ? .month : .day) }

  /// The first day of the period.
  public var start: NewsDate { NewsDate(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day of the period.
  public var end: NewsDate {
    let lastMonth = month ?? 12
    return NewsDate(year: year, month: lastMonth, day: day ?? Self.days(inMonth: lastMonth, of: year))
  }

  /// The days of a month in the proleptic Gregorian calendar.
  public static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to the first day of the period (negative before it): what date arithmetic counts in.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let start = self.start
    let y = (start.month ?? 1) <= 2 ? start.year - 1 : start.year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let m = start.month ?? 1
    let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + (start.day ?? 1) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The day `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    // Howard Hinnant's civil_from_days.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// The day `days` after the period's first day.
  public func adding(days: Int) -> NewsDate { NewsDate(dayNumber: start.dayNumber + days) }

  /// Monday 1, …, Sunday 7, of the period's first day.
  public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

  /// The ISO 8601 week of the period's first day: its year (which may differ from the date's near New Year)
  /// and number, 1 to 53.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let firstOfYear = NewsDate(year: thursday.year, month: 1, day: 1)
    return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
  }

  /// The Monday that starts the period's ISO week.
  public var weekStart: NewsDate { adding(days: 1 - weekday) }
}
