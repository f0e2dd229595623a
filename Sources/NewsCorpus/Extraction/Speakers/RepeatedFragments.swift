import Foundation

/// After speakers are chosen: a short phrase in marks with no speaker of its own (a scare quote, a
/// quotation no cue names, a phrase in marks in the headline) that repeats words of a longer quotation
/// with a named speaker is that speaker's words. News pages echo their quotations: a headline "Minister
/// defends ‘sensible’ ferry timetable" above "Ms Penhallow said the changes were “entirely sensible and
/// overdue”".
///
/// Words are compared folded (case, accents, marks and punctuation set aside) and as whole words. Only
/// when the quotations of exactly one speaker hold the phrase; a phrase two speakers' words hold, or in
/// the body one as long as the quotation it matches (the same quotation twice), is left as it was. One
/// word alone repeats a quotation only in the headline, where a page sums up what was said, and may
/// repeat a partial quotation whole; in the body a single word in marks is more often the writer's label
/// (“magic” pills) than an echo.
struct RepeatedFragments {
  /// One to a few words: a longer quotation with no speaker is not an echo.
  static let maximumWords = 6
  /// A headline sums up in a short clause ("‘I never planned to be a chef’: …"), longer than a body's echo.
  static let maximumHeadlineWords = 10
  /// At least this many letters and digits, so that "a" or "it" in marks matches nothing.
  static let minimumCharacters = 4

  /// A quotation with a named speaker, its words folded.
  struct Source {
    let speaker: Int
    let paragraph: Int
    let range: Range<Int>
    let words: [String]
  }

  let bytes: [UInt8]
  /// The headline's paragraph, where a single word may repeat a quotation.
  let headline: Int?
  /// Whether the headline's marks are read: when it is the page's own first line, not when the input
  /// gives the title apart from the text (a record's title field, which annotations such as PolNeAR's
  /// leave out, so that its phrases are nobody's quotations).
  let readsHeadline: Bool
  /// The named quotations by each word they hold, built at the first lookup: a phrase is compared only with the
  /// quotations that share a word with it, not with every quotation of a long page.
  private let sourceWords = SourceWords()

  init(bytes: [UInt8], headline: Int?, readsHeadline: Bool) {
    self.bytes = bytes
    self.headline = headline
    self.readsHeadline = readsHeadline
  }

  /// The index behind `sourceWords`; a document's one list of sources is the only one it is built for.
  private final class SourceWords {
    private var byWord: [String: [Int]]?

    /// The positions, in order, of the sources that hold one of `words`; or, `holdingAll`, that may hold them all
    /// (those holding the rarest of them, a far shorter list where the phrase has a common word).
    func sharingAWord(with words: [String], in sources: [Source], holdingAll: Bool) -> [Int] {
      let index = byWord ?? Self.build(sources)
      byWord = index
      if holdingAll {
        return words.map { index[$0] ?? [] }.min { $0.count < $1.count } ?? []
      }
      return Set(words.flatMap { index[$0] ?? [] }).sorted()
    }

    private static func build(_ sources: [Source]) -> [String: [Int]] {
      var index: [String: [Int]] = [:]
      for (position, source) in sources.enumerated() {
        for word in Set(source.words) { index[word, default: []].append(position) }
      }
      return index
    }
  }

  /// The document with its echoed phrases given to the speaker whose words they repeat.
  func apply(to document: ExtractedDocument) -> ExtractedDocument {
    guard hasCandidates(document) else { return document }
    // A standfirst's or a crosshead's phrase is an echo, never what another echo repeats.
    let sources = document.quotations.filter { !isDisplayLine($0.paragraph, in: document) }.compactMap(source)
    var result = document
    if !sources.isEmpty { giveSpeakers(&result, sources, headlineCopies: headlineCopies(document)) }
    // A headline's own speech verb and title name its speaker with no quotation below to repeat.
    let fromTerms = sources.isEmpty ? [] : termEchoes(&result, sources)
    // A crosshead's scare quote echoed above is not echoed again as a display line's phrase.
    let echoes = fromTerms + headlineEchoes(document, sources).filter { echo in
      !fromTerms.contains { $0.byteRange.overlaps(echo.byteRange) }
    }
    if !echoes.isEmpty {
      result.quotations = Self.inTextOrder(result.quotations + echoes)
    }
    return result
  }

  /// Whether anything could be an echo: a scare quote, a quotation with no speaker, or a headline with
  /// a quotation mark (so that most documents skip the folding of their quotations).
  private func hasCandidates(_ document: ExtractedDocument) -> Bool {
    if document.terms.contains(where: { $0.kind == .scareQuote }) { return true }
    if document.quotations.contains(where: { $0.speaker == nil && $0.attribution == .none }) { return true }
    guard readsHeadline, let headline, document.paragraphs.indices.contains(headline) else { return false }
    // ' and " or the first byte of a curly mark in UTF-8 (E2 80 98, 99, 9C, 9D).
    return bytes[document.paragraphs[headline].byteRange].contains { [0x22, 0x27, 0xE2].contains($0) }
      || document.paragraphs.indices.contains { isDisplayLine($0, in: document) }
  }

  /// A standfirst or a crosshead ("Opposition calls move 'an election gimmick'", "'An election gimmick'"):
  /// a body line after the headline of sixteen words at most, with no sentence end and a single mark, which
  /// pages set in marks of their own as they do headlines.
  private func isDisplayLine(_ index: Int, in document: ExtractedDocument) -> Bool {
    guard let headline, index > headline else { return false }
    let paragraph = document.paragraphs[index]
    // Sixteen words fit in far fewer bytes: a long paragraph is read no further, once per quotation it holds.
    guard paragraph.byteRange.count <= Self.maximumDisplayLineBytes else { return false }
    let text = bytes[paragraph.byteRange]
    // A crosshead that is words in marks alone reads as a menu item: it counts too.
    let opensWithMark = text.first == 0x27 || text.starts(with: [0xE2, 0x80, 0x98])
    if paragraph.boilerplate == nil, isLabelledCrosshead(text) { return true }
    guard paragraph.boilerplate == nil || [.navigation, .relatedLinks].contains(paragraph.boilerplate) && opensWithMark,
      let last = text.last, !Self.sentenceEndBytes.contains(last), text.contains(0x27) || text.contains(0xE2)
    else { return false }
    return text.split(separator: 0x20).count <= 16 && !(text.count >= 3 && text.suffix(3).elementsEqual([0xE2, 0x80, 0x9D]))
  }


  /// More bytes than sixteen words of a display line take.
  static let maximumDisplayLineBytes = 400

  /// Bytes that end a sentence or close a quotation in straight marks: a display line ends on none of them.
  private static let sentenceEndBytes: Set<UInt8> = Set(".!?\"".utf8)

  /// "Researcher: "A historic shift in tone"": a crosshead of a label of one to three words, a colon and a
  /// phrase in double marks to the end of the line, with no sentence ending inside the marks.
  private func isLabelledCrosshead(_ text: ArraySlice<UInt8>) -> Bool {
    guard text.count <= 120, let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let label = text[text.startIndex..<colon].split(separator: 0x20)
    let rest = text[(colon + 1)...].drop(while: { $0 == 0x20 })
    let opens = rest.first == 0x22 || rest.starts(with: [0xE2, 0x80, 0x9C])
    let closes = rest.last == 0x22 || rest.suffix(3).elementsEqual([0xE2, 0x80, 0x9D])
    guard (1...3).contains(label.count), opens, closes, rest.count > 4 else { return false }
    let inside = rest.dropFirst(rest.first == 0x22 ? 1 : 3).dropLast(rest.last == 0x22 ? 1 : 3)
    return !inside.contains(where: Self.sentenceEndBytes.contains) && !inside.contains(0xE2)
  }

  /// Body paragraphs that hold the whole headline ("Share this Story: ‘It’s brutal out there’: Calgary firm
  /// cuts …"): a page's share line or a breadcrumb repeats it, and its phrases in marks are the headline's.
  private func headlineCopies(_ document: ExtractedDocument) -> Set<Int> {
    guard readsHeadline, let headline, document.paragraphs.indices.contains(headline) else { return [] }
    let headlineText = bytes[document.paragraphs[headline].byteRange]
    guard headlineText.count >= Self.minimumHeadlineCopyBytes else { return [] }
    return Set(document.paragraphs.indices.filter { index in
      index != headline && document.paragraphs[index].byteRange.count > headlineText.count
        && bytes[document.paragraphs[index].byteRange].firstRange(of: headlineText) != nil
    })
  }

  /// A headline this long repeated inside a line is that headline, not a phrase that happens to recur.
  static let minimumHeadlineCopyBytes = 24

  /// Quotations no cue named (and no unnamed source) that repeat a speaker's words; and in a standfirst or a
  /// crosshead, those a cue gives to no one the document names in full ("Opposition calls move 'an election
  /// gimmick'" above the words of the Opposition's leader, named below).
  private func giveSpeakers(_ result: inout ExtractedDocument, _ sources: [Source], headlineCopies: Set<Int>) {
    for index in result.quotations.indices {
      let item = result.quotations[index]
      let isDisplay = isDisplayLine(item.paragraph, in: result)
      // A crosshead's title resolved to someone named before ("Researcher: “…”") yields to the person whose words
      // it repeats, as a cue naming no one does.
      guard item.speaker == nil && item.attribution == .none
        || isDisplay && (!isNamedInFull(item.speaker, result.entities) || item.attribution == .pronoun)
      else { continue }
      let inHeadline = headlineCopies.contains(item.paragraph) || isDisplay
      guard let found = match(item.byteRange, item.paragraph, in: sources, asHeadline: inHeadline) else { continue }
      // A line set as a headline is held to what the headline is: its own words must name the speaker.
      let line = bytes[result.paragraphs[item.paragraph].byteRange]
      guard !inHeadline || isAttributed(item.byteRange, to: found, headline: line, result.entities) else { continue }
      result.quotations[index].speaker = found.speaker
      result.quotations[index].attribution = .continuation
      result.quotations[index].why = why(found, result.entities)
    }
  }

  /// Scare quotes that repeat a speaker's words, taken out of the terms as quotations.
  private func termEchoes(_ result: inout ExtractedDocument, _ sources: [Source]) -> [ExtractedDocument.QuotationItem] {
    var kept: [ExtractedDocument.TermItem] = []
    var echoes: [ExtractedDocument.QuotationItem] = []
    let copies = headlineCopies(result)
    for term in result.terms {
      let isDisplay = copies.contains(term.paragraph) || isDisplayLine(term.paragraph, in: result)
      let line = bytes[result.paragraphs[term.paragraph].byteRange]
      guard term.kind == .scareQuote, let found = match(term.byteRange, term.paragraph, in: sources),
        !isDisplay || isAttributed(term.byteRange, to: found, headline: line, result.entities)
      else {
        kept.append(term)
        continue
      }
      echoes.append(echo(term.byteRange, paragraph: term.paragraph, sentence: term.sentence, found, result.entities))
    }
    result.terms = kept
    return echoes
  }

  /// Phrases in marks in the headline (and its copy further down) that repeat a speaker's words. The
  /// headline is no body paragraph, so its marks are read here; single marks are a headline's own.
  private func headlineEchoes(_ document: ExtractedDocument, _ sources: [Source]) -> [ExtractedDocument.QuotationItem] {
    guard readsHeadline, let headline, document.paragraphs.indices.contains(headline) else { return [] }
    let headlineText = bytes[document.paragraphs[headline].byteRange]
    let copies = headlineCopies(document)
    var echoes: [ExtractedDocument.QuotationItem] = []
    for (index, paragraph) in document.paragraphs.enumerated()
    where index == headline || isDisplayLine(index, in: document) || copies.contains(index)
      || paragraph.boilerplate == .repeated && bytes[paragraph.byteRange] == headlineText
    {
      let spans = QuoteFinder.find(bytes, paragraph.byteRange, singleMarksArePrimary: true).filter { $0.closeMark != nil }
      for span in spans where !document.quotations.contains(where: { $0.byteRange.overlaps(span.content) }) {
        if let found = match(span.content, headline, in: sources),
          isAttributed(span.content, to: found, headline: bytes[paragraph.byteRange], document.entities)
        {
          echoes.append(echo(span.content, paragraph: index, sentence: 0, found, document.entities))
        } else if let speaker = speakerAfterColon(span, paragraph.byteRange, sources, document.entities) {
          echoes.append(
            .init(
              paragraph: index, sentence: 0, byteRange: span.content, speaker: speaker, cue: ":", cueByteRange: nil,
              form: .marked, attribution: .named, why: "named after the colon that follows the headline's quotation"))
        } else if let speaker = titleHolderCued(span, paragraph.byteRange, document.entities) {
          echoes.append(
            .init(
              paragraph: index, sentence: 0, byteRange: span.content, speaker: speaker, cue: nil, cueByteRange: nil,
              form: .marked, attribution: .named, why: "the one the article gives the title the headline's speech verb names"))
        } else if let speaker = speakerNamedInHeadline(span, among: spans, paragraph.byteRange, sources, document.entities) {
          echoes.append(
            .init(
              paragraph: index, sentence: 0, byteRange: span.content, speaker: speaker, cue: nil, cueByteRange: nil,
              form: .marked, attribution: .named, why: "named in the headline by a label, a dash or a speech verb, and quoted below"))
        }
      }
    }
    return echoes
  }

  /// "‘I thought I was going to die’: Brenda Oakhurst, 71, on …", "‘Ridiculous’: Longmire-Hart hails …":
  /// a headline that opens with words in marks and a colon, then the full name or the surname of a
  /// person quoted in the body, gives the words to that person.
  private func speakerAfterColon(
    _ span: QuoteSpan, _ line: Range<Int>, _ sources: [Source], _ entities: [ExtractedDocument.EntityItem]
  ) -> Int? {
    guard let close = span.closeMark, span.openMark.lowerBound == line.lowerBound, close.upperBound < line.upperBound,
      bytes[close.upperBound] == UInt8(ascii: ":")
    else { return nil }
    let after = Self.words(bytes, (close.upperBound + 1)..<line.upperBound)
    let speakers = Set(sources.map(\.speaker)).filter { entities.indices.contains($0) && entities[$0].kind == .person }
    let named = speakers.filter { speaker in
      let name = Self.words(Array(entities[speaker].name.utf8), 0..<entities[speaker].name.utf8.count)
      guard let surname = name.last, name.count >= 2 else { return false }
      return after.first == surname || Array(after.prefix(name.count)) == name
    }
    return named.count == 1 ? named.first : nil
  }

  /// Whether a headline's phrase (or a standfirst's, a crosshead's) that repeats a quotation is the speaker's by
  /// the line's own words: a speech verb or a description of a person ("…, says coach", "‘…’: mother tells
  /// inquest"), the speaker's surname ("‘…’: Ottilie Marsh on bread") or their title ("Health commissioner on
  /// outbreak: “…”"). With none of these ("‘It’s brutal out there’: firm cuts 140 jobs", a crosshead "‘Not at the
  /// table’") the words in marks are the page's, as world-dev's gold gives them to no one.
  private func isAttributed(
    _ range: Range<Int>, to found: Source, headline: ArraySlice<UInt8>, _ entities: [ExtractedDocument.EntityItem]
  ) -> Bool {
    let inLine = headline.indices.contains(range.lowerBound) && range.upperBound <= headline.endIndex
    let outside = inLine
      ? Self.words(bytes, headline.startIndex..<range.lowerBound) + Self.words(bytes, range.upperBound..<headline.endIndex)
      : Self.words(Array(headline), 0..<headline.count)
    if outside.contains(where: { Gazetteer.speechVerbIndex[$0] != nil || SpeakerAttributor.isDescriptionHead($0) }) {
      return true
    }
    // "Researcher: "…"": a crosshead's label is its speech verb.
    if isLabelledCrosshead(headline), outside.contains(where: { Gazetteer.roleWords.contains($0) }) { return true }
    guard entities.indices.contains(found.speaker),
      let surname = Self.words(Array(entities[found.speaker].name.utf8), 0..<entities[found.speaker].name.utf8.count).last
    else { return false }
    if outside.contains(surname) { return true }
    if entities[found.speaker].kind != .person, Self.spellsInitials(of: entities[found.speaker].name, outside) { return true }
    let titleHeads = entities[found.speaker].roles.flatMap { role in
      Self.words(Array(role.utf8), 0..<role.utf8.count).filter { Gazetteer.isRoleHead($0) }
    }
    return titleHeads.contains { outside.contains($0) }
  }

  /// "Delhi HC" for the Delhi High Court: a headline's word that spells the initials of an organisation's
  /// last two words or more.
  private static func spellsInitials(of name: String, _ words: [String]) -> Bool {
    let initials = name.split(separator: " ").compactMap { $0.first.map { String($0).lowercased() } }
    guard initials.count >= 2 else { return false }
    let suffixes = Set((0...(initials.count - 2)).map { initials[$0...].joined() })
    return words.contains { $0.count >= 2 && suffixes.contains($0) }
  }

  private func echo(
    _ range: Range<Int>, paragraph: Int, sentence: Int, _ found: Source, _ entities: [ExtractedDocument.EntityItem]
  ) -> ExtractedDocument.QuotationItem {
    .init(
      paragraph: paragraph, sentence: sentence, byteRange: range, speaker: found.speaker, cue: nil, cueByteRange: nil,
      form: .marked, attribution: .continuation, why: why(found, entities))
  }

  /// Quotations by where they open, the order of the rest kept.
  private static func inTextOrder(_ items: [ExtractedDocument.QuotationItem]) -> [ExtractedDocument.QuotationItem] {
    items.enumerated().sorted { left, right in
      let (a, b) = (left.element.byteRange.lowerBound, right.element.byteRange.lowerBound)
      return a != b ? a < b : left.offset < right.offset
    }.map(\.element)
  }

  /// Whether a speaker is a person the document names with two words or more.
  private func isNamedInFull(_ speaker: Int?, _ entities: [ExtractedDocument.EntityItem]) -> Bool {
    guard let speaker, entities.indices.contains(speaker), entities[speaker].kind == .person else { return false }
    return entities[speaker].name.utf8.contains(0x20)
  }

  private func source(_ item: ExtractedDocument.QuotationItem) -> Source? {
    guard let speaker = item.speaker else { return nil }
    let words = Self.words(bytes, item.byteRange)
    guard !words.isEmpty else { return nil }
    return Source(speaker: speaker, paragraph: item.paragraph, range: item.byteRange, words: words)
  }

  /// The first longer quotation that holds the phrase's words, when the quotations holding them are
  /// all one speaker's. `paragraph` is where the phrase is.
  private func match(_ range: Range<Int>, _ paragraph: Int, in sources: [Source], asHeadline: Bool = false) -> Source? {
    let words = Self.words(bytes, range)
    let inHeadline = paragraph == headline || asHeadline
    guard !words.isEmpty, words.count <= (inHeadline ? Self.maximumHeadlineWords : Self.maximumWords),
      words.count > 1 || inHeadline, words.reduce(0, { $0 + $1.count }) >= Self.minimumCharacters
    else { return nil }
    // A quotation around this very span (a quotation inside a quotation) is no echo of it. The headline
    // may repeat a quotation whole ("hails ‘ruthless’ display" above "had been “ruthless”"); in the body
    // a phrase as long as the quotation is the same quotation twice.
    // Outside the headline a source must hold every word of the phrase; a headline may also hold a source whole.
    let candidates = sourceWords.sharingAWord(with: words, in: sources, holdingAll: !inHeadline)
    let holding = candidates.map { sources[$0] }.filter {
      !$0.range.overlaps(range)
        && (($0.words.count > words.count || inHeadline && $0.words.count == words.count) && Self.contains($0.words, words)
          || inHeadline && Self.holdsWhole(words, $0.words))
    }
    guard let first = holding.first, holding.allSatisfy({ $0.speaker == first.speaker }) else { return nil }
    return first
  }

  /// Whether a phrase holds a quotation of four words or more whole, with one or two words more.
  static func holdsWhole(_ phrase: [String], _ quotation: [String]) -> Bool {
    quotation.count >= 4 && (1...2).contains(phrase.count - quotation.count) && contains(phrase, quotation)
  }


  private func why(_ found: Source, _ entities: [ExtractedDocument.EntityItem]) -> String {
    let name = entities.indices.contains(found.speaker) ? entities[found.speaker].name + "'s" : "a named"
    return "repeats words of \(name) quotation in paragraph \(found.paragraph + 1)"
  }

  /// Whether `words` occurs in `text` as a run of whole words.
  static func contains(_ text: [String], _ words: [String]) -> Bool {
    guard words.count <= text.count else { return false }
    return (0...(text.count - words.count)).contains { start in
      words.indices.allSatisfy { text[start + $0] == words[$0] }
    }
  }

  /// The words of a span folded: lower case, no accents, split at whatever is not a letter, a digit, a
  /// hyphen or an apostrophe inside a word (so marks and punctuation do not count, and "fact-checking"
  /// is one word); curly apostrophes read as straight ones. Most spans are ASCII with typographic marks,
  /// folded byte by byte; in the rest, each piece between ASCII white space that is not goes through
  /// Foundation's folding, which gives the same words for the others (`RepeatedFragmentsTests` compares
  /// the two) at many times the cost.
  static func words(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
    if let words = asciiWords(bytes, range) { return words }
    var words: [String] = []
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound where index == range.upperBound || isASCIISpace(bytes[index]) {
      if start < index { words += asciiWords(bytes, start..<index) ?? foldedWords(bytes, start..<index) }
      start = index + 1
    }
    return words
  }

  /// Space, tab, line feed and carriage return: a word never spans one, in either folding.
  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The words of a span through Foundation's case and accent folding, for any text.
  static func foldedWords(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
    let text = String(decoding: bytes[range], as: UTF8.self)
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
      .replacingOccurrences(of: "\u{2019}", with: "'")
    let joiners: Set<Character> = ["-", "'"]
    return text.split { !$0.isLetter && !$0.isNumber && !joiners.contains($0) }
      .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "-'")) }
      .filter { !$0.isEmpty }
  }

  /// The second byte of the typographic marks an ASCII span may hold (E2 80 xx: en and em dashes,
  /// single and double curly quotation marks, the ellipsis), none of them a letter, a digit or a
  /// character that joins the one before; 0x99, the curly apostrophe, joins a word.
  private static let markFinalBytes: Set<UInt8> = [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6]

  /// `foldedWords` for a span of ASCII and the marks above, or nil for any other text.
  static func asciiWords(_ bytes: [UInt8], _ range: Range<Int>) -> [String]? {
    var words: [String] = []
    var word: [UInt8] = []
    func finish() {
      let isJoiner = { (byte: UInt8) in byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") }
      if let first = word.firstIndex(where: { !isJoiner($0) }), let last = word.lastIndex(where: { !isJoiner($0) }) {
        words.append(String(decoding: word[first...last], as: UTF8.self))
      }
      word.removeAll(keepingCapacity: true)
    }
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte >= 0x80 {
        guard byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80,
          Self.markFinalBytes.contains(bytes[index + 2])
        else { return nil }
        if bytes[index + 2] == 0x99 { word.append(UInt8(ascii: "'")) } else { finish() }
        index += 3
        continue
      }
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
        UInt8(ascii: "'"):
        word.append(byte)
      default: finish()
      }
      index += 1
    }
    finish()
    return words
  }
}
