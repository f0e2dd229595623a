import Foundation

/// Reads a date field as exports write it — ISO 8601 with or without a time, `2023/05/03`, `3.5.2023`,
/// `May 3, 2023`, `3rd May 2023`, `Wed, 03 May 2023 10:00:00 +0000`, `May 2023`, Unix seconds or
/// milliseconds — or says why it cannot, so the loader reports a date it had to drop instead of
/// leaving the document silently undated.
public enum DateReader {
  /// What reading a field gave.
  public enum Outcome: Sendable, Hashable {
    case date(NewsDate)
    /// Day and month could be either way round (`03/05/2023`): both readings, so a message can offer them.
    case ambiguous(dayFirst: NewsDate, monthFirst: NewsDate)
    case unreadable
  }

  /// The date `text` holds, or nil.
  public static func date(_ text: some StringProtocol) -> NewsDate? {
    if case .date(let date) = read(text) { return date }
    return nil
  }

  /// Reads the whole of `text` as one date.
  public static func read(_ text: some StringProtocol) -> Outcome {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return .unreadable }
    if let iso = NewsDate(iso: trimmed), isISOShaped(trimmed) {
      return iso.day.map { checked(year: iso.year, month: iso.month ?? 1, day: $0) } ?? .date(iso)
    }
    if trimmed.allSatisfy(\.isASCIIDigit) { return timestamp(trimmed) }
    if let numeric = numeric(trimmed) { return numeric }
    return written(trimmed)
  }

  /// `2022`, `2022-01`, `2022-01-12`, then anything from a `T` or a space (a time and zone).
  private static func isISOShaped(_ text: String) -> Bool {
    let date = text.prefix { $0 != "T" && $0 != " " }
    let shapes: Set<Int> = [4, 7, 10]
    return shapes.contains(date.count) && date.allSatisfy { $0.isASCIIDigit || $0 == "-" }
  }

  /// `20230503`, or Unix time in seconds (10 digits) or milliseconds (13), read in UTC.
  private static func timestamp(_ digits: String) -> Outcome {
    if digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
      let day = Int(digits.suffix(2))
    {
      return checked(year: year, month: month, day: day)
    }
    guard digits.count == 10 || digits.count == 13, let value = Double(digits) else { return .unreadable }
    let seconds = digits.count == 13 ? value / 1000 : value
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return .unreadable }
    return .date(NewsDate(year: year, month: month, day: day))
  }

  /// `2023/05/03`, `2023.05.03`, and with the year last `3/5/2023`, `03.05.2023`, `3-5-2023`: day first when
  /// the first number cannot be a month, month first when the second cannot, ambiguous when both can.
  private static func numeric(_ text: String) -> Outcome? {
    let head = text.prefix { $0 != "T" && $0 != " " }
    let parts = head.split(omittingEmptySubsequences: false, whereSeparator: { "/.-".contains($0) })
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
      let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 { return checked(year: first, month: second, day: third) }
    guard parts[2].count == 4 else { return .unreadable }
    if first > 12 { return checked(year: third, month: second, day: first) }
    if second > 12 || first == second { return checked(year: third, month: first, day: second) }
    return .ambiguous(
      dayFirst: NewsDate(year: third, month: second, day: first), monthFirst: NewsDate(year: third, month: first, day: second))
  }

  /// Month names with a day and year in either order, a weekday, ordinals and a time allowed around them:
  /// `May 3, 2023`, `3rd May 2023`, `Wed, 03 May 2023 10:00:00 +0000`, `12-Jan-2022`; or `May 2023`.
  private static func written(_ text: String) -> Outcome {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    var month: Int?
    var numbers: [Int] = []
    for word in words {
      if month == nil, let found = DateFinder.months[word] {
        month = found
        continue
      }
      let digits = word.prefix { $0.isASCIIDigit }
      let suffix = word.dropFirst(digits.count)
      guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let value = Int(digits) else { continue }
      // A time (10:00:00) or zone (+0000) after the year is not part of the date.
      if numbers.count == 2 || (numbers.count == 1 && numbers[0] > 31) { break }
      numbers.append(value)
    }
    guard let month else { return .unreadable }
    let years = numbers.filter { $0 >= 1000 }
    let days = numbers.filter { $0 < 1000 }
    guard years.count == 1 else { return .unreadable }
    if days.isEmpty { return .date(NewsDate(year: years[0], month: month)) }
    guard days.count == 1 else { return .unreadable }
    return checked(year: years[0], month: month, day: days[0])
  }

  private static func checked(year: Int, month: Int, day: Int) -> Outcome {
    guard (1...9999).contains(year), (1...12).contains(month), (1...NewsDate.days(inMonth: month, of: year)).contains(day)
    else { return .unreadable }
    return .date(NewsDate(year: year, month: month, day: day))
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
