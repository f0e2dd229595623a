/// The subject after an inverted cue ("said Jane Doe", "according to the Post").
extension SpeakerAttributor {
  /// "said the KwaZulu-Natal Provincial Commissioner, Lieutenant General Khombinkosi Jula": past "the" and a
  /// title of capitalised words (one comma allowed) to the person's name; "said Minister for Manpower and
  /// Second Minister for Trade and Industry Mr Lim Kok Seng": past a capitalised title word and a title
  /// whose portfolio's parts "for", "of" and "and" join (never "a spokeswoman for Mayor Okafor").
  func personAfterTitle(from start: Int, limit: Int) -> Range<Int>? {
    let isPortfolioTitle = start <= limit && tokens[start].isCapitalised && tokens[start].has(.titleWord)
      && !tokens[start].has(.honorific)
    guard start <= limit, ["the", "a", "an"].contains(tokens[start].lowercased) || isPortfolioTitle else { return nil }
    var index = start + 1
    var commas = 0
    while index <= limit, index - start <= 12, isOutside(index) {
      if let name = nameStartingAt[index], personNameEnds.contains(name.upperBound - 1),
        !tentativePersonEnds.contains(name.upperBound - 1), index > start + 1
      {
        return name
      }
      if tokens[index].isPunctuation(",") {
        commas += 1
        guard commas == 1 else { return nil }
      } else if !tokens[index].isWord || !(tokens[index].isCapitalised || tokens[index].has(.roleWords)
        || isPortfolioTitle && NameFinder.portfolioConnectors.contains(tokens[index].text))
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Whether the words from `start` through `end` hold a spokesperson and "for" ("a spokeswoman for").
  private func speaksFor(from start: Int, to end: Int) -> Bool {
    (start..<end).contains { let word = tokens[$0].lowercased
      return word != "statement" && Self.spokesWords.contains(word) && tokens[$0 + 1].lowercased == "for" }
  }

  /// "said he", "said she"; "According to him, “…”", "according to her.": an object pronoun that
  /// ends its phrase.
  private func pronounAfter(_ index: Int, limit: Int) -> Subject? {
    let lower = tokens[index].lowercased
    if lower == "he" { return .pronoun(index, .male) }
    if lower == "she" { return .pronoun(index, .female) }
    let endsPhrase = index + 1 > limit || tokens[index + 1].kind == .punctuation
    if lower == "him", endsPhrase { return .pronoun(index, .male) }
    if lower == "her", endsPhrase { return .pronoun(index, .female) }
    return nil
  }

  /// "said its director, Paulo Mendes", "said the group's spokeswoman Ann Lee": past a title to the name;
  /// "said a spokeswoman for Ms Okafor": someone unnamed who speaks for her.
  private func nameAfterTitleWords(from index: Int, limit: Int) -> Subject? {
    var end = index
    var sawComma = false
    // "according to the EU's foreign policy chief, Ramón Estévez": a possessive name inside the title too.
    func isPossessive(_ at: Int) -> Bool {
      tokens[at].text == "'s" || at + 1 <= limit && tokens[at].isWord && tokens[at + 1].text == "'s"
    }
    while end <= limit, end - index < 8, isOutside(end),
      tokens[end].isWord && (!tokens[end].isCapitalised || tokens[end].has(.titleWord))
        || (tokens[end].isPunctuation(",") && !sawComma && end > index) || end > index && isPossessive(end)
    {
      if tokens[end].isPunctuation(",") { sawComma = true }
      if let name = nameStartingAt[end + 1], personNameEnds.contains(name.upperBound - 1) {
        if speaksFor(from: index, to: end) { return .unnamed }
        // "said the 19-year-old from Lloydminster": a name after "from" or "in" is where the one described is from.
        let word = tokens[end].lowercased
        return Self.placePrepositions.contains(word) || word == "from" || word == "of" ? nil : .name(name)
      }
      end += 1
    }
    return nil
  }

  /// "says BKT candidate as Lucknow votes": a party's, place's or organisation's name before a role word
  /// that no name follows describes the speaker by what they are for it; the name is not the speaker. An
  /// unnamed source's word ("said Kremlin spokesman", "said Labour officials") leaves the name speaking.
  func roleAfterAffiliation(_ name: Range<Int>, limit: Int) -> Int? {
    let role = name.upperBound
    guard !personNameEnds.contains(name.upperBound - 1), role <= limit, isOutside(role), tokens[role].isWord,
      !tokens[role].isCapitalised, Gazetteer.isRoleHead(tokens[role].lowercased),
      !Gazetteer.anonymousSourceHeads.contains(tokens[role].lowercased)
    else { return nil }
    return role + 1 > limit || !tokens[role + 1].isCapitalised ? role : nil
  }

  /// "said Local 111 president Gavin Hildebrandt", "said Unit 7 commander Ann Lee": a numbered unit's name, then
  /// its title, then the person who holds it.
  private func personAfterNumberedUnit(_ name: Range<Int>, limit: Int) -> Range<Int>? {
    var index = name.upperBound
    guard index < limit, tokens[index].isWord, tokens[index].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    index += 1
    while index <= limit, index - name.upperBound <= 4, tokens[index].isWord, tokens[index].has(.roleWords) {
      if let person = nameStartingAt[index], personNameEnds.contains(person.upperBound - 1) { return person }
      index += 1
    }
    guard index <= limit, index > name.upperBound + 1, let person = nameStartingAt[index],
      personNameEnds.contains(person.upperBound - 1)
    else { return nil }
    return person
  }

  /// The subject after an inverted verb (`said Jane Doe`, `according to the Post`, `said he`).
  func subjectAfter(_ start: Int, limit: Int) -> Subject? {
    var index = start
    while index <= limit, tokens[index].isWord, !tokens[index].isCapitalised,
      tokens[index].has(.verbModifiers)
    {
      index += 1
    }
    guard index <= limit, isOutside(index) else { return nil }
    let token = tokens[index]
    let lower = token.lowercased
    if let pronoun = pronounAfter(index, limit: limit) { return pronoun }
    if let name = nameInRun(from: index, limit: limit) {
      if let person = personAfterNumberedUnit(name, limit: limit) { return .name(person) }
      if let role = roleAfterAffiliation(name, limit: limit) { return .described(role) }
      // "said Dale's mother, June Pruitt": the person the possessive describes.
      return .name(titledName(after: name, before: limit + 1) ?? name)
    }
    if let person = personAfterTitle(from: index, limit: limit) { return .name(person) }
    // "“I'm asking for a door that closes,” says grandmother": a description with no article, as a headline
    // or a standfirst writes it, of the person the text names next.
    if token.isWord, !token.isCapitalised, Self.isDescriptionHead(lower) || token.has(.relationWords),
      index + 1 > limit || !tokens[index + 1].isWord
    {
      return .described(index)
    }
    if let named = nameAfterTitleWords(from: index, limit: limit) { return named }
    if token.isWord, token.isCapitalised, !token.has(.titleWord) || isSurnameNotTitle(index),
      !NameFinder.isAdverb(tokens, index) { return .name(index..<(index + 1)) }
    if lower == "the", let described = definiteSubject(after: index, limit: limit) { return described }
    if let source = documentSource(from: index, limit: limit) { return source }
    if token.isWord,
      ["a", "an", "the", "one", "two", "several", "some", "many", "his", "her", "their", "its"].contains(lower)
      || token.has(.anonymousSourceHeads)
    {
      return .unnamed
    }
    return nil
  }

  /// After a cue's "the" at `index`: a description ("said the 27-year-old"), a title ("said the
  /// minister"), an organisation's noun ("said the ministry") or an organisation's name ("said the PDM").
  private func definiteSubject(after index: Int, limit: Int) -> Subject? {
    // "said the Czech", "said the South African": a demonym ending the cue, as before a verb.
    for end in [index + 1, index + 2] where end <= limit && (end == limit || !tokens[end + 1].isWord) {
      if let demonym = demonymDescription(end, lower: index) { return demonym }
    }
    if let end = stride(from: index + 1, through: min(limit, index + 4), by: 1).first(where: {
      definiteDescription(endingAt: $0, lower: index) != nil
    }) {
      return .pronoun(end, nil)
    }
    // "said the chief justice": one office, of two words that each only qualify a title elsewhere.
    if index + 2 <= limit, case let title = office(endingAt: index + 2, after: index), title != tokens[index + 2].lowercased {
      return .role(title, index + 2)
    }
    if let head = stride(from: index + 1, through: min(limit, index + 3), by: 1).first(where: { tokens[$0].has(.roleHead) }),
      (index + 1..<head).allSatisfy({ tokens[$0].isWord && (!tokens[$0].isCapitalised || !personNameEnds.contains($0)) }),
      head + 1 > limit || !(tokens[head + 1].isWord && tokens[head + 1].isCapitalised)
    {
      // "said the minister", "said the transport secretary", "said the Kipipiri MP", "said the Labour MP"
      return .role(tokens[head].lowercased, head)
    }
    if index + 1 <= limit,
      Gazetteer.organizationReferences.contains(tokens[index + 1].lowercased)
        || Gazetteer.issuedRecords.contains(tokens[index + 1].lowercased),
      index + 2 > limit || !tokens[index + 2].isWord || !tokens[index + 2].isCapitalised
    {
      return .organizationNoun(index + 1)
    }
    // "said the Foreign Ministry", "said the PDM": a name after "the" is an organisation's.
    if index + 1 <= limit, tokens[index + 1].isCapitalised,
      let name = nameInRun(from: index + 1, limit: limit), name.lowerBound == index + 1,
      name.upperBound > limit || !tokens[name.upperBound].isWord || tokens[name.upperBound].has(.functionWords)
    {
      return .name(name)
    }
    return nil
  }
}
