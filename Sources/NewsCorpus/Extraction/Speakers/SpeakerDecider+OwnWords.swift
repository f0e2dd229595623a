/// A speaker does not name themselves in the third person.
extension SpeakerDecider {
  /// "Semi Ratu … also impressed Keogh. “Semi's been knocking on the door for a while,” he said.": a person the
  /// quotation names in the third person is not the "he" or "she" who says it; the pronoun finds the next person
  /// back instead, when there is one.
  mutating func notNamedInOwnWords(_ choices: inout [SpeakerChoice?], _ paragraphIndex: Int) {
    let paragraph = analysed[paragraphIndex]
    for index in choices.indices {
      guard let choice = choices[index], let entity = choice.entity, entities.items[entity].kind == .person,
        let attribution = attributions[paragraphIndex][index], case .pronoun(let token, let gender) = attribution.subject,
        index < paragraph.spans.count, names(entity, in: paragraph.spans[index])
      else { continue }
      let limit = windowStart(paragraphIndex, bodyParagraphs: Self.pronounReachParagraphs)
      guard let other = entities.resolvePronoun(
        at: paragraph.tokens[token].range.lowerBound, gender: gender, notBefore: limit, excluding: entity)
      else { continue }
      var updated = choice
      updated.entity = other.entity
      let words = subjectWords(token, paragraphIndex)
      updated.reading = .resolved(
        "\(words) → \(entities.items[other.entity].name), not \(entities.items[entity].name), whom the quotation names")
      choices[index] = updated
    }
  }

  /// Whether the words in marks hold the person's first or last name as a word of its own, capitalised, outside a
  /// quotation inside them ("He always whispered in my ear, ‘Billie Jean King, you are the Queen’" is hers).
  private func names(_ entity: Int, in span: QuoteSpan) -> Bool {
    let content = span.content
    let words = LocalEntities.significantWords(entities.items[entity].name)
    guard words.count >= 2, let first = words.first, let last = words.last else { return false }
    return [first, last].contains { word in
      let needle = Array(word.utf8)
      guard needle.count >= 3, let initial = needle.first, initial >= 0x41, initial <= 0x5A else { return false }
      var start = content.lowerBound
      while start + needle.count <= content.upperBound {
        if bytes[start..<start + needle.count].elementsEqual(needle), !span.nested.contains(where: { $0.contains(start) }),
          start == content.lowerBound || !ByteText.isLetterOrDigit(at: start - 1, in: bytes),
          start + needle.count == content.upperBound || !ByteText.isLetterOrDigit(at: start + needle.count, in: bytes)
        {
          return true
        }
        start += 1
      }
      return false
    }
  }
}
