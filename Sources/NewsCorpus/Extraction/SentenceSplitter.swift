/// Splits a paragraph into sentences at `.`, `!` or `?` followed by space and a capital or a quotation mark,
/// except after a known abbreviation or a single initial ("Vladimir V. Putin").
enum SentenceSplitter {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "prof", "rev",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "vs", "etc", "inc", "corp", "co", "ltd",
  ]

  static func split(_ bytes: [UInt8], _ paragraph: Range<Int>) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = paragraph.lowerBound
    var index = paragraph.lowerBound
    while index < paragraph.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "."), isEllipsisDot(bytes, index) {
        index += 1
        continue
      }
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        var end = index + 1
        end = skipClosingMarks(bytes, end, limit: paragraph.upperBound)
        if end < paragraph.upperBound, ByteText.isSpace(bytes[end]),
          startsSentence(bytes, after: end, limit: paragraph.upperBound),
          !(byte == UInt8(ascii: ".") && endsWithAbbreviation(bytes, start, index))
        {
          sentences.append(ByteText.trimmed(bytes, start..<end))
          start = end
        }
        index = end
        continue
      }
      index += 1
    }
    let last = ByteText.trimmed(bytes, start..<paragraph.upperBound)
    if !last.isEmpty { sentences.append(last) }
    return sentences
  }

  private static func isEllipsisDot(_ bytes: [UInt8], _ index: Int) -> Bool {
    let dot = UInt8(ascii: ".")
    let next2 = index + 2 < bytes.count && bytes[index + 1] == 0x20 && bytes[index + 2] == dot
    let prev2 = index >= 2 && bytes[index - 1] == 0x20 && bytes[index - 2] == dot
    return next2 || prev2
  }

  private static func skipClosingMarks(_ bytes: [UInt8], _ index: Int, limit: Int) -> Int {
    var index = index
    while index < limit {
      if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: ")") {
        index += 1
      } else if index + 2 < limit, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99
      {
        index += 3
      } else {
        break
      }
    }
    return index
  }

  private static func startsSentence(_ bytes: [UInt8], after index: Int, limit: Int) -> Bool {
    var index = index
    while index < limit, ByteText.isSpace(bytes[index]) { index += 1 }
    guard index < limit else { return false }
    if bytes[index] == UInt8(ascii: "\"") || (bytes[index] == 0xE2 && index + 2 < limit && bytes[index + 2] == 0x9C) {
      return true
    }
    return ByteText.isUppercaseLetter(at: index, in: bytes) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
  }

  private static func endsWithAbbreviation(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> Bool {
    var wordStart = dot
    while wordStart > start, !ByteText.isSpace(bytes[wordStart - 1]) { wordStart -= 1 }
    let word = ByteText.string(bytes, wordStart..<dot).lowercased()
      .trimmingPrefix(while: { !$0.isLetter })
    if word.count == 1 { return true }
    return abbreviations.contains(String(word))
  }
}
