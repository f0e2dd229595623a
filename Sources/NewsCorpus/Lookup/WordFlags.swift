import Foundation

/// Which word tables a lowercased word belongs to, found once per token (`Token.flags`) so that
/// the stages after tokenizing test a bit instead of hashing the word again for every table.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt64

  static let functionWords = WordFlags(rawValue: 1 << 0)
  static let sentenceAdverbs = WordFlags(rawValue: 1 << 1)
  static let calendarWords = WordFlags(rawValue: 1 << 2)
  static let malePronouns = WordFlags(rawValue: 1 << 3)
  static let femalePronouns = WordFlags(rawValue: 1 << 4)
  static let verbModifiers = WordFlags(rawValue: 1 << 5)
  static let roleWords = WordFlags(rawValue: 1 << 6)
  static let relationWords = WordFlags(rawValue: 1 << 7)
  static let maleHonorifics = WordFlags(rawValue: 1 << 8)
  static let femaleHonorifics = WordFlags(rawValue: 1 << 9)
  static let anonymousSourceHeads = WordFlags(rawValue: 1 << 10)
  static let placePrefixes = WordFlags(rawValue: 1 << 11)
  static let placeHeads = WordFlags(rawValue: 1 << 12)
  static let thingHeads = WordFlags(rawValue: 1 << 13)
  static let nameAdjectives = WordFlags(rawValue: 1 << 14)
  static let organizationHeads = WordFlags(rawValue: 1 << 15)
  static let outletHeads = WordFlags(rawValue: 1 << 16)
  static let nameParticles = WordFlags(rawValue: 1 << 17)
  static let runConnectors = WordFlags(rawValue: 1 << 18)
  static let notCharacterizing = WordFlags(rawValue: 1 << 19)
  static let prepositions = WordFlags(rawValue: 1 << 20)
  static let clauseBreaks = WordFlags(rawValue: 1 << 21)
  static let beForms = WordFlags(rawValue: 1 << 22)
  static let labelDeterminers = WordFlags(rawValue: 1 << 23)
  static let titlePrepositions = WordFlags(rawValue: 1 << 24)
  /// A key of `Gazetteer.speechVerbIndex`: the first word of a speech-verb form.
  static let speechVerb = WordFlags(rawValue: 1 << 25)
  /// `NameFinder.isTitleWord`.
  static let titleWord = WordFlags(rawValue: 1 << 26)
  /// `NameFinder.isHonorific`.
  static let honorific = WordFlags(rawValue: 1 << 27)
  /// `Gazetteer.isRoleHead`.
  static let roleHead = WordFlags(rawValue: 1 << 28)
  static let backReferences = WordFlags(rawValue: 1 << 29)
  /// Given names (`Gazetteer.femaleGivenNames` and the others): the gender a first name usually goes with.
  static let femaleGivenName = WordFlags(rawValue: 1 << 30)
  static let maleGivenName = WordFlags(rawValue: 1 << 31)
  static let eitherGivenName = WordFlags(rawValue: 1 << 32)
  static let givenName: WordFlags = [.femaleGivenName, .maleGivenName, .eitherGivenName]

  /// Every table a flag stands for: one row each.
  static let tables: [(WordFlags, WordSet)] = [
    (.functionWords, Gazetteer.functionWords), (.sentenceAdverbs, Gazetteer.sentenceAdverbs),
    (.calendarWords, Gazetteer.calendarWords), (.malePronouns, Gazetteer.malePronouns),
    (.femalePronouns, Gazetteer.femalePronouns), (.verbModifiers, Gazetteer.verbModifiers),
    (.roleWords, Gazetteer.roleWords), (.relationWords, Gazetteer.relationWords),
    (.maleHonorifics, Gazetteer.maleHonorifics), (.femaleHonorifics, Gazetteer.femaleHonorifics),
    (.anonymousSourceHeads, Gazetteer.anonymousSourceHeads), (.placePrefixes, Gazetteer.placePrefixes),
    (.placeHeads, Gazetteer.placeHeads), (.thingHeads, Gazetteer.thingHeads),
    (.nameAdjectives, Gazetteer.nameAdjectives), (.organizationHeads, Gazetteer.organizationHeads),
    (.outletHeads, Gazetteer.outletHeads), (.nameParticles, NameFinder.nameParticles),
    (.runConnectors, NameFinder.runConnectors), (.notCharacterizing, SpeakerAttributor.notCharacterizing),
    (.prepositions, SpeakerAttributor.prepositions), (.clauseBreaks, SpeakerAttributor.clauseBreaks),
    (.beForms, SpeakerAttributor.beForms), (.labelDeterminers, QuotationClassifier.labelDeterminers),
    (.titlePrepositions, QuotationClassifier.titlePrepositions),
    (.backReferences, SpeakerAttributor.backReferences),
    (.femaleGivenName, Gazetteer.givenNames(Gazetteer.femaleGivenNames)),
    (.maleGivenName, Gazetteer.givenNames(Gazetteer.maleGivenNames)),
    (.eitherGivenName, Gazetteer.givenNames(Gazetteer.eitherGivenNames)),
  ]

  /// Lowercased word → its flags, for every word some table holds (and "jan." for "jan", which
  /// `isTitleWord` reads without its dot). Words of no table have no flags.
  private static let lexicon: WordMap<WordFlags> = {
    var words: [String] = []
    for (_, table) in tables { words += table.words }
    words += Gazetteer.speechVerbIndex.keys
    words += Gazetteer.calendarWords.words.map { $0 + "." }
    var lexicon = WordMap<WordFlags>()
    for word in words where lexicon[word] == nil {
      var flags: WordFlags = []
      for (flag, table) in tables where table.contains(word) { flags.insert(flag) }
      if Gazetteer.speechVerbIndex[word] != nil { flags.insert(.speechVerb) }
      if NameFinder.isTitleWord(word) { flags.insert(.titleWord) }
      if NameFinder.isHonorific(word) { flags.insert(.honorific) }
      if Gazetteer.isRoleHead(word) { flags.insert(.roleHead) }
      lexicon[word] = flags
    }
    return lexicon
  }()

  /// The flags of a word already lowercased as `Token.lowercase` does.
  static func of(lowercased word: String) -> WordFlags {
    if let flags = lexicon[word] { return flags }
    // "Rémi", "Zoë", "Siobhán": the given-name lexicon is ASCII, so an accented word is looked up
    // without its accents, for its given-name flags only.
    if hasLetterBeyondASCII(word),
      let flags = lexicon[word.folding(options: .diacriticInsensitive, locale: nil)]
    {
      return flags.intersection(.givenName)
    }
    return word.utf8.contains(UInt8(ascii: "-")) ? hyphenatedTitle(word) : []
  }

  /// Whether `word` has a byte beyond ASCII other than in a mark of the General Punctuation block (E2 80 xx:
  /// curly apostrophes and quotation marks, dashes), which folding leaves as it is: "Russia’s" is looked up
  /// once, not folded for nothing.
  private static func hasLetterBeyondASCII(_ word: String) -> Bool {
    var bytes = word.utf8.makeIterator()
    while let byte = bytes.next() {
      guard byte >= 0x80 else { continue }
      guard byte == 0xE2, bytes.next() == 0x80, bytes.next() != nil else { return true }
    }
    return false
  }

  /// "director-general", "lieutenant-general", "attorney-general": a hyphenated word whose parts are
  /// all title words is a title word, a head if one part is.
  private static func hyphenatedTitle(_ word: String) -> WordFlags {
    // Most hyphenated words ("well-known", "al-Assad") open with a word that is no title: no split for them.
    guard let firstHyphen = word.utf8.firstIndex(of: UInt8(ascii: "-")),
      lexicon[String(word[..<firstHyphen])]?.contains(.roleWords) ?? false
    else { return [] }
    let words = word.split(separator: "-")
    let parts = words.map { lexicon[String($0)] ?? [] }
    // "editor-in-chief", "commander-in-chief", "sergeant-at-arms": a preposition may join two titles.
    let joins = { (index: Int) in index > 0 && index < words.count - 1 && ["in", "at", "of"].contains(words[index]) }
    guard parts.count > 1, parts.indices.allSatisfy({ parts[$0].contains(.roleWords) || joins($0) }) else { return [] }
    var flags: WordFlags = [.roleWords, .titleWord]
    if parts.contains(where: { $0.contains(.roleHead) }) { flags.insert(.roleHead) }
    return flags
  }
}
