/// "The museum issued a statement … “…,” the statement said": a record speaks for whoever the text
/// says issued it.
extension SpeakerDecider {
  /// The issuer of the record a cue's subject names ("the statement"), with the reading `why` reports; failing
  /// one the text names, the organisation that spoke just before ("A Calgary Transit spokesperson said in an
  /// email … “…,” the statement said."); else an unnamed source.
  mutating func resolveRecord(_ token: Int, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading) {
    let noun = analysed[paragraphIndex].tokens[token].lowercased
    guard let (entity, paragraph) = recordIssuer(noun, before: token, paragraphIndex) else {
      if let issuer = recordIssuers[noun] {
        return (issuer, .pronoun, .resolved("the \(noun) → \(entities.items[issuer].name), whose \(noun) the text quoted before"))
      }
      guard let last = lastSpeaker, entities.items[last.entity].kind != .person,
        last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: 1)
      else { return (nil, .none, .unnamed) }
      return (last.entity, .pronoun, .resolved("the \(noun) → \(entities.items[last.entity].name), the organisation that spoke last"))
    }
    recordIssuers[noun] = entity
    let distance = paragraphIndex - paragraph
    let place = distance == 0 ? "in the same paragraph" : distance == 1 ? "1 paragraph back" : "\(distance) paragraphs back"
    let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    return (entity, .pronoun, .resolved("the \(noun) → \(entities.items[entity].name), who issued \(article) \(noun), \(place)"))
  }

  /// The entity that issued "a statement" (or another record) last before `token`, in its paragraph
  /// or the two body paragraphs before: the first name of that sentence not after a preposition.
  private func recordIssuer(_ noun: String, before token: Int, _ paragraphIndex: Int) -> (Int, Int)? {
    let first = windowParagraph(paragraphIndex, bodyParagraphs: 2)
    for index in stride(from: paragraphIndex, through: first, by: -1) where analysed[index].isBody {
      guard let attributor = attributors[index] else { continue }
      let tokens = analysed[index].tokens
      let end = index == paragraphIndex ? token : tokens.count
      // "a statement", "an emailed statement"; "In its written order, the court directed": the organisation the
      // sentence names by a noun.
      for at in stride(from: end - 1, through: 1, by: -1) where tokens[at].lowercased == noun && attributor.isOutside(at) {
        // Past one lowercase word between ("an emailed statement", "its written order").
        var before = at - 1
        if before >= 1, tokens[before].isWord, !tokens[before].isCapitalised,
          !["a", "an", "its", "their"].contains(tokens[before].lowercased)
        {
          before -= 1
        }
        let determiner = tokens[before].lowercased
        if ["a", "an"].contains(determiner), let entity = sentenceSubject(of: at, attributor, index) { return (entity, index) }
        if ["its", "their"].contains(determiner), let entity = organizationNamedByNoun(inSentenceOf: at, index) {
          return (entity, index)
        }
      }
    }
    return nil
  }

  /// The first name in the sentence of token `at` that no preposition governs: "the Holocaust Museum
  /// issued a statement", "In a statement, the Harbour Authority said"; before it, a name a speech verb
  /// follows ("Ohio Democratic Party spokeswoman Janelle Osei said in a statement"); with no name, the
  /// organisation a noun that speaks stands for ("The housing corporation said in an emailed statement").
  private func sentenceSubject(of at: Int, _ attributor: SpeakerAttributor, _ paragraphIndex: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    let sentence = analysed[paragraphIndex].layout.sentence(of: at, in: tokens)
    for index in sentence where attributor.isOutside(index) {
      guard let name = attributor.nameStartingAt[index], name.upperBound < sentence.upperBound,
        tokens[name.upperBound].isWord, !tokens[name.upperBound].isCapitalised, tokens[name.upperBound].has(.speechVerb),
        let entity = entityAtToken[paragraphIndex][name.upperBound - 1]
      else { continue }
      return entity
    }
    // "The club said in a statement … support Mr Ellis": a noun that opens the sentence and speaks comes first,
    // and when it finds no organisation the statement is an unnamed one's, not the person named after.
    if let noun = speakingNoun(after: sentence.lowerBound..<(sentence.lowerBound + 1), paragraphIndex) {
      return organization(speakingAt: noun, paragraphIndex)
    }
    if let entity = firstNameNotAfterPreposition(sentence, attributor, paragraphIndex) { return entity }
    return speakingNoun(after: sentence, paragraphIndex).flatMap { organization(speakingAt: $0, paragraphIndex) }
  }

  /// "the corporation said", "The housing corporation said": a noun for an organisation that a speech verb
  /// follows, right after a "the" in `articles` or one word after it.
  private func speakingNoun(after articles: Range<Int>, _ paragraphIndex: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    let end = analysed[paragraphIndex].layout.sentence(of: articles.lowerBound, in: tokens).upperBound
    for index in articles where index + 2 < end && tokens[index].lowercased == "the" && tokens[index].quote == nil {
      if let noun = ((index + 1)...min(index + 2, end - 2)).first(where: { at in
        Gazetteer.organizationReferences.contains(tokens[at].lowercased) && tokens[at + 1].has(.speechVerb)
      }) {
        return noun
      }
    }
    return nil
  }

  /// "the court", "the ministry" in the sentence of token `at`: the organisation the first such noun stands for.
  private func organizationNamedByNoun(inSentenceOf at: Int, _ paragraphIndex: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    let sentence = analysed[paragraphIndex].layout.sentence(of: at, in: tokens)
    guard let noun = sentence.dropLast().first(where: { index in
      index > sentence.lowerBound && tokens[index - 1].lowercased == "the" && tokens[index].quote == nil
        && !tokens[index].isCapitalised && Gazetteer.organizationReferences.contains(tokens[index].lowercased)
    }) else { return nil }
    return organization(speakingAt: noun, paragraphIndex)
  }

  /// The organisation the noun at `noun` stands for.
  private func organization(speakingAt noun: Int, _ paragraphIndex: Int) -> Int? {
    let token = analysed[paragraphIndex].tokens[noun]
    return entities.resolveOrganizationNoun(
      token.lowercased, at: token.range.lowerBound, notBefore: windowStart(paragraphIndex, bodyParagraphs: 3),
      outlets: Gazetteer.outletReferences.contains(token.lowercased))?.entity
  }

  private func firstNameNotAfterPreposition(
    _ sentence: Range<Int>, _ attributor: SpeakerAttributor, _ paragraphIndex: Int
  ) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      defer { index += 1 }
      guard attributor.isOutside(index), let name = attributor.nameStartingAt[index],
        let entity = entityAtToken[paragraphIndex][name.upperBound - 1]
      else { continue }
      var before = index - 1
      if before >= sentence.lowerBound, tokens[before].lowercased == "the" { before -= 1 }
      if before >= sentence.lowerBound, tokens[before].has(.prepositions) { continue }
      return entity
    }
    return nil
  }
}
