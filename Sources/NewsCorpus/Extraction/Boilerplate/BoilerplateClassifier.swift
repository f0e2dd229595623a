/// Tells page furniture from article body, paragraph by paragraph: newsletter sign-ups, related
/// links, comment prompts, photo credits, author bios, promotional all-capital lines, repeated lines,
/// short navigation lines and the links listed after a lone dash.
///
/// Conservative by design: a paragraph that holds a quotation mark stays body unless it is short,
/// because a lost quotation costs more than a stray link. Linear: one pass over each paragraph's bytes.
enum BoilerplateClassifier {
  private static let matcher = PhraseMatcher(rules.flatMap(\.phrases) + rules.flatMap(\.alsoNeeds))

  /// For each phrase of the matcher, its rule (nil for the confirming words).
  private static let ruleOfPhrase: [Int?] = {
    var owners: [Int?] = []
    for (index, rule) in rules.enumerated() { owners += Array(repeating: index, count: rule.phrases.count) }
    return owners + Array(repeating: nil, count: rules.flatMap(\.alsoNeeds).count)
  }()

  static func classify(_ bytes: [UInt8], _ paragraphs: [Range<Int>], titleIndex: Int?) -> [BoilerplateKind?] {
    var kinds: [BoilerplateKind?] = Array(repeating: nil, count: paragraphs.count)
    var seen = Set<ParagraphKey>()
    var afterDash = false
    for (index, range) in paragraphs.enumerated() {
      let key = ParagraphKey(bytes: bytes[range])
      defer { seen.insert(key) }
      if index == titleIndex {
        kinds[index] = .headline
        continue
      }
      if seen.contains(key) {
        kinds[index] = .repeated
        continue
      }
      if range.count <= 3 && ["-", "–", "—", "•"].contains(ByteText.string(bytes, range)) || isListHeading(bytes, range) {
        kinds[index] = .relatedLinks
        afterDash = true
        continue
      }
      let profile = Profile(bytes, range)
      // Links after a lone dash are short lines; a sentence of prose, or a quotation, ends the list.
      let isProse = profile.endsSentence && (profile.words >= 12 || profile.hasQuote)
      if afterDash, profile.words < 60, !isProse {
        kinds[index] = .relatedLinks
        continue
      }
      afterDash = false
      // "- Donald Trump" under a quotation: the line that credits it, as a fact-check sets it out.
      if index > 0, kinds[index - 1] == nil, isCredit(bytes, range, profile, under: paragraphs[index - 1]) { continue }
      kinds[index] = kind(bytes, range, profile)
    }
    return kinds
  }

  /// "Related", "More on this story:": a heading alone on its line over a list of other articles' headlines.
  private static func isListHeading(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard range.count <= 24 else { return false }
    var text = ByteText.string(bytes, range).lowercased()
    if text.hasSuffix(":") { text.removeLast() }
    return listHeadings.contains(text)
  }

  static let listHeadings: Set<String> = [
    "related", "related stories", "related articles", "related content", "related coverage", "more on this story",
    "more stories", "more from", "read more", "recommended", "most read", "most popular", "you may also like",
    "top stories", "see also", "also read", "trending",
  ]

  /// A short line opening with a dash and a space right under a paragraph that is one quotation.
  private static func isCredit(_ bytes: [UInt8], _ range: Range<Int>, _ profile: Profile, under above: Range<Int>)
    -> Bool
  {
    let text = ByteText.string(bytes, range)
    let quotation = ByteText.string(bytes, above)
    guard profile.words <= 12, ["- ", "– ", "— "].contains(where: text.hasPrefix),
      let first = quotation.first, let last = quotation.last
    else { return false }
    return (first == "\"" || first == "“") && (last == "\"" || last == "”")
  }

  /// A paragraph's bytes as a set element, hashed as one block of memory rather than byte by byte.
  private struct ParagraphKey: Hashable {
    let bytes: ArraySlice<UInt8>

    /// Eight bytes at a time, multiplied and folded, then fed to the hasher once: seeded SipHash over
    /// every byte of every paragraph cost more than the rest of the classification.
    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { raw in
        var hash = UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= raw.count {
          hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
          hash ^= hash >> 31
          offset += 8
        }
        while offset < raw.count {
          hash = (hash ^ UInt64(raw[offset])) &* 0x94D0_49BB_1331_11EB
          offset += 1
        }
        hasher.combine(hash)
      }
    }
    static func == (left: Self, right: Self) -> Bool { left.bytes == right.bytes }
  }

  /// Counts over a paragraph's bytes that the rules read.
  private struct Profile {
    var words = 0
    /// Words that start with a capital letter.
    var capitalisedWords = 0
    var upper = 0
    var lower = 0
    var hasQuote = false
    var endsSentence = false
    /// Whether it opens with a double quotation mark: a quotation's paragraph, whatever words it quotes.
    var opensWithQuote = false

    init(_ bytes: [UInt8], _ range: Range<Int>) {
      var inWord = false
      var index = range.lowerBound
      while index < range.upperBound {
        let byte = bytes[index]
        let isSpace = ByteText.spaceWidth(bytes, at: index) > 0
        if !isSpace && !inWord {
          words += 1
          if ByteText.isUppercaseLetter(at: index, in: bytes) { capitalisedWords += 1 }
        }
        inWord = !isSpace
        if byte >= 0x41 && byte <= 0x5A { upper += 1 }
        if byte >= 0x61 && byte <= 0x7A { lower += 1 }
        if byte == 0x22 || (byte == 0xE2 && index + 2 < range.upperBound && bytes[index + 1] == 0x80
          && bytes[index + 2] == 0x9C)
        {
          hasQuote = true
        }
        index += 1
      }
      if let first = range.first {
        opensWithQuote = bytes[first] == 0x22
          || first + 2 < range.upperBound && bytes[first] == 0xE2 && bytes[first + 1] == 0x80 && bytes[first + 2] == 0x9C
      }
      if let last = range.last {
        endsSentence = [UInt8](".!?\":".utf8).contains(bytes[last])
          || (last >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 && bytes[last] == 0x9D)
      }
    }
  }

  private static func kind(_ bytes: [UInt8], _ range: Range<Int>, _ profile: Profile) -> BoilerplateKind? {
    if profile.words <= 90 {
      let found = matcher.matches(in: bytes, range)
      for (ruleIndex, rule) in rules.enumerated() where profile.words <= rule.maxWords {
        let phraseMatch = found.contains { ruleOfPhrase[$0] == ruleIndex }
        guard phraseMatch else { continue }
        if rule.atStart {
          let opens = rule.phrases.contains { phrase in
            phrase.utf8.count <= range.count
              && zip(phrase.utf8, bytes[range]).allSatisfy { $0 == PhraseMatcher.lower($1) }
          }
          guard opens else { continue }
        }
        let confirmed = rule.alsoNeeds.isEmpty
          || rule.alsoNeeds.contains { word in found.contains { matcherPhrase($0) == word } }
        if confirmed, !profile.hasQuote || profile.words <= 12 && !profile.opensWithQuote { return rule.kind }
      }
    }
    if isPlacedByline(bytes, range, profile) { return .byline }
    let letters = profile.upper + profile.lower
    if profile.words >= 3, letters >= 12, profile.upper * 10 >= letters * 9 { return .promotion }
    if profile.words <= 4, !profile.endsSentence, !profile.hasQuote { return .navigation }
    // A line in title case with no sentence end: another article's headline in a list of links.
    if profile.words <= 20, !profile.endsSentence, !profile.hasQuote, profile.capitalisedWords * 10 >= profile.words * 7 {
      return .relatedLinks
    }
    return nil
  }

  /// "Anya Clements in Moscow and Peter Lindqvist in Brussels": reporters and where they write from, as a
  /// byline without "By" sets them out: each part a name of two words or more, "in" and a place.
  private static func isPlacedByline(_ bytes: [UInt8], _ range: Range<Int>, _ profile: Profile) -> Bool {
    guard (4...16).contains(profile.words), !profile.endsSentence, !profile.hasQuote else { return false }
    let words = bytes[range].split(separator: 0x20).map { $0.last == UInt8(ascii: ",") ? $0.dropLast() : $0 }
    var parts: [[ArraySlice<UInt8>]] = [[]]
    for word in words {
      if word.elementsEqual("and".utf8) { parts.append([]) } else { parts[parts.count - 1].append(word) }
    }
    return parts.allSatisfy { part in
      guard let at = part.firstIndex(where: { $0.elementsEqual("in".utf8) }), at >= 2, at + 1 < part.count else { return false }
      return part.indices.allSatisfy { $0 == at || part[$0].first.map { $0 >= 0x41 && $0 <= 0x5A } == true }
    }
  }

  private static let allPhrases: [String] = rules.flatMap(\.phrases) + rules.flatMap(\.alsoNeeds)
  private static func matcherPhrase(_ index: Int) -> String { allPhrases[index] }
}
