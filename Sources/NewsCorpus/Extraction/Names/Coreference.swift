/// A mention of a document entity outside quotation marks, as coreference walks back through them.
struct EntityMention {
  var offset: Int
  /// The paragraph's index times 10,000 plus the sentence's index in it: equal within one sentence.
  var sentence: Int
  /// The sentence's position in the document, counting every paragraph's sentences.
  var ordinal: Int
  var entity: Int
  /// Whether a speech verb follows the mention ("Lee said").
  var isSpeaking: Bool
}

/// The entity a pronoun or description refers to, and the sentence of the mention that named it.
struct Antecedent {
  var entity: Int
  var ordinal: Int
}

/// Coreference inside a document: the person or organisation a pronoun ("she", "it"), a title ("the
/// senator") or a noun ("the agency") refers to, walking back through the mentions before it.
extension LocalEntities {
  /// The person "the senator" at `offset` refers to: the one named last before it (within
  /// `pronounReach` mentions) whose title holds the role word.
  func resolveRole(_ word: String, at offset: Int) -> Antecedent? {
    var index = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    let stop = max(-1, index - Self.pronounReach)
    let wanted = Gazetteer.fullRole(word)
    while index > stop {
      let mention = personMentions[index]
      if items[mention.entity].roles.contains(where: { role in
        role.split(separator: " ").contains { Gazetteer.fullRole(String($0)) == wanted }
      }) {
        return Antecedent(entity: mention.entity, ordinal: mention.ordinal)
      }
      index -= 1
    }
    return nil
  }

  /// The organisation or outlet "it" at `offset` refers to: the one named last before it, in the
  /// same sentence or the one before.
  func resolveOrganizationPronoun(at offset: Int, sentence: Int) -> Antecedent? {
    let index = Self.lastIndex(before: offset, count: organizationMentions.count) { organizationMentions[$0].offset }
    guard index >= 0, sentence - organizationMentions[index].sentence <= 1 else { return nil }
    return Antecedent(entity: organizationMentions[index].entity, ordinal: organizationMentions[index].ordinal)
  }

  /// The organisation "the agency" at `offset` refers to: of those named before it, not before
  /// `limit`, the last whose name holds the noun ("the union" → "Teamsters Union"), else the last
  /// that is no law or event ("… Act", "… Summit"); an outlet only when `outlets` says the noun can mean one.
  func resolveOrganizationNoun(_ noun: String, at offset: Int, notBefore limit: Int, outlets: Bool) -> Antecedent? {
    var index = Self.lastIndex(before: offset, count: organizationMentions.count) { organizationMentions[$0].offset }
    var fallback: Antecedent?
    while index >= 0, organizationMentions[index].offset >= limit {
      let mention = organizationMentions[index]
      index -= 1
      guard outlets == (items[mention.entity].kind == .outlet) else { continue }
      let words = items[mention.entity].name.split(separator: " ").map { $0.lowercased() }
      if words.contains(noun) { return Antecedent(entity: mention.entity, ordinal: mention.ordinal) }
      if fallback == nil, let last = words.last, !Gazetteer.thingHeads.contains(last) {
        fallback = Antecedent(entity: mention.entity, ordinal: mention.ordinal)
      }
    }
    return fallback
  }

  /// The person a pronoun at `offset` refers to: in the nearest sentence before it that names a
  /// person of a compatible gender, the first one a speech verb follows ("Lee said Park had
  /// apologised": Lee), else the last one named.
  func resolvePronoun(at offset: Int, gender: Gender?, notBefore limit: Int) -> Antecedent? {
    var index = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    let stop = max(-1, index - Self.pronounReach)
    while index > stop, personMentions[index].offset >= limit {
      let sentence = personMentions[index].sentence
      var latest: EntityMention?
      var speaking: EntityMention?
      var scan = index
      while scan > stop, personMentions[scan].sentence == sentence {
        let mention = personMentions[scan]
        let known = items[mention.entity].gender
        if gender == nil || known == nil || known == gender {
          if latest == nil { latest = mention }
          if mention.isSpeaking { speaking = mention }  // the earliest: the main clause's speaker
        }
        scan -= 1
      }
      if let found = speaking ?? latest { return Antecedent(entity: found.entity, ordinal: found.ordinal) }
      index = scan
    }
    return nil
  }
}
