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
      !range.contains(where: { entityAt[$0].map { entities.items[$0].kind == .person } ?? false }),
      let head = (range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 5)).first(where: {
        Self.spokespersonWords.contains(words[$0].lowercased)
      })
    else { return nil }
    let isOrganization = { (index: Int) in entityAt[index].map { entities.items[$0].kind == .organization } ?? false }
    if let named = (range.lowerBound + 1..<head).first(where: isOrganization) { return entityAt[named] }
    guard head + 2 < range.upperBound, words[head + 1].lowercased == "for" else { return nil }
    return (head + 2..<min(range.upperBound, head + 5)).first(where: isOrganization).flatMap { entityAt[$0] }
  }
}
