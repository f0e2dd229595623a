/// Splits a paragraph into tokens over its bytes in one pass: words (with inner hyphens and
/// apostrophes, dotted abbreviations such as "U.S." and initials such as "V."), possessive "’s" on
/// its own, single punctuation marks, and the quotation marks `QuoteFinder` paired.
enum Tokenizer {
  /// Abbreviations whose final dot belongs to the word ("Mr.", "Sen.", "Jan.").
  static let dottedAbbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "del", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep",
    "sen", "gov", "prof", "rev", "ft", "mt", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pres", "atty", "supt", "det", "insp", "messrs", "coun", "cllr", "cst", "cpl", "gda",
    "rt", "hon", "engr", "barr", "amb",
  ]

  static func tokenize(
    _ bytes: [UInt8], _ paragraph: Range<Int>, spans: [QuoteSpan], sentences: [Range<Int>]
  ) -> [Token] {
    // Where the paired marks start, in order: walked alongside the scan instead of hashed per byte.
    var marks: [Int] = []
    marks.reserveCapacity(spans.count * 2)
    for span in spans {
      marks.append(span.openMark.lowerBound)
      if let close = span.closeMark { marks.append(close.lowerBound) }
    }
    marks.sort()
    var nextMark = 0
    var tokens: [Token] = []
    tokens.reserveCapacity(paragraph.count / 5 + 4)
    var spanIndex = 0
    var sentenceIndex = 0
    var index = paragraph.lowerBound
    let end = paragraph.upperBound
    while index < end {
      let space = ByteText.spaceWidth(bytes, at: index)
      if space > 0 {
        index += space
        continue
      }
      while spanIndex < spans.count, spans[spanIndex].outer.upperBound <= index { spanIndex += 1 }
      while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].upperBound <= index { sentenceIndex += 1 }
      let quote = spanIndex < spans.count && spans[spanIndex].content.contains(index) ? spanIndex : nil
      while nextMark < marks.count, marks[nextMark] < index { nextMark += 1 }
      if nextMark < marks.count, marks[nextMark] == index, let mark = QuotationMark.at(index, in: bytes) {
        tokens.append(
          Token(
            kind: .mark, range: mark.range, text: ByteText.string(bytes, mark.range), quote: nil,
            sentence: sentenceIndex, isCapitalised: false))
        index = mark.range.upperBound
        continue
      }
      index = appendToken(bytes, at: index, limit: end, quote: quote, sentence: sentenceIndex, to: &tokens)
    }
    return tokens
  }

  /// The end of a handle ("@LynneDoherty_"): "@" after white space or a bracket, then ASCII letters,
  /// digits and underscores with a letter among them; nil for an "@" that opens none.
  static func endOfHandle(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
    guard start == 0 || ByteText.isSpace(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "(") else { return nil }
    var end = start + 1
    var hasLetter = false
    while end < limit {
      let byte = bytes[end]
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      guard isLetter || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_") else { break }
      hasLetter = hasLetter || isLetter
      end += 1
    }
    return hasLetter && end - start >= 3 ? end : nil
  }

  /// Appends the word, possessive "’s" or punctuation mark at `index`; returns the index after it.
  private static func appendToken(
    _ bytes: [UInt8], at index: Int, limit end: Int, quote: Int?, sentence: Int, to tokens: inout [Token]
  ) -> Int {
    let (scalar, width) = ByteText.decode(bytes, at: index)
    if scalar == "@", let handleEnd = endOfHandle(bytes, from: index, limit: end) {
      // "@jessevershed said on X": a social-media handle is one word, written as a name is.
      tokens.append(
        Token(
          kind: .word, range: index..<handleEnd, text: ByteText.string(bytes, index..<handleEnd), quote: quote,
          sentence: sentence, isCapitalised: true))
      return handleEnd
    }
    if isWordScalar(scalar) {
      let wordEnd = endOfWord(bytes, from: index, limit: end)
      tokens.append(
        Token(
          kind: .word, range: index..<wordEnd, text: ByteText.string(bytes, index..<wordEnd), quote: quote,
          sentence: sentence,
          isCapitalised: scalar.value < 0x80
            ? scalar.value >= 0x41 && scalar.value <= 0x5A || opensWithArticle(bytes, index, wordEnd)
            : scalar.properties.isUppercase))
      return wordEnd
    }
    if (scalar == "'" || scalar == "\u{2019}"), isPossessive(bytes, index + width, limit: end), !tokens.isEmpty,
      tokens[tokens.count - 1].range.upperBound == index
    {
      tokens.append(
        Token(
          kind: .word, range: index..<index + width + 1, text: "'s", quote: quote, sentence: sentence,
          isCapitalised: false))
      return index + width + 1
    }
    tokens.append(
      Token(
        kind: .punctuation, range: index..<index + width, text: String(Character(scalar)), quote: quote,
        sentence: sentence, isCapitalised: false))
    return index + width
  }

  /// "al-Burhan", "el-Sisi", "ash-Shara": a name opened by a lowercase Arabic article and a hyphen
  /// is as capitalised as the name after the hyphen.
  static func opensWithArticle(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 4, bytes[start] >= 0x61, bytes[start] <= 0x7A else { return false }
    guard let hyphen = (start + 2...min(start + 3, end - 2)).first(where: { bytes[$0] == 0x2D }),
      bytes[hyphen + 1] >= 0x41, bytes[hyphen + 1] <= 0x5A
    else { return false }
    return articles.contains(String(decoding: bytes[start..<hyphen], as: UTF8.self))
  }

  private static let articles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"]

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      let value = scalar.value
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether the word is one of `dottedAbbreviations`, lowercased; an ASCII word is read from its bytes.
  private static func isDottedAbbreviation(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
    let isASCII = !bytes[word].contains { $0 >= 0x80 }
    guard isASCII else { return dottedAbbreviations.contains(ByteText.string(bytes, word).lowercased()) }
    return bytes.withUnsafeBufferPointer {
      dottedAbbreviations.contains(lowercasingASCII: UnsafeBufferPointer(rebasing: $0[word]))
    }
  }

  private static func isPossessive(_ bytes: [UInt8], _ index: Int, limit: Int) -> Bool {
    guard index < limit, bytes[index] == UInt8(ascii: "s") || bytes[index] == UInt8(ascii: "S") else { return false }
    return index + 1 >= limit || !ByteText.isLetterOrDigit(at: index + 1, in: bytes)
  }

  private static func endOfWord(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
    var index = start
    var segmentStart = start
    var hasInnerDot = false
    while index < limit {
      let byte = bytes[index]
      if byte < 0x80, (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        index += 1  // an ASCII letter or digit, without decoding
        continue
      }
      let (scalar, width) = ByteText.decode(bytes, at: index)
      if isWordScalar(scalar) {
        index += width
        continue
      }
      let next = index + width
      let letterNext = next < limit && ByteText.isLetterOrDigit(at: next, in: bytes)
      switch scalar {
      case "-", "&":
        guard letterNext else { return index }
      case "'", "\u{2019}":
        guard letterNext, !isPossessive(bytes, next, limit: limit) else { return index }
      case ",":
        guard letterNext, bytes[index - 1] >= 0x30, bytes[index - 1] <= 0x39, bytes[next] >= 0x30, bytes[next] <= 0x39
        else { return index }
      case ".":
        let segmentLength = index - segmentStart
        if letterNext && segmentLength == 1 && bytes[next] != 0x20 {
          hasInnerDot = true
          segmentStart = next
        } else if letterNext, bytes[next] >= 0x30, bytes[next] <= 0x39, bytes[index - 1] >= 0x30, bytes[index - 1] <= 0x39 {
          segmentStart = next
        } else {
          let isInitial = segmentLength == 1 && ByteText.isUppercaseLetter(at: segmentStart, in: bytes)
          if hasInnerDot || isInitial || isDottedAbbreviation(bytes, start..<index) { return next }
          return index
        }
      default:
        return index
      }
      index = next
    }
    return index
  }
}
