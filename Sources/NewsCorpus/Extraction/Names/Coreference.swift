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
  /// After a preposition ("given to Tinubu") or before "’s" ("Harvey's mum"): not the clause's subject.
  var isObject = false
  /// A name no pronoun refers to (`DocumentExtractor.isAside`): "asked about Pettipas's promise".
  var isAside = false
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
    if let wanted = Self.ages(of: word) { return lastPerson(before: offset) { wanted.contains(items[$0].age ?? -1) } }
    var index = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    let stop = max(-1, index - Self.pronounReach)
    let wanted = Gazetteer.fullRole(word)
    while index > stop {
      let mention = personMentions[index]
      if items[mention.entity].roles.contains(where: { Self.holds($0, wanted) }) {
        return Antecedent(entity: mention.entity, ordinal: mention.ordinal)
      }
      index -= 1
    }
    // "The mum of one of the boys described him …", before the text names her: the one who bears it,
    // when the text has named no one before the description (who would be the one it means).
    let bearers = bearers(of: wanted)
    let namedBefore = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset } >= 0
    guard bearers.count == 1, !namedBefore, let first = personMentions.first(where: { $0.entity == bearers[0] }) else { return nil }
    return Antecedent(entity: bearers[0], ordinal: first.ordinal)
  }

  /// The one person the whole document names with the title `word` stands for, wherever: nil when none or several.
  func soleBearer(of word: String) -> Antecedent? {
    let bearers = bearers(of: Gazetteer.fullRole(word))
    guard bearers.count == 1, let first = personMentions.first(where: { $0.entity == bearers[0] }) else { return nil }
    return Antecedent(entity: bearers[0], ordinal: first.ordinal)
  }

  /// The people whose titles hold the office `wanted` (a full role word), wherever the text names them.
  private func bearers(of wanted: String) -> [Int] {
    let offices = [wanted] + (Gazetteer.officeKinds[wanted] ?? [])
    let keys = Set(offices.map { $0.split(separator: " ").last.map(String.init) ?? $0 })
    let entities = keys.sorted().flatMap { roleBearers[$0] ?? [] }
    return entities.enumerated().filter { index, entity in
      !entities[..<index].contains(entity) && items[entity].roles.contains { Self.holds($0, wanted) }
    }.map(\.element)
  }

  /// Whether a title names the office a word does: "Health Minister" holds "minister", but "Shadow
  /// Chancellor" and "Deputy Speaker" hold neither "chancellor" nor "speaker".
  /// An office of two words ("prime minister", which "PM" stands for) is held where the title has both in order.
  /// A kind of office ("diplomat") is held by each office of that kind (`Gazetteer.officeKinds`).
  static func holds(_ role: String, _ wanted: String) -> Bool {
    holdsOffice(role, wanted) || Gazetteer.officeKinds[wanted]?.contains { holdsOffice(role, $0, ofKind: true) } == true
  }

  /// `ofKind`: a deputy's or a former holder's office is of the kind too (a deputy foreign minister is a diplomat).
  private static func holdsOffice(_ role: String, _ wanted: String, ofKind: Bool = false) -> Bool {
    let words = role.split(separator: " ").flatMap { Gazetteer.fullRole(String($0)).split(separator: " ") }
    let office = wanted.split(separator: " ").flatMap { Gazetteer.fullRole(String($0)).split(separator: " ") }
    guard !office.isEmpty, words.count >= office.count,
      let index = (0...(words.count - office.count)).first(where: { words[$0..<($0 + office.count)].elementsEqual(office) })
    else { return false }
    return index == 0 || ofKind || !["shadow", "deputy", "vice", "assistant", "former", "ex", "under"].contains(String(words[index - 1]))
  }

  /// The ages a description names: "27-year-old" 27; "boy", "girl", "teenager" under 18.
  static func ages(of word: String) -> ClosedRange<Int>? {
    if word.hasSuffix("-year-old"), let age = Int(word.split(separator: "-").first ?? "") { return age...age }
    let young: Set<String> = ["boy", "girl", "teenager", "teen", "child", "schoolboy", "schoolgirl", "youngster"]
    return young.contains(word) ? 0...17 : nil
  }

  /// The person named last before `offset` (else first after it) that `matches`.
  private func lastPerson(before offset: Int, where matches: (Int) -> Bool) -> Antecedent? {
    let index = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    let window = 200  // bounds the work per description
    let before = personMentions[max(0, index + 1 - window)..<(index + 1)].last { matches($0.entity) }
    let after = personMentions[(index + 1)..<min(personMentions.count, index + 1 + window)]
    guard let found = before ?? after.first(where: { matches($0.entity) }) else { return nil }
    return Antecedent(entity: found.entity, ordinal: found.ordinal)
  }

  /// The person named last before `offset`, at or after `limit`, outside asides, that `matches`.
  func lastPerson(before offset: Int, notBefore limit: Int, where matches: (Int) -> Bool) -> Antecedent? {
    var index = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    while index >= 0, personMentions[index].offset >= limit {
      let mention = personMentions[index]
      if !mention.isAside, matches(mention.entity) { return Antecedent(entity: mention.entity, ordinal: mention.ordinal) }
      index -= 1
    }
    return nil
  }

  /// The organisation or outlet "it" at `offset` (in sentence `ordinal`) refers to: the one named
  /// last before it, in the same sentence or the one before.
  func resolveOrganizationPronoun(at offset: Int, ordinal: Int) -> Antecedent? {
    let index = Self.lastIndex(before: offset, count: organizationMentions.count) { organizationMentions[$0].offset }
    guard index >= 0, ordinal - organizationMentions[index].ordinal <= 1 else { return nil }
    return Antecedent(entity: organizationMentions[index].entity, ordinal: organizationMentions[index].ordinal)
  }

  /// The organisation "the agency" at `offset` refers to: of those named before it, not before
  /// `limit`, the last whose name holds the noun ("the union" → "Teamsters Union"), else the last
  /// that is no law or event ("… Act", "… Summit"); an outlet only when `outlets` says the noun can mean one.
  func resolveOrganizationNoun(_ noun: String, at offset: Int, notBefore limit: Int, outlets: Bool) -> Antecedent? {
    var index = Self.lastIndex(before: offset, count: organizationMentions.count) { organizationMentions[$0].offset }
    let stop = max(-1, index - Self.pronounReach)
    var fallback: Antecedent?
    // One whose name holds the noun anywhere before ("the University of Otago" … "the university said"),
    // within `pronounReach` mentions; another organisation only within `limit`.
    while index > stop {
      let mention = organizationMentions[index]
      index -= 1
      guard outlets == (items[mention.entity].kind == .outlet) else { continue }
      let words = items[mention.entity].name.split(separator: " ").map { $0.lowercased() }
      if words.contains(noun) || Gazetteer.organizationReferenceNames[noun]?.contains(where: words.contains) == true {
        return Antecedent(entity: mention.entity, ordinal: mention.ordinal)
      }
      // A name whose short form the text defines ("Rapid Support Forces (RSF)") is an organisation's, whatever its head.
      let isThing = words.last.map(Gazetteer.thingHeads.contains) ?? true && items[mention.entity].aliases.isEmpty
      if fallback == nil, mention.offset >= limit, !isThing,
        !Gazetteer.namedOnlyReferences.contains(noun), Gazetteer.organizationReferenceNames[noun] == nil
      {
        fallback = Antecedent(entity: mention.entity, ordinal: mention.ordinal)
      }
    }
    return fallback
  }

  /// The person a pronoun at `offset` refers to: in the nearest sentence before it that names a
  /// person of a compatible gender, the first one a speech verb follows ("Lee said Park had
  /// apologised": Lee), else the first that is no object ("Onanuga rejected the label given to
  /// Tinubu"), else the last one named. People something besides capitals marks as people are tried
  /// first; a capitalised run that may be a place ("El Fasher") only when no such person is near.
  func resolvePronoun(at offset: Int, gender: Gender?, notBefore limit: Int, excluding excluded: Int? = nil) -> Antecedent? {
    nearestPerson(before: offset, gender: gender, notBefore: limit, likelyOnly: true, excluding: excluded)
      ?? nearestPerson(before: offset, gender: gender, notBefore: limit, likelyOnly: false, excluding: excluded)
  }

  /// The person a pronoun at `offset` would find among those something besides capitals marks as people.
  func resolveLikelyPerson(at offset: Int, notBefore limit: Int) -> Antecedent? {
    nearestPerson(before: offset, gender: nil, notBefore: limit, likelyOnly: true)
  }

  private func nearestPerson(
    before offset: Int, gender: Gender?, notBefore limit: Int, likelyOnly: Bool, excluding excluded: Int? = nil
  ) -> Antecedent? {
    let mentions = recentPersonMentions(before: offset, count: Self.pronounReach)
    var index = mentions.count - 1
    while index >= 0, mentions[index].offset >= limit {
      let sentence = mentions[index].sentence
      var latest: EntityMention?
      var subject: EntityMention?
      var speaking: EntityMention?
      // "Cllr Tomás Breathnach said …, while Cllr Mary Hennessy said …. “…,” she said.": of two speakers in
      // one sentence, the one known to be of the pronoun's gender.
      var agreeingSpeaker: EntityMention?
      var scan = index
      while scan >= 0, mentions[scan].sentence == sentence {
        let mention = mentions[scan]
        let known = self.gender(of: mention.entity)
        // A name the sentence has speak ("Pradeep Dahiya, executive engineer, said") is a person's, whatever the
        // given-name lexicon knows of it.
        if gender == nil || known == nil || known == gender, !likelyOnly || items[mention.entity].isLikelyPerson || mention.isSpeaking,
          !mention.isAside, mention.entity != excluded
        {
          if latest == nil { latest = mention }
          if !mention.isObject { subject = mention }  // the earliest
          if mention.isSpeaking { speaking = mention }  // the earliest: the main clause's speaker
          if mention.isSpeaking, gender != nil, known == gender { agreeingSpeaker = mention }
        }
        scan -= 1
      }
      if let found = agreeingSpeaker ?? speaking ?? subject ?? latest { return Antecedent(entity: found.entity, ordinal: found.ordinal) }
      index = scan
    }
    return nil
  }
}
