/// Finds the names in a paragraph's tokens: runs of capitalised words split into gazetteer names
/// (countries, places, organisations, outlets) and people, with the titles that precede them.
///
/// People are never looked up: a run of capitalised words that is not a title, a gazetteer name or
/// a function word is a person. A lone unknown word ("Caddell") is kept as a candidate that the
/// document must confirm (a fuller name, an honorific, or a speech verb it is the subject of).
enum NameFinder {
  static let nameParticles: WordSet = [
    "de", "van", "von", "der", "den", "al", "bin", "da", "du", "le", "la", "dos", "del", "di", "ibn", "ní", "nic", "ó",
    "binti", "binte", "bte", "bt", "ten", "ter",
  ]

  /// Malay and Arabic patronymics say the bearer's sex: "Nor Azlina binti Hassan" is a daughter, "Ali bin Omar" a son.
  static let patronymicGenders: WordMap<Gender> = [
    "binti": .female, "binte": .female, "bte": .female, "bt": .female, "bin": .male, "ibn": .male,
  ]

  /// The sex a name's patronymic says, if it has one (a lowercase particle, looked up only then).
  static func patronymicGender(of name: ArraySlice<Token>) -> Gender? {
    guard let particle = name.first(where: { !$0.isCapitalised && $0.has(.nameParticles) }) else { return nil }
    return patronymicGenders[particle.lowercased]
  }
  static let runConnectors: WordSet = ["of", "for", "and", "on", "the"]

  static func find(_ tokens: [Token]) -> [NameCandidate] {
    var candidates: [NameCandidate] = []
    var index = 0
    while index < tokens.count {
      guard startsRun(tokens, index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < tokens.count, continuesRun(tokens, end, runStart: index) { end += 1 }
      while end > index + 1, !tokens[end - 1].isCapitalised { end -= 1 }
      if let listEnd = portfolioListEnd(tokens, index..<end) {
        var name = candidate(tokens, index..<listEnd, kind: .organization, canonical: nil, country: nil)
        name.text = name.text.replacingOccurrences(of: " ,", with: ",")
        candidates.append(name)
        index = listEnd
        continue
      }
      // "A Water UK spokesperson": past an article that opens the sentence.
      let nameStart = articles.contains(tokens[index].lowercased) && end - index > 2 ? index + 1 : index
      if isWordAndCountry(tokens, nameStart..<end) {
        candidates.append(candidate(tokens, nameStart..<end, kind: .organization, canonical: nil, country: nil))
        index = end
        continue
      }
      if let defined = nameDefinedByShortForm(tokens, index..<end) {
        if defined.lowerBound > index { segment(tokens, index..<defined.lowerBound, into: &candidates) }
        candidates.append(candidate(tokens, defined, kind: .organization, canonical: nil, country: nil))
        index = end
        continue
      }
      if isDescribedAsOrganization(tokens, after: end), tokens[index..<end].allSatisfy({ !$0.has(.honorific) }) {
        candidates.append(candidate(tokens, index..<end, kind: .organization, canonical: nil, country: nil))
        index = end
        continue
      }
      if let office = titleHoldersOffice(tokens, index..<end) {
        candidates.append(office)
        index = office.tokens.upperBound
        continue
      }
      var found: [NameCandidate] = []
      segment(tokens, index..<end, into: &found)
      if isAffiliationOfPerson(tokens, index, before: candidates), let first = found.first, first.kind == .person,
        first.tokens.lowerBound == index
      {
        // "Chris Yelland, of EE Business Intelligence": what a person is "of" is no person.
        found[0] = candidate(tokens, first.tokens, kind: .organization, canonical: nil, country: nil)
      }
      candidates += found
      index = end
    }
    return joiningNicknames(candidates, tokens)
  }

  /// One given name, or two of one sex ("Maria Concepcion", "Juan Carlos"; not "Marine John", a title before a name).
  private static func isGivenNamePair(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    guard name.count == 2 else { return true }
    let genders = name.map { Gazetteer.givenNameGender(tokens[$0]) }
    return tokens[name].allSatisfy(\.isGivenName) && Set(genders.compactMap { $0 }).count <= 1
  }

  /// "Sen. Rodolfo “Dodong” Macaraeg": a given name and a surname on either side of a nickname in marks are
  /// one person, named without the nickname.
  private static func joiningNicknames(_ candidates: [NameCandidate], _ tokens: [Token]) -> [NameCandidate] {
    var joined: [NameCandidate] = []
    var index = 0
    while index < candidates.count {
      var first = candidates[index]
      defer { index += 1 }
      guard index + 1 < candidates.count, first.kind == .person, !first.isInQuote, first.nameWords.count <= 2,
        tokens[first.tokens.upperBound - 1].isGivenName, isGivenNamePair(tokens, first.tokens)
      else {
        joined.append(first)
        continue
      }
      // The nickname may be a candidate of its own, in its marks.
      let skipped = candidates[index + 1].isInQuote && index + 2 < candidates.count ? 1 : 0
      let second = candidates[index + 1 + skipped]
      let open = first.tokens.upperBound
      let close = second.tokens.lowerBound - 1
      guard !second.isInQuote, second.kind == .person || second.kind == .place,
        close - open >= 2, close - open <= 3, tokens[open].kind == .mark, tokens[close].kind == .mark,
        (open + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalised }),
        tokens[second.tokens.lowerBound].sentence == tokens[open].sentence
      else {
        joined.append(first)
        continue
      }
      first.kind = .person
      first.tokens = first.tokens.lowerBound..<second.tokens.upperBound
      first.byteRange = first.byteRange.lowerBound..<second.byteRange.upperBound
      first.text += " " + second.text
      first.needsConfirmation = false
      first.isLikelyPerson = true
      first.significantWords = nil
      joined.append(first)
      index += 1 + skipped
    }
    return joined
  }

  private static func startsRun(_ tokens: [Token], _ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && token.isCapitalised
  }

  private static func continuesRun(_ tokens: [Token], _ index: Int, runStart: Int) -> Bool {
    let token = tokens[index]
    if isAmpersand(tokens, index), token.quote == tokens[runStart].quote { return true }
    guard token.isWord, token.quote == tokens[runStart].quote, token.sentence == tokens[runStart].sentence,
      token.text != "'s"
    else { return false }
    // "gave Ong S$380,000": capitals fixed to a dollar sign are a currency's, not a word of the name.
    if index + 1 < tokens.count, tokens[index + 1].text == "$", tokens[index + 1].range.lowerBound == token.range.upperBound {
      return false
    }
    if token.isCapitalised { return true }
    guard token.hasAsWritten(.nameParticles) || token.hasAsWritten(.runConnectors), index + 1 < tokens.count else {
      return false
    }
    let next = tokens[index + 1]
    // "Annelie van der Merwe", "Ursula von der Leyen", "Juan de la Cruz": two particles before the surname.
    if next.isWord, next.hasAsWritten(.nameParticles), token.hasAsWritten(.nameParticles), index + 2 < tokens.count {
      let after = tokens[index + 2]
      return after.isWord && after.isCapitalised && after.quote == token.quote
    }
    return next.isWord && next.isCapitalised && next.quote == token.quote
  }

  /// "Chief Minister's Office", "the President's Office": a run of title words, "’s" and an
  /// organisation's head word name the office that speaks for the title holder, an organisation.
  private static func titleHoldersOffice(_ tokens: [Token], _ run: Range<Int>) -> NameCandidate? {
    let end = run.upperBound
    guard end + 1 < tokens.count, tokens[end].text == "'s" || tokens[end].text == "’s",
      tokens[end + 1].isCapitalised, tokens[end + 1].has(.organizationHeads), tokens[end - 1].has(.roleHead),
      tokens[run].allSatisfy({ $0.has(.roleWords) || $0.lowercased == "the" })
    else { return nil }
    let start = tokens[run.lowerBound].lowercased == "the" ? run.lowerBound + 1 : run.lowerBound
    guard start < end else { return nil }
    var office = candidate(tokens, start..<(end + 2), kind: .organization, canonical: nil, country: nil)
    office.text = tokens[start..<end].map(\.text).joined(separator: " ") + "’s " + tokens[end + 1].text
    return office
  }

  /// "&" between capitalised words ("Holland & Pierce", "Procter & Gamble") joins one firm's name.
  private static func isAmpersand(_ tokens: [Token], _ index: Int) -> Bool {
    index > 0 && index + 1 < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == "&"
      && tokens[index - 1].isCapitalised && tokens[index + 1].isCapitalised
      && tokens[index - 1].range.upperBound < tokens[index].range.lowerBound
  }

  /// Splits one run into names, left to right: the longest gazetteer name at each word, else a
  /// person's name up to the next title or gazetteer word; titles, demonyms and function words between.
  private static func segment(_ tokens: [Token], _ run: Range<Int>, into candidates: inout [NameCandidate]) {
    if let ampersand = run.first(where: { isAmpersand(tokens, $0) }) {
      segmentFirm(tokens, run, ampersand: ampersand, into: &candidates)
      return
    }
    var index = run.lowerBound
    let isAllCapitals = run.count >= 3 && tokens[run].allSatisfy { !Self.hasLowercase($0.text) }
    while index < run.upperBound {
      if let end = departmentInTitle(tokens, from: index, run: run) {
        index = end
        continue
      }
      if let (found, end) = nonPersonName(tokens, from: index, run: run) {
        candidates.append(found)
        index = end
        continue
      }
      let word = tokens[index]
      if word.has(.functionWords) {
        index += 1
        continue
      }
      // "The Ministry said", "the Bench observed": a noun for an organisation, capitalised as some papers write
      // it, after an article is no one's name.
      if run.count == 1, index > 0, ["the", "a", "an", "this", "its"].contains(tokens[index - 1].lowercased),
        Gazetteer.organizationReferences.contains(word.lowercased), !isAcronym(word.text)
      {
        index += 1
        continue
      }
      if run.count == 1, isBrandWord(word) {
        candidates.append(candidate(tokens, index..<(index + 1), kind: .organization, canonical: nil, country: nil))
        index += 1
        continue
      }
      // "South Africans", "Sri Lankan": a demonym of two words is no one's name.
      if index + 1 < run.upperBound, Gazetteer.country(ofDemonym: word.text + " " + tokens[index + 1].text) != nil {
        index += 2
        continue
      }
      let afterHonorific = index > run.lowerBound && tokens[index - 1].has(.honorific)
      if !afterHonorific,
        isAllCapitals || !word.isCapitalised || word.has(.titleWord) || Gazetteer.country(ofDemonym: word.text) != nil
          || word.has(.nameAdjectives) || isHyphenatedDescription(word)
          || isOpeningDescription(tokens, index, run: run) || isOpeningParticiple(tokens, index, run: run)
      {
        index += 1
        continue
      }
      let (person, end) = personName(tokens, from: index, run: run)
      if let person { candidates.append(person) }
      index = end
    }
  }

  /// "Chief Corporate Communications Officer", "Senior Public Affairs Manager": a title word, words
  /// that read as a department's name, then a title's head in the same run are one title, no
  /// organisation. The index after the title's head.
  private static func departmentInTitle(_ tokens: [Token], from index: Int, run: Range<Int>) -> Int? {
    guard tokens[index].has(.titleWord), !tokens[index].has(.honorific),
      let end = headedName(tokens, from: index, limit: run.upperBound), end < run.upperBound,
      tokens[end].isCapitalised, tokens[end].has(.roleHead)
    else { return nil }
    return end + 1
  }

  /// "Minister for Roads and Transport Jane Mwangi", "Minister of State for Manpower Gan Siew Ling": the
  /// capitalised words after a title's "for" or "of" name its portfolio, up to the person's name, which
  /// opens with a given name or else, right after "for", "of" or "and", is all but the first word
  /// (after a title word, "… for Health Koh Poh Lian", the words are the name). Where the name starts.
  private static func portfolioEnd(_ tokens: [Token], from index: Int, end: Int, run: Range<Int>) -> Int? {
    guard end - index >= 3, !tokens[index].isGivenName, isInPortfolio(tokens, index) else { return nil }
    if let given = (index + 1..<(end - 1)).first(where: { tokens[$0].isGivenName }) {
      // "… for Home Affairs Aisyah Abdul Karim": a word the lexicon lacks, between the portfolio's last word
      // and the given name, and not shaped as a portfolio's noun ("Promotion"), opens the name.
      let previous = given - 1
      if Gazetteer.portfolioWords.contains(tokens[previous - 1].lowercased), tokens[previous].isCapitalised,
        !tokens[previous].has(.titleWord), !isPortfolioNoun(tokens[previous].lowercased)
      {
        return previous > index ? previous : nil  // at `index` itself, the name starts here
      }
      return given
    }
    let before = tokens[index - 1].lowercased
    guard portfolioConnectors.contains(before) || before == "the" else { return nil }
    // "Minister for Water Resources Venkatesh …": a portfolio's word goes on with the portfolio.
    var start = index + 1
    while start < end - 1, Gazetteer.portfolioWords.contains(tokens[start].lowercased) { start += 1 }
    return start
  }

  /// "the Commissioner for Physical Planning and Urban Development, Engr. …": words of a portfolio that end
  /// on its word ("Development") before a comma or the sentence's end name no one.
  private static func endsPortfolio(_ tokens: [Token], from index: Int, end: Int) -> Bool {
    let last = tokens[end - 1].lowercased
    guard end - index >= 2, end == tokens.count || !tokens[end].isWord, isInPortfolio(tokens, index) else { return false }
    // A portfolio's own word ends it whatever comes before ("Urban" is a given name too).
    return Gazetteer.portfolioWords.contains(last) || isPortfolioNoun(last) && !tokens[index..<end].contains(where: \.isGivenName)
  }

  /// Whether a word has the ending of an English abstract noun, as the words of ministries' portfolios do
  /// ("Promotion", "Development", "Agriculture", "Security", "Tourism"), which given names seldom have.
  static func isPortfolioNoun(_ word: String) -> Bool {
    Self.portfolioNounEndings.contains { word.hasSuffix($0) }
  }

  static let portfolioNounEndings = [
    "tion", "sion", "ment", "ture", "ity", "ics", "ism", "ance", "ence", "ing", "ery", "ies", "ship", "ness", "age",
  ]

  /// Words that join a title to its portfolio and the portfolio's parts ("for", "of", "and").
  static let portfolioConnectors: Set<String> = ["for", "of", "and", "&", "'s"]

  /// Whether the word at `index` follows a title's "for" or "of" ("Minister for Roads and …"), past
  /// capitalised words and "and" of the portfolio, or a title's "in the" ("Minister in the Presidency");
  /// right after a connector, "the" or a title word ("Health").
  private static func isInPortfolio(_ tokens: [Token], _ index: Int) -> Bool {
    let connectors = portfolioConnectors.union(["the"])
    guard index > 0, connectors.contains(tokens[index - 1].lowercased) || tokens[index - 1].has(.titleWord)
    else { return false }
    var back = index - 1
    while back > 0, index - back < 9, tokens[back].sentence == tokens[index].sentence {
      let word = tokens[back].lowercased
      if word == "for" || word == "of" || word == "in", tokens[back - 1].isCapitalised, tokens[back - 1].has(.roleHead) {
        return true
      }
      // "Minister for Housing, Local Government and Heritage …": commas list a portfolio's parts.
      guard tokens[back].isCapitalised || connectors.contains(word) || word == "," else { return false }
      back -= 1
    }
    return false
  }

  /// A firm's name: the capitalised words either side of "&", past any title before them; the
  /// words of the run before and after it segmented on their own.
  private static func segmentFirm(
    _ tokens: [Token], _ run: Range<Int>, ampersand: Int, into candidates: inout [NameCandidate]
  ) {
    var start = ampersand - 1
    while start > run.lowerBound, tokens[start - 1].isCapitalised, !tokens[start - 1].has(.titleWord),
      !tokens[start - 1].has(.functionWords)
    {
      start -= 1
    }
    var end = ampersand + 2
    while end < run.upperBound, tokens[end].isCapitalised || isAmpersand(tokens, end) { end += 1 }
    if start > run.lowerBound { segment(tokens, run.lowerBound..<start, into: &candidates) }
    candidates.append(candidate(tokens, start..<end, kind: .organization, canonical: nil, country: nil))
    if end < run.upperBound { segment(tokens, end..<run.upperBound, into: &candidates) }
  }

  /// A name at `index` that is not a person's: a gazetteer name (a country opening an organisation's
  /// name joins it), a place after a place prefix ("Fort Worth"), a name ending in an organisation,
  /// outlet or place word. With the token after it.
  private static func nonPersonName(_ tokens: [Token], from index: Int, run: Range<Int>) -> (NameCandidate, Int)? {
    if let force = placeForce(tokens, from: index, run: run) ?? nationalMinistry(tokens, from: index, run: run) {
      return (force, run.upperBound)
    }
    if let (entry, end) = gazetteerMatch(tokens, from: index, limit: run.upperBound),
      !isGivenNameBeforeSurname(tokens, entry, from: index, end: end, run: run), !isAgedGivenName(tokens, index, end: end)
    {
      // "Nigeria Medical Association", "Islamabad High Court", "U.S. Army Corps of Engineers": a country or
      // place opening an organisation's name.
      if entry.kind == .country || entry.kind == .place, gazetteerMatch(tokens, from: end, limit: run.upperBound) == nil,
        let orgEnd = headedName(tokens, from: end, limit: run.upperBound),
        tokens[orgEnd - 1].has(.organizationHeads) || orgEnd - end >= 4 && tokens[end].has(.organizationHeads),
        orgEnd - end >= 2
      {
        return (candidate(tokens, index..<orgEnd, kind: .organization, canonical: nil, country: entry.canonical), orgEnd)
      }
      // "Singapore Airlines", "Kenya Police": a country or place, then one organisation word ending the run.
      if entry.kind == .country || entry.kind == .place, end < run.upperBound, tokens[end].has(.organizationHeads),
        tokens[end].isCapitalised, end + 1 == run.upperBound, gazetteerMatch(tokens, from: end, limit: run.upperBound) == nil
      {
        return (candidate(tokens, index..<(end + 1), kind: .organization, canonical: nil, country: entry.canonical), end + 1)
      }
      // "Manitoba Infrastructure", "Alberta Health Services": a province's department named for its portfolio.
      if entry.kind == .country || entry.kind == .place, end < run.upperBound, run.upperBound - end <= 3,
        tokens[end..<run.upperBound].allSatisfy({ $0.isCapitalised && Gazetteer.portfolioWords.contains($0.lowercased) })
      {
        let end = run.upperBound
        return (candidate(tokens, index..<end, kind: .organization, canonical: nil, country: entry.canonical), end)
      }
      // "European Council on Foreign Relations": a known organisation's name going on with a complement of
      // its own is another organisation.
      if entry.kind == .organization, let longer = complementEnd(tokens, after: end, limit: run.upperBound) {
        return (candidate(tokens, index..<longer, kind: .organization, canonical: nil, country: entry.country), longer)
      }
      if entry.kind == .outlet, let longer = editionEnd(tokens, after: end, run: run) {
        return (candidate(tokens, index..<longer, kind: .outlet, canonical: nil, country: entry.country), longer)
      }
      return (candidate(tokens, index..<end, kind: kind(of: entry), canonical: entry.canonical, country: entry.country), end)
    }
    if tokens[index].has(.placePrefixes), index + 1 < run.upperBound, tokens[index + 1].isCapitalised {
      var end = index + 2
      while end < run.upperBound, end - index < 4, tokens[end].isCapitalised, !tokens[end].has(.titleWord) { end += 1 }
      return (candidate(tokens, index..<end, kind: .place, canonical: nil, country: nil), end)
    }
    if !tokens[index].has(.functionWords), var end = headedName(tokens, from: index, limit: run.upperBound),
      !isPersonWithPlaceSurname(tokens, index, end), !isTitleOfPlace(tokens, index..<end)
    {
      let head = tokens[end - 1]
      let kind: EntityKind = head.has(.outletHeads) ? .outlet : head.has(.placeHeads) ? .place : .organization
      // "The Health Service Executive has warned": a word that only qualifies a title, ending the run
      // with no name after it, ends the organisation's name.
      if kind == .organization, end + 1 == run.upperBound, tokens[end].has(.titleWord), !tokens[end].has(.roleHead),
        !tokens[end].has(.honorific)
      {
        end += 1
      }
      return (candidate(tokens, index..<end, kind: kind, canonical: nil, country: nil), end)
    }
    return nil
  }

  /// "BBC Radio Suffolk", "Sky News Arabia": after an outlet's name, its station or edition, opened by an outlet's
  /// head word and followed by a capitalised word.
  private static func editionEnd(_ tokens: [Token], after end: Int, run: Range<Int>) -> Int? {
    guard end + 1 < run.upperBound, tokens[end].has(.outletHeads), tokens[end].isCapitalised else { return nil }
    var longer = end + 1
    while longer < run.upperBound, longer - end < 3, tokens[longer].isCapitalised, !tokens[longer].has(.titleWord) {
      longer += 1
    }
    return longer
  }

  /// "Lagos police", "Thames Valley police": a run of one to three capitalised words (no title, no
  /// function word) followed by a lowercase force word is that place's force, an organisation.
  private static func placeForce(_ tokens: [Token], from index: Int, run: Range<Int>) -> NameCandidate? {
    var end = run.upperBound
    guard end < tokens.count, !tokens[end].isCapitalised, run.upperBound - index <= 3 else { return nil }
    // "the Delhi high court": a court's lowercase qualifiers before its head word.
    while end + 1 < tokens.count, end - run.upperBound < 2, !tokens[end].isCapitalised,
      tokens[end].lowercased != "court", Gazetteer.courtQualifiers.contains(tokens[end].lowercased)
    {
      end += 1
    }
    if end > run.upperBound, tokens[end].lowercased != "court" { end = run.upperBound }
    // "The Delhi high court": the article opening a sentence is no part of the name.
    let opensWithArticle = index == run.lowerBound + 1 && tokens[run.lowerBound].lowercased == "the"
    guard index == run.lowerBound || opensWithArticle, !tokens[end].isCapitalised,
      Gazetteer.namedOnlyReferences.contains(tokens[end].lowercased),
      tokens[index..<run.upperBound].allSatisfy({ $0.isWord && $0.isCapitalised && !$0.has(.titleWord) && !$0.has(.functionWords) })
    else { return nil }
    let country = gazetteerMatch(tokens, from: index, limit: end).map { $0.0.kind == .country ? $0.0.canonical : $0.0.country }
    var force = candidate(tokens, index..<(end + 1), kind: .organization, canonical: nil, country: country ?? nil)
    if tokens[end].lowercased != "police" {
      // A court is named as a court's name is written: "Delhi High Court", which "Delhi HC" spells.
      force.text = titleCased(tokens[index...end])
    }
    return force
  }

  /// "The Russian foreign ministry said": a demonym or a country alone in its run, then a lowercase portfolio
  /// and "ministry", is that country's ministry, named as its name is written ("Russian Foreign Ministry").
  private static func nationalMinistry(_ tokens: [Token], from index: Int, run: Range<Int>) -> NameCandidate? {
    let end = run.upperBound
    guard index == run.upperBound - 1, end + 1 < tokens.count, !tokens[end].isCapitalised, !tokens[end + 1].isCapitalised,
      tokens[end + 1].lowercased == "ministry",
      Gazetteer.portfolioWords.contains(tokens[end].lowercased) || ministryQualifiers.contains(tokens[end].lowercased)
    else { return nil }
    let country = Gazetteer.country(ofDemonym: tokens[index].text)
      ?? gazetteerMatch(tokens, from: index, limit: end).flatMap { $0.0.kind == .country ? $0.0.canonical : nil }
    guard let country else { return nil }
    var ministry = candidate(tokens, index..<(end + 2), kind: .organization, canonical: nil, country: country)
    ministry.text = titleCased(tokens[index...(end + 1)])
    return ministry
  }

  /// An institution's name as its name is written, whatever case the text set its words in.
  private static func titleCased(_ words: ArraySlice<Token>) -> String {
    words.map { $0.isCapitalised ? $0.text : $0.text.prefix(1).uppercased() + $0.text.dropFirst() }.joined(separator: " ")
  }

  /// Words of a ministry's portfolio besides `Gazetteer.portfolioWords` ("the Russian foreign ministry").
  static let ministryQualifiers: Set<String> = ["foreign", "interior", "home"]

  /// The person's name starting at `index` (up to five name words), with the title and honorific
  /// before it and a title after it; nil (and the index to go on from) for a word that opens a title.
  private static func personName(_ tokens: [Token], from index: Int, run: Range<Int>) -> (NameCandidate?, Int) {
    if tokens[index].text.hasPrefix("@") { return (handle(tokens, index), index + 1) }
    var end = index + 1
    while end < run.upperBound, end - index < 5, isPersonWord(tokens, end, limit: run.upperBound) { end += 1 }
    while end > index + 1, !tokens[end - 1].isCapitalised { end -= 1 }
    if let nameStart = portfolioEnd(tokens, from: index, end: end, run: run) { return (nil, nameStart) }
    if endsPortfolio(tokens, from: index, end: end) { return (nil, end) }
    if end - index == 1, end < run.upperBound, tokens[end].has(.titleWord), !tokens[end].has(.functionWords) {
      if end + 1 == run.upperBound, tokens[end].has(.roleHead) || tokens[end].has(.honorific) || !tokens[end].text.contains("."),
        tokens[index].isGivenName, !isAcronym(tokens[end].text)
      {
        // "John King", "John Major", "Ai Jun": a title word ending the run with no name after it is a surname,
        // after a given name ("Clinical Officer" is a title; "Sen." with its dot stays one; "the Glasgow Kelvin
        // MSP" is a constituency's member)
        end += 1
      } else {
        return (nil, end)  // a lone word before a title is part of the title ("Oversight Chairman …")
      }
    }
    // "Billie Jean King", "Martin Luther King": after two name words too, a title word ending the run is a
    // surname; not a post-nominal in capitals ("Fiona Deasy BL").
    if end - index >= 2, end + 1 == run.upperBound, tokens[end].has(.titleWord), !tokens[end].has(.functionWords),
      tokens[end].has(.roleHead) || tokens[end].has(.honorific), tokens[end].text.utf8.contains(where: { $0 >= 0x61 }),
      tokens[index..<end].allSatisfy({ $0.isCapitalised }), tokens[index..<end].contains(where: \.isGivenName)
    {
      end += 1
    }
    if end - index == 1, isAdverb(tokens, index) || isHead(tokens[index]) { return (nil, end) }
    if Self.namedThings.contains(tokens[index].lowercased) { return (nil, end) }  // "Storm Emma", "Operation Sindoor"
    if end - index == 1, isAcronym(tokens[index].text),
      index > 0 && articles.contains(tokens[index - 1].lowercased)
        || end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalised && tokens[end].has(.titleWord)
        || isLoneAcronym(tokens, index)
    {
      // "the IHC", "the NPF", "BJP chief": an organisation's short form, which the text may define.
      return (candidate(tokens, index..<end, kind: .organization, canonical: nil, country: nil), end)
    }
    if !isPersonInContext(tokens, index..<end, run: run) { return (nil, end) }
    var person = candidate(tokens, index..<end, kind: .person, canonical: nil, country: nil)
    if index > 0, tokens[index - 1].has(.honorific), tokens[index - 1].sentence == tokens[index].sentence {
      // "Mr Putin": the honorific belongs to the mention as written, not to the name's key.
      person.text = tokens[index - 1].text + " " + person.text
      person.byteRange = tokens[index - 1].range.lowerBound..<person.byteRange.upperBound
    }
    describe(&person, tokens, index..<end)
    return (person, end)
  }

  /// "Equal Education, an advocacy group, said": a name that an appositive in commas calls a group,
  /// a charity, a company is an organisation's, whatever its words.
  private static func isDescribedAsOrganization(_ tokens: [Token], after end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].isPunctuation(",") else { return false }
    if tokens[end + 1].lowercased == "the" { return isDefinitelyDescribedAsOrganization(tokens, after: end + 1) }
    guard ["a", "an"].contains(tokens[end + 1].lowercased) else { return false }
    var index = end + 2
    while index < tokens.count, index - end <= 5, tokens[index].isWord, !tokens[index].isCapitalised,
      !tokens[index].has(.functionWords)
    {
      if Gazetteer.appositiveOrganizationNouns.contains(tokens[index].lowercased), index + 1 < tokens.count,
        [",", ")", "."].contains(tokens[index + 1].text)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// "Centlec, the Mangaung metro's electricity utility, said": words after "the" up to the closing comma, with
  /// no title or function word among them (not "the head of the union"), ending in an organisation's noun.
  private static func isDefinitelyDescribedAsOrganization(_ tokens: [Token], after the: Int) -> Bool {
    var index = the + 1
    while index < tokens.count, index - the <= 6, tokens[index].isWord {
      let token = tokens[index]
      guard token.text == "'s" || !token.has(.functionWords) && !token.has(.roleWords) && !token.has(.prepositions)
      else { return false }
      index += 1
    }
    guard index < tokens.count, index > the + 1, tokens[index].isPunctuation(",") else { return false }
    return Gazetteer.appositiveOrganizationNouns.contains(tokens[index - 1].lowercased)
  }

  /// "as INMO warns": three to six capitals amid words in lower case, no given name, stand for an
  /// organisation; a person's name is written in capitals only in a heading or a label.
  private static func isLoneAcronym(_ tokens: [Token], _ index: Int) -> Bool {
    guard tokens[index].text.utf8.count >= 3, !tokens[index].isGivenName else { return false }
    let neighbours = [index - 1, index + 1].filter { tokens.indices.contains($0) && tokens[$0].isWord }
    return !neighbours.isEmpty && neighbours.allSatisfy { tokens[$0].text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
  }

  /// A word of two to six capitals ("IHC", "NPF").
  static func isAcronym(_ word: String) -> Bool {
    let utf8 = word.utf8
    return utf8.count >= 2 && utf8.count <= 6 && utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }

  /// "a 12-year-old Akmal …": the age written right before a name.
  static func ageBefore(_ tokens: [Token], _ index: Int) -> Int? {
    guard index > 0, tokens[index - 1].isWord, tokens[index - 1].lowercased.hasSuffix("-year-old") else { return nil }
    return Int(tokens[index - 1].lowercased.split(separator: "-").first ?? "")
  }

  /// A social-media handle ("@LynneDoherty_"): a person's name as the text gives it.
  private static func handle(_ tokens: [Token], _ index: Int) -> NameCandidate {
    var person = candidate(tokens, index..<(index + 1), kind: .person, canonical: nil, country: nil)
    person.isLikelyPerson = true
    return person
  }

  /// Whether the words around a run that reads as a person's name leave it one: not a photo credit
  /// ("Jeff Mitchell/Getty Images", "Photo: Kevin Macharia"), not a place after "in" or "outside",
  /// not a thing after an article ("another Circuit Breaker"), not the first words of a title before
  /// another name ("Social Care Secretary Steve Barclay"). A first name the lexicon knows, or an
  /// honorific, keeps it a person's after a preposition.
  static func isPersonInContext(_ tokens: [Token], _ name: Range<Int>, run: Range<Int>) -> Bool {
    let end = name.upperBound
    if end < tokens.count, tokens[end].isPunctuation("/") { return false }
    if end < run.upperBound, tokens[end].has(.roleHead),
      (end + 1..<run.upperBound).contains(where: { tokens[$0].isCapitalised && !tokens[$0].has(.titleWord) })
        || end + 1 == run.upperBound && name.count >= 2 && !tokens[name].contains(where: \.isGivenName)
    {
      // "Police Public Relations Officer, SP …": words before a title that ends the run, none a given name,
      // are the title's own.
      return false
    }
    guard name.lowerBound > 0 else { return true }
    let before = tokens[name.lowerBound - 1]
    guard before.sentence == tokens[name.lowerBound].sentence, before.quote == tokens[name.lowerBound].quote else {
      return true
    }
    if before.isPunctuation(":"), name.lowerBound >= 2, Self.creditLabels.contains(tokens[name.lowerBound - 2].lowercased) {
      return false
    }
    // "A Pinetown mother told …": an article opening the sentence is an article too.
    let opensSentence = name.lowerBound == 1 || tokens[name.lowerBound - 2].sentence != before.sentence
    guard before.isWord, !before.isCapitalised || opensSentence && Self.articles.contains(before.lowercased) else {
      return true
    }
    if Self.articles.contains(before.lowercased) { return false }
    if Self.locatives.contains(before.lowercased) { return tokens[name.lowerBound].isGivenName }
    return true
  }

  /// Words that open the name of a thing given a person's name ("Storm Emma", "Hurricane Ian").
  static let namedThings: Set<String> = ["storm", "hurricane", "typhoon", "cyclone", "operation", "tropical"]

  /// Words before a photo credit's colon ("Photo: …", "Picture: …").
  static let creditLabels: Set<String> = ["photo", "picture", "photograph", "image", "credit", "photos", "pictures"]
  /// Articles and determiners, which open no person's name ("another Circuit Breaker period").
  static let articles: Set<String> = ["a", "an", "the", "another", "this", "that", "these", "those", "every", "each", "no"]
  /// Prepositions of place, after which a run names a place ("outside Paddington", "in Torremolinos").
  static let locatives: Set<String> = [
    "in", "at", "near", "outside", "inside", "across", "around", "throughout", "towards", "toward", "into",
  ]

  /// A person's role, affiliation and gender from the words around the name: a title before it, a
  /// title in commas after it or before a comma ("Ukraine's foreign minister, Dmytro Kuleba"), a
  /// relation ("Her father, Istvan,"), an age in commas; and whether the document must confirm it.
  private static func describe(_ person: inout NameCandidate, _ tokens: [Token], _ name: Range<Int>) {
    let (index, end) = (name.lowerBound, name.upperBound)
    let significant = tokens[name].filter { !isInitial($0.text) && $0.isCapitalised }.count
    let (role, gender) = titleBefore(tokens, index)
    person.role = role.map(\.text)
    person.affiliation = role?.affiliation
    person.country = role?.country
    person.gender = gender
    if let appositive = appositiveTitle(tokens, after: end) {
      if person.role == nil {
        person.role = appositive.text
        person.affiliation = appositive.affiliation
        person.country = appositive.country
      } else {
        person.appositiveRole = appositive.text
      }
    }
    addTitleBeforeComma(&person, tokens, index)
    let relation = index >= 2 && tokens[index - 1].isPunctuation(",") ? index - 2 : index - 1
    let namedByRelation = isNamedByRelation(tokens, name)
    if namedByRelation, person.gender == nil {
      person.gender = Gazetteer.relationGender[tokens[relation].lowercased]  // "Her father, Istvan,"
    }
    if person.gender == nil { person.gender = patronymicGender(of: tokens[name]) }
    if namedByRelation, person.role == nil, tokens[relation].has(.relationWords) {
      person.role = tokens[relation].lowercased  // "Harvey's mum, Crystal,": "the mum" finds her
    }
    if let first = tokens[name].first(where: { $0.isCapitalised && !isInitial($0.text) && !$0.has(.roleWords) }),
      significant >= 2 || namedByRelation
    {
      person.givenNameGender = Gazetteer.givenNameGender(first)
      person.isGivenNameOnly = significant == 1 && first.isGivenName
    }
    // "MP for Kootenay–Arrow Lakes": the constituency's second part after a dash, too.
    let joined = index >= 4 && ["–", "-", "—"].contains(tokens[index - 1].text) && tokens[index - 2].isCapitalised ? 2 : 0
    if person.role == nil, index >= 2 + joined, ["for", "of"].contains(tokens[index - 1 - joined].text),
      tokens[index - 2 - joined].has(.roleHead), !SpeakerAttributor.spokesWords.contains(tokens[index - 2 - joined].lowercased)
    {
      // "the MP for Ribble Valley South": a constituency or a body, not a person; "a spokeswoman for
      // Ruth Okafor" speaks for a person.
      person.kind = .place
    }
    // "Salo, 22, was gracious": an age set off by commas says the word is a person's name.
    let commaAge = ageInCommas(tokens, after: end)
    let givenAnAge = commaAge != nil
    person.age = commaAge ?? ageBefore(tokens, index)
    let initialled = isInitialled(tokens, name)
    // "Salo, 22,", "13-year-old Archie": an age says the word is a person's name (before it, a given name
    // only, and not a town's: "a 52-year-old Salem, N.H., resident").
    let isTown = end + 1 < tokens.count && tokens[end].isPunctuation(",") && tokens[end + 1].text.contains(".")
    let agedGivenName = person.age != nil && tokens[name].contains(where: \.isGivenName) && !isTown
    person.needsConfirmation = significant < 2 && gender == nil && role == nil && !namedByRelation && !givenAnAge
      && !agedGivenName
      && !initialled && !(significant == 1 && isDescribedGivenName(tokens, name))
    person.isLikelyPerson = person.role != nil || person.gender != nil || namedByRelation || person.age != nil
      || person.givenNameGender != nil || tokens[name].contains { $0.isGivenName && $0.isCapitalised } || initialled
      || isFollowedByWho(tokens, end)
  }

  /// "Her sister, Amina,", "A resident, Amina,", "her husband Matt spent", "a resident named Joan": a
  /// relation or a source noun names the person (without commas, only as the subject of a verb: not "his
  /// son Beau, who died", whom a pronoun after the clause seldom means).
  private static func isNamedByRelation(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    let (index, end) = (name.lowerBound, name.upperBound)
    guard index >= 2 else { return false }
    if tokens[index - 1].isPunctuation(",") {
      let relation = tokens[index - 2]
      return relation.has(.relationWords) || relation.lowercased == "name"
        || relation.has(.anonymousSourceHeads) && index >= 3
          && ["a", "an", "the", "one", "another"].contains(tokens[index - 3].lowercased)
    }
    if tokens[index - 1].lowercased == "named" { return !tokens[index - 2].isCapitalised }
    let relation = tokens[index - 1]
    return relation.has(.relationWords) && !relation.isCapitalised
      && ["his", "her", "their", "'s", "’s"].contains(tokens[index - 2].lowercased)
      && end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalised && !tokens[end].has(.functionWords)
  }

  /// "Ukraine's foreign minister, Dmytro Kuleba, said": the title before the comma is hers, past an honorific
  /// or a rank ("The command's spokesperson, SP Adebola Ojo", where it is a second title).
  private static func addTitleBeforeComma(_ person: inout NameCandidate, _ tokens: [Token], _ nameStart: Int) {
    guard let title = titleBeforeComma(tokens, titleStart(tokens, nameStart)) else { return }
    if person.role == nil {
      person.role = title.text
      person.affiliation = title.affiliation
      person.country = title.country
    } else if person.appositiveRole == nil {
      person.appositiveRole = title.text
    }
  }

  /// Where the title words right before a name start ("SP" in "…, SP Adebola Ojo").
  private static func titleStart(_ tokens: [Token], _ nameStart: Int) -> Int {
    var start = nameStart
    while start > 0, nameStart - start < 4, tokens[start - 1].isWord, tokens[start - 1].has(.roleWords) { start -= 1 }
    return start
  }

  /// "Okafor, who joined on loan in August,": "who" is said of people only.
  private static func isFollowedByWho(_ tokens: [Token], _ end: Int) -> Bool {
    end + 1 < tokens.count && tokens[end].isPunctuation(",") && ["who", "whose"].contains(tokens[end + 1].lowercased)
  }

  /// "Jim, a retiree from Akron,", "Marcus, a 24-year-old nursing student": a given name alone that an
  /// appositive after it describes is a person's.
  private static func isDescribedGivenName(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    let end = name.upperBound
    return tokens[name].contains { $0.isGivenName } && end + 2 < tokens.count && tokens[end].isPunctuation(",")
      && ["a", "an"].contains(tokens[end + 1].lowercased) && tokens[end + 2].isWord && !tokens[end + 2].isCapitalised
  }

  /// "N. Shivaramaiah said": an initial before a surname is written only for a person's name.
  /// "T.V. Raghavan", "K.R. Narayanan" too: initials run together, which no place or body the gazetteer
  /// knows spells ("U.S.").
  private static func isInitialled(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    let first = tokens[name.lowerBound].text
    return name.count >= 2 && (isInitial(first) || isInitialsRun(first) && Gazetteer.entry(words: [first]) == nil)
      && tokens[name.upperBound - 1].isCapitalised && !isInitial(tokens[name.upperBound - 1].text)
  }

  /// Two to four capital letters, each followed by a dot: "T.V.", "J.R.R.".
  private static func isInitialsRun(_ word: String) -> Bool {
    let utf8 = Array(word.utf8)
    guard utf8.count >= 4, utf8.count <= 8, utf8.count % 2 == 0 else { return false }
    return stride(from: 0, to: utf8.count, by: 2).allSatisfy { utf8[$0] >= 0x41 && utf8[$0] <= 0x5A && utf8[$0 + 1] == 0x2E }
  }

  private static func isPersonWord(_ tokens: [Token], _ index: Int, limit: Int) -> Bool {
    let token = tokens[index]
    if !token.isCapitalised { return token.hasAsWritten(.nameParticles) }
    if isSurnameThatIsAWord(tokens, index, limit: limit) || isNameSyllable(tokens, index, limit: limit) { return true }
    if token.has(.titleWord) || Gazetteer.country(ofDemonym: token.text) != nil { return false }
    // "Salma Hayek Described Her Experience": a speech verb in the past, capitalised in a title-case line, ends the name.
    if token.has(.speechVerb), token.lowercased.hasSuffix("ed") { return false }
    guard let (entry, end) = gazetteerMatch(tokens, from: index, limit: limit) else { return true }
    // "Tom Fox", "Tim Apple": a one-word outlet or organisation written as a word, not an acronym,
    // right after a name's first word is that person's surname; so is a city's name after a given name
    // ("Walter Durban").
    let isCityAfterGivenName = entry.kind == .place && index > 0 && tokens[index - 1].isGivenName
    return end == index + 1 && (entry.kind == .outlet || entry.kind == .organization || isCityAfterGivenName)
      && hasLowercase(token.text)
  }

  /// "Dennis Lim Jun Hao": a month's three-letter short form with no dot between two capitalised words of a
  /// run is a syllable of a name, not a date ("Jun 12").
  private static func isNameSyllable(_ tokens: [Token], _ index: Int, limit: Int) -> Bool {
    let token = tokens[index]
    guard token.text.utf8.count == 3, token.has(.calendarWords), index > 0, index + 1 < limit,
      tokens[index - 1].isWord, tokens[index - 1].isCapitalised, !tokens[index - 1].has(.titleWord),
      tokens[index + 1].isWord, tokens[index + 1].isCapitalised, !tokens[index + 1].has(.titleWord),
      tokens[index + 1].sentence == token.sentence
    else { return false }
    return true
  }

  /// "Joseph Okoth Were", "Mr Were", "George Will": an auxiliary verb capitalised at the end of a run in
  /// mid-sentence, after a name's word or an honorific, is a surname (not "Saturday Night Live").
  private static func isSurnameThatIsAWord(_ tokens: [Token], _ index: Int, limit: Int) -> Bool {
    let token = tokens[index]
    // Last in the run, or before a connector that goes on with a date ("Sheikh on Tuesday").
    let endsName = index + 1 == limit || index + 1 < limit && !tokens[index + 1].isCapitalised
    guard endsName, index > 0, auxiliaries.contains(token.lowercased) || titlesThatAreSurnames.contains(token.lowercased),
      hasLowercase(token.text), tokens[index - 1].isWord, tokens[index - 1].isCapitalised,
      tokens[index - 1].sentence == token.sentence
    else { return false }
    let before = tokens[index - 1]
    return before.has(.honorific) || before.isGivenName
      || !before.has(.titleWord) && index >= 2 && tokens[index - 2].isCapitalised && tokens[index - 2].isWord
  }

  /// Titles that are common family names too ("Iftikhar Ahmed Sheikh", "Emily Bishop"): last in a run of
  /// names, after a given name or two name words, they are the person's surname.
  private static let titlesThatAreSurnames: Set<String> = [
    "sheikh", "shaikh", "bishop", "king", "major", "judge", "dean", "marshal", "sen",
  ]

  private static let auxiliaries: Set<String> = [
    "will", "were", "was", "can", "could", "should", "would", "might", "must", "shall", "does", "did", "had", "has",
  ]

  /// "Mayor Jane Park", "Jane Park said": a name that ends in a place word ("Park", "Hill") is a
  /// person's when a title or honorific stands before it or a speech verb after it.
  private static func isPersonWithPlaceSurname(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
    guard tokens[end - 1].has(.placeHeads), !tokens[end - 1].has(.organizationHeads), end - start >= 2 else {
      return false
    }
    let titled = start > 0 && tokens[start - 1].has(.titleWord)
      && tokens[start - 1].sentence == tokens[start].sentence && tokens[start - 1].lowercased != "the"
      && !tokens[start - 1].has(.functionWords)
    // Not "Traders on Oliver Plunkett Street say": a place after a preposition of place stays one.
    let located = start > 0 && ["on", "in", "at", "along", "off", "near"].contains(tokens[start - 1].lowercased)
    let speaks = end < tokens.count && tokens[end].has(.speechVerb) && !tokens[end].isCapitalised && !located
    // Not "Queen City", "Lady Bird Lake": a royal honorific opens place names too.
    let opensWithTitle = tokens[start].has(.roleHead)
      || ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"].contains(tokens[start].lowercased)
    return titled || speaks || opensWithTitle
  }

  /// "Jordan, 41, is said to have told friends": a given name that is also a country's, with an age set off by
  /// commas after it, is a person's.
  private static func isAgedGivenName(_ tokens: [Token], _ index: Int, end: Int) -> Bool {
    end == index + 1 && tokens[index].isGivenName && ageInCommas(tokens, after: end) != nil
  }

  /// "Salo, 22,": the age set off by commas right after a name that ends at `end`.
  private static func ageInCommas(_ tokens: [Token], after end: Int) -> Int? {
    guard end + 2 < tokens.count, tokens[end].isPunctuation(","), tokens[end + 2].isPunctuation(","),
      let age = Int(tokens[end + 1].text), (1...120).contains(age)
    else { return nil }
    return age
  }

  /// "Conversely," "Finally," — a capitalised adverb opening a clause, never a name.
  /// "captain Jordan Silk", "Israel Folau": a one-word country that is also a given name, before a
  /// capitalised word that no name table knows, that ends the run and is no plural ("Georgia Democrats"),
  /// opens a person's name. Cities that are given names ("Charlotte", "London") stay places.
  private static func isGivenNameBeforeSurname(
    _ tokens: [Token], _ entry: GazetteerEntry, from index: Int, end: Int, run: Range<Int>
  ) -> Bool {
    guard entry.kind == .country, end == index + 1, end + 1 == run.upperBound, !tokens[end].lowercased.hasSuffix("s"),
      tokens[index].isGivenName
    else { return false }
    let next = tokens[end]
    return next.isWord && next.isCapitalised && !next.has(.organizationHeads) && !next.has(.placeHeads)
      && !next.has(.outletHeads) && !next.has(.titleWord) && !next.has(.functionWords)
      && gazetteerMatch(tokens, from: end, limit: run.upperBound) == nil && hasLowercase(next.text)
  }

  /// Endings of nouns for people by what they do ("Passenger", "Resident", "Activist", "Visitor").
  static let personNounEndings = ["er", "ent", "ist", "or"]

  /// "Passenger Anna Lim said", "Cleaner Rosnah Ismail, 62,": a sentence's first word, no given name but
  /// ending like a noun for a person, before two name words or more, describes the person; it is no part
  /// of the name.
  static func isOpeningDescription(_ tokens: [Token], _ index: Int, run: Range<Int>) -> Bool {
    guard index == run.lowerBound, run.count >= 3, index + 1 < tokens.count, !tokens[index].isGivenName,
      index == 0 || tokens[index - 1].sentence != tokens[index].sentence
    else { return false }
    let word = tokens[index].lowercased
    return personNounEndings.contains { word.hasSuffix($0) }
  }

  /// "Speaking on radio, …", "Reached by the Gazette, …", "Using Tom Reyes as an example, …": a
  /// sentence's first word that reads as a participle (no given name, before a preposition or a name)
  /// opens a clause; it is no name and no part of one.
  static func isOpeningParticiple(_ tokens: [Token], _ index: Int, run: Range<Int>) -> Bool {
    let word = tokens[index].lowercased
    guard index == run.lowerBound, word.count >= 5, !tokens[index].isGivenName,
      index == 0 || tokens[index - 1].sentence != tokens[index].sentence,
      word.hasSuffix("ing") || (word.hasSuffix("ed") && !word.hasSuffix("eed"))
    else { return false }
    if run.count >= 2 { return true }
    return run.upperBound < tokens.count && tokens[run.upperBound].has(.prepositions)
  }

  /// "Mother-of-two", "Ex-soldier", "Co-founder": a capitalised word joined by hyphens to lowercase
  /// words describes the person; it is no part of the name ("Jean-Pierre" and "al-Burhan" are).
  static func isHyphenatedDescription(_ token: Token) -> Bool {
    // Most words hold no hyphen: answered from the bytes before any split.
    guard token.isCapitalised, token.text.utf8.contains(UInt8(ascii: "-")) else { return false }
    let parts = token.text.split(separator: "-")
    return parts.count >= 2 && token.isCapitalised
      && parts.dropFirst().contains { part in part.first.map { $0.isLowercase || $0.isNumber } ?? false }
  }

  static func isAdverb(_ tokens: [Token], _ index: Int) -> Bool {
    tokens[index].has(.sentenceAdverbs)
  }

  /// "Mr", "Mrs.", "Ms", "Dr": the next capitalised word is a name even if it reads as a title ("Mr. King").
  static func isHonorific(_ word: String) -> Bool {
    let lower = word.lowercased()
    return Gazetteer.maleHonorifics.contains(lower) || Gazetteer.femaleHonorifics.contains(lower)
      || lower == "dr" || lower == "dr."
  }

  static func isTitleWord(_ word: String) -> Bool {
    let lower = Token.lowercase(word)
    return Gazetteer.roleWords.contains(lower) || Gazetteer.functionWords.contains(lower)
      || Gazetteer.calendarWords.contains(lower.hasSuffix(".") ? String(lower.dropLast()) : lower)
  }

  /// Whether a word holds a lowercase letter, without Unicode tables for ASCII words.
  static func hasLowercase(_ word: String) -> Bool {
    if word.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return true }
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return false }
    return word.contains(where: \.isLowercase)
  }

  static func isInitial(_ word: some StringProtocol) -> Bool {
    let utf8 = word.utf8
    if utf8.count == 2, let first = utf8.first {
      return utf8.dropFirst().first == UInt8(ascii: ".") && first >= 0x41 && first <= 0x5A
    }
    if utf8.allSatisfy({ $0 < 0x80 }) { return false }
    return word.count == 2 && word.hasSuffix(".") && word.first?.isUppercase == true
  }

  static func gazetteerMatch(_ tokens: [Token], from start: Int, limit: Int) -> (GazetteerEntry, Int)? {
    // Most capitalised words begin no name: that is known from the word itself, before any phrase is built.
    guard start < limit, Gazetteer.beginsName(phrase: tokens[start].text, lowercased: tokens[start].lowercased) else {
      return nil
    }
    var phrase = ""
    var lowercased = ""
    var best: (GazetteerEntry, Int)?
    var index = start
    while index < limit, index - start < Gazetteer.longestNameWords {
      if index > start {
        phrase += " "
        lowercased += " "
      }
      phrase += tokens[index].text
      lowercased += tokens[index].lowercased
      guard Gazetteer.beginsName(phrase: phrase, lowercased: lowercased) else { break }
      if let entry = Gazetteer.entry(phrase: phrase, lowercased: lowercased) { best = (entry, index + 1) }
      index += 1
    }
    if let found = best, tokens[start].lowercased == "the", found.1 == start + 1 { return nil }
    return best
  }

  /// A name that ends in an organisation or outlet word ("Quinnipiac University", "The Kyiv Post").
  private static func isHead(_ token: Token) -> Bool {
    token.flags.contains(.organizationHeads) || token.flags.contains(.outletHeads)
      || token.flags.contains(.placeHeads) || token.flags.contains(.thingHeads)
  }

  /// The end of a name headed by an organisation, outlet, place or thing word: the head ends it
  /// ("Quinnipiac University"), or an "of"/"for"/"on" phrase of capitalised words after the head does
  /// ("Royal College of Physicians", "Institute for Fiscal Studies", "University of Oxford").
  /// "Chief Justice of Pakistan", "Attorney General of Kenya": title words up to "of" or "for" and what they are
  /// the title of, a person's title rather than an organisation's name.
  static func isTitleOfPlace(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    guard let of = name.first(where: { ["of", "for"].contains(tokens[$0].text) }), of > name.lowerBound else { return false }
    let head = tokens[of - 1]
    return head.has(.roleHead) || Gazetteer.titlesRightBeforeName.contains(head.lowercased)
      ? tokens[name.lowerBound..<of].allSatisfy { $0.has(.titleWord) || $0.has(.roleWords) } : false
  }

  /// "II", "IV", "XIV": a Roman numeral of two letters or more, which a name of a thing can end with.
  private static func isRomanNumeral(_ word: String) -> Bool {
    word.utf8.count >= 2 && word.utf8.count <= 5 && word.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }

  private static func headedName(_ tokens: [Token], from start: Int, limit: Int) -> Int? {
    guard limit - start >= 2 else { return nil }
    // "Universiti Malaya", "Universidad Complutense", "Institut Pasteur": a head that other languages put first.
    if Self.leadingHeads.contains(tokens[start].lowercased) {
      var end = start + 1
      while end < limit, end - start <= 3, tokens[end].isCapitalised, !tokens[end].has(.titleWord) { end += 1 }
      return end
    }
    var index = start
    while index < limit, index - start < 6 {
      // A head past "of" or "for" heads a name of its own ("Robert Feld of Stanford University");
      // "and" joins one name ("Securities and Exchange Commission").
      if index > start, !tokens[index].isCapitalised, tokens[index].text != "and" { return nil }
      if isHead(tokens[index]), index > start || tokens[index].isCapitalised {
        var head = index + 1
        while head < limit, isHead(tokens[head]) { head += 1 }  // "Police Department"
        // "World War II": a numeral after the head belongs to the name.
        if head < limit, isRomanNumeral(tokens[head].text) { head += 1 }
        if let end = complementEnd(tokens, after: head, limit: limit) { return end }
        // "Mayor Bill de Blasio": a name particle after the head word goes on with a person's name.
        if head + 1 < limit, tokens[head].hasAsWritten(.nameParticles), tokens[head + 1].isCapitalised { return nil }
        // "Network Rail": heads in a row; "Transport Workers Union", "Energy Regulation Board": a head
        // word inside the name, whose own head comes later.
        // "Bear River First Nation": a capitalised title word with another head right after it goes on too.
        let isInside = index == start && head == start + 1
          || head < limit && tokens[head].isCapitalised && !tokens[head].has(.titleWord)
          || head + 1 < limit && tokens[head].isCapitalised && isHead(tokens[head + 1])
        guard isInside else { return head }
        index = head
        continue
      }
      index += 1
    }
    return nil
  }

  /// Organisation heads that open the name in the languages they come from.
  static let leadingHeads: Set<String> = [
    "universiti", "universitas", "universidad", "université", "universite", "universität", "universidade",
    "università", "universitat", "institut", "instituto", "politeknik", "kolej", "banco", "banque",
  ]

  /// After a head word, the end of "of (the) Capitalised Words (and Capitalised Words)": up to four
  /// capitalised words that are not titles, so "Bank of England Governor" stops before "Governor".
  /// Heads of a body whose name chains complements with "of" and "to" ("Mission of X to Y").
  static let chainingHeads: Set<String> = ["ministry", "mission", "delegation", "embassy", "department"]

  /// Heads of a government body named for its portfolio ("Department of Finance", "Ministry of Health").
  static let portfolioHeads: Set<String> = ["department", "ministry", "office", "secretariat", "directorate", "bureau"]

  private static func complementEnd(_ tokens: [Token], after head: Int, limit: Int) -> Int? {
    // "Université de Moncton", "Banque de France": "de" joins an organisation's head to its complement too.
    guard head + 1 < limit, ["of", "for", "on"].contains(tokens[head].text)
      || ["de", "du", "des"].contains(tokens[head].text) && tokens[head - 1].has(.organizationHeads)
    else { return nil }
    var index = head + 1
    if tokens[index].text == "the" { index += 1 }
    var end: Int?
    while index < limit, index - head <= 6 {
      let token = tokens[index]
      // "Director of the Institute of European Security Studies Olga Lind": a given name and a last word
      // ending the run after the complement are the person the title is hers, not the name's words.
      // Not a last word that names a body's field ("University of North Carolina Health").
      if end != nil, token.isGivenName, index + 2 == limit, tokens[index + 1].isCapitalised,
        !tokens[index + 1].has(.organizationHeads), !Gazetteer.portfolioWords.contains(tokens[index + 1].lowercased)
      {
        break
      }
      // "Department of Finance", "Ministry of Foreign Affairs": after a government body's head, a portfolio's
      // words, which titles use too, but no title's head or honorific ("Office of President Obama").
      let isPortfolioWord = Self.portfolioHeads.contains(tokens[head - 1].lowercased) && token.has(.titleWord)
        && !token.has(.roleHead) && !token.has(.honorific) && !token.has(.calendarWords) && !token.has(.functionWords)
      // "Council on Foreign Relations", "Committee on Foreign Affairs": a title's modifier with a name's word
      // after it, not a title's head.
      let isModifierInName = token.has(.titleWord) && !token.has(.roleHead) && !token.has(.honorific)
        && !token.has(.functionWords) && index + 1 < limit && tokens[index + 1].isCapitalised
        && !tokens[index + 1].has(.titleWord)
      if token.isCapitalised, !token.has(.titleWord) || token.has(.organizationHeads) || isPortfolioWord || isModifierInName {
        index += 1
        end = index
      } else if token.text == "and", end != nil, index + 1 < limit, tokens[index + 1].isCapitalised,
        !tokens[index + 1].has(.titleWord) || Self.portfolioHeads.contains(tokens[head - 1].lowercased)
          && !tokens[index + 1].has(.roleHead) && !tokens[index + 1].has(.honorific)
      {
        // "Department of Foreign Affairs and Trade": a portfolio's second part, a title's word too.
        index += 1
      } else if ["of", "to"].contains(token.text), end != nil, Self.chainingHeads.contains(tokens[head - 1].lowercased),
        index + 1 < limit, tokens[index + 1].isCapitalised || tokens[index + 1].text == "the"
      {
        // "Ministry of Foreign Affairs of Lithuania", "Permanent Mission of the Russian Federation to the OSCE".
        index += tokens[index + 1].text == "the" ? 2 : 1
      } else {
        break
      }
    }
    return end
  }

  private static func kind(of entry: GazetteerEntry) -> EntityKind {
    switch entry.kind {
    case .country, .place: return .place
    case .organization: return .organization
    case .outlet: return .outlet
    }
  }

  static func candidate(
    _ tokens: [Token], _ range: Range<Int>, kind: EntityKind, canonical: String?, country: String?
  ) -> NameCandidate {
    var start = range.lowerBound
    if kind != .person, tokens[start].lowercased == "the", range.count > 1 { start += 1 }
    let words = tokens[start..<range.upperBound]
    let text = words.map(\.text).joined(separator: " ")
    return NameCandidate(
      kind: kind, tokens: start..<range.upperBound,
      byteRange: tokens[start].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound,
      text: text, canonical: canonical, role: nil, affiliation: canonical.flatMap { _ in country }, country: country,
      gender: nil, isInQuote: tokens[start].quote != nil, needsConfirmation: false, sentence: tokens[start].sentence)
  }

  struct Title {
    var text: String
    var affiliation: String?
    var country: String?
  }

  /// The title written right before a name ("Kremlin spokesman", "U.S. Deputy Secretary of State",
  /// "Sweden’s prime minister"), its country or organisation, and the gender an honorific gives.
  static func titleBefore(_ tokens: [Token], _ nameStart: Int) -> (Title?, Gender?) {
    var start = nameStart
    var gender: Gender?
    var bracketed: Range<Int>?
    while start > 0, nameStart - start < 9 {
      if bracketed == nil, let shortForm = bracketedShortForm(tokens, before: start) {
        bracketed = shortForm
        start = shortForm.lowerBound
        continue
      }
      let token = tokens[start - 1]
      guard token.isWord, token.quote == tokens[nameStart].quote, token.sentence == tokens[nameStart].sentence
      else { break }
      let lower = token.lowercased
      let isTitle = token.has(.roleWords) || token.isCapitalised || token.text == "'s"
        || (["of", "for", "at", "to", "the", "on", "and"].contains(lower) && start - 1 > 0 && nameStart - start > 0)
      guard isTitle, !token.has(.calendarWords) else { break }
      // "Sen. Walter Brisbane and Democrat Katharine Oduya": "and" joins a portfolio's parts ("Trade and
      // Industry"), not a name to the title of the next.
      if lower == "and", start - 2 >= 0, !tokens[start - 2].has(.roleWords) { break }
      // "US President": an acronym that spells a function word ("us", "it") is no function word.
      let isAcronym = token.text.utf8.count >= 2 && !hasLowercase(token.text)
      // "New York City Mayor": a capitalised function word that opens a known place stays in the title
      // (looked up last, for the few words that reach it).
      // "Minister of State at the Department of Finance": "the" after a preposition inside the title.
      let articleInTitle = lower == "the" && start - 2 >= 0 && ["of", "for", "at", "to", "on"].contains(tokens[start - 2].lowercased)
        && tokens[start].isCapitalised && tokens[start].has(.organizationHeads)
      if token.has(.functionWords), !token.has(.roleWords), !isAcronym, !articleInTitle,
        !["of", "for", "at", "to", "on", "and"].contains(lower),
        !(token.isCapitalised && gazetteerMatch(tokens, from: start - 1, limit: nameStart) != nil)
      {
        break
      }
      // "Miss Marsh's father Stephen": an honorific before a possessive is the possessor's, not the person's.
      let isPossessor = tokens[start..<nameStart].contains { $0.text == "'s" }
      if token.has(.maleHonorifics), !isPossessor { gender = .male }
      if token.has(.femaleHonorifics), !isPossessor { gender = .female }
      start -= 1
    }
    while start < nameStart, ["of", "for", "at", "to", "the", "on", "'s", "and"].contains(tokens[start].lowercased) {
      start += 1
    }
    // "a spokeswoman for Ms Lee": the title is the spokeswoman's, not that of the one she speaks for.
    start = spokenForStart(tokens, start..<nameStart) ?? start
    guard start < nameStart else { return (nil, gender) }
    let words = tokens[start..<nameStart]
    let onlyHonorifics = words.allSatisfy {
      $0.has(.maleHonorifics) || $0.has(.femaleHonorifics) || ["dr", "dr."].contains($0.lowercased)
    }
    // "Justice Ann Lee", and "Chief Justice of India Ann Lee", where the office is of two such words.
    let headsAlone = words.last.map { Gazetteer.titlesRightBeforeName.contains($0.lowercased) } ?? false
      || words.count >= 2 && words.prefix(2).allSatisfy { Gazetteer.titlesRightBeforeName.contains($0.lowercased) }
    if onlyHonorifics || !headsAlone && !words.contains(where: { $0.has(.roleHead) }) { return (nil, gender) }
    // "Second Minister for Trade and Industry Mr Lim": the honorific is the name's, not the title's.
    var end = nameStart
    while end > start + 1, tokens[end - 1].has(.honorific) { end -= 1 }
    let text = titleText(tokens, start..<end, skipping: bracketed)
    let (affiliation, country) = affiliation(of: Array(words))
    return (Title(text: text, affiliation: affiliation, country: country), gender)
  }

  /// "Chief Justice of Pakistan (CJP) Justice …": the short form in brackets a title defines, ending at `start`.
  private static func bracketedShortForm(_ tokens: [Token], before start: Int) -> Range<Int>? {
    guard start >= 4, tokens[start - 1].isPunctuation(")"), tokens[start - 3].isPunctuation("("),
      isAcronym(tokens[start - 2].text), tokens[start - 4].isWord, tokens[start - 4].isCapitalised
    else { return nil }
    return (start - 3)..<start
  }

  /// A title's words as written, "’s" joined to the word before, without a short form in brackets.
  private static func titleText(_ tokens: [Token], _ range: Range<Int>, skipping bracketed: Range<Int>?) -> String {
    var text = ""
    for (index, token) in zip(range, tokens[range]) where !(bracketed?.contains(index) ?? false) {
      if !text.isEmpty, token.text != "'s" { text += " " }
      text += token.text == "'s" ? "’s" : token.text
    }
    return text
  }

  /// A title set off by commas right after a name ("Anna Lane, U.S. undersecretary of state, told"):
  /// a short phrase that holds a role word.
  static func appositiveTitle(_ tokens: [Token], after nameEnd: Int) -> Title? {
    guard nameEnd < tokens.count, tokens[nameEnd].isPunctuation(",") else { return nil }
    var index = nameEnd + 1
    var hasRole = false
    while index < tokens.count, index - nameEnd <= 12,
      tokens[index].isWord || tokens[index].text == "'s" || joinsCapitalisedWords(tokens, index)
    {
      if tokens[index].has(.roleWords) { hasRole = true }
      if ["who", "which", "that", "said", "says", "whose", "whom"].contains(tokens[index].text) { return nil }
      index += 1
    }
    let phrase = tokens[(nameEnd + 1)..<index]
    let head = phrase.firstIndex { ["of", "for", "at", "to", "in", "with", "on", "from"].contains($0.text) }
      .map { $0 - 1 } ?? index - 1
    // "a Republican", "a veteran lawmaker": a party or a description heads a title too.
    let headsTitle = tokens[head].has(.roleHead) || SpeakerAttributor.descriptionHeads.contains(tokens[head].lowercased)
    guard hasRole || headsTitle, index > nameEnd + 1, index < tokens.count, head > nameEnd, headsTitle,
      tokens[index].isPunctuation(",") || tokens[index].isPunctuation(".") || tokens[index].isPunctuation("(")
    else { return nil }
    var words = Array(tokens[(nameEnd + 1)..<index])
    if let first = words.first, ["the", "a", "an"].contains(first.lowercased) { words.removeFirst() }
    guard !words.isEmpty else { return nil }
    let text = words.map(\.text).joined(separator: " ").replacingOccurrences(of: " 's", with: "’s")
      .replacingOccurrences(of: " – ", with: "–").replacingOccurrences(of: " - ", with: "-")
    let (affiliation, country) = affiliation(of: words)
    return Title(text: text, affiliation: affiliation, country: country)
  }

  /// "MP for Kamloops–Shuswap Valley": a dash between two capitalised words, inside one name of a place.
  private static func joinsCapitalisedWords(_ tokens: [Token], _ index: Int) -> Bool {
    index >= 1 && index + 1 < tokens.count && ["–", "-"].contains(tokens[index].text)
      && tokens[index - 1].isWord && tokens[index - 1].isCapitalised
      && tokens[index + 1].isWord && tokens[index + 1].isCapitalised
  }

  /// The country a title names (by demonym, country name or an organisation's country), else the organisation.
  static func affiliation(of words: [Token]) -> (String?, String?) {
    var organization: String?
    var index = 0
    while index < words.count {
      if let country = Gazetteer.country(ofDemonym: words[index].text) { return (country, country) }
      var matched = false
      // No entry starts with a word that begins no name.
      let mayStartName = Gazetteer.beginsName(phrase: words[index].text, lowercased: words[index].lowercased)
      for length in stride(from: min(Gazetteer.longestNameWords, words.count - index), through: 1, by: -1)
      where mayStartName {
        guard let entry = Gazetteer.entry(words: words[index..<index + length].map(\.text)) else { continue }
        if let country = entry.country { return (country, country) }
        if entry.kind == .organization, organization == nil { organization = entry.canonical }
        index += length
        matched = true
        break
      }
      if !matched { index += 1 }
    }
    return (organization, nil)
  }
}
