/// The name-related steps of document extraction: genders, speech subjects, forced names, attributors.
extension DocumentExtractor {
  func learnGenders(_ paragraph: Analysed, _ entityAtToken: [Int: Int], _ entities: inout LocalEntities) {
    for sentence in paragraph.layout.sentenceTokens where !sentence.isEmpty {
      var person: Int?
      var several = false
      var gender: Gender?
      var conflicting = false
      for index in sentence where paragraph.tokens[index].quote == nil {
        if let entity = entityAtToken[index], entities.items[entity].kind == .person {
          if let known = person, known != entity { several = true }
          person = entity
          continue
        }
        guard person != nil else { continue }
        let word = paragraph.tokens[index].lowercased
        let found: Gender? =
          Gazetteer.malePronouns.contains(word) ? .male : Gazetteer.femalePronouns.contains(word) ? .female : nil
        guard let found else { continue }
        if let gender, gender != found { conflicting = true }
        gender = found
      }
      if let person, let gender, !several, !conflicting { entities.setGender(gender, of: person) }
    }
  }

  func isFollowedBySpeechVerb(_ tokens: [Token], _ start: Int) -> Bool {
    var index = start
    while index < tokens.count, tokens[index].isWord, Gazetteer.verbModifiers.contains(tokens[index].text) { index += 1 }
    guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalised else { return false }
    return Gazetteer.speechVerbIndex[tokens[index].text] != nil
  }

  func makeAttributor(_ paragraph: Analysed) -> SpeakerAttributor {
    var ending: [Int: Range<Int>] = [:]
    var starting: [Int: Range<Int>] = [:]
    var people = Set<Int>()
    for candidate in paragraph.candidates {
      ending[candidate.tokens.upperBound - 1] = candidate.tokens
      starting[candidate.tokens.lowerBound] = candidate.tokens
      if candidate.kind == .person { people.insert(candidate.tokens.upperBound - 1) }
    }
    return SpeakerAttributor(
      tokens: paragraph.tokens, spans: paragraph.spans, nameEndingAt: ending, personNameEnds: people,
      nameStartingAt: starting, layout: paragraph.layout,
      tentativePersonEnds: paragraph.tentativePersonEnds)
  }

  /// A name the attributor read as a subject that the name finder left out (a lone word opening a sentence).
  func forcedCandidate(_ tokens: [Token], endingAt last: Int) -> NameCandidate? {
    guard last < tokens.count, tokens[last].isWord else { return nil }
    var first = last
    while first > 0, last - first < 3, tokens[first - 1].isWord, tokens[first - 1].isCapitalised,
      !NameFinder.isTitleWord(tokens[first - 1].text), tokens[first - 1].sentence == tokens[last].sentence
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
