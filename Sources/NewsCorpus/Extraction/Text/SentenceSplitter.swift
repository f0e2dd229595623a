/// Splits a paragraph into sentences at `.`, `!` or `?` (and any closing marks after them) followed by
/// white space and a capital, a digit or an opening mark — except after an abbreviation ("Mr.", "Jan."),
/// an initial ("Vladimir V. Putin"), a spaced ellipsis (". . ."), and never inside a quotation, so a
/// quotation of several sentences stays whole.
enum SentenceSplitter {
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "del", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen",
    "gov", "prof", "rev", "pres", "atty", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "vs", "etc", "inc", "corp", "co", "ltd", "ft", "mt", "messrs", "approx", "dept", "est", "coun",
    "cllr", "supt", "det", "insp", "cst", "cpl", "gda", "rt", "hon", "engr", "barr", "amb",
  ]

  /// Capitalised words that start a sentence even after a dotted acronym ("in the U.S. The talks").
  static let sentenceStarters: WordSet = [
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "there", "a", "an", "on",
    "at", "as", "if", "when", "while", "after", "his", "her", "their", "its", "our", "for", "so", "yet",
  ]

  static func split(_ bytes: [UInt8], _ paragraph: Range<Int>, protecting spans: [QuoteSpan] = []) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = paragraph.lowerBound
    var index = paragraph.lowerBound
    var spanIndex = 0
    while index < paragraph.upperBound {
      if spanIndex < spans.count, index >= spans[spanIndex].outer.lowerBound {
        let span = spans[spanIndex]
        spanIndex += 1
        index = max(index, span.outer.upperBound)
        let contentEnd = ByteText.trimmed(bytes, span.content).upperBound
        if contentEnd > span.content.lowerBound, span.closeMark != nil,
          [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[contentEnd - 1])
        {
          let end = skipClosingMarks(bytes, index, limit: paragraph.upperBound)
          if end < paragraph.upperBound, ByteText.spaceWidth(bytes, at: end) > 0,
            startsSentence(bytes, after: end, limit: paragraph.upperBound, strict: false),
            // Only a quotation that opens its sentence can have its attribution after it: in
            // `Japan branded it an "outlaw nation." Russia insisted …` a new sentence begins.
            ByteText.trimmed(bytes, start..<span.outer.lowerBound).isEmpty == false
              || !startsAttribution(bytes, after: end, limit: paragraph.upperBound)
          {
            sentences.append(ByteText.trimmed(bytes, start..<end))
            start = end
          }
          index = end
        }
        continue
      }
      let byte = bytes[index]
      guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "."), isEllipsisDot(bytes, index, paragraph) {
        index += 1
        continue
      }
      let end = skipClosingMarks(bytes, index + 1, limit: nextSpanStart(spans, spanIndex, paragraph.upperBound))
      let abbreviation = byte == UInt8(ascii: ".") ? abbreviationKind(bytes, start, index) : .none
      if end < paragraph.upperBound, ByteText.spaceWidth(bytes, at: end) > 0, abbreviation != .always,
        startsSentence(bytes, after: end, limit: paragraph.upperBound, strict: abbreviation == .acronym)
      {
        sentences.append(ByteText.trimmed(bytes, start..<end))
        start = end
      }
      index = max(end, index + 1)
    }
    let last = ByteText.trimmed(bytes, start..<paragraph.upperBound)
    if !last.isEmpty { sentences.append(last) }
    return sentences
  }

  /// Whether the words after a quotation that opens its sentence are its attribution ("“…?” Graham
  /// asked."): a few capitalised words and then a speech verb, which keeps them in its sentence.
  private static func startsAttribution(_ bytes: [UInt8], after index: Int, limit: Int) -> Bool {
    var index = index
    for _ in 0..<5 {
      while index < limit, ByteText.spaceWidth(bytes, at: index) > 0 { index += ByteText.spaceWidth(bytes, at: index) }
      var end = index
      while end < limit {
        let (scalar, width) = ByteText.decode(bytes, at: end)
        let continuesAcronym = scalar == "." && end + 1 < limit && ByteText.isLetterOrDigit(at: end + 1, in: bytes)
        guard scalar.properties.isAlphabetic || scalar == "-" || continuesAcronym else { break }
        end += width
      }
      guard end > index else { return false }
      let word = ByteText.string(bytes, index..<end)
      if ["he", "she", "they", "it", "we", "i", "you", "this", "that", "the"].contains(word.lowercased()) { return false }
      // "“….” Said the CS.": an inverted cue with a capital still belongs to the quotation's sentence.
      if ["said", "says", "added", "adds", "asked", "asks"].contains(word.lowercased()) { return true }
      let endsClause = end >= limit || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!")].contains(bytes[end])
      // "“…!” Ellison, a 46-year-old Bedford businessman, told the crowd.": a name, its appositive, the verb.
      if end < limit, bytes[end] == UInt8(ascii: ","), ByteText.isUppercaseLetter(at: index, in: bytes),
        verbFollowsAppositive(bytes, from: end + 1, limit: limit)
      {
        return true
      }
      while end < limit, [UInt8(ascii: "."), UInt8(ascii: ",")].contains(bytes[end]) { end += 1 }
      if !ByteText.isUppercaseLetter(at: index, in: bytes) {
        guard word.first?.isLowercase == true else { return false }
        // "“…?” Hannity pressed.": a verb in the past that no table lists, ending the words after the marks.
        return Gazetteer.speechVerbIndex[word.lowercased()] != nil
          || endsClause && Gazetteer.mayBeUnlistedPastVerb(word)
      }
      index = end
    }
    return false
  }

  /// Whether a comma closes, within `appositiveBytes` and before any end of sentence, a phrase after which a
  /// speech verb comes: ", a 46-year-old businessman making his first run, told".
  private static func verbFollowsAppositive(_ bytes: [UInt8], from start: Int, limit: Int) -> Bool {
    var index = start
    while index < min(limit, start + appositiveBytes) {
      let byte = bytes[index]
      let isCurlyDoubleMark = byte == 0xE2 && index + 2 < limit && bytes[index + 1] == 0x80 && [0x9C, 0x9D].contains(bytes[index + 2])
      if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\"")].contains(byte) || isCurlyDoubleMark {
        return false
      }
      if byte == UInt8(ascii: ",") {
        var next = index + 1
        while next < limit, ByteText.spaceWidth(bytes, at: next) > 0 { next += ByteText.spaceWidth(bytes, at: next) }
        var end = next
        while end < limit, ByteText.isLetterOrDigit(at: end, in: bytes) { end += 1 }
        return end > next && Gazetteer.speechVerbIndex[ByteText.string(bytes, next..<end).lowercased()] != nil
      }
      index += 1
    }
    return false
  }

  /// How far an appositive between a name and its speech verb may run, in bytes.
  private static let appositiveBytes = 120

  private static func nextSpanStart(_ spans: [QuoteSpan], _ spanIndex: Int, _ limit: Int) -> Int {
    spanIndex < spans.count ? spans[spanIndex].outer.lowerBound : limit
  }

  private static func isEllipsisDot(_ bytes: [UInt8], _ index: Int, _ paragraph: Range<Int>) -> Bool {
    let dot = UInt8(ascii: ".")
    let next = index + 1 < paragraph.upperBound && bytes[index + 1] == dot
    let previous = index > paragraph.lowerBound && bytes[index - 1] == dot
    let next2 = index + 2 < paragraph.upperBound && bytes[index + 1] == 0x20 && bytes[index + 2] == dot
    let prev2 = index - 2 >= paragraph.lowerBound && bytes[index - 1] == 0x20 && bytes[index - 2] == dot
    return next || previous || next2 || prev2
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

  private static func startsSentence(_ bytes: [UInt8], after index: Int, limit: Int, strict: Bool) -> Bool {
    var index = index
    while index < limit, ByteText.spaceWidth(bytes, at: index) > 0 { index += ByteText.spaceWidth(bytes, at: index) }
    guard index < limit else { return false }
    if let mark = QuotationMark.at(index, in: bytes), mark.facing != .closing { return !strict }
    if strict {
      var end = index
      while end < limit, ByteText.isLetterOrDigit(at: end, in: bytes) { end += 1 }
      return sentenceStarters.contains(ByteText.string(bytes, index..<end).lowercased())
    }
    return ByteText.isUppercaseLetter(at: index, in: bytes) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
  }

  private enum AbbreviationKind { case none, always, acronym }

  /// `abbreviationKind` for an ASCII word, over its bytes; nil for a word that is not ASCII. The word
  /// holds no white space, so its characters are its bytes.
  private static func asciiAbbreviationKind(_ bytes: [UInt8], _ wordStart: Int, _ dot: Int) -> AbbreviationKind? {
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    var first = wordStart
    for index in wordStart..<dot {
      if bytes[index] >= 0x80 { return nil }
      if first == index, !isLetter(bytes[index]) { first += 1 }
    }
    let count = dot - first
    if count == 1 { return .always }
    let isAbbreviation = bytes.withUnsafeBufferPointer { buffer in
      abbreviations.contains(lowercasingASCII: UnsafeBufferPointer(rebasing: buffer[first..<dot]))
    }
    if isAbbreviation { return .always }
    // "Lt.-Gov.", "Maj.-Gen.": a title of two abbreviations joined by a hyphen, as Canadian papers write it.
    if let hyphen = bytes[first..<dot].lastIndex(of: UInt8(ascii: "-")), hyphen + 1 < dot,
      bytes.withUnsafeBufferPointer({ abbreviations.contains(lowercasingASCII: UnsafeBufferPointer(rebasing: $0[(hyphen + 1)..<dot])) })
    {
      return .always
    }
    if count == 2, bytes[first] | 0x20 == UInt8(ascii: "n"), bytes[first + 1] | 0x20 == UInt8(ascii: "o"),
      dot + 2 < bytes.count, bytes[dot + 1] == 0x20, (0x30...0x39).contains(bytes[dot + 2])
    {
      return .always
    }
    if count <= 6, bytes[first..<dot].contains(UInt8(ascii: ".")) { return .acronym }
    return AbbreviationKind.none
  }

  private static func abbreviationKind(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> AbbreviationKind {
    var wordStart = dot
    while wordStart > start, ByteText.spaceWidth(bytes, at: wordStart - 1) == 0,
      bytes[wordStart - 1] != UInt8(ascii: "(")
    {
      wordStart -= 1
    }
    if let kind = asciiAbbreviationKind(bytes, wordStart, dot) { return kind }
    let word = ByteText.string(bytes, wordStart..<dot).lowercased().trimmingPrefix(while: { !$0.isLetter })
    if word.count == 1, word.first?.isLetter == true { return .always }
    if abbreviations.contains(String(word)) { return .always }
    if word == "no", dot + 2 < bytes.count, bytes[dot + 1] == 0x20, (0x30...0x39).contains(bytes[dot + 2]) {
      return .always
    }
    if word.utf8.contains(UInt8(ascii: ".")), word.count <= 6 { return .acronym }
    return .none
  }
}
