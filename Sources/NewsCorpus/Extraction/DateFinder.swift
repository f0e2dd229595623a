import Foundation

/// Finds a full calendar date written in a line of a page ("January 12, 2022", "Jan. 12, 2022",
/// "12 January 2022", "2022-01-12", "2022/01/12", "12.01.2022", "Updated 2022-01-12T10:00Z"), for the date of an
/// article whose input gives none. A numeric date whose day and month could be either way round is not taken.
enum DateFinder {
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  static func date(in text: String) -> NewsDate? {
    // Every form has a four-digit year: a line without digits (most) is not split into words.
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    for piece in dottedPieces(of: text) {
      let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()[]"))
      if trimmed.first?.isNumber == true, case .date(let date) = DateReader.read(trimmed), date.day != nil {
        return date
      }
    }
    let words = Self.words(of: text)
    for (index, word) in words.enumerated() {
      if word.utf8.count >= 10, let iso = NewsDate(iso: word), iso.day != nil, word.count >= 10 { return iso }
      guard let month = months[word.lowercased()] else { continue }
      if index + 2 < words.count, let day = Int(words[index + 1]), let year = year(words[index + 2]),
        (1...31).contains(day)
      {
        return NewsDate(year: year, month: month, day: day)
      }
      if index >= 1, index + 1 < words.count, let day = Int(words[index - 1]), let year = year(words[index + 1]),
        (1...31).contains(day)
      {
        return NewsDate(year: year, month: month, day: day)
      }
    }
    return nil
  }

  /// The pieces of `text` between white space that hold a "/" or ".", where a numeric date would be. An ASCII
  /// line is cut over its bytes (its white space is exactly tab to carriage return and space; "\r\n", one
  /// Character, is white space either way), with no Character of it made.
  private static func dottedPieces(of text: String) -> [Substring] {
    let utf8 = text.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else {
      return text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0 == "/" || $0 == "." }) }
    }
    return utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
      .filter { $0.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) }
      .map { Substring($0) }
  }

  /// The runs of letters, digits and hyphens of `text`; an ASCII line is cut over its bytes, where
  /// those are exactly the bytes A–Z, a–z, 0–9 and "-".
  private static func words(of text: String) -> [String] {
    let utf8 = text.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else {
      return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }
    func isWordByte(_ byte: UInt8) -> Bool {
      (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }
    return utf8.split(whereSeparator: { !isWordByte($0) }).map { String(decoding: $0, as: UTF8.self) }
  }

  private static func year(_ word: String) -> Int? {
    guard word.count == 4, let value = Int(word), (1900...2100).contains(value) else { return nil }
    return value
  }
}
