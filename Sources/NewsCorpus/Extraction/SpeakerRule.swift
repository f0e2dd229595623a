/// The first speaker rule: a capitalised name right beside a speech verb next to the quotation.
///
/// After the quotation: `", Name said` or `", said Name`. Before it: `Name said: "` or
/// `Name said that "`. Pronouns and anything subtler are left unattributed rather than guessed.
enum SpeakerRule {
  static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds"]
  static let notNames: Set<String> = [
    "The", "A", "An", "He", "She", "They", "It", "We", "I", "You", "This", "That", "But", "And", "In", "On",
  ]

  struct Attribution {
    var name: String
    var nameRange: Range<Int>
    var cue: String
  }

  static func attribute(
    _ bytes: [UInt8], quote: Range<Int>, closeMarkEnd: Int, openMarkStart: Int, region: Range<Int>
  ) -> Attribution? {
    let after = Words.scan(bytes, closeMarkEnd..<region.upperBound, limit: 8)
    if let found = match(after, verbFirst: true) ?? match(after, verbFirst: false) { return found }
    let before = Words.scan(bytes, region.lowerBound..<openMarkStart, limit: nil)
    return matchBefore(before)
  }

  /// `said Name` (verbFirst) or `Name said` at the start of `words`, allowing leading punctuation only.
  private static func match(_ words: [Word], verbFirst: Bool) -> Attribution? {
    guard let first = words.first, first.precededBySentenceEnd == false else { return nil }
    if verbFirst {
      guard speechVerbs.contains(first.text.lowercased()) else { return nil }
      let name = nameRun(words, from: 1)
      guard !name.isEmpty else { return nil }
      return attribution(words, name, cue: first.text)
    }
    guard let verb = words.indices.first(where: { speechVerbs.contains(words[$0].text.lowercased()) }),
      verb > 0, words[1...verb].allSatisfy(\.joinsPrevious), words[..<verb].allSatisfy(\.isCapitalised)
    else { return nil }
    var start = verb
    while start > 0, verb - start < 3, isNameWord(words[start - 1]) { start -= 1 }
    guard start < verb else { return nil }
    return attribution(words, start..<verb, cue: words[verb].text)
  }

  /// `Name said` (optionally `that`) as the last words before the quotation.
  private static func matchBefore(_ words: [Word]) -> Attribution? {
    var end = words.count
    if end > 0, words[end - 1].text.lowercased() == "that" { end -= 1 }
    guard end >= 2, speechVerbs.contains(words[end - 1].text.lowercased()) else { return nil }
    var start = end - 1
    while start > 0, end - 1 - start < 3, isNameWord(words[start - 1]), words[start].joinsPrevious {
      start -= 1
    }
    guard start < end - 1 else { return nil }
    return attribution(words, start..<(end - 1), cue: words[end - 1].text)
  }

  private static func nameRun(_ words: [Word], from start: Int) -> Range<Int> {
    var end = start
    while end < words.count, end - start < 3, isNameWord(words[end]), end == start || words[end].joinsPrevious {
      end += 1
    }
    return start..<end
  }

  private static func isNameWord(_ word: Word) -> Bool {
    word.isCapitalised && !notNames.contains(word.text) && !roleWords.contains(word.text.lowercased())
  }

  /// Titles that stand before names but are not part of them.
  static let roleWords: Set<String> = [
    "president", "minister", "secretary", "general", "secretary-general", "deputy", "foreign", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "senator", "sen.", "rep.", "governor", "mayor", "chairman", "director",
    "chief", "prime", "state", "official", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  private static func attribution(_ words: [Word], _ name: Range<Int>, cue: String) -> Attribution {
    let text = words[name].map(\.text).joined(separator: " ")
    let range = words[name.lowerBound].byteRange.lowerBound..<words[name.upperBound - 1].byteRange.upperBound
    return Attribution(name: text, nameRange: range, cue: cue)
  }
}

/// A word of text with its byte range, as the speaker rule sees it.
struct Word {
  var text: String
  var byteRange: Range<Int>
  var isCapitalised: Bool
  /// Whether a sentence-ending mark stands between this word and the previous one (or the region start).
  var precededBySentenceEnd: Bool
  /// Whether only white space separates this word from the previous one.
  var joinsPrevious: Bool
}

enum Words {
  /// The words of `range`: runs of letters and digits, joined by inner hyphens and apostrophes,
  /// with an initial's dot kept ("V.").
  static func scan(_ bytes: [UInt8], _ range: Range<Int>, limit: Int?) -> [Word] {
    var words: [Word] = []
    var index = range.lowerBound
    var sawSentenceEnd = false
    var sawPunctuation = false
    while index < range.upperBound {
      let (scalar, width) = ByteText.decode(bytes, at: index)
      guard isWordScalar(scalar) else {
        if scalar == "." || scalar == "!" || scalar == "?" { sawSentenceEnd = true }
        if !scalar.properties.isWhitespace { sawPunctuation = true }
        index += width
        continue
      }
      let start = index
      var end = index
      while end < range.upperBound {
        let (current, currentWidth) = ByteText.decode(bytes, at: end)
        if isWordScalar(current) {
          end += currentWidth
        } else if current == "-" || current == "'" || current == "\u{2019}" {
          let next = end + currentWidth
          guard next < range.upperBound, isWordScalar(ByteText.decode(bytes, at: next).0) else { break }
          end = next
        } else {
          break
        }
      }
      if end < range.upperBound, bytes[end] == UInt8(ascii: "."), end - start == 1,
        ByteText.isUppercaseLetter(at: start, in: bytes)
      {
        end += 1
      }
      words.append(
        Word(
          text: ByteText.string(bytes, start..<end), byteRange: start..<end,
          isCapitalised: ByteText.isUppercaseLetter(at: start, in: bytes),
          precededBySentenceEnd: sawSentenceEnd, joinsPrevious: !sawPunctuation && !words.isEmpty))
      sawSentenceEnd = false
      sawPunctuation = false
      index = end
      if let limit, words.count >= limit { break }
    }
    return words
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
