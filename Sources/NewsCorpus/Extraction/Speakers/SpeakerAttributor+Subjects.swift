/// The kinds of subject a cue can have: descriptions, participles, appositives, titled names, records.
extension SpeakerAttributor {
  /// Words that describe a person already named, after "the" ("the Alaska Republican", "the
  /// 62-year-old", "the veteran lawmaker", "the boy"): they refer back as a pronoun does.
  static let descriptionHeads: WordSet = [
    "republican", "democrat", "conservative", "liberal", "socialist", "tory", "progressive", "moderate",
    "lawmaker", "legislator", "politician", "incumbent", "challenger", "veteran", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "grandmother", "grandfather", "retiree", "youngster", "teenager", "teen",
    "boy", "girl", "man", "woman", "child", "schoolboy", "schoolgirl", "batter", "batsman", "bowler", "scientist",
    "academic", "victim", "survivor", "witness", "driver", "mother", "father", "son", "daughter", "widow",
    "pensioner", "student", "mum", "dad", "fan", "farmer", "owner", "singer", "actor", "actress", "star",
    "champion", "winner", "finalist", "favourite", "favorite", "underdog", "debutant", "rookie", "newcomer", "runner-up",
  ]

  static func descriptionGender(_ word: String) -> Gender? {
    switch kinHead(word) ?? word {
    case "businessman", "grandfather", "boy", "man", "schoolboy", "father", "son", "dad", "actor": return .male
    case "businesswoman", "grandmother", "girl", "woman", "schoolgirl", "mother", "daughter", "widow", "mum",
      "actress":
      return .female
    default: return nil
    }
  }

  /// Whether a word heads a description of a person: one of `descriptionHeads`, an age ("27-year-old")
  /// or a profession in "-ologist"/"-ist" ("the microbial ecologist", "the economist").
  static func isDescriptionHead(_ word: String) -> Bool {
    descriptionHeads.contains(word) || word.hasSuffix("-year-old") || word.hasSuffix("ologist")
      || (word.count >= 7 && word.hasSuffix("ist")) || kinHead(word) != nil
  }

  /// The description word inside a hyphenated one: "great-grandmother" → "grandmother", "mother-of-two"
  /// → "mother", "dad-of-three" → "dad".
  static func kinHead(_ word: String) -> String? {
    guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
    let parts = word.split(separator: "-").map(String.init)
    if parts.first == "great", let last = parts.last, descriptionHeads.contains(last) { return last }
    if parts.count >= 3, parts[1] == "of", let first = parts.first, descriptionHeads.contains(first) { return first }
    return nil
  }

  /// "the Alaska Republican said", "the 62-year-old said", "the star batter lamented": a definite
  /// description of a person ending at `index`, with at most three words between it and "the", read
  /// as a title its bearer holds, else as a pronoun of the gender the word says.
  func definiteDescription(endingAt index: Int, lower: Int) -> Subject? {
    let word = tokens[index].lowercased
    guard tokens[index].isWord, isOutside(index), Self.isDescriptionHead(word) else { return nil }
    var back = index - 1
    while back >= lower, index - back <= 4, isOutside(back) {
      let lowered = tokens[back].lowercased
      if lowered == "the" { return .role(word, index) }
      guard tokens[back].isWord, !tokens[back].has(.functionWords) || ["former", "veteran", "longtime"].contains(lowered),
        !tokens[back].has(.speechVerb), !tokens[back].has(.verbModifiers)
      else { return nil }
      back -= 1
    }
    return nil
  }

  static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"]

  /// The speaker of a participle with no comma before it: the person named right before it ("footage of
  /// Jane Doe saying"), else the main clause's subject ("posted a video on Friday saying", "began by
  /// asking"). A progressive ("she is saying") and a participle after a comma take the usual path.
  func participleSubject(_ verbIndex: Int, lower: Int) -> Subject? {
    let verb = tokens[verbIndex].lowercased
    let previous = verbIndex - 1
    guard verb.hasSuffix("ing"), verb != "according", previous >= lower, tokens[previous].isWord, isOutside(previous),
      !tokens[previous].has(.beForms)
    else { return nil }
    if let subject = subjectAfterOpeningClause(verbIndex) { return subject }
    if personNameEnds.contains(previous), let name = nameEndingAt[previous],
      name.lowerBound <= lower || tokens[name.lowerBound - 1].lowercased == "of"
        || !tokens[name.lowerBound - 1].has(.prepositions)
    {
      return .name(name)
    }
    if tokens[previous].isCapitalised, nameEndingAt[previous] != nil { return nil }
    if !tokens[previous].isCapitalised, tokens[previous].has(.relationWords) || tokens[previous].has(.anonymousSourceHeads) {
      return .unnamed  // "She remembers her mother saying": the mother, whom the text does not name
    }
    if let described = titleAfterWith(previous, lower: lower) { return described }
    let subject = clauseSubject(before: verbIndex, lower: lower)
    if case .name(let name)? = subject, tentativePersonEnds.contains(name.upperBound - 1) { return nil }
    return subject
  }

  /// "…, with a judge describing his conduct as": the title right before a participle after "with" is its
  /// subject: someone the text names later ("a judge"), or the title's holder ("the minister").
  private func titleAfterWith(_ title: Int, lower: Int) -> Subject? {
    guard !tokens[title].isCapitalised, tokens[title].has(.roleWords), title - 2 >= lower else { return nil }
    var determiner = title - 1
    while determiner > lower, title - determiner < 3, tokens[determiner].isWord, !tokens[determiner].isCapitalised,
      !["a", "an", "the"].contains(tokens[determiner].lowercased)
    {
      determiner -= 1
    }
    guard determiner - 1 >= lower, tokens[determiner - 1].lowercased == "with" else { return nil }
    switch tokens[determiner].lowercased {
    case "a", "an": return .described(title)
    case "the": return .role(tokens[title].lowercased, title)
    default: return nil
    }
  }

  /// "delivered a defense of “city values,” saying": a participle right after words in marks hangs on the
  /// clause before them, as it would after a comma; its subject is that clause's person or pronoun.
  func participleAfterMarks(_ verbIndex: Int, lower: Int) -> Subject? {
    let verb = tokens[verbIndex].lowercased
    guard verb.hasSuffix("ing"), verb != "according", verbIndex - 1 > lower, tokens[verbIndex - 1].kind == .mark
    else { return nil }
    var open = verbIndex - 1
    while open > lower, !isOutside(open) { open -= 1 }
    guard open > lower || isOutside(open) else { return nil }
    // The clause starts after a dateline's dash ("LA CROSSE, Wis. — Gov. Ann Lee on Thursday …").
    let clauseStart = (lower..<open).last(where: { isOutside($0) && isDash($0) }).map { $0 + 1 } ?? lower
    switch clauseSubject(before: open + 1, lower: clauseStart) {
    case .name(let name)? where isPersonName(name): return .name(name)
    case let subject? where subject.isPronounOrDescription: return subject
    default: return nil
    }
  }

  /// Words that open a sentence with a participle clause ("After saying …, she was …").
  static let clauseOpeners: WordSet = ["after", "before", "while", "since", "when", "upon", "on", "by", "despite"]

  /// "After saying her foot was “so swollen,” she was …": a participle opening its sentence after
  /// "after", "while" and the like takes the subject of the main clause that follows its comma.
  /// A participle that opens the sentence itself ("Acknowledging that Lee “says a lot,” though, Park did
  /// suggest") does the same.
  func subjectAfterOpeningClause(_ verbIndex: Int) -> Subject? {
    let opener = verbIndex - 1
    let sentence = layout.sentence(of: verbIndex, in: tokens)
    let opensItself =
      verbIndex == sentence.lowerBound && tokens[verbIndex].lowercased.hasSuffix("ing")
      && tokens[verbIndex].lowercased != "according"
    guard opensItself || opener == sentence.lowerBound && Self.clauseOpeners.contains(tokens[opener].lowercased)
    else { return nil }
    var index = verbIndex + 1
    while index < sentence.upperBound, index - verbIndex < Self.cueReach {
      defer { index += 1 }
      guard isOutside(index), tokens[index].isPunctuation(",") || tokens[index - 1].kind == .mark && tokens[index].isWord
      else { continue }
      let head = tokens[index].isPunctuation(",") ? index + 1 : index
      guard head < sentence.upperBound, isOutside(head) else { continue }
      let word = tokens[head].lowercased
      if word == "though" || word == "however" { continue }  // "…,” though, Park did suggest"
      if word == "he" { return .pronoun(head, .male) }
      if word == "she" { return .pronoun(head, .female) }
      if let name = nameStartingAt[head], personNameEnds.contains(name.upperBound - 1) { return .name(name) }
      return nil
    }
    return nil
  }

  /// The speech verb a coordinated one shares its subject with ("PolitiFact claimed … and concluded").
  func earlierVerb(before index: Int, lower: Int) -> Int? {
    var scan = index - 1
    while scan >= max(lower, index - Self.cueReach), tokens[scan].sentence == tokens[index].sentence {
      if isOutside(scan), speechVerb(at: scan) != nil { return scan }
      // "When the boy said “…”, Anwar smiled and told": a clause of its own before the comma. Not a partial
      // quotation the conjunction follows ("said the figures were “deeply worrying” but urged").
      let isPartialBefore = tokens[scan].kind == .mark && scan + 1 < tokens.count && tokens[scan + 1].isWord
        && !tokens[scan + 1].isCapitalised
      if tokens[scan].kind == .mark && !isPartialBefore || tokens[scan].isPunctuation(",") { return nil }
      scan -= 1
    }
    return nil
  }

  /// `NAME, a spokeswoman for X, said`: the name before the comma that opens the appositive. Through
  /// a chain of them (`NAME, president of X, which represents Y, said`) to the first person's name;
  /// failing one, the name before the nearest comma.
  func appositiveSubject(commaAt comma: Int, lower: Int) -> Subject? {
    var index = comma - 1
    var nearest: Subject?
    while index >= lower, comma - index < 40 {
      let token = tokens[index]
      guard isOutside(index) else {
        // "Bill Dean, wearing “Vote Lee” pins, said": a few words in marks inside the appositive.
        guard let before = shortQuotedRun(endingAt: index, lower: lower) else { break }
        index = before
        continue
      }
      if token.isPunctuation(",") {
        // "Rep. Ann Lee (D-Md.), chair of the committee, said": past a party in parentheses to the name, unless
        // the name is a preposition's object ("who worked for Sen. Ed Lamar (R-Tenn.), one of …").
        let end = endBeforeParenthesis(index - 1, lower: lower)
        var found = nameOrNil(endingAt: end, lower: lower)
        if end != index - 1, case .name(let range)? = found, followsPreposition(range) { found = nil }
        if case .name(let range)? = found {
          if isPersonName(range) { return found }
          // "Sen. Ann Lee of Alaska, who …, said": the person a place or organisation phrase follows.
          if range.lowerBound - 1 > lower, tokens[range.lowerBound - 1].has(.prepositions),
            let person = nameEndingAt[range.lowerBound - 2], isPersonName(person)
          {
            return .name(person)
          }
        }
        if nearest == nil { nearest = found ?? .unnamed }
      }
      if token.kind == .punctuation, [";", "!", "?"].contains(token.text) { break }
      if token.sentence != tokens[comma].sentence { break }
      index -= 1
    }
    return nearest == .unnamed ? nil : nearest
  }

  /// The subject of the main clause a participle (", adding that …") hangs on: its first name or pronoun.
  func clauseSubject(before comma: Int, lower: Int) -> Subject? {
    var index = max(lower, comma - Self.cueReach)
    while index < comma {
      guard isOutside(index) else {
        index += 1
        continue
      }
      if let name = nameStartingAt[index], name.upperBound < comma, name.lowerBound > lower,
        tokens[name.lowerBound - 1].lowercased == "the", tokens[name.upperBound].has(.roleHead)
      {
        return .role(tokens[name.upperBound].lowercased, name.upperBound)  // "The Galway senator spoke …, saying"
      }
      // Not a person in a phrase of a preposition ("classes in Old Rajinder Nagar, asking") or in brackets.
      if let name = nameStartingAt[index], name.upperBound <= comma, personNameEnds.contains(name.upperBound - 1),
        !isInPrepositionalPhrase(name, lower: lower), name.lowerBound == 0 || !tokens[name.lowerBound - 1].isPunctuation("(")
      {
        if isSpokenFor(name, lower: lower) { return .unnamed }  // "a spokesman for Ann Lee could only quip:"
        if let relation = possessedRelation(after: name, before: comma) { return relation }
        if let person = personAfterTitleOf(name, before: comma) { return .name(person) }
        return .name(titledName(after: name, before: comma) ?? name)
      }
      let lower_ = tokens[index].lowercased
      if lower_ == "he" { return .pronoun(index, .male) }
      if lower_ == "she" { return .pronoun(index, .female) }
      if Self.isDescriptionHead(tokens[index].lowercased), let description = definiteDescription(endingAt: index, lower: lower),
        index + 1 < comma, !Self.isDescriptionHead(tokens[index + 1].lowercased),
        !(nameStartingAt[index + 1].map { personNameEnds.contains($0.upperBound - 1) } ?? false)
      {
        // "The boy obliged and asked:", not "The Slate columnist Dana Roe went so far as to say:"
        return description
      }
      if tokens[index].has(.roleHead) || tokens[index].has(.relationWords), index > lower,
        tokens[index - 1].lowercased == "the"
      {
        var head = index
        while head + 1 < comma, tokens[head + 1].has(.roleHead) { head += 1 }
        return .role(tokens[head].lowercased, head)
      }
      index += 1
    }
    return nil
  }

  /// "The traditional ruler of Aba-Oje, Oba Ganiyu Adisa, …": after a title and "of", the place is what the
  /// title is of; the person is the name set off by the comma after it, past an honorific or title.
  private func personAfterTitleOf(_ name: Range<Int>, before limit: Int) -> Range<Int>? {
    let title = name.lowerBound - 2
    guard title >= 0, tokens[name.lowerBound - 1].lowercased == "of",
      tokens[title].has(.roleWords) || tokens[title].isWord && !tokens[title].isCapitalised && !tokens[title].has(.functionWords),
      name.upperBound + 1 < limit, tokens[name.upperBound].isPunctuation(",")
    else { return nil }
    var index = name.upperBound + 1
    while index < limit, index - name.upperBound <= 3, nameStartingAt[index] == nil, tokens[index].isWord,
      tokens[index].has(.roleWords) || tokens[index].has(.honorific)
    {
      index += 1
    }
    guard index < limit, let person = nameStartingAt[index], person.upperBound <= limit, personNameEnds.contains(person.upperBound - 1),
      person.upperBound == limit || tokens[person.upperBound].isPunctuation(",")
    else { return nil }
    return person
  }

  /// "in Old Rajinder Nagar": a preposition of place before the name, past capitalised words that open it
  /// and the names before it that "and" joins ("in Upper Bazar and Lalpur").
  private func isInPrepositionalPhrase(_ name: Range<Int>, lower: Int) -> Bool {
    var before = name.lowerBound - 1
    var joined = 0
    while before >= lower {
      var words = 0
      while before > lower, tokens[before].isWord, tokens[before].isCapitalised, words < 3 {
        before -= 1
        words += 1
      }
      guard before >= lower, tokens[before].isWord, ["and", "or"].contains(tokens[before].lowercased), joined < 2,
        before > lower, tokens[before - 1].isCapitalised
      else { break }
      before -= 1
      joined += 1
    }
    return before >= lower && tokens[before].isWord && Self.placePrepositions.contains(tokens[before].lowercased)
  }

  /// Prepositions of place: the name after one is where, never who ("with Trump yelling", "according to
  /// Kelly", "by Sanders" and "from Jones" name a speaker).
  static let placePrepositions: Set<String> = [
    "in", "at", "on", "near", "outside", "inside", "across", "around", "throughout", "into", "within", "towards", "toward",
  ]

  /// Whether a spokesperson speaks for the person named ("a spokeswoman for Ms Lee").
  func isSpokenFor(_ name: Range<Int>, lower: Int) -> Bool {
    let start = withTitle(name, lower: lower).lowerBound
    return start - 2 >= lower && tokens[start - 1].lowercased == "for"
      && Self.spokesWords.contains(tokens[start - 2].lowercased) && tokens[start - 2].lowercased != "statement"
  }

  /// "Harvey's mum described …": the person a possessive and a relation or title describe, not the
  /// possessor; nil when a name follows ("Dale's mother, June Pruitt", which `titledName` reads).
  func possessedRelation(after name: Range<Int>, before limit: Int) -> Subject? {
    let word = name.upperBound + 1
    guard word < limit, tokens[name.upperBound].text == "'s", tokens[word].isWord, !tokens[word].isCapitalised,
      tokens[word].has(.relationWords) || tokens[word].has(.roleHead),
      nameStartingAt[word + 1] == nil, !(word + 1 < limit && tokens[word + 1].isPunctuation(","))
    else { return nil }
    return .role(tokens[word].lowercased, word)
  }

  /// "Smith campaign manager Ann Lee", "Millbrook resident Dana Welt": the person a name and a title
  /// (or one descriptive noun right before her name) describe.
  func titledName(after modifier: Range<Int>, before limit: Int) -> Range<Int>? {
    var index = modifier.upperBound
    if index < limit, ["'s", "’s"].contains(tokens[index].text) { index += 1 }  // "Coastline's chief executive"
    let titleStart = index
    // "PTI's central information secretary Nighat Kardar": words that describe the title, then the title.
    var holdsTitle = false
    // "Dunmore's Municipal Affairs minister, Carla Bertucci": a portfolio's name inside the title.
    var portfolioEnd = index
    while portfolioEnd < limit, portfolioEnd - index < 4, tokens[portfolioEnd].isWord, tokens[portfolioEnd].isCapitalised,
      !personNameEnds.contains(portfolioEnd)
    {
      portfolioEnd += 1
    }
    if portfolioEnd > index, portfolioEnd < limit, tokens[portfolioEnd].has(.roleHead), !tokens[portfolioEnd].isCapitalised {
      index = portfolioEnd
    }
    while index < limit, index - titleStart < 5, tokens[index].isWord, nameStartingAt[index] == nil,
      tokens[index].has(.roleWords) || tokens[index].has(.relationWords) || isDescriptorNoun(index)
    {
      if tokens[index].has(.roleWords) || tokens[index].has(.relationWords) || nameStartingAt[index + 1] != nil {
        holdsTitle = true
      }
      index += 1
    }
    if index > titleStart, index < limit, tokens[index].isPunctuation(",") { index += 1 }
    guard holdsTitle, index > titleStart, index < limit, let name = nameStartingAt[index], name.upperBound <= limit,
      personNameEnds.contains(name.upperBound - 1)
    else { return nil }
    return name
  }

  /// A lowercase word that can describe the person named after it ("resident", "ally", "co-host"):
  /// no function word, verb, adverb or plural, by its table and its ending.
  func isDescriptorNoun(_ index: Int) -> Bool {
    let token = tokens[index]
    let excluded: WordFlags = [
      .functionWords, .prepositions, .verbModifiers, .calendarWords, .speechVerb, .beForms, .clauseBreaks,
      .sentenceAdverbs,
    ]
    let word = token.lowercased
    guard token.isWord, !token.isCapitalised, token.flags.isDisjoint(with: excluded),
      word.utf8.allSatisfy({ (0x61...0x7A).contains($0) || $0 == 0x2D })
    else { return false }
    return !["ed", "ing", "s"].contains { word.hasSuffix($0) } && !(word.hasSuffix("ly") && word.count > 4)
  }

  /// "Rebecca Stahl of the research firm Quadrant Insight said": the person an organisation phrase
  /// after "of", "at" or "from" describes.
  func personBeforeAffiliation(_ name: Range<Int>, lower: Int) -> Range<Int>? {
    var index = name.lowerBound - 1
    while index > lower, name.lowerBound - index <= 5, tokens[index].isWord, !tokens[index].isCapitalised,
      !["of", "at", "from", "with"].contains(tokens[index].lowercased)
    {
      index -= 1
    }
    // "Chris Yelland, of EE Business Intelligence": a comma may stand between the person and "of".
    let end = index - 1 > lower && tokens[index - 1].isPunctuation(",") ? index - 2 : index - 1
    guard index > lower, index < name.lowerBound, ["of", "at", "from", "with"].contains(tokens[index].lowercased),
      let person = nameEndingAt[end], isPersonName(person)
    else { return nil }
    return person
  }

  func nameOrNil(endingAt index: Int, lower: Int) -> Subject? {
    guard index >= lower, isOutside(index) else { return nil }
    if let name = nameEndingAt[index] { return .name(name) }
    let token = tokens[index]
    if NameFinder.isHyphenatedDescription(token) { return .described(index) }  // "Mother-of-two, 38, reveals"
    if token.isWord, token.isCapitalised, !token.has(.titleWord), !NameFinder.isAdverb(tokens, index) { return .name(index..<(index + 1)) }
    return nil
  }

  /// The name a run of capitalised words and titles starting at `start` ends with, a person's if
  /// it holds one ("said European Council President Donald Tusk" → Donald Tusk).
  func nameInRun(from start: Int, limit: Int) -> Range<Int>? {
    var firstName: Range<Int>?
    var person: Range<Int>?
    var index = start
    while index <= limit, index - start < 10, tokens[index].isWord, isOutside(index),
      tokens[index].isCapitalised || tokens[index].hasAsWritten(.roleWords) || tokens[index].text == "of"
        || tokens[index].hasAsWritten(.nameParticles)
    {
      if let name = nameEndingAt[index], name.lowerBound >= start {
        if firstName == nil { firstName = name }
        // "said Patricia Morant of Cheyenne": a name after "of" is where the person is from, not another person.
        let isAffiliation = person != nil && name.lowerBound > start && tokens[name.lowerBound - 1].text == "of"
        if personNameEnds.contains(index), !isAffiliation { person = name }
      }
      index += 1
    }
    // A one-word name the document does not confirm gives way to a person named after a description.
    let isTentative = person.map { tentativePersonEnds.contains($0.upperBound - 1) } ?? true
    if isTentative, index > start, let described = personAfterDescription(from: index, limit: limit) {
      return described
    }
    return person ?? firstName
  }

  /// "said Idaho supplement executive Frank Vandermeer", "said Oversight ranking Democrat Ann Lee": after a
  /// place or an organisation, a few words that describe someone, then that person's name.
  private func personAfterDescription(from start: Int, limit: Int) -> Range<Int>? {
    var index = start
    while index <= limit, index - start < 5, tokens[index].isWord, isOutside(index) {
      if index > start, let name = nameStartingAt[index], personNameEnds.contains(name.upperBound - 1),
        !tentativePersonEnds.contains(name.upperBound - 1)
      {
        return name
      }
      let token = tokens[index]
      // Lowercase words, or a capitalised title or party word ("ranking Democrat").
      guard !token.isCapitalised || token.has(.roleWords), !token.has(.functionWords), !token.has(.prepositions),
        !token.has(.speechVerb)
      else { return nil }
      index += 1
    }
    return nil
  }

  /// Records that speak for whoever issued them: "a statement from the Foreign Ministry".
  static let documentHeads: WordSet = [
    "statement", "readout", "report", "release", "filing", "memo", "letter", "email", "transcript", "post",
    "tweet", "announcement", "communique", "communiqué",
  ]

  /// "according to a statement from the Russian Foreign Ministry", "said a spokesman for Harbour
  /// Transit": the name that issued the record, or that a spokesperson speaks for (a person's
  /// spokesperson is someone the text does not name).
  func documentSource(from start: Int, limit: Int) -> Subject? {
    var index = start
    if index <= limit, ["a", "an", "the"].contains(tokens[index].lowercased) { index += 1 }
    let isHead = { (word: String) in Self.documentHeads.contains(word) || Self.spokesWords.contains(word) }
    while index <= limit, index - start < 4, tokens[index].isWord, !tokens[index].isCapitalised,
      !isHead(tokens[index].lowercased)
    {
      index += 1
    }
    guard index + 1 <= limit, let prepositions = Self.recordPrepositions(tokens[index].lowercased),
      prepositions.contains(tokens[index + 1].lowercased)
    else { return nil }
    var nameStart = index + 2
    if nameStart <= limit, tokens[nameStart].lowercased == "the" { nameStart += 1 }
    guard nameStart <= limit, let name = nameInRun(from: nameStart, limit: limit) else { return nil }
    let isSpokesperson = !Self.documentHeads.contains(tokens[index].lowercased)
    return isSpokesperson && personNameEnds.contains(name.upperBound - 1) ? .unnamed : .name(name)
  }

  /// The prepositions after a record or a spokesperson that name whom it speaks for.
  static func recordPrepositions(_ head: String) -> Set<String>? {
    if documentHeads.contains(head) { return ["from", "by", "of", "issued"] }
    return spokesWords.contains(head) ? ["for", "from"] : nil
  }
}
