/// The name-related steps of document extraction: genders, speech subjects, forced names, attributors.
extension DocumentExtractor {
  func learnGenders(_ paragraph: Analysed, _ entityAtToken: TokenMap<Int>, _ entities: inout LocalEntities) {
    for sentence in paragraph.layout.sentenceTokens where !sentence.isEmpty {
      var person: Int?
      var several = false
      var gender: Gender?
      var conflicting = false
      var namedGender: Gender?
      for index in sentence where paragraph.tokens[index].quote == nil {
        if let entity = entityAtToken[index], entities.items[entity].kind == .person {
          if let known = person, known != entity { several = true }
          // "Harvey's mum described her son": a possessive names someone else, the sentence's subject.
          if index + 1 < paragraph.tokens.count, paragraph.tokens[index + 1].text == "'s" { several = true }
          person = entity
          // A given name is a name's first word, not its last ("Clinton").
          if index + 1 < paragraph.tokens.count, entityAtToken[index + 1] == entity {
            namedGender = namedGender ?? Gazetteer.givenNameGender(paragraph.tokens[index])
          }
          continue
        }
        guard person != nil else { continue }
        // "Ann Lee … suggested that Trump had not been exposed on his views": a name the text has not
        // made an entity may be whom the pronoun is about.
        if mayNameSomeoneElse(paragraph.tokens, index, entityAtToken) {
          several = true
          continue
        }
        // An object pronoun is never the subject of its own clause ("Ann Lee thanked him for his
        // service"): the sentence is about someone else too, and tells nothing of her gender.
        let word = paragraph.tokens[index]
        if isObjectPronoun(paragraph.tokens, index) {
          several = true
          continue
        }
        let found: Gender? = word.has(.malePronouns) ? .male : word.has(.femalePronouns) ? .female : nil
        guard let found else { continue }
        if let gender, gender != found { conflicting = true }
        gender = found
      }
      // "Chair Dimitri Karalis asked whether she …": a pronoun against the usual gender of the given
      // name the sentence writes (or, for a surname alone, the name it stands for) is about someone else,
      // such as a namesake ("Mokoena had her own forecast" after "David Mokoena").
      let expected = namedGender ?? person.flatMap { entities.items[$0].givenNameGender }
      if let person, let gender, !several, !conflicting, expected.map({ $0 == gender }) ?? true {
        entities.setGender(gender, of: person)
      }
    }
  }

  /// A capitalised word inside a sentence that no entity holds and no table of places, organisations,
  /// demonyms, titles or dates explains: a person the extractor did not recognise, perhaps.
  private func mayNameSomeoneElse(_ tokens: [Token], _ index: Int, _ entityAtToken: TokenMap<Int>) -> Bool {
    let word = tokens[index]
    guard word.isWord, word.isCapitalised, entityAtToken[index] == nil, index > 0,
      tokens[index - 1].sentence == word.sentence, word.text != "I"
    else { return false }
    let explained: WordFlags = [.roleWords, .titleWord, .honorific, .calendarWords, .placeHeads, .organizationHeads,
      .outletHeads, .functionWords, .placePrefixes, .thingHeads, .nameAdjectives]
    guard word.flags.isDisjoint(with: explained) else { return false }
    guard Gazetteer.country(ofDemonym: word.text) == nil, !Gazetteer.beginsName([word.text]) else { return false }
    // A person's name is one or two such words; a longer run, or one with "This" or "of" in it, is a
    // title or an organisation ("CBS This Morning", "Bank of Ghana").
    var start = index
    while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalised, tokens[start - 1].sentence == word.sentence {
      start -= 1
    }
    var end = index + 1
    while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised { end += 1 }
    let run = tokens[start..<end]
    return run.count <= 2 && !run.contains { $0.has(.functionWords) || $0.has(.prepositions) }
  }

  /// "him", or "her" not followed by the noun it would possess ("thanked her", "told her that").
  private func isObjectPronoun(_ tokens: [Token], _ index: Int) -> Bool {
    switch tokens[index].lowercased {
    case "him": return true
    case "her":
      guard index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].sentence == tokens[index].sentence
      else { return true }
      let next = tokens[index + 1]
      return next.has(.functionWords) || next.has(.prepositions) || next.has(.speechVerb) || next.isCapitalised
    default: return false
    }
  }

  /// A name after a preposition ("given to Tinubu"), before "’s" ("Harvey's mum") or qualifying a title before
  /// another name ("Nzoia coach Hamisi Wanyonyi"), which is not the subject of its clause.
  func isObject(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    if name.upperBound < tokens.count, ["'s", "’s"].contains(tokens[name.upperBound].text) || isBareApostrophe(tokens, after: name) {
      return true
    }
    let after = name.upperBound
    if name.count == 1, after + 1 < tokens.count, tokens[after].isWord, !tokens[after].isCapitalised,
      tokens[after].has(.titleWord),
      tokens[after + 1].isWord, tokens[after + 1].isCapitalised, tokens[after + 1].sentence == tokens[after].sentence
    {
      return true
    }
    let start = Self.titleStart(tokens, before: name.lowerBound)
    guard start > 0 else { return false }
    let before = tokens[start - 1]
    return before.isWord && before.has(.prepositions) && before.sentence == tokens[name.lowerBound].sentence
  }

  /// Where the title before a name opens ("about fellow DUP councillor Julie Middleton": at "fellow"): back over up to
  /// four words of titles, capitalised words, "the" and "fellow" in the name's sentence, so that a preposition before
  /// the title is seen as the name's.
  static func titleStart(_ tokens: [Token], before nameStart: Int) -> Int {
    var start = nameStart
    while start > 0, nameStart - start < 4, tokens[start - 1].isWord, !tokens[start - 1].has(.prepositions),
      tokens[start - 1].has(.roleWords) || tokens[start - 1].isCapitalised || ["the", "fellow"].contains(tokens[start - 1].lowercased),
      tokens[start - 1].sentence == tokens[nameStart].sentence
    {
      start -= 1
    }
    return start
  }

  /// "Sanders' campaign": the apostrophe alone after a name ending in s, touching it, with a word after it.
  private func isBareApostrophe(_ tokens: [Token], after name: Range<Int>) -> Bool {
    let mark = name.upperBound
    guard mark + 1 < tokens.count, !tokens[mark].isWord, ["'", "’"].contains(tokens[mark].text),
      tokens[mark].range.lowerBound == tokens[mark - 1].range.upperBound, tokens[mark - 1].lowercased.hasSuffix("s"),
      tokens[mark + 1].isWord, tokens[mark + 1].sentence == tokens[mark].sentence
    else { return false }
    return true
  }

  /// A name no pronoun refers to: a possessive inside a prepositional phrase ("about Pettipas's
  /// promise"), about something of the person's; any name in the question an opening "Asked …," clause
  /// reports ("Asked whether Sam Tilbury's injury would …, he said"), which is never the one answering;
  /// a transcript's label ("KRAUS: Her husband, Lou Baskin, … He says …"), which tags the turn.
  func isAside(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    if isInOpeningQuestion(tokens, name.lowerBound) { return true }
    if name.lowerBound == 0, let label = openingLabel(tokens), label.name.overlaps(name) { return true }
    guard name.upperBound < tokens.count, ["'s", "’s"].contains(tokens[name.upperBound].text), name.lowerBound > 0
    else { return false }
    var before = name.lowerBound - 1
    if tokens[before].lowercased == "the", before > 0 { before -= 1 }
    return tokens[before].isWord && tokens[before].has(.prepositions) && tokens[before].sentence == tokens[name.lowerBound].sentence
  }

  /// Whether `index` lies in a sentence's opening "Asked …," ("Questioned …,", "Pressed …,") before its first comma.
  private func isInOpeningQuestion(_ tokens: [Token], _ index: Int) -> Bool {
    let sentence = tokens[index].sentence
    var start = index
    while start > 0, tokens[start - 1].sentence == sentence {
      start -= 1
      if tokens[start].isPunctuation(",") { return false }
    }
    return start < index && ["Asked", "Questioned", "Pressed"].contains(tokens[start].text)
  }

  func isFollowedBySpeechVerb(_ tokens: [Token], _ start: Int, nameStart: Int) -> Bool {
    var index = start
    // "the committee's chairman, Chief Ade Ojo, said": the comma closing a name set off by commas
    // (past its titles), not a name after "of" ("Mr. Lee, of RBC Capital Markets, said").
    var before = nameStart - 1
    while before >= 0, tokens[before].isWord, tokens[before].has(.roleWords) || tokens[before].has(.honorific) {
      before -= 1
    }
    if index + 1 < tokens.count, tokens[index].isPunctuation(","), before >= 0, tokens[before].isPunctuation(",") {
      index += 1
    } else if let close = appositiveEnd(tokens, after: index) {
      index = close + 1
    }
    while index < tokens.count, tokens[index].isWord, tokens[index].hasAsWritten(.verbModifiers) { index += 1 }
    guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalised else { return false }
    return tokens[index].hasAsWritten(.speechVerb) && opensSpeechVerb(tokens, index)
  }

  /// "Pradeep Dahiya, executive engineer (water supply), GMDA, said": the comma that closes an appositive
  /// opened by the comma at `comma`, when a lowercase word opens it and a speech verb follows it. Nil for a
  /// list ("Rao, Dahiya and Khatri said"), a quotation, or a clause with a speech verb of its own.
  private func appositiveEnd(_ tokens: [Token], after comma: Int) -> Int? {
    guard comma + 2 < tokens.count, tokens[comma].isPunctuation(","), tokens[comma + 1].sentence == tokens[comma].sentence,
      tokens[comma + 1].isWord, !tokens[comma + 1].isCapitalised,
      // A noun phrase or "who …", not an adverbial ("Ms. Friedan, during a debate …, recommended").
      !tokens[comma + 1].has(.functionWords) || ["a", "an", "the", "who", "whose", "his", "her", "their"].contains(tokens[comma + 1].lowercased)
    else { return nil }
    var index = comma + 1
    while index < min(tokens.count - 1, comma + 20), tokens[index].sentence == tokens[comma].sentence {
      let token = tokens[index]
      if token.kind == .mark || token.quote != nil || [";", ":"].contains(token.text) { return nil }
      if token.isWord, ["and", "or", "but"].contains(token.lowercased) || token.has(.speechVerb) { return nil }
      if token.isPunctuation(",") {
        // "by Ms Behan, the injured man’s mother, Mary Walsh, said": a person's full name after the title is
        // the one who speaks, not the name before it.
        if index + 2 < tokens.count, tokens[index + 1].isGivenName, tokens[index + 1].isCapitalised,
          tokens[index + 2].isCapitalised, tokens[index + 2].isWord
        {
          return nil
        }
        var verb = index + 1
        while verb < tokens.count, tokens[verb].isWord, tokens[verb].hasAsWritten(.verbModifiers) { verb += 1 }
        if verb < tokens.count, tokens[verb].hasAsWritten(.speechVerb) { return index }
      }
      index += 1
    }
    return nil
  }

  /// Whether a whole form of a speech verb starts at `index`: "went on" to say, not "went down".
  private func opensSpeechVerb(_ tokens: [Token], _ index: Int) -> Bool {
    guard let forms = Gazetteer.speechVerbIndex[tokens[index].lowercased] else { return false }
    return SpeakerAttributor.wholeForm(forms, in: tokens, at: index) != nil
  }

  func makeAttributor(_ paragraph: Analysed, knownSurnames: Set<String> = []) -> SpeakerAttributor {
    var ending = TokenMap<Range<Int>>(count: paragraph.tokens.count)
    var starting = TokenMap<Range<Int>>(count: paragraph.tokens.count)
    var people = TokenSet(count: paragraph.tokens.count)
    var likely = TokenSet(count: paragraph.tokens.count)
    for candidate in paragraph.candidates {
      ending[candidate.tokens.upperBound - 1] = candidate.tokens
      starting[candidate.tokens.lowerBound] = candidate.tokens
      if candidate.kind == .person { people.insert(candidate.tokens.upperBound - 1) }
      if candidate.kind == .person, candidate.isLikelyPerson { likely.insert(candidate.tokens.upperBound - 1) }
    }
    var attributor = SpeakerAttributor(
      tokens: paragraph.tokens, spans: paragraph.spans, nameEndingAt: ending, personNameEnds: people,
      nameStartingAt: starting, layout: paragraph.layout,
      tentativePersonEnds: paragraph.tentativePersonEnds)
    attributor.likelyPersonEnds = likely
    attributor.knownSurnames = knownSurnames
    return attributor
  }

  /// A name the attributor read as a subject that the name finder left out (a lone word opening a sentence).
  func forcedCandidate(_ tokens: [Token], endingAt last: Int) -> NameCandidate? {
    guard last < tokens.count, tokens[last].isWord else { return nil }
    var first = last
    while first > 0, last - first < 3, tokens[first - 1].isWord, tokens[first - 1].isCapitalised,
      !tokens[first - 1].has(.titleWord), tokens[first - 1].sentence == tokens[last].sentence
    {
      first -= 1
    }
    let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
    return NameCandidate(
      kind: .person, tokens: first..<(last + 1), byteRange: range,
      text: tokens[first...last].map(\.text).joined(separator: " "), canonical: nil, role: nil, affiliation: nil,
      country: nil, gender: nil, isInQuote: tokens[last].quote != nil, needsConfirmation: false,
      sentence: tokens[last].sentence)
  }
}
