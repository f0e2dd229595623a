/// "A spokeswoman for Manitoba Infrastructure disputed that. “…,” she said.": an unnamed spokesperson
/// speaks for the organisation, so a pronoun that stands for them stands for the organisation, as the
/// spokesperson's own cue does ("a Met Office spokesperson said").
extension SpeakerDecider {
  /// The organisation an unnamed spokesperson opening the sentence before speaks for ("a spokeswoman for
  /// X", "an X spokesperson"); nil when that sentence names a person, who may be the pronoun's.
  func organizationOfSpokespersonBefore(_ token: Int, _ paragraphIndex: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    guard let (before, range) = previousSentence(tokens[token].sentence, paragraphIndex), range.count >= 3 else {
      return nil
    }
    let words = analysed[before].tokens
    let entityAt = entityAtToken[before]
    guard ["a", "an"].contains(words[range.lowerBound].lowercased),
      !range.contains(where: { entityAt[$0].map { entities.items[$0].kind == .person } ?? false })
    else { return nil }
    let found = Self.spokespersonOrganization(in: words, range) { index in
      entityAt[index].map { entities.items[$0].kind == .organization } ?? false
    }
    return found.flatMap { entityAt[$0] }
  }

  /// Where the organisation lies that a spokesperson word among `sentence`'s first words speaks for: a
  /// token `isOrganization` accepts before that word ("an X spokesperson") or a few words after its "for"
  /// ("a spokeswoman for X"); nil when no spokesperson opens the sentence or none is named.
  static func spokespersonOrganization(in tokens: [Token], _ sentence: Range<Int>, isOrganization: (Int) -> Bool) -> Int? {
    guard let head = (sentence.lowerBound + 1..<min(sentence.upperBound, sentence.lowerBound + 9)).first(where: {
      spokespersonWords.contains(tokens[$0].lowercased)
    }) else { return nil }
    // "A Department of Health and Social Care spokesman said": further than four words only past a name.
    let inName = { (index: Int) in tokens[index].isCapitalised || ["of", "and", "for", "the"].contains(tokens[index].text) }
    guard head - sentence.lowerBound <= 4 || (sentence.lowerBound + 1..<head).allSatisfy(inName) else { return nil }
    if let named = (sentence.lowerBound + 1..<head).first(where: isOrganization) { return named }
    guard head + 2 < sentence.upperBound, tokens[head + 1].lowercased == "for" else { return nil }
    return (head + 2..<min(sentence.upperBound, head + 5)).first(where: isOrganization)
  }
}
