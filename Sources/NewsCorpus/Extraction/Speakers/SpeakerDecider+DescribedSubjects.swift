/// A pronoun right after a sentence about someone the text calls by their title.
extension SpeakerDecider {
  /// "The premier was unmoved. “…,” he said.", "But the pollster is skeptical. “…,” she said.": a pronoun
  /// whose sentence follows one that opens with a title someone named holds (the title as the sentence's
  /// subject, a verb after it) is that person, when the gender agrees and the pronoun's own sentence
  /// names no one before it.
  func describedInSentenceBefore(_ token: Int, _ paragraphIndex: Int, gender: Gender?) -> (Antecedent, String)? {
    let tokens = analysed[paragraphIndex].tokens
    let sentence = tokens[token].sentence
    // The sentence's own tokens before this one, not the paragraph's: a paragraph may be one long line.
    let sentenceStart = analysed[paragraphIndex].layout.sentenceTokens[sentence].lowerBound
    guard !(sentenceStart..<token).contains(where: { tokens[$0].quote == nil && entityAtToken[paragraphIndex][$0] != nil })
    else { return nil }
    guard let (before, range) = previousSentence(sentence, paragraphIndex) else { return nil }
    let words = analysed[before].tokens
    var index = range.lowerBound
    if index < range.upperBound, ["but", "and", "yet", "still"].contains(words[index].lowercased) { index += 1 }
    // "Back in Edmonton, the premier was asked …", "Asked whether other MPs might follow her out the door, the
    // minister was dismissive": past an opening phrase set off by a comma.
    if index < range.upperBound, words[index].lowercased != "the",
      let comma = (index..<min(range.upperBound, index + 14)).first(where: { words[$0].isPunctuation(",") }),
      comma + 1 < range.upperBound, words[comma + 1].lowercased == "the",
      !(index...comma).contains(where: { words[$0].quote != nil }),
      // Not a name the title stands beside ("Rep. Ann Lee of Florida, the party chairwoman, …"): a person named
      // in the phrase's first words.
      !(index..<min(comma, index + 3)).contains(where: {
        entityAtToken[before][$0].map { entities.items[$0].kind == .person } ?? false
      })
    {
      index = comma + 1
    }
    // "The minister was unmoved.", "The minister, who has faced criticism, insisted …", "the government House
    // leader was dismissive" (a title of up to three words, the last its head).
    guard index + 2 < range.upperBound, words[index].lowercased == "the" else { return nil }
    var head = index + 1
    while head + 1 < range.upperBound, head - index < 3, words[head].isWord, words[head + 1].isWord,
      words[head + 1].has(.roleWords), words[head + 1].quote == nil
    {
      head += 1
    }
    guard head + 1 < range.upperBound, words[head].isWord, !words[index + 1].isCapitalised,
      words[head].has(.roleHead) || SpeakerAttributor.modifiersEndingTitles.contains(words[head].lowercased),
      words[head + 1].quote == nil,
      words[head + 1].isPunctuation(",")
        || words[head + 1].isWord && !words[head + 1].isCapitalised && !words[head + 1].has(.prepositions)
    else { return nil }
    let word = words[head].lowercased
    // "The chief rejected that argument." long after "Chief Andrea Paul" was last named: the one person with the
    // office, not with a title anyone may carry ("the candidate").
    let isOffice = Self.officeWords.contains(Gazetteer.fullRole(word)) || SpeakerAttributor.modifiersEndingTitles.contains(word)
    guard var found = entities.resolveRole(word, at: words[head].range.lowerBound)
      ?? (isOffice ? entities.soleBearer(of: word) : nil),
      gender == nil || entities.gender(of: found.entity).map({ $0 == gender }) ?? true
    else { return nil }
    found.ordinal = sentenceBase[before] + words[head].sentence
    return (found, "the \(word) the sentence before speaks of")
  }

  /// "Mr. Kowalski reached for the check. His wife had the last word. “…,” she said.": a pronoun after a sentence
  /// that opens with "His" or "Her" and a relation word is that relative of the person named last before it,
  /// when exactly one person of the pronoun's gender shares their surname.
  func relativeInSentenceBefore(_ token: Int, _ paragraphIndex: Int, gender: Gender?) -> Antecedent? {
    guard let gender, let (before, range) = previousSentence(analysed[paragraphIndex].tokens[token].sentence, paragraphIndex),
      range.count >= 3
    else { return nil }
    let words = analysed[before].tokens
    let (possessive, relation) = (words[range.lowerBound], words[range.lowerBound + 1])
    guard ["His", "Her"].contains(possessive.text), relation.has(.relationWords), possessive.quote == nil,
      Gazetteer.relationGender[relation.lowercased] == gender, words[range.lowerBound + 2].isWord,
      !words[range.lowerBound + 2].isCapitalised
    else { return nil }
    let possessor = entities.lastPerson(before: possessive.range.lowerBound, notBefore: windowStart(before, bodyParagraphs: 2)) {
      entities.gender(of: $0).map { $0 == (possessive.text == "His" ? .male : .female) } ?? true
    }
    guard let possessor, let surname = entities.items[possessor.entity].surname else { return nil }
    let relatives = entities.people(withSurname: surname).filter {
      $0 != possessor.entity && entities.gender(of: $0) == gender
    }
    guard relatives.count == 1, let relative = relatives.first else { return nil }
    return Antecedent(entity: relative, ordinal: sentenceBase[before] + possessive.sentence)
  }

  /// "Asked whether …, the minister was categorical. “…,” Brassard said." with two Brassards: a surname
  /// alone that two people share is the one whose title the sentence before gives ("the minister"), or, for
  /// an office no one is named with, the one namesake the text gives no other title.
  func namesakeTheSentenceBeforeDescribes(_ entity: Int, _ name: Range<Int>, _ paragraphIndex: Int) -> (entity: Int, title: String)? {
    let tokens = analysed[paragraphIndex].tokens
    guard name.count == 1, let surname = entities.items[entity].surname, entities.items[entity].kind == .person else {
      return nil
    }
    // "Mr. Obama" is none of the women who share his surname.
    let before = name.lowerBound > 0 ? tokens[name.lowerBound - 1] : nil
    let said: Gender? = before.map { $0.has(.maleHonorifics) ? .male : $0.has(.femaleHonorifics) ? .female : nil } ?? nil
    let namesakes = entities.people(withSurname: surname).filter {
      said == nil || entities.gender(of: $0).map { $0 == said } ?? true
    }
    guard namesakes.count >= 2, let (before, range) = previousSentence(tokens[name.lowerBound].sentence, paragraphIndex) else {
      return nil
    }
    let words = analysed[before].tokens
    // "ANC MP Mandla Mthembu - no relation to the minister - said …" names the one meant: no title decides.
    if range.contains(where: { words[$0].quote == nil && entityAtToken[before][$0].map(namesakes.contains) ?? false }) {
      return nil
    }
    for index in range.dropLast() where words[index].lowercased == "the" && words[index].quote == nil {
      // "the Conservative leader", "the Stark's Park boss": past up to two qualifiers, or a place's possessive, to
      // the title's head.
      guard let head = (index + 1..<min(range.upperBound, index + 5)).first(where: { words[$0].has(.roleHead) }),
        head - index <= 3 || words[index + 2].text == "'s",
        (index + 1..<head).allSatisfy({ words[$0].isWord && !words[$0].has(.functionWords) || words[$0].text == "'s" })
      else { continue }
      let title = words[head]
      let word = title.lowercased
      let bearers = namesakes.filter { entities.items[$0].roles.contains { LocalEntities.holds($0, Gazetteer.fullRole(word)) } }
      if head > index + 1, bearers.count == 1, let bearer = bearers.first { return bearer == entity ? nil : (bearer, word) }
      if let found = entities.resolveRole(word, at: title.range.lowerBound), namesakes.contains(found.entity) {
        return found.entity == entity ? nil : (found.entity, word)
      }
      let officeHolders = namesakes.filter { holdsAnOffice($0) }
      if Self.officeWords.contains(Gazetteer.fullRole(word)), officeHolders.count == 1, let holder = officeHolders.first {
        return holder == entity ? nil : (holder, word)
      }
      // "The Stark's Park boss admitted …" where no namesake is named with that title: the one namesake the text
      // gives no title at all, when the others hold titles of their own ("striker Calum Mackie").
      let untitled = namesakes.filter { entities.items[$0].roles.isEmpty }
      if bearers.isEmpty, untitled.count == 1, let holder = untitled.first, title.isWord, !title.isCapitalised {
        return holder == entity ? nil : (holder, word)
      }
    }
    return nil
  }

  /// "… a brace from Daniel Opoku. The 23-year-old striker broke the deadlock … “…,” the 23-year-old said.": a
  /// description the text used before, as a sentence's subject right after naming someone, is that person.
  func describedEarlier(_ word: String, before paragraphIndex: Int, _ token: Int) -> Antecedent? {
    for index in max(0, paragraphIndex - 40)...paragraphIndex where analysed[index].isBody {  // bounded work
      let tokens = analysed[index].tokens
      let end = index == paragraphIndex ? token : tokens.count
      for at in 1..<max(1, end) where tokens[at].lowercased == word && tokens[at - 1].text == "The" && tokens[at].quote == nil {
        let limit = windowStart(index, bodyParagraphs: 1)
        // The person of the sentence before as a pronoun finds them among those marked as people ("Italy's Matteo
        // Brambilla … knock out world number three Kristof Nemeth …. The 21-year-old won"), else the person named
        // last ("a brace from Daniel Opoku. The 23-year-old striker …").
        let offset = tokens[at - 1].range.lowerBound
        if let found = entities.resolveLikelyPerson(at: offset, notBefore: limit)
          ?? entities.lastPerson(before: offset, notBefore: limit, where: { _ in true })
        {
          return found
        }
      }
    }
    return nil
  }

  /// "In a statement, the ministry said … “…,” it said.": "it" after a sentence in which an organisation named
  /// by a noun ("the ministry") speaks is the organisation that noun finds.
  func organizationNounInSentenceBefore(_ token: Int, _ paragraphIndex: Int) -> Antecedent? {
    let tokens = analysed[paragraphIndex].tokens
    guard let (before, range) = previousSentence(tokens[token].sentence, paragraphIndex) else { return nil }
    let words = analysed[before].tokens
    for index in range.dropLast(2) where words[index].lowercased == "the" && words[index].quote == nil {
      let noun = words[index + 1]
      let lower = noun.lowercased
      // "The company said it …", and "The bench was not impressed." opening its sentence.
      let isOpeningSubject = index == range.lowerBound && words[index + 2].has(.beForms)
      guard noun.isWord, !noun.isCapitalised, Gazetteer.organizationReferences.contains(lower),
        words[index + 2].isWord, !words[index + 2].isCapitalised, words[index + 2].has(.speechVerb) || isOpeningSubject
      else { continue }
      return entities.resolveOrganizationNoun(
        lower, at: noun.range.lowerBound, notBefore: windowStart(before, bodyParagraphs: 2),
        outlets: Gazetteer.outletReferences.contains(lower))
    }
    return nil
  }

  /// The paragraph and token range of the sentence before sentence `sentence` of paragraph `paragraphIndex`:
  /// the one before it in the paragraph, else the last of the body paragraph before.
  func previousSentence(_ sentence: Int, _ paragraphIndex: Int) -> (Int, Range<Int>)? {
    if sentence > 0 { return (paragraphIndex, analysed[paragraphIndex].layout.sentenceTokens[sentence - 1]) }
    var previous = paragraphIndex - 1
    while previous >= 0, !analysed[previous].isBody { previous -= 1 }
    guard previous >= 0, let last = analysed[previous].layout.sentenceTokens.last else { return nil }
    return (previous, last)
  }
}
