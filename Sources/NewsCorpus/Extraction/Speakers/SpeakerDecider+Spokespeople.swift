/// "the Kremlin spokesman added", "the ministry's spokeswoman said": a definite description of a
/// spokesperson is the person named before with that title, when the text has named one.
extension SpeakerDecider {
  /// The words a spokesperson's title holds.
  static let spokespersonWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

  /// The person named before whom a definite description of a spokesperson at the subject refers to:
  /// of those the text gives a spokesperson's title, the last named whose gender agrees and whose title
  /// or affiliation holds the organisation's name when the description names one ("the Home Office
  /// spokeswoman"); for an organisation's common noun ("the ministry's", "the police"), preferably one
  /// whose title holds that noun. Nil when no one fits, so the description speaks for the organisation.
  mutating func namedSpokesperson(_ subject: Subject, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading)?
  {
    guard let (head, qualifier) = definiteSpokesperson(subject, paragraphIndex) else { return nil }
    let tokens = analysed[paragraphIndex].tokens
    // "A spokesperson for Elections Canada said … “…,” the spokesperson said.": the one just introduced.
    if qualifier.name == nil, qualifier.noun == nil, let organization = organizationOfSpokespersonBefore(head, paragraphIndex) {
      let name = entities.items[organization].name
      return (organization, .pronoun, .resolved("\(qualifier.words) → \(name), whose spokesperson the sentence before speaks of"))
    }
    // "Later on Wednesday, a Government spokesman said … “…,” the spokesman said.": the one the sentence before
    // introduced without a name, whom no spokesperson named earlier is.
    if qualifier.name == nil, qualifier.noun == nil, introducesUnnamedSpokesperson(head, paragraphIndex) {
      return (nil, .none, .unresolved("\(qualifier.words) → the spokesperson the sentence before introduces, unnamed"))
    }
    let offset = tokens[head].range.lowerBound
    let word = tokens[head].lowercased
    let gender: Gender? = word == "spokesman" ? .male : word == "spokeswoman" ? .female : nil
    let mentions = entities.recentPersonMentions(before: offset, count: LocalEntities.pronounReach)
    let bearers = mentions.reversed().filter { mention in
      let known = entities.gender(of: mention.entity)
      return (gender == nil || known == nil || known == gender)
        && entities.items[mention.entity].roles.contains { Self.isSpokespersonTitle($0) }
    }
    let items = entities.items
    let names = { (entity: Int) -> String in
      (items[entity].roles + [items[entity].affiliation ?? ""]).joined(separator: " ").lowercased()
    }
    let found: EntityMention?
    if let name = qualifier.name {
      found = bearers.first { names($0.entity).contains(name) }
    } else if let noun = qualifier.noun {
      // A spokesperson whose title ties them to an organisation or a country speaks for no other one.
      found = bearers.first { names($0.entity).contains(noun) } ?? bearers.first { items[$0.entity].affiliation == nil }
    } else {
      found = bearers.first
    }
    guard let found else { return nil }
    let what = "\(qualifier.words) → \(entities.items[found.entity].name), the spokesperson named before"
    let distance = SubjectReading.distance(sentenceBase[paragraphIndex] + tokens[head].sentence - found.ordinal)
    entities.noteResolvedMention(
      entity: found.entity, offset: offset, sentence: paragraphIndex * 10_000 + tokens[head].sentence,
      ordinal: sentenceBase[paragraphIndex] + tokens[head].sentence)
    return (found.entity, .pronoun, .resolved("\(what), \(distance)"))
  }

  /// Whether the sentence before the one of `token` opens, past an opening phrase set off by a comma, with "a" or
  /// "an" and a spokesperson that no name follows ("Later on Wednesday, a Government spokesman said …").
  private func introducesUnnamedSpokesperson(_ token: Int, _ paragraphIndex: Int) -> Bool {
    let tokens = analysed[paragraphIndex].tokens
    guard let (before, range) = previousSentence(tokens[token].sentence, paragraphIndex), range.count >= 3 else {
      return false
    }
    let words = analysed[before].tokens
    var start = range.lowerBound
    if !["a", "an"].contains(words[start].lowercased),
      let comma = (start..<min(range.upperBound, start + 6)).first(where: { words[$0].isPunctuation(",") })
    {
      start = comma + 1
    }
    guard start < range.upperBound, ["a", "an"].contains(words[start].lowercased),
      let head = (start + 1..<min(range.upperBound, start + 5)).first(where: {
        Self.spokespersonWords.contains(words[$0].lowercased)
      }),
      head + 1 < range.upperBound, words[head + 1].has(.speechVerb)
    else { return false }
    return !(start..<head).contains { entityAtToken[before][$0] != nil }
  }

  /// Whether a title is a spokesperson's ("Kremlin spokesman", "spokeswoman for the ministry", "White
  /// House press secretary").
  static func isSpokespersonTitle(_ role: String) -> Bool {
    let words = role.lowercased().split(separator: " ")
    return words.contains { spokespersonWords.contains(String($0)) }
      || zip(words, words.dropFirst()).contains { $0 == "press" && $1 == "secretary" }
  }

  /// What a definite description of a spokesperson says: its words as written, and the organisation's
  /// name ("home office") or common noun ("ministry") that qualifies it, if any.
  struct SpokespersonQualifier {
    var words: String
    var name: String?
    var noun: String?
  }

  /// The spokesperson word a subject ends on or stands right before ("the Kremlin spokesman", "the
  /// ministry's spokesman", "the spokeswoman"), when "the" opens the description; and its qualifier.
  func definiteSpokesperson(_ subject: Subject, _ paragraphIndex: Int) -> (Int, SpokespersonQualifier)? {
    let tokens = analysed[paragraphIndex].tokens
    if case .name(let range) = subject, let head = spokespersonBefore(range, tokens) {
      // "the spokesman for the Kremlin said": the organisation after "for" qualifies the spokesman.
      let name = tokens[range].map(\.lowercased).joined(separator: " ")
      let words = tokens[(head - 1)..<range.upperBound].map(\.text).joined(separator: " ")
      return (head, SpokespersonQualifier(words: words, name: name, noun: nil))
    }
    let end: Int
    switch subject {
    case .name(let range): end = range.upperBound - 1
    case .organizationNoun(let token), .role(_, let token): end = token
    default: return nil
    }
    var head = end
    while head < tokens.count, head - end <= 2, !Self.spokespersonWords.contains(tokens[head].lowercased) {
      guard head == end || ["'s", "’s"].contains(tokens[head].text) else { return nil }
      head += 1
    }
    guard head < tokens.count, Self.spokespersonWords.contains(tokens[head].lowercased) else { return nil }
    var start = head
    while start > 0, head - start < 6, tokens[start - 1].isWord, tokens[start - 1].lowercased != "the",
      tokens[start - 1].isCapitalised || ["'s", "’s"].contains(tokens[start - 1].text)
        || tokens[start - 1].has(.roleWords)
        || !tokens[start - 1].has(.functionWords) && !tokens[start - 1].has(.speechVerb)
    {
      start -= 1
    }
    guard start > 0, tokens[start - 1].lowercased == "the" else { return nil }
    let qualifying = tokens[start..<head].filter { !["'s", "’s"].contains($0.text) }
    let capitalised = qualifying.filter(\.isCapitalised)
    let words = tokens[(start - 1)...head].map(\.text).joined(separator: " ").replacingOccurrences(of: " '", with: "'")
    return (
      head,
      SpokespersonQualifier(
        words: words, name: capitalised.isEmpty ? nil : capitalised.map(\.lowercased).joined(separator: " "),
        noun: qualifying.last(where: { !$0.isCapitalised })?.lowercased)
    )
  }

  /// The spokesperson word of "the spokesman for (the) NAME", before the name at `name`.
  private func spokespersonBefore(_ name: Range<Int>, _ tokens: [Token]) -> Int? {
    var index = name.lowerBound - 1
    if index >= 0, tokens[index].lowercased == "the" { index -= 1 }
    guard index >= 2, tokens[index].lowercased == "for", Self.spokespersonWords.contains(tokens[index - 1].lowercased),
      tokens[index - 2].lowercased == "the"
    else { return nil }
    return index - 1
  }
}
