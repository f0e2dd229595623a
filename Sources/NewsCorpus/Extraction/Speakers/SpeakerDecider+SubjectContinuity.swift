/// A pronoun goes on with the subject before it, not with a name that only ends a phrase after a preposition.
extension SpeakerDecider {
  /// "Anjali's father, Suresh, sat beside his wife. When it was his turn, he set down his notes and spoke
  /// directly to Hollis. “…,” he said.": when the person a pronoun finds is, in that sentence, only the
  /// object of a preposition, and a pronoun of the same gender before it is the sentence's subject, the
  /// pronoun refers to whoever that earlier one does, resolved in its own place.
  func subjectOverObject(_ found: Antecedent?, gender: Gender?, notBefore limit: Int) -> Antecedent? {
    guard let found, let gender, let (paragraphIndex, sentence) = sentenceOf(ordinal: found.ordinal),
      let attributor = attributors[paragraphIndex]
    else { return found }
    let tokens = analysed[paragraphIndex].tokens
    let entityAt = entityAtToken[paragraphIndex]
    guard var start = tokens.indices.first(where: { tokens[$0].sentence == sentence && entityAt[$0] == found.entity })
    else { return found }
    while start > 0, entityAt[start - 1] == found.entity { start -= 1 }
    start = DocumentExtractor.titleStart(tokens, before: start)
    guard start > 0, tokens[start - 1].has(.prepositions) else { return found }
    let subject = gender == .male ? "he" : "she"
    guard let pronoun = tokens[..<start].indices.last(where: {
      tokens[$0].sentence == sentence && tokens[$0].lowercased == subject && attributor.isOutside($0)
    }),
      let earlier = entities.resolvePronoun(at: tokens[pronoun].range.lowerBound, gender: gender, notBefore: limit),
      earlier.entity != found.entity
    else { return found }
    return earlier
  }

  /// The paragraph and the sentence within it of a sentence's position in the document.
  private func sentenceOf(ordinal: Int) -> (Int, Int)? {
    guard let paragraph = sentenceBase.indices.last(where: {
      sentenceBase[$0] <= ordinal && ordinal < sentenceBase[$0] + analysed[$0].sentences.count
    }), analysed[paragraph].isBody
    else { return nil }
    return (paragraph, ordinal - sentenceBase[paragraph])
  }
}
