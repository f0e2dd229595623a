/// The subject of a speech verb, read leftwards from the verb.
///
/// Each reader below looks at the word the subject ends on and either decides (a subject, or
/// `.some(nil)` for none) or passes (`nil`) to the next, in the order `subjectBefore` calls them.
extension SpeakerAttributor {
  /// The subject of the verb at `verbIndex`, read leftwards: past auxiliaries and adverbs, a
  /// parenthesis, "who", an appositive between commas, to a name, a pronoun or an unnamed source.
  func subjectBefore(_ verbIndex: Int, lower: Int) -> Subject? {
    // "Nato says it is sending ships; UK foreign secretary says …": a semicolon ends the clause before.
    let lower = ((lower..<verbIndex).last { tokens[$0].isPunctuation(";") && isOutside($0) }).map { $0 + 1 } ?? lower
    if let agent = passiveAgent(verbIndex) { return agent }
    if let person = personBeforeUnclosedWho(verbIndex, lower: lower) { return .name(person) }
    if let subject = participleSubject(verbIndex, lower: lower) { return subject }
    if let subject = participleAfterMarks(verbIndex, lower: lower) { return subject }
    if let subject = infinitiveSubject(verbIndex, lower: lower) { return subject }
    if let subject = quotedPronounSubject(verbIndex, lower: lower) { return subject }
    guard let index = subjectEnd(before: verbIndex, lower: lower) else { return nil }
    // "US secretary of state says", "the head of state said": the title before "of state" is the subject.
    if index - 2 >= lower, tokens[index].lowercased == "state", tokens[index - 1].lowercased == "of",
      tokens[index - 2].has(.roleHead)
    {
      return roleSubject(index - 2, lower: lower) ?? .role(tokens[index - 2].lowercased, index - 2)
    }
    if let name = nameEndingAt[index], let titled = Optional(withTitle(name, lower: lower)),
      let preposition = prepositionBefore(titled, lower: lower),
      let source = sourceThrough(titled.lowerBound..<name.upperBound, preposition: preposition)
    {
      return source  // "a statement from the ministry said", "a spokeswoman for Ms Lee said"
    }
    if !personNameEnds.contains(index), let title = titleWithComplementSubject(index, lower: lower) { return title }
    if let decided = relativeSubject(index, lower: lower) { return decided }
    if let decided = prepositionalSubject(index, lower: lower) { return decided }
    if tokens[index].isPunctuation(",") { return commaSubject(index, verbIndex: verbIndex, lower: lower) }
    if let body = bodyLedBy(index, lower: lower) { return body }
    if let decided = wordSubject(index, lower: lower) { return decided }
    return roleSubject(index, lower: lower)
  }

  /// "a Bench headed by Chief Justice Rao and comprising Justices Lee and Khan said": the body a name ending the
  /// subject leads or makes up, named by a noun before "headed", "led", "chaired" or "comprising", is the subject.
  private func bodyLedBy(_ index: Int, lower: Int) -> Subject? {
    guard nameEndingAt[index] != nil else { return nil }
    var at = index - 1
    while at > lower, index - at < 30, isOutside(at), !tokens[at].has(.speechVerb), !tokens[at].isPunctuation(".") {
      if Self.bodyParticiples.contains(tokens[at].lowercased), tokens[at - 1].isWord,
        Gazetteer.organizationReferences.contains(tokens[at - 1].lowercased)
      {
        return .organizationNoun(at - 1)
      }
      at -= 1
    }
    return nil
  }

  private static let bodyParticiples: WordSet = ["headed", "led", "chaired", "comprising", "presided", "consisting"]

  /// "The Minister of State with responsibility for housing has said", "the head of one of England's busiest
  /// trusts has warned": a title opening the sentence (or the clause after a quotation) with phrases of "of",
  /// "with", "for" after it, and no verb, up to the speech verb, is one subject, the title's.
  private func titleWithComplementSubject(_ index: Int, lower: Int) -> Subject? {
    let sentenceStart = layout.sentence(of: index, in: tokens).lowerBound
    let start = max(sentenceStart, lower)
    // "Clerk of the Privy Council tells …", as a standfirst writes a title without its article.
    let isBare = start == sentenceStart && tokens[start].isCapitalised && tokens[start].has(.roleHead)
    guard index > start + 1, tokens[start].lowercased == "the" || isBare, index - start <= 12,
      let head = ((isBare ? start : start + 1)..<min(index, start + 4)).first(where: { tokens[$0].has(.roleHead) }),
      ((head + 1)...index).contains(where: { ["of", "with", "for"].contains(tokens[$0].text) }),
      // "Superintendent Gerard Fahy of Store Street Garda Station said": the person the title names speaks.
      !(start...index).contains(where: { personNameEnds.contains($0) }),
      ((head + 1)...index).allSatisfy({
        let isPossessive = $0 < index && ["'s", "’s"].contains(tokens[$0].text)  // "of England's busiest trusts"
        return tokens[$0].isWord && isOutside($0) && !tokens[$0].hasAsWritten(.speechVerb)
          && (isPossessive || !tokens[$0].has(.beForms))
          && !tokens[$0].lowercased.hasSuffix("ed")
      })
    else { return nil }
    return .role(tokens[head].lowercased, head)
  }

  /// "Katie Packer, who is chairman of Our Principles PAC said": a "who" clause whose closing comma was left
  /// out, right before the verb (no other punctuation or speech verb between), hangs on the person before it.
  private func personBeforeUnclosedWho(_ verbIndex: Int, lower: Int) -> Range<Int>? {
    // Words only back to "who"; the speech verbs between are looked up once it is found.
    var who = verbIndex - 1
    while who > lower, verbIndex - who <= 12, isOutside(who), tokens[who].isWord, tokens[who].lowercased != "who" {
      who -= 1
    }
    guard who - 2 >= lower, tokens[who].lowercased == "who", tokens[who - 1].isPunctuation(","),
      (who + 1..<verbIndex).allSatisfy({ speechVerb(at: $0) == nil }),
      case .name(let name)? = nameOrNil(endingAt: endBeforeParenthesis(who - 2, lower: lower), lower: lower),
      isPersonName(name)
    else { return nil }
    return name
  }

  /// "Rubio was asked by moderator Gerard Baker whether …": a passive speech verb's agent is its speaker.
  private func passiveAgent(_ verbIndex: Int) -> Subject? {
    guard verbIndex > 0, verbIndex + 2 < tokens.count, tokens[verbIndex - 1].has(.beForms),
      tokens[verbIndex + 1].lowercased == "by", isOutside(verbIndex + 1)
    else { return nil }
    var index = verbIndex + 2
    // Past a title in lowercase or capitals ("by Fox Business moderator Gerard Baker").
    while index < tokens.count, index - verbIndex < 8, tokens[index].isWord, isOutside(index) {
      if let name = nameStartingAt[index], personNameEnds.contains(name.upperBound - 1),
        !tentativePersonEnds.contains(name.upperBound - 1)
      {
        return .name(name)
      }
      if tokens[index].has(.functionWords) { return nil }
      index += 1
    }
    return nil
  }

  /// "It led James Dean, the route's managing director, to say", "urged Ann Lee to say": the person
  /// named last before "to", who is the one to speak.
  private func infinitiveSubject(_ verbIndex: Int, lower: Int) -> Subject? {
    guard verbIndex - 1 > lower, tokens[verbIndex - 1].lowercased == "to" else { return nil }
    var index = verbIndex - 2
    var fallback: Range<Int>?
    while index >= lower, verbIndex - index <= 16, isOutside(index), !tokens[index].isPunctuation(";") {
      if personNameEnds.contains(index), !tentativePersonEnds.contains(index), let name = nameEndingAt[index],
        index + 1 >= tokens.count || tokens[index + 1].text != "'s"
      {
        if likelyPersonEnds.contains(index) { return .name(name) }
        if fallback == nil { fallback = name }
      }
      if tokens[index].has(.speechVerb) || tokens[index].has(.malePronouns) || tokens[index].has(.femalePronouns) {
        break
      }
      index -= 1
    }
    return fallback.map { .name($0) }
  }

  /// "the agency quoted him as saying", "the statement quoted Tinubu as saying": the one a report quotes speaks,
  /// not the report, though the text names him by one word it confirms nowhere else.
  private func quotedPronounSubject(_ verbIndex: Int, lower: Int) -> Subject? {
    guard verbIndex - 3 >= lower, tokens[verbIndex].lowercased == "saying", tokens[verbIndex - 1].lowercased == "as",
      ["quoted", "quotes", "quoting", "cited", "cites", "citing"].contains(tokens[verbIndex - 3].lowercased)
    else { return nil }
    let pronoun = verbIndex - 2
    if let name = nameEndingAt[pronoun], name.lowerBound > verbIndex - 3 { return .name(name) }
    if tokens[pronoun].isWord, tokens[pronoun].isCapitalised, !tokens[pronoun].has(.functionWords) {
      return .name(pronoun..<(pronoun + 1))
    }
    switch tokens[pronoun].lowercased {
    case "him": return .pronoun(pronoun, .male)
    case "her": return .pronoun(pronoun, .female)
    case "them": return .groupPronoun(pronoun)
    default: return nil
    }
  }

  /// The token the subject ends on: before the verb, past auxiliaries and adverbs ("has also said"),
  /// a day ("on Monday"), "to" and the verb it completes ("declined to say"), a parenthesis.
  func subjectEnd(before verbIndex: Int, lower: Int) -> Int? {
    var index = verbIndex - 1
    func skipModifiers() {
      while index >= lower, tokens[index].isWord, !tokens[index].isCapitalised || index == lower,
        tokens[index].has(.verbModifiers) || isMannerAdverb(index, lower: lower)
      {
        index -= 1
      }
      // "Trump on Monday night told": back over the part of the day to the day.
      if index >= lower + 2, Self.partsOfDay.contains(tokens[index].lowercased), tokens[index - 1].has(.calendarWords) {
        index -= 1
      }
      if index >= lower + 1, tokens[index].isWord, tokens[index].has(.calendarWords),
        ["on", "last", "this"].contains(tokens[index - 1].lowercased)
      {
        index -= 2
      }
      if let on = dateAfterOn(endingAt: index, lower: lower) { index = on - 1 }
      if let medium = mediumPhraseStart(endingAt: index, lower: lower) { index = medium - 1 }
    }
    skipModifiers()
    if index >= lower, tokens[index].text == "to" {
      var back = index - 1
      while back >= lower, index - back <= 2, tokens[back].isWord, !tokens[back].isCapitalised,
        !tokens[back].hasAsWritten(.malePronouns), !tokens[back].hasAsWritten(.femalePronouns)
      {
        back -= 1
      }
      index = back
      skipModifiers()
    }
    guard index >= lower, isOutside(index) else { return nil }
    if tokens[index].isPunctuation(")") {
      var open = index - 1
      while open >= lower, !tokens[open].isPunctuation("("), index - open < 12 { open -= 1 }
      guard open > lower else { return nil }
      index = open - 1
    }
    if let open = dashAsideOpening(closedBy: index, lower: lower) { index = open - 1 }
    return index
  }

  /// "Kovalchuk on Jan. 20 urged", "… on 20 January told": the "on" of a date that ends at `end`, a month and a day.
  private func dateAfterOn(endingAt end: Int, lower: Int) -> Int? {
    func isDay(_ index: Int) -> Bool {
      index >= lower && tokens[index].text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        && Int(tokens[index].text).map { (1...31).contains($0) } == true
    }
    func isMonth(_ index: Int) -> Bool {
      guard index >= lower, tokens[index].isWord else { return false }
      let word = tokens[index].lowercased
      return Self.months.contains(word) || word.hasSuffix(".") && Self.months.contains(String(word.dropLast()))
    }
    var index = end
    if isDay(index) {
      index -= 1
      if index >= lower, tokens[index].isPunctuation(".") { index -= 1 }
      guard isMonth(index) else { return nil }
    } else if isDay(index - 1), isMonth(index) {
      index -= 1
    } else {
      return nil
    }
    index -= 1
    return index >= lower && tokens[index].lowercased == "on" ? index : nil
  }

  /// "Ms Nkansah in a statement described", "Lee in a written statement said": the "in" of a phrase naming the
  /// medium of the words, between the subject and its verb.
  private func mediumPhraseStart(endingAt end: Int, lower: Int) -> Int? {
    guard end - 2 >= lower, Self.media.contains(tokens[end].lowercased) else { return nil }
    var index = end - 1
    if !["a", "an"].contains(tokens[index].lowercased), tokens[index].isWord, !tokens[index].isCapitalised { index -= 1 }
    guard index - 1 >= lower, ["a", "an"].contains(tokens[index].lowercased), tokens[index - 1].lowercased == "in" else {
      return nil
    }
    return index - 1
  }

  private static let media: WordSet = [
    "statement", "interview", "post", "tweet", "letter", "email", "e-mail", "release", "video", "message", "note",
  ]

  private static let months: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// "Greens MSP Ross McAllister – no relation – said": the dash opening a short aside in lowercase words,
  /// closed by the dash at `index` right before the verb, when a person's name ends before it.
  private func dashAsideOpening(closedBy index: Int, lower: Int) -> Int? {
    guard isDash(index), index - 2 > lower else { return nil }
    var open = index - 1
    // "— Delia's aunt —": a possessive name inside the aside too.
    func isAsideWord(_ at: Int) -> Bool {
      tokens[at].text == "'s" || tokens[at].isWord && (!tokens[at].isCapitalised || tokens[at + 1].text == "'s")
    }
    while open > lower, index - open <= 6, isAsideWord(open), speechVerb(at: open) == nil {
      open -= 1
    }
    guard open > lower, open < index - 1, isDash(open), let name = nameEndingAt[open - 1], isPersonName(name)
    else { return nil }
    return open
  }

  /// Whether a name opens the clause that starts at `clauseStart`, past a conjunction and a title ("as
  /// Democrat Ann Lee campaigned"), and a verb follows it: the clause's subject, not an object in it.
  private func opensClause(_ name: Range<Int>, clauseStart: Int) -> Bool {
    guard name.lowerBound - clauseStart <= 2, name.upperBound < tokens.count else { return false }
    let next = tokens[name.upperBound]
    return next.isWord && !next.isCapitalised && !next.has(.functionWords)
  }

  /// "Trump bemoaned the unrest and said …", "Lee backed Park but now said …": the subject the coordinated
  /// verbs share; nil for none (a decision: no other reader is asked).
  private func coordinatedSubject(_ index: Int, lower: Int) -> Subject? {
    if let earlier = earlierVerb(before: index, lower: lower) {
      // Past a partial quotation, a verb with no subject of its own ("having called it a “rite of passage”
      // and warned") leaves the clause's subject to find.
      let subject = subjectBefore(earlier, lower: lower)
      if subject != nil || !(earlier..<index).contains(where: { tokens[$0].kind == .mark }) { return subject }
    }
    // The subject of the clause "and" is in: past a comma or marks that close an earlier clause ("X told
    // them “…,” as Democrat Ann Lee campaigned and accused him"), else the sentence's first person.
    var clauseStart = index - 1
    while clauseStart > lower, !tokens[clauseStart - 1].isPunctuation(","), tokens[clauseStart - 1].kind != .mark {
      clauseStart -= 1
    }
    // "Pryce was furious …, when Okafor went down under a challenge, and called it": a subordinate clause
    // closed by the comma before "and" holds someone else; the verb is the sentence's subject's.
    let isSubordinate = tokens[index - 1].isPunctuation(",") && tokens[clauseStart].has(.clauseBreaks)
      && !["but", "which", "where"].contains(tokens[clauseStart].lowercased)
    let clause = isSubordinate ? nil : clauseSubject(before: index, lower: max(lower, clauseStart))
    if case .name(let name)? = clause, isPersonName(name), opensClause(name, clauseStart: max(lower, clauseStart)) {
      return .name(name)
    }
    let sentence = clauseSubject(before: index, lower: lower)
    if case .name(let name)? = sentence, isPersonName(name) { return .name(name) }
    switch clause {
    case .name(let name)? where isPersonName(name): return .name(name)
    case .pronoun(let at, let gender)?: return .pronoun(at, gender)
    case .role(let word, let at)?: return .role(word, at)
    default: break
    }
    switch sentence {
    case .pronoun(let at, let gender)?: return .pronoun(at, gender)
    case .role(let word, let at)?: return .role(word, at)  // "The boy obliged and asked:"
    default: break
    }
    return nil
  }

  /// "Lee backed Park but now said": "but" joining a verb that says when, not a noun ("had nothing but
  /// praise for").
  private func butJoinsPredicates(_ index: Int) -> Bool {
    guard index > 0, !Self.beforeButNotPredicate.contains(tokens[index - 1].lowercased) else { return false }
    var next = index + 1
    while next < tokens.count, tokens[next].has(.verbModifiers) { next += 1 }
    guard next < tokens.count else { return false }
    let verb = tokens[next].lowercased
    return verb.hasSuffix("ed") || verb.hasSuffix("s") || Self.irregularPastSpeech.contains(verb)
  }

  /// Words before "but" that make it "except" ("nothing but", "all but").
  static let beforeButNotPredicate: Set<String> = ["nothing", "anything", "everything", "all", "none", "not"]

  /// Speech verbs whose past form ends in neither "-ed" nor "-s".
  static let irregularPastSpeech: Set<String> = ["said", "told", "wrote", "spoke", "thought", "felt", "swore", "saw"]

  /// "Ann Lee, who was off-screen, loudly asked": a word in "-ly" between a subject and its verb, which no
  /// table of adverbs lists in full. Only after a comma, a name, a pronoun or another modifier, and never
  /// a noun in "-ly" ("the family said"), so that the head of a description is not read over.
  func isMannerAdverb(_ index: Int, lower: Int) -> Bool {
    let token = tokens[index]
    guard index > lower, token.isLowercaseAsWritten, token.text.utf8.count > 4, token.text.hasSuffix("ly"),
      !Gazetteer.wordsInLyNotAdverbs.contains(token.lowercased)
    else { return false }
    let previous = tokens[index - 1]
    return previous.isPunctuation(",") || nameEndingAt[index - 1] != nil || previous.has(.verbModifiers)
      || previous.has(.malePronouns) || previous.has(.femalePronouns)
  }

  /// The person of a cue that the comma at `comma` ends: "Nefzi said," or "said Nefzi,".
  private func cueClosedBy(comma: Int, lower: Int) -> Subject? {
    let before = comma - 1
    guard before > lower, isOutside(before) else { return nil }
    if tokens[before].has(.speechVerb), !tokens[before].text.hasSuffix("ing"),
      let name = nameEndingAt[before - 1], personNameEnds.contains(before - 1)
    {
      return .name(name)
    }
    if let name = nameEndingAt[before], personNameEnds.contains(before), name.lowerBound - 1 > lower,
      Self.invertingVerbs.contains(tokens[name.lowerBound - 1].lowercased)
    {
      return .name(name)
    }
    return nil
  }

  /// Verbs a speaker's name follows as their subject ("said Nefzi"); after others it is the object
  /// ("praised Trump", "attacked Romney").
  static let invertingVerbs: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "continued", "explained"]

  /// "Sen. Ann Lee (D-Mo.), who …": the token before a parenthesis that ends at `index`, else `index`.
  func endBeforeParenthesis(_ index: Int, lower: Int) -> Int {
    guard index > lower, tokens[index].isPunctuation(")") else { return index }
    var open = index - 1
    while open > lower, index - open < 12, !tokens[open].isPunctuation("(") { open -= 1 }
    return tokens[open].isPunctuation("(") ? open - 1 : index
  }

  /// Words after a day that name a time of it ("on Monday night", "on Tuesday morning").
  static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

  /// ", who said", "a letter … that says", "the Alaska Republican said", "Ann Lee of Acme said".
  private func relativeSubject(_ index: Int, lower: Int) -> Subject?? {
    let lowered = tokens[index].lowercased
    if ["who", "which"].contains(lowered), index - 1 >= lower, tokens[index - 1].isPunctuation(",") {
      return .some(nameOrNil(endingAt: index - 2, lower: lower))
    }
    if ["that", "which"].contains(lowered),
      (max(lower, index - 3)..<index).contains(where: { Self.documentHeads.contains(tokens[$0].lowercased) })
    {
      return .some(.unnamed)  // "a letter from his doctor that says": a record nobody is named as writing
    }
    if let description = definiteDescription(endingAt: index, lower: lower) { return .some(description) }
    if let name = nameEndingAt[index], let person = personBeforeAffiliation(name, lower: lower) {
      return .some(.name(person))
    }
    return nil
  }

  /// "Trump took to Twitter … to accuse": a name after a preposition is no subject; the clause's is.
  /// "a spokeswoman for CHI said": the organisation speaks through its spokeswoman.
  private func prepositionalSubject(_ index: Int, lower: Int) -> Subject?? {
    let token = tokens[index]
    guard let name = nameEndingAt[index] ?? (token.isWord && token.isCapitalised ? index..<(index + 1) : nil),
      let preposition = prepositionBefore(name, lower: lower)
    else { return nil }
    if preposition < name.lowerBound - 1 {
      // "in north Wales has described": a place inside a phrase, never the subject.
      return .some(clauseSubject(before: preposition, lower: lower))
    }
    if let subject = clauseSubject(before: name.lowerBound, lower: lower) { return .some(subject) }
    // "Little Acorns Day Nursery in Kettering said": an organisation right before a phrase of place.
    if preposition > lower, Self.placePrepositions.contains(tokens[preposition].lowercased),
      let owner = nameEndingAt[preposition - 1], !personNameEnds.contains(preposition - 1)
    {
      return .some(.name(owner))
    }
    return .some(nil)
  }

  /// Words for one who speaks for someone, and records that speak for their author, with the
  /// prepositions that name whom: "a spokeswoman for CHI", "a statement from the Education Ministry",
  /// "a tweet by Kent Police".
  static let speakingFor: [String: WordSet] = [
    "for": ["spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople", "spokesmen"],
    "by": ["statement", "tweet", "post", "letter", "release", "message", "notice", "note", "email"],
    "from": ["statement", "tweet", "post", "letter", "release", "message", "notice", "note", "email", "spokesman",
      "spokeswoman", "spokesperson"],
  ]

  /// A name with the honorific and title words right before it ("Ms Lee", "President Ruth Okafor").
  func withTitle(_ name: Range<Int>, lower: Int) -> Range<Int> {
    var start = name.lowerBound
    while start - 1 >= lower, name.lowerBound - start < 3, tokens[start - 1].isWord,
      tokens[start - 1].has(.honorific) || tokens[start - 1].has(.roleWords)
    {
      start -= 1
    }
    return start..<name.upperBound
  }

  /// The speaker behind a spokesperson or a record ("a statement from X said"): an organisation, or a
  /// person whose record it is; a person's spokesperson is someone the text does not name.
  private func sourceThrough(_ name: Range<Int>, preposition: Int) -> Subject? {
    guard preposition >= 1, let words = Self.speakingFor[tokens[preposition].lowercased],
      words.contains(tokens[preposition - 1].lowercased),
      (preposition + 1..<name.lowerBound).allSatisfy({ tokens[$0].lowercased == "the" })
    else { return nil }
    guard personNameEnds.contains(name.upperBound - 1) else { return .name(name) }
    let head = preposition - 1
    guard SpeakerAttributor.spokesWords.contains(tokens[head].lowercased), tokens[head].lowercased != "statement"
    else { return .name(name) }
    return spokespersonNamed(before: head).map { .name($0) } ?? .unnamed
  }

  /// "Doug Lee, a spokesman for Senator Ann Park told the Post": the spokesperson named before the
  /// comma that opens the appositive, though no comma closes it.
  private func spokespersonNamed(before head: Int) -> Range<Int>? {
    var index = head - 1
    while index >= 0, head - index <= 3, tokens[index].isWord, !tokens[index].isCapitalised { index -= 1 }
    guard index >= 1, index < head - 1, tokens[index].isPunctuation(","), let name = nameEndingAt[index - 1],
      personNameEnds.contains(index - 1)
    else { return nil }
    return name
  }

  /// The preposition a name is the object of: right before it, or before one or two lowercase
  /// modifiers ("in north Wales", "at the Royal Society").
  private func prepositionBefore(_ name: Range<Int>, lower: Int) -> Int? {
    var start = name.lowerBound
    // "of the Tsleil Creek Nation": back over capitalised words the name finder left out, to "the".
    while start - 1 >= lower, name.lowerBound - start < 4, tokens[start - 1].isWord, tokens[start - 1].isCapitalised,
      !personNameEnds.contains(start - 1), nameEndingAt[start - 1] == nil, !tokens[start - 1].has(.functionWords)
    {
      start -= 1
    }
    // "of Store Street Garda Station": straight to the preposition when the run ends in a word for a place or body.
    let endsInHead = tokens[name.upperBound - 1].has(.placeHeads) || tokens[name.upperBound - 1].has(.organizationHeads)
    if start < name.lowerBound, start - 1 >= lower, tokens[start - 1].lowercased != "the",
      !(endsInHead && ["of", "at", "from"].contains(tokens[start - 1].lowercased))
    {
      start = name.lowerBound
    }
    var index = start - 1
    while index >= lower, name.lowerBound - index <= 3 + (name.lowerBound - start), tokens[index].isWord,
      !tokens[index].isCapitalised
    {
      // "for what Newt Gingrich called": a wh-word makes the name the subject of its own clause.
      if ["what", "which", "whom", "who", "whose"].contains(tokens[index].lowercased) { return nil }
      if tokens[index].has(.prepositions) {
        // "Minister for the Presidency Nomvula X told": a title's portfolio, not a spokeswoman's principal.
        let isPortfolio =
          index - 1 >= lower && tokens[index - 1].isCapitalised && tokens[index - 1].has(.roleHead)
          && personNameEnds.contains(name.upperBound - 1)
        return isPortfolio ? nil : index
      }
      guard index == start - 1 || !tokens[index].has(.functionWords) || tokens[index].lowercased == "the",
        !tokens[index].has(.speechVerb), !tokens[index].has(.verbModifiers)
      else { return nil }
      index -= 1
    }
    return nil
  }

  /// A comma before the verb. ", saying …": the main clause's subject, never the object before the
  /// comma. `NAME, the president of the Royal Society, said`: the person the appositive describes,
  /// not a name inside it; a name before the comma stands on its own only when it is a person's or
  /// no appositive names one.
  private func commaSubject(_ index: Int, verbIndex: Int, lower: Int) -> Subject? {
    if tokens[verbIndex].text.hasSuffix("ing"), let cue = cueClosedBy(comma: index, lower: lower) {
      return cue  // "…, Nefzi said, adding": the participle goes on with the speaker of the cue before it
    }
    if tokens[verbIndex].text.hasSuffix("ing") {
      // "The ministry said … talks between Vesk and Halas, dismissing …": the subject of the speech verb
      // whose clause the comma closes, else the clause's first person.
      // Not an infinitive ("rejected speculation that her inability to speak French was a factor, calling"): it heads no clause.
      if let earlier = earlierVerb(before: index, lower: lower), !isNounAfterDeterminer(earlier, lower: lower),
        earlier == lower || tokens[earlier - 1].lowercased != "to", let subject = subjectBefore(earlier, lower: lower)
      {
        return subject
      }
      // "BRAMPTON, Ont. — A judge has jailed a man, calling …": the clause starts after a dateline's dash.
      if let datelineEnd = datelineEnd(from: lower, before: index) {
        return sentenceOpeningName(index, from: datelineEnd) ?? clauseSubject(before: index, lower: datelineEnd) ?? .unnamed
      }
      return clauseSubject(before: index, lower: lower) ?? sentenceOpeningName(index)
        ?? sentenceOpeningOrganizationNoun(index) ?? .unnamed
    }
    if let subject = relativeClauseSubject(closedBy: index, lower: lower) { return subject }
    // "Outside court, the 34-year-old, wearing a grey hoodie, said": the subject before a participle's aside.
    if let open = participialAside(closedBy: index, lower: lower), let subject = subjectBefore(open, lower: lower) {
      return subject
    }
    let near = nameOrNil(endingAt: postNominal(before: index, lower: lower) ?? index - 1, lower: lower)
    let appositive = appositiveSubject(commaAt: index, lower: lower)
    if let described = personBeforeRole(appositive, near: near, comma: index) { return described }
    if case .name(let range)? = near, isPersonName(range), !followsPreposition(range) { return near }
    if case .name(let range)? = appositive, isPersonName(range) { return appositive }
    // "A pharmacist at the Federal Medical Centre, Keffi, who …, said", "One driver, stuck outside
    // Penrith, said": an unnamed source, not the place.
    let sentence = layout.sentence(of: index, in: tokens)
    let opener = tokens[sentence.lowerBound + min(1, sentence.count - 1)]
    if sentence.count > 2, ["a", "an", "one"].contains(tokens[sentence.lowerBound].lowercased),
      opener.has(.anonymousSourceHeads) || opener.has(.roleWords) || opener.isWord && !opener.isCapitalised
    {
      return .unnamed
    }
    if case .name(let range)? = near, !isPersonName(range),
      prepositionBefore(range, lower: lower) != nil || opensWithPlacePhrase(before: index),
      let opening = sentenceOpeningRole(index)
    {
      return opening  // "The Democratic nominee, joined by Sen. Lee of Vermont, told": the nominee
    }
    // "The sheriff, a longtime supporter of the mayor, said": the title that opens the sentence.
    return near ?? appositive ?? sentenceOpeningRole(index)
  }

  /// "The mum-of-three, from Basildon, Essex, said": the phrase between the sentence's first comma and the
  /// one at `index` opens with a preposition, so the places in it are no subject.
  private func opensWithPlacePhrase(before index: Int) -> Bool {
    let sentence = layout.sentence(of: index, in: tokens)
    guard let comma = (sentence.lowerBound..<index).first(where: { tokens[$0].isPunctuation(",") }), comma + 1 < index
    else { return false }
    return ["from", "of", "in"].contains(tokens[comma + 1].lowercased)
  }

  /// The token after a dateline's dash ("SACRAMENTO, Calif. —") or colon ("NEW DELHI:"): the sentence opens with a
  /// word in capitals and a dash follows within its first eight tokens, or a colon right after words all in capitals.
  func datelineEnd(from lower: Int, before index: Int) -> Int? {
    let sentence = layout.sentence(of: index, in: tokens)
    let start = max(lower, sentence.lowerBound)
    guard start < index, tokens[start].isWord, !NameFinder.hasLowercase(tokens[start].text) else { return nil }
    if let dash = (start..<min(index, start + 8)).first(where: { isDash($0) }) { return dash + 1 }
    guard let colon = (start..<min(index, start + 5)).first(where: { tokens[$0].isPunctuation(":") }),
      (start..<colon).allSatisfy({ tokens[$0].isPunctuation(",") || tokens[$0].isWord && !NameFinder.hasLowercase(tokens[$0].text) })
    else { return nil }
    return colon + 1
  }

  /// "Counsel assisting, Dr Helena Vukovic SC, said", "Jane Roe MBE, …", "Chief Ade Obi (SAN), told": letters
  /// in capitals after a person's name, or a parenthesis, are the person's post-nominals; the name ends before them.
  private func postNominal(before index: Int, lower: Int) -> Int? {
    let beforeParenthesis = endBeforeParenthesis(index - 1, lower: lower)
    if beforeParenthesis < index - 1, personNameEnds.contains(beforeParenthesis) { return beforeParenthesis }
    guard index - 2 >= lower, personNameEnds.contains(index - 2), nameEndingAt[index - 1] == nil else { return nil }
    let letters = tokens[index - 1].text.utf8
    return (2...4).contains(letters.count) && letters.allSatisfy({ (0x41...0x5A).contains($0) }) ? index - 2 : nil
  }

  /// The subject before a relative clause the comma at `index` closes. "Ferriter, who scored after Dowling
  /// tripped McAlinden, said": the name before "who"; "Dr Lee of the University of Leeds, who …, said": the person
  /// before the affiliation; "The National Republican Senatorial Committee, which has reserved …, said": the
  /// organisation before "which", as is the one a spokesperson speaks for ("A spokesperson for Rochdale Borough
  /// Council, which manages the lake, said"); "Lydia Harcourt-Nwosu, co-founder of the group Delegates Unbound,
  /// which organized the push, said": what "which" follows is no person, so the person the sentence opens with;
  /// "The leader, who switched easily between French and English, said": the leader.
  private func relativeClauseSubject(closedBy index: Int, lower: Int) -> Subject? {
    if let name = personBeforeDashAside(closedBy: index, lower: lower) { return .name(name) }
    guard let who = relativeClauseOpening(closedBy: index, lower: lower) else { return nil }
    let isWhich = tokens[who].lowercased == "which"
    guard case .name(let range)? = nameOrNil(
      endingAt: endBeforeParenthesis(endBeforeAge(who - 2, lower: lower), lower: lower), lower: lower)
    else {
      return !isWhich && tokens[who - 2].has(.roleWords) ? roleSubject(who - 2, lower: lower) : nil
    }
    if isWhich && (opensSentence(range) || isSpokenFor(range, lower: lower)) || !isWhich && isPersonName(range) {
      return .name(range)
    }
    if isWhich, case .name(let opener)? = sentenceOpeningName(index), isPersonName(opener), opener != range {
      return .name(opener)
    }
    return personBeforeAffiliation(range, lower: lower).map { .name($0) }
  }

  /// "Jean-Guy Tremblay — no relation to the candidate — who is running in Vimont, said": the person before an
  /// aside between dashes that a "who" clause, closed by the comma at `index`, follows.
  private func personBeforeDashAside(closedBy index: Int, lower: Int) -> Range<Int>? {
    let from = max(lower + 3, index - 20)
    guard from < index, let who = (from..<index).last(where: { tokens[$0].lowercased == "who" && isOutside($0) }),
      isDash(who - 1), !(who + 1..<index).contains(where: { tokens[$0].isPunctuation(",") || speechVerb(at: $0) != nil })
    else { return nil }
    var open = who - 2
    while open > lower, who - open <= 12, !isDash(open), isOutside(open) { open -= 1 }
    guard open - 1 >= lower, isDash(open), let name = nameEndingAt[open - 1], isPersonName(name) else { return nil }
    return name
  }

  /// The comma that opens ", wearing a grey hoodie," or ", in the statement," closed by the comma at `index`:
  /// a participle that is no speech verb, or a preposition, right after it, and no name or mark inside.
  private func participialAside(closedBy index: Int, lower: Int) -> Int? {
    var open = index - 1
    while open > lower, index - open <= 8, tokens[open].isWord, nameEndingAt[open] == nil { open -= 1 }
    guard open > lower, open + 1 < index, tokens[open].isPunctuation(","), isOutside(open) else { return nil }
    let first = tokens[open + 1]
    // "The command, in the statement, urged": a phrase of a preposition set off by commas, too.
    if !first.isCapitalised, first.has(.prepositions), ["in", "on", "at", "during"].contains(first.lowercased) { return open }
    guard !first.isCapitalised, first.lowercased.hasSuffix("ing") || first.lowercased.hasSuffix("ed"),
      !first.has(.speechVerb), !first.has(.functionWords)
    else { return nil }
    return open
  }

  /// "posted a Twitter comment", "offered a Trump-style retort": a speech word one or two words after an
  /// indefinite article or a possessive is a noun, no verb with a subject of its own.
  private func isNounAfterDeterminer(_ index: Int, lower: Int) -> Bool {
    let determiners: Set<String> = ["a", "an", "his", "her", "its", "their", "our"]
    return (max(lower, index - 2)..<index).contains { determiners.contains(tokens[$0].lowercased) }
  }

  /// "The Republican nominee, …, told": the title that opens the sentence and a comma closes, the
  /// subject of a verb after a phrase the commas set off.
  private func sentenceOpeningRole(_ index: Int) -> Subject? {
    let sentence = layout.sentence(of: index, in: tokens)
    guard tokens[sentence.lowerBound].lowercased == "the" else { return nil }
    for head in (sentence.lowerBound + 1)..<min(index, sentence.lowerBound + 4) {
      guard tokens[head].isWord else { return nil }
      if tokens[head].has(.roleHead), head + 1 < index, tokens[head + 1].isPunctuation(",") {
        return .role(tokens[head].lowercased, head)
      }
      // "The mum-of-three, from Basildon, Essex, said": a description that no table makes a title.
      if head + 1 < index, tokens[head + 1].isPunctuation(","),
        let description = definiteDescription(endingAt: head, lower: sentence.lowerBound)
      {
        return description
      }
    }
    return nil
  }

  /// "The Supreme Court on Thursday came down heavily on …, saying": the name that opens the sentence
  /// (after "The"), the main clause's subject however long the clause; after a dateline, the name `from` opens with.
  private func sentenceOpeningName(_ index: Int, from opening: Int? = nil) -> Subject? {
    let sentence = layout.sentence(of: index, in: tokens)
    var start = opening ?? sentence.lowerBound
    if start < index, tokens[start].lowercased == "the" { start += 1 }
    guard start < index, isOutside(start), let name = nameStartingAt[start], name.upperBound < index else { return nil }
    // Not a name that modifies a noun ("The Florida senator", "The GOP front-runner"): a verb, a function
    // word or punctuation follows the subject.
    let next = tokens[name.upperBound]
    let lowered = next.lowercased
    guard next.kind == .punctuation || next.has(.functionWords) || next.has(.verbModifiers)
      || next.has(.speechVerb) || lowered.hasSuffix("ed")
    else { return nil }
    return .name(name)
  }

  /// "The bank kept its rate unchanged, saying …", "South Africa's central bank …, saying": a noun for an
  /// organisation opening the sentence (after "the" or a possessive, and one modifier) is the main clause's subject.
  private func sentenceOpeningOrganizationNoun(_ index: Int) -> Subject? {
    let sentence = layout.sentence(of: index, in: tokens)
    var start = sentence.lowerBound
    if start < index, tokens[start].lowercased == "the" {
      start += 1
    } else if let name = nameStartingAt[start], name.upperBound + 1 < index, tokens[name.upperBound].text == "'s" {
      start = name.upperBound + 1
    } else {
      return nil
    }
    if start + 1 < index, tokens[start].isWord, !tokens[start].isCapitalised,
      !Gazetteer.organizationReferences.contains(tokens[start].lowercased)
    {
      start += 1
    }
    guard start + 1 < index, isOutside(start), tokens[start].isWord, !tokens[start].isCapitalised,
      Gazetteer.organizationReferences.contains(tokens[start].lowercased), tokens[start + 1].isWord,
      !tokens[start + 1].isCapitalised
    else { return nil }
    return .organizationNoun(start)
  }

  /// Whether a name opens its sentence, "the" aside.
  private func opensSentence(_ name: Range<Int>) -> Bool {
    let start = layout.sentence(of: name.lowerBound, in: tokens).lowerBound
    return name.lowerBound == start || name.lowerBound == start + 1 && tokens[start].lowercased == "the"
  }

  /// "Kerry Boswell, 38, whose children …": the word before an age set off by commas that ends at `index`.
  private func endBeforeAge(_ index: Int, lower: Int) -> Int {
    guard index - 2 >= lower, Int(tokens[index].text).map({ (1...120).contains($0) }) == true,
      tokens[index - 1].isPunctuation(",")
    else { return index }
    return index - 2
  }

  /// "Andrzej Kowalczyk, chief operating officer of London Underground, said": an appositive that opens in small
  /// letters with a role describes the person before it; a name at its end (`near`) is the role's organisation.
  private func personBeforeRole(_ appositive: Subject?, near: Subject?, comma: Int) -> Subject? {
    guard case .name(let person)? = appositive, isPersonName(person), appositive != near else { return nil }
    let opener = person.upperBound + 1
    guard opener < comma, tokens[person.upperBound].isPunctuation(","), tokens[opener].isWord, !tokens[opener].isCapitalised,
      !tokens[opener..<comma].contains(where: { $0.isPunctuation(",") })
    else { return nil }
    return appositive
  }

  /// The "who" ("whose", "which") opening a relative clause that the comma at `comma` closes: the word right
  /// after the comma before it, in the same sentence, with no speech verb between.
  private func relativeClauseOpening(closedBy comma: Int, lower: Int) -> Int? {
    var index = comma - 1
    var close = comma
    while true {
      while index > lower, comma - index <= 30, isOutside(index), !tokens[index].isPunctuation(","),
        !tokens[index].isPunctuation(";"), speechVerb(at: index) == nil
      {
        index -= 1
      }
      // "who also has a daughter, Poppy, added": a relative's name set off inside the clause, passed over once.
      guard close == comma, index > lower + 1, tokens[index].isPunctuation(","), nameStartingAt[index + 1]?.upperBound == close,
        tokens[index - 1].isWord, tokens[index - 1].has(.relationWords), !tokens[index - 1].isCapitalised
      else { break }
      close = index
      index -= 1
    }
    guard index > lower, index + 1 < comma, tokens[index].isPunctuation(","),
      ["who", "whose", "which"].contains(tokens[index + 1].lowercased)
    else { return nil }
    return index + 1
  }

  /// "Critics have called it …", "Several said …": a word capitalised only because it opens the sentence,
  /// which the tables know as a source no one names.
  private func isOpeningSourceWord(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && token.isCapitalised && opensSentence(at: index) && token.has(.anonymousSourceHeads)
      && nameEndingAt[index].map({ $0.count == 1 }) ?? true
  }

  /// A name, a capitalised word, a pronoun, "and" joining a verb to an earlier one, a plural
  /// pronoun (unnamed), "the agency".
  private func wordSubject(_ index: Int, lower: Int) -> Subject?? {
    let token = tokens[index]
    let lowered = token.lowercased
    if let office = Gazetteer.addressedOffices[lowered], index - 1 >= lower,
      ["his", "her", "your"].contains(tokens[index - 1].lowercased)
    {
      return .some(.role(office, index))  // "Her Honour said": the judge
    }
    if isOpeningSourceWord(index) { return .some(.unnamed) }
    // "Mother-of-two, 38, reveals how …": a description, whom the text names next.
    if NameFinder.isHyphenatedDescription(token), nameEndingAt[index].map({ $0.count == 1 }) ?? true {
      return .some(.described(index))
    }
    if let demonym = demonymDescription(index, lower: lower) { return .some(demonym) }
    if let name = nameEndingAt[index] { return .some(.name(name)) }
    // "The Ministry said", "the Bench observed": a noun for an organisation, capitalised, after an article.
    if token.isWord, token.isCapitalised, index - 1 >= lower, Gazetteer.organizationReferences.contains(lowered),
      ["the", "this", "its"].contains(tokens[index - 1].lowercased)
    {
      return .some(.organizationNoun(index))
    }
    if token.isWord, token.isCapitalised, !token.has(.titleWord) || isSurnameNotTitle(index),
      !NameFinder.isAdverb(tokens, index)
    {
      return .some(.name(index..<(index + 1)))
    }
    if lowered == "he" { return .some(.pronoun(index, .male)) }
    if lowered == "she" { return .some(.pronoun(index, .female)) }
    if lowered == "it" { return .some(.organizationPronoun(index)) }
    if lowered == "and" || lowered == "but" && butJoinsPredicates(index) {
      return .some(coordinatedSubject(index, lower: lower))
    }
    if lowered == "they" { return .some(.groupPronoun(index)) }
    if ["we", "i", "you"].contains(lowered) { return .some(.unnamed) }
    if token.isWord, Gazetteer.organizationReferences.contains(lowered) || Gazetteer.issuedRecords.contains(lowered),
      let before = determiner(before: index, lower: lower),
      ["the", "this"].contains(tokens[before].lowercased) || Gazetteer.namedOnlyReferences.contains(lowered)
    {
      return .some(.organizationNoun(index))  // "the agency said", "the city police said", "police said"
    }
    return nil
  }

  /// "the Swede replied", "the Nigerian said": a nationality after "the" describes a person named before.
  func demonymDescription(_ index: Int, lower: Int) -> Subject? {
    // "the South African said": a demonym of two words.
    let twoWords = index - 2 >= lower && tokens[index - 1].isCapitalised && tokens[index - 2].lowercased == "the"
    let first = twoWords ? index - 1 : index
    let text = tokens[first...index].map(\.text).joined(separator: " ")
    guard first - 1 >= lower, tokens[first - 1].lowercased == "the", tokens[index].isCapitalised,
      !text.hasSuffix("s") || text.hasSuffix("ss"), Gazetteer.country(ofDemonym: text) != nil
    else { return nil }
    return .role(tokens[index].lowercased, index)
  }

  /// The word before a noun and at most two lowercase words that modify it ("the city police"), or the
  /// noun itself when the clause opens with it ("Police said").
  private func determiner(before index: Int, lower: Int) -> Int? {
    var back = index - 1
    while back >= lower, index - back <= 3, tokens[back].isWord, !tokens[back].isCapitalised,
      !tokens[back].has(.functionWords), !tokens[back].has(.speechVerb)
    {
      back -= 1
    }
    if back >= lower, tokens[back].isWord { return back }
    return back + 1 < index ? nil : index
  }

  /// "Fiona Deasy BL said" (a post-nominal after a name), "the senator said", "the former prime
  /// minister said", "the Met Office forecaster said" (back over the title's words, and a name, to
  /// "the"), "a Met Office spokesperson said" (the organisation speaks), "an official said" (unnamed).
  private func roleSubject(_ index: Int, lower: Int) -> Subject? {
    let token = tokens[index]
    guard token.isWord else { return nil }
    if token.has(.roleWords), index - 1 >= lower, let name = nameEndingAt[index - 1], personNameEnds.contains(index - 1),
      name.lowerBound == 0 || !["the", "a", "an"].contains(tokens[name.lowerBound - 1].lowercased)
    {
      return .name(name)  // not "the Newcastle boss said": a place or club before the title
    }
    // "Liam's father described": the father, whom "the father" or his name finds.
    if token.has(.roleWords) || token.has(.relationWords), index - 2 >= lower, tokens[index - 1].text == "'s",
      personNameEnds.contains(index - 2)
    {
      return .role(token.lowercased, index)
    }
    if token.has(.roleWords) || token.has(.anonymousSourceHeads) {
      let qualifiers = titleQualifiers(before: index, lower: lower)
      let back = qualifiers.determiner
      let organization = qualifiers.organization
      let determiner = back >= lower ? tokens[back].lowercased : ""
      // "NATO's Secretary General said": an organisation's officer, whom the text names with that title.
      if let organization, organization.upperBound < index, ["'s", "’s"].contains(tokens[organization.upperBound].text),
        token.isCapitalised, token.has(.roleWords), !Self.spokesWords.contains(token.lowercased)
      {
        return .role(token.lowercased, index)
      }
      if Self.spokesWords.contains(token.lowercased), ["a", "an", "the"].contains(determiner) {
        if let organization { return .name(organization) }
        if let noun = qualifiers.organizationNoun { return .organizationNoun(noun) }
        // "A CalMac spokeswoman said": a capitalised word the name finder left alone is whom she speaks for.
        if let word = qualifiers.bareCapitalised { return .name(word) }
      }
      // "The school said it could not comment. A spokeswoman said: …": an unnamed spokesperson right
      // after an organisation speaks for it (the one named last, in this sentence or the one before).
      if organization == nil, back == index - 1, ["a", "an"].contains(determiner),
        Self.spokesWords.contains(token.lowercased), token.lowercased != "statement"
      {
        return .organizationPronoun(index)
      }
      // "the party", "the campaign": a word that only qualifies a title holds none ("a spokesman for the party said");
      // "the county chief said": "chief" and "deputy" ending the subject are the title.
      let isHead = !Gazetteer.roleModifiers.contains(token.lowercased) || Self.modifiersEndingTitles.contains(token.lowercased)
      if token.has(.roleWords), isHead, ["the", "this"].contains(determiner) || isPossessive(organization) {
        return .role(office(endingAt: index, after: back), index)
      }
      if back < lower, back == index - 1, isBareTitle(index) { return .role(token.lowercased, index) }
      if isStandfirstTitle(index, qualifiedFrom: back, lower: lower) { return .role(token.lowercased, index) }
      // "with a County Court judge describing …", the judge named in the next paragraph
      if token.has(.roleWords), !token.has(.anonymousSourceHeads), ["a", "an"].contains(determiner) { return .described(index) }
    }
    if token.has(.anonymousSourceHeads) || token.has(.roleWords) { return .unnamed }
    return descriptionSubject(index, lower: lower)
  }

  /// "…; UK foreign secretary says", "Health Minister says", "January 19: US secretary of state says": a title opening
  /// its clause (or what follows a colon) with no article, as a standfirst writes it, after words that qualify it.
  private func isStandfirstTitle(_ index: Int, qualifiedFrom back: Int, lower: Int) -> Bool {
    let opensClause = back < lower || tokens[back].isPunctuation(":")
    guard opensClause, back + 1 < index, index - back <= 4, tokens[index].has(.roleHead),
      !tokens[index].has(.anonymousSourceHeads)
    else { return false }
    // A word in capitals is no function word ("US", not "us").
    return (back + 1..<index).allSatisfy {
      tokens[$0].isWord && (!tokens[$0].has(.functionWords) || Self.isInCapitals(tokens[$0].text)) && !tokens[$0].has(.speechVerb)
    }
  }

  /// Whether a word of two letters or more is written in capitals ("US", "IT").
  static func isInCapitals(_ word: String) -> Bool {
    word.utf8.count >= 2 && word.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
  }

  /// The office a title's head at `head` names, its qualifiers after `start`: "chief justice", one office, not any
  /// justice of the bench; else the head word.
  func office(endingAt head: Int, after start: Int) -> String {
    let word = tokens[head].lowercased
    return word == "justice" && head - 1 > start && tokens[head - 1].lowercased == "chief" ? "chief justice" : word
  }

  /// Words that qualify a title ("Chief Executive", "Deputy Mayor") but are the title when they end it ("the county
  /// chief", "the deputy").
  static let modifiersEndingTitles: Set<String> = ["chief", "deputy", "justice"]

  /// What qualifies a title word back to its determiner: an organisation the name finder found ("the Met
  /// Office forecaster"), a lowercase noun for one ("an agency spokesperson"), or capitalised words it left
  /// alone ("a CalMac spokeswoman", "the Kerry TD").
  private struct TitleQualifiers {
    var determiner: Int
    var organization: Range<Int>?
    var organizationNoun: Int?
    var bareCapitalised: Range<Int>?
  }

  private func titleQualifiers(before index: Int, lower: Int) -> TitleQualifiers {
    var found = TitleQualifiers(determiner: index - 1)
    while found.determiner >= lower, index - found.determiner <= 6, tokens[found.determiner].isWord {
      let back = found.determiner
      let word = tokens[back]
      if found.organizationNoun == nil, !word.isCapitalised, Gazetteer.organizationReferences.contains(word.lowercased) {
        found.organizationNoun = back
      }
      if let name = nameEndingAt[back], found.organization == nil {
        // "the Met Office forecaster"; "the Newcastle boss", whatever the name finder took it for
        if !personNameEnds.contains(back) { found.organization = name }
        found.determiner = name.lowerBound - 1
        continue
      }
      // "the Kerry TD": a capitalised word the name finder left alone qualifies the title too.
      // "A New Democrat MP": a capitalised common word inside a run of capitalised words is part of it.
      // "the Perth and Kinross MSP": "and" between two capitalised words joins one constituency's name.
      let joinsNames = word.lowercased == "and" && back > lower && tokens[back - 1].isCapitalised
        && tokens[back + 1].isCapitalised
      let insideName = word.isCapitalised && tokens[back + 1].isCapitalised && !NameFinder.articles.contains(word.lowercased)
        || joinsNames
      guard insideName || word.has(.roleWords) || !word.has(.functionWords) && !word.has(.speechVerb) else { break }
      if word.isCapitalised, !word.has(.roleWords), !word.has(.calendarWords), Gazetteer.country(ofDemonym: word.lowercased) == nil {
        if let run = found.bareCapitalised, run.lowerBound == back + 1 {
          found.bareCapitalised = back..<run.upperBound
        } else if found.bareCapitalised == nil {
          found.bareCapitalised = back..<(back + 1)
        }
      }
      found.determiner -= 1
    }
    return found
  }

  /// A description no table lists: "the veteran campaigner" (a person's, resolved as a title is), "a
  /// 52-year-old father of two" (whom the text names next).
  private func descriptionSubject(_ index: Int, lower: Int) -> Subject? {
    if isPersonDescription(index, lower: lower) { return .role(tokens[index].lowercased, index) }
    return indefiniteDescription(index, lower: lower) ? .described(index) : nil
  }

  /// "The Labour frontbencher added", "the veteran campaigner said": "the" and a noun shaped as one for a
  /// person ("-er", "-ist", "-ian") that no table lists, a title of sorts that resolves as one does.
  private func isPersonDescription(_ index: Int, lower: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.isLowercaseAsWritten, !token.has(.functionWords), !token.has(.speechVerb),
      Self.personNounEndings.contains(where: { token.text.hasSuffix($0) }), !Self.thingNouns.contains(token.text),
      !Gazetteer.organizationReferences.contains(token.text)
    else { return false }
    var back = index - 1
    while back >= lower, index - back <= 3, tokens[back].isWord, !tokens[back].has(.functionWords),
      !tokens[back].has(.speechVerb)
    {
      back -= 1
    }
    // Not after a preposition: "a spokesman for the buyer said" is the spokesman.
    return back >= lower && ["the", "this"].contains(tokens[back].lowercased)
      && (back == lower || !tokens[back - 1].has(.functionWords))
  }

  static let personNounEndings = ["er", "or", "ist", "ian", "man", "woman", "ster", "eon"]
  /// Nouns of those shapes that name things, which speak through no one ("the order said", "the poster read").
  static let thingNouns: Set<String> = [
    "paper", "letter", "order", "number", "poster", "flyer", "banner", "charter", "chapter", "computer", "register",
    "counter", "cover", "filter", "trailer", "monitor", "indicator", "sensor", "calculator", "motor", "sector",
    "factor", "mirror", "error", "corridor", "manner", "matter", "answer", "border", "meter", "center", "centre",
    "theater", "theatre", "newsletter", "tracker", "scanner", "router", "server", "browser", "folder", "binder",
    "ledger", "marker", "sticker", "wrapper", "planner", "weather", "water", "power", "tower", "chamber", "quarter",
  ]

  /// "Winnipeg’s police chief says": "’s" after a place or an organisation, which makes the title definite.
  private func isPossessive(_ organization: Range<Int>?) -> Bool {
    guard let organization, organization.upperBound < tokens.count else { return false }
    return ["'s", "’s"].contains(tokens[organization.upperBound].text)
  }

  /// "Mayor says pilot project deserves …": a title in capitals with no article, as a headline writes it,
  /// for the one who holds it (not a plural, not a source no one names).
  private func isBareTitle(_ index: Int) -> Bool {
    let token = tokens[index]
    let word = token.lowercased
    return token.isCapitalised && token.has(.roleHead) && !token.has(.anonymousSourceHeads)
      && (!word.hasSuffix("s") || word.hasSuffix("ss"))
  }

  /// "A mum-of-three has told how …", "a grandfather said": someone described, not yet named (so a
  /// short phrase quoted is the person's words, not a scare quote).
  private func indefiniteDescription(_ index: Int, lower: Int) -> Bool {
    guard Self.isDescriptionHead(tokens[index].lowercased) else { return false }
    var back = index - 1
    while back >= lower, index - back <= 3, tokens[back].isWord {
      if ["a", "an"].contains(tokens[back].lowercased) { return true }
      guard !tokens[back].has(.functionWords), !tokens[back].has(.speechVerb) else { return false }
      back -= 1
    }
    return false
  }

  /// Those who speak for an organisation, which speaks through them ("a Met Office spokesperson").
  static let spokesWords: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "spokesmen", "statement",
  ]
}
