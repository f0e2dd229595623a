/// A cue's subject resolved to a document entity: a name directly, a pronoun or description through
/// coreference, with the reading `why` reports.
extension SpeakerDecider {
  /// How many body paragraphs back a pronoun, or a title no one named holds, looks for its person.
  static let pronounReachParagraphs = 4

  mutating func resolve(_ subject: Subject, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading) {
    if let spokesperson = namedSpokesperson(subject, paragraphIndex) { return spokesperson }
    let paragraph = analysed[paragraphIndex]
    switch subject {
    case .name(let range):
      if let named = namedByReference(range, paragraphIndex) { return named }
      let entity = entityAtToken[paragraphIndex][range.upperBound - 1]
      if let entity, let titled = namesakeTheSentenceBeforeDescribes(entity, range, paragraphIndex) {
        entities.learnRole(titled.title, of: titled.entity)
        return (titled.entity, .named, .resolved("\(entities.items[titled.entity].name), the \(titled.title) the sentence before speaks of"))
      }
      return (entity, .named, .named)
    case .pronoun(let token, let gender):
      return resolvePronoun(token, gender, paragraphIndex)
    case .role(let word, let token):
      return resolveRole(word, token, paragraphIndex)
    case .organizationPronoun(let token):
      return resolveOrganizationPronoun(token, paragraphIndex)
    case .organizationNoun(let token):
      let noun = paragraph.tokens[token].lowercased
      if Gazetteer.issuedRecords.contains(noun) { return resolveRecord(token, paragraphIndex) }
      // "The bench observed" where the article names one judge ("Justice Deshpande"): that judge.
      if noun == "bench", let judge = entities.soleBearer(of: "judge") {
        return reading(judge, token, paragraphIndex, "the one judge the article names", kind: .pronoun)
      }
      let limit = windowStart(paragraphIndex, bodyParagraphs: 2)
      let found = entities.resolveOrganizationNoun(
        noun, at: paragraph.tokens[token].range.lowerBound, notBefore: limit,
        outlets: Gazetteer.outletReferences.contains(noun))
      return reading(found, token, paragraphIndex, "nearest organisation of that kind", kind: .pronoun)
    case .groupPronoun(let token):
      // "A Met Office spokesperson said … They added:": the organisation that spoke just before.
      guard let last = lastSpeaker, entities.items[last.entity].kind != .person,
        last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: 1)
      else { return (nil, .none, .unnamed) }
      let words = subjectWords(token, paragraphIndex)
      return (last.entity, .pronoun, .resolved("\(words) → \(entities.items[last.entity].name), the organisation that spoke last"))
    case .described(let token):
      return resolveDescribed(token, paragraphIndex)
    case .unnamed:
      return (nil, .none, .unnamed)
    }
  }

  /// "Police said in a separate statement" after "the Singapore Police Force": a word that refers to an organisation
  /// of its kind, capitalised only because it opens the sentence, is the one the text named before with it.
  private mutating func namedByReference(_ range: Range<Int>, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading)? {
    let tokens = analysed[paragraphIndex].tokens
    guard range.count == 1, range.lowerBound == analysed[paragraphIndex].layout.sentence(of: range.lowerBound, in: tokens).lowerBound,
      Gazetteer.namedOnlyReferences.contains(tokens[range.lowerBound].lowercased)
    else { return nil }
    let noun = tokens[range.lowerBound].lowercased
    let found = entities.resolveOrganizationNoun(
      noun, at: tokens[range.lowerBound].range.lowerBound, notBefore: 0, outlets: false)
    guard let found, case let words = entities.items[found.entity].name.lowercased().split(separator: " "),
      words.count > 1, words.contains(Substring(noun))
    else { return nil }
    return reading(found, range.lowerBound, paragraphIndex, "the organisation of that kind named before", kind: .pronoun)
  }

  /// "she said": the person (or the organisation whose spokesperson) the pronoun stands for, nearest first.
  private mutating func resolvePronoun(_ token: Int, _ gender: Gender?, _ paragraphIndex: Int)
    -> (Int?, AttributionKind, SubjectReading)
  {
    let paragraph = analysed[paragraphIndex]
    // "19-year-old Calum Mackie … “…,” said the 19-year-old": the one the text gave that age.
    let word = paragraph.tokens[token].lowercased
    if word.hasSuffix("-year-old"), let aged = entities.resolveRole(word, at: paragraph.tokens[token].range.lowerBound) {
      return reading(aged, token, paragraphIndex, "whom the text gave that age", kind: .pronoun)
    }
    if let (described, how) = describedInSentenceBefore(token, paragraphIndex, gender: gender) {
      return reading(described, token, paragraphIndex, how, kind: .pronoun)
    }
    if let relative = relativeInSentenceBefore(token, paragraphIndex, gender: gender) {
      return reading(relative, token, paragraphIndex, "the relative the sentence before speaks of", kind: .pronoun)
    }
    if !["he", "she"].contains(paragraph.tokens[token].lowercased),
      let found = referentOfSentenceOpener(token, paragraphIndex, gender: gender)
    {
      return reading(found, token, paragraphIndex, Self.sentenceOpenerReading, kind: .pronoun)
    }
    if gender != nil, let organization = organizationOfSpokespersonBefore(token, paragraphIndex) {
      let words = subjectWords(token, paragraphIndex)
      let name = entities.items[organization].name
      return (organization, .pronoun, .resolved("\(words) → \(name), whose spokesperson the sentence before speaks of"))
    }
    let limit = windowStart(paragraphIndex, bodyParagraphs: Self.pronounReachParagraphs)
    let topic = parentheticalTopic(token, paragraphIndex)
    let found = subjectOverObject(
      entities.resolvePronoun(
        at: paragraph.tokens[token].range.lowerBound, gender: gender, notBefore: limit, excluding: topic),
      gender: gender, notBefore: limit)
    let what = gender.map { $0 == .male ? "male person" : "female person" } ?? "person"
    if isPresentTenseCue(after: token, in: paragraph), let speaker = speakerOverRelative(found, paragraphIndex, gender: gender) {
      return reading(speaker, token, paragraphIndex, "the \(what) quoted just before, not a relative named since", kind: .pronoun)
    }
    if let found, let gender { entities.setGender(gender, of: found.entity) }
    if found == nil, let speaker = lastQuotedPerson(paragraphIndex, gender: gender) {
      return reading(speaker, token, paragraphIndex, "the \(what) quoted last", kind: .pronoun)
    }
    if found == nil, let named = personNamedNext(after: token, paragraphIndex, gender: gender) {
      return reading(named, token, paragraphIndex, "the person the next paragraph names", kind: .pronoun)
    }
    return reading(found, token, paragraphIndex, "nearest \(what)", kind: .pronoun)
  }

  /// `Clinton, she said, “has some advantages …”`: the person named right before a pronoun's cue set off by commas
  /// is whom the words are about, not who says them.
  private func parentheticalTopic(_ token: Int, _ paragraphIndex: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    guard token >= 2, token + 2 < tokens.count, tokens[token - 1].isPunctuation(","), tokens[token + 1].has(.speechVerb),
      tokens[token + 2].isPunctuation(","), let entity = entityAtToken[paragraphIndex][token - 2],
      entities.items[entity].kind == .person
    else { return nil }
    return entity
  }

  /// "it said": the organisation named last in this sentence or the one before, else the one that spoke
  /// just before, else the one a noun in the sentence before speaks of.
  private mutating func resolveOrganizationPronoun(_ token: Int, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading) {
    let paragraph = analysed[paragraphIndex]
    let ordinal = sentenceBase[paragraphIndex] + paragraph.tokens[token].sentence
    let found = entities.resolveOrganizationPronoun(at: paragraph.tokens[token].range.lowerBound, ordinal: ordinal)
    // "In a statement, the company said it had … “…,” it said.": the organisation that spoke just before,
    // when the text named it by a noun ("the company") and not by its name.
    if found == nil, let last = lastSpeaker, entities.items[last.entity].kind != .person,
      last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: 1)
    {
      let words = subjectWords(token, paragraphIndex)
      return (last.entity, .pronoun, .resolved("\(words) → \(entities.items[last.entity].name), the organisation that spoke last"))
    }
    if found == nil, let described = organizationNounInSentenceBefore(token, paragraphIndex) {
      return reading(described, token, paragraphIndex, "the organisation the sentence before speaks of", kind: .pronoun)
    }
    return reading(found, token, paragraphIndex, "organisation named last", kind: .pronoun)
  }

  /// "A mum-of-three has told how …" before the text names anyone: the person the next body paragraph
  /// opens with ("Kerry-Ann Mulvey, 36, was woken …"), who is the one described; else an unnamed source.
  private mutating func resolveDescribed(_ token: Int, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading) {
    let word = analysed[paragraphIndex].tokens[token].lowercased
    if let found = describedOpeningNext(token, paragraphIndex) {
      return reading(found, token, paragraphIndex, "the person the next paragraph opens with", kind: .pronoun)
    }
    // "with a judge describing his conduct as …" above "Justice Amrita Sandhu said": an office one person
    // of the document holds, named only later, when the next paragraph does not open with them.
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    if Self.officeWords.contains(Gazetteer.fullRole(word)), let sole = entities.soleBearer(of: word),
      !entities.personMentions.contains(where: { $0.entity == sole.entity && $0.offset < offset })
    {
      return reading(sole, token, paragraphIndex, "the one the text names with that title", kind: .pronoun)
    }
    return (nil, .none, .unnamed)
  }

  /// The person the next body paragraph opens with, when no person is named before the description and
  /// that person fits it (gender, and a title that holds the description's office).
  private func describedOpeningNext(_ token: Int, _ paragraphIndex: Int) -> Antecedent? {
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    let mentions = entities.personMentions
    var next = paragraphIndex + 1
    while next < analysed.count, !analysed[next].isBody { next += 1 }
    guard next < analysed.count, let first = mentions.first(where: { analysed[next].range.contains($0.offset) }),
      // No one named before but the person the next paragraph opens with, as a caption may ("Damage to the office
      // of DUP MLA Gareth Mullan (Pic: …)" above "A DUP MLA has said …").
      !mentions.contains(where: { $0.offset < offset && $0.entity != first.entity }),
      !first.isObject,
      analysed[next].range.contains(first.offset),
      first.offset - analysed[next].range.lowerBound <= Self.openingReach
    else { return nil }
    let word = analysed[paragraphIndex].tokens[token].lowercased
    let said = SpeakerAttributor.descriptionGender(word)
    let known = entities.gender(of: first.entity)
    let title = Gazetteer.fullRole(word)
    guard said == nil || known == nil || said == known,
      !Gazetteer.roleWords.contains(word) || entities.items[first.entity].roles.contains(where: { LocalEntities.holds($0, title) })
        || entities.items[first.entity].roles.isEmpty && isCloseToNext(token, paragraphIndex, next)
    else { return nil }
    return Antecedent(entity: first.entity, ordinal: first.ordinal)
  }

  /// Whether the description opens its paragraph's first sentence and the paragraph is the one before
  /// `next`: a lede ("A DUP MLA has said …") whose next paragraph names the person, with no title given.
  private func isCloseToNext(_ token: Int, _ paragraphIndex: Int, _ next: Int) -> Bool {
    opensLede(token, paragraphIndex) && windowParagraph(next, bodyParagraphs: 1) == paragraphIndex
  }

  /// Whether the token stands among the first words of its paragraph's first sentence, where a lede puts its subject.
  private func opensLede(_ token: Int, _ paragraphIndex: Int) -> Bool {
    token <= 4 && analysed[paragraphIndex].tokens[token].sentence == 0
  }

  /// "The Kremlin's spokesman said … “…,” he said." / "Pavel Rudnev told journalists …": a pronoun
  /// no one named before fits is the person the next body paragraph opens with, when that is the
  /// first time the text names them, in full, they are the subject of a speech verb there, and the
  /// gender agrees.
  private func personNamedNext(after token: Int, _ paragraphIndex: Int, gender: Gender?) -> Antecedent? {
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    var next = paragraphIndex + 1
    while next < analysed.count, !analysed[next].isBody { next += 1 }
    let mentions = entities.personMentions
    guard next < analysed.count, let first = mentions.first(where: { $0.offset > offset }), !first.isObject,
      analysed[next].range.contains(first.offset), first.offset - analysed[next].range.lowerBound <= Self.openingReach,
      !mentions.contains(where: { $0.entity == first.entity && $0.offset < offset }),
      entities.items[first.entity].name.utf8.contains(UInt8(ascii: " ")),
      gender == nil || entities.gender(of: first.entity) == nil || entities.gender(of: first.entity) == gender,
      speaksFirst(first.entity, in: next)
    else { return nil }
    return Antecedent(entity: first.entity, ordinal: first.ordinal)
  }

  /// Whether the first speech verb of a paragraph's first sentence, within `speakingReach` tokens, has
  /// `entity` as its named subject ("Pavel Rudnev told journalists …", "Dr Ann Lee, chief executive of the
  /// Wessex trust, said …", not a later "Putin would be briefed").
  private func speaksFirst(_ entity: Int, in paragraphIndex: Int) -> Bool {
    guard let attributor = attributors[paragraphIndex] else { return false }
    let tokens = analysed[paragraphIndex].tokens
    let first = analysed[paragraphIndex].layout.sentence(of: 0, in: tokens)
    for end in 1..<max(1, min(first.upperBound, Self.speakingReach)) {
      guard let reported = attributor.cueBefore(from: 0, to: end) else { continue }
      guard case .name(let range) = reported.subject else { return false }
      return entityAtToken[paragraphIndex][range.upperBound - 1] == entity
    }
    return false
  }

  /// How many tokens into a paragraph its first speech verb may stand: past a name and its appositive title.
  static let speakingReach = 24

  /// How far into a paragraph (in bytes) a name still opens it, past a title ("Detective Sergeant").
  static let openingReach = 40

  /// Whether "the diplomat" follows a sentence that brings in "a Western diplomat": a kind of office
  /// (`Gazetteer.officeKinds`) then names that one, unnamed, not a foreign minister named before.
  private func introducesUnnamedOfKind(_ word: String, _ token: Int, _ paragraphIndex: Int) -> Bool {
    guard Gazetteer.officeKinds[word] != nil,
      let (before, range) = previousSentence(analysed[paragraphIndex].tokens[token].sentence, paragraphIndex)
    else { return false }
    let words = analysed[before].tokens
    return range.contains { index in
      ["a", "an"].contains(words[index].lowercased)
        && (index + 1..<min(range.upperBound, index + 4)).contains { words[$0].lowercased == word }
    }
  }

  /// "the senator": the person named before who holds the title, else, for "the forecaster" with
  /// nothing between "the" and the word, the organisation named before, else (not for "the
  /// spokesman", who may be nobody named) the person named last, as a pronoun would.
  private mutating func resolveRole(_ word: String, _ token: Int, _ paragraphIndex: Int)
    -> (Int?, AttributionKind, SubjectReading)
  {
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    if !introducesUnnamedOfKind(word, token, paragraphIndex), let found = entities.resolveRole(word, at: offset) {
      return reading(found, token, paragraphIndex, "who holds that title", kind: .pronoun)
    }
    let tokens = analysed[paragraphIndex].tokens
    // "Price's barrister said": someone the possessor is not, so never the person named last (often the possessor).
    if token > 0, ["'s", "’s"].contains(tokens[token - 1].text) {
      return (nil, .none, .unresolved("'s \(word) → no one named with that title"))
    }
    if let described = resolveDescription(word, token, paragraphIndex) { return described }
    if Gazetteer.organizationRoles.contains(word), token > 0, tokens[token - 1].lowercased == "the" {
      let found = entities.resolveOrganizationNoun(
        word, at: offset, notBefore: windowStart(paragraphIndex, bodyParagraphs: 2), outlets: false)
      if found != nil { return reading(found, token, paragraphIndex, "the organisation named before", kind: .pronoun) }
    }
    guard !Gazetteer.anonymousSourceHeads.contains(word) else {
      // "The leader of England’s largest teaching union has warned …" above "Dr Nadia Farrant, the joint general
      // secretary of the union, said …": a lede's definite title, for the person the next paragraph introduces.
      if token > 0, opensLede(token, paragraphIndex), tokens[token - 1].lowercased == "the",
        let next = personNamedNext(after: token, paragraphIndex, gender: nil), !isUsedBefore(word, token, paragraphIndex)
      {
        return reading(next, token, paragraphIndex, "the person the next paragraph opens with", kind: .pronoun)
      }
      if Self.occupationWords.contains(word), let found = personQuotedJustBefore(paragraphIndex) {
        // "…,” he said. “…,” the diplomat added.": the person whose words come just before.
        return reading(found, token, paragraphIndex, "the person quoted just before", kind: .pronoun)
      }
      if let press = pressOfficerQuotedLast(word, paragraphIndex) {
        return reading(press, token, paragraphIndex, "the press officer quoted just before", kind: .pronoun)
      }
      return spokespersonOfOrganizationAbove(word, paragraphIndex) ?? (nil, .none, .unresolved("the \(word) → no one with that title"))
    }
    let limit = windowStart(paragraphIndex, bodyParagraphs: Self.pronounReachParagraphs)
    let isDemonym = Gazetteer.country(ofDemonym: tokens[token].text) != nil
      || token > 0 && Gazetteer.country(ofDemonym: tokens[token - 1].text + " " + tokens[token].text) != nil
    if isDemonym,
      let found = lastPersonOutsideSubordinateClause(before: offset, notBefore: limit)
    {
      return reading(found, token, paragraphIndex, "nearest person outside a subordinate clause", kind: .pronoun)
    }
    // "Judge told him: …" in a standfirst above "Judge Anthony Whitcombe told him": an office written bare,
    // as headlines write it, that no one named before holds and exactly one person of the document holds.
    let isBare = tokens[token].isCapitalised && (token == 0 || !["the", "a", "an", "this"].contains(tokens[token - 1].lowercased))
    if isBare, Self.officeWords.contains(Gazetteer.fullRole(word)), let bearer = entities.soleBearer(of: word) {
      return reading(bearer, token, paragraphIndex, "the one the text names with that title", kind: .pronoun)
    }
    return nearestPerson(for: word, token, paragraphIndex, notBefore: limit)
  }

  /// The title's person when no one named holds it: the person named last (for an office, the last one
  /// with an office), else the person the next paragraph introduces.
  private mutating func nearestPerson(for word: String, _ token: Int, _ paragraphIndex: Int, notBefore limit: Int)
    -> (Int?, AttributionKind, SubjectReading)
  {
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    let gender = SpeakerAttributor.descriptionGender(word)
    var found = entities.resolvePronoun(at: offset, gender: gender, notBefore: limit)
    // "the minister said" when no one named holds the office: not the last person named if the text gave
    // them a title that is no office (a trust's chair, a party's leader), but the last one it named without
    // any ("Rishi Sunak … the chancellor") or with another office ("Helen Ashworth, the transport secretary
    // … the minister").
    if let person = found, Self.officeWords.contains(Gazetteer.fullRole(word)), !holdsAnOffice(person.entity) {
      found = entities.lastPerson(before: offset, notBefore: limit) { entity in
        holdsAnOffice(entity) && (gender == nil || entities.gender(of: entity).map { $0 == gender } ?? true)
      }
      if found == nil { return (nil, .none, .unresolved("the \(word) → no one with that title")) }
    }
    // "“…”, the head of one of England's busiest trusts has warned." above "Dr Ann Lee, its chief executive,
    // said …": a title no one named before holds, and the text has not used ("a senior engineer … the
    // engineer"), introduces the person the next paragraph opens with.
    if found == nil, let next = personNamedNext(after: token, paragraphIndex, gender: gender),
      !isUsedBefore(word, token, paragraphIndex)
    {
      return reading(next, token, paragraphIndex, "the person the next paragraph opens with", kind: .pronoun)
    }
    // "Winnipeg’s police chief says …" above "Chief Daniel Rourke made the warning …": a lede's title, held by
    // the person the next paragraph opens with, though no speech verb follows the name there.
    if found == nil, let next = describedOpeningNext(token, paragraphIndex), !isUsedBefore(word, token, paragraphIndex) {
      return reading(next, token, paragraphIndex, "the person the next paragraph opens with", kind: .pronoun)
    }
    let what = gender.map { $0 == .male ? "nearest male person" : "nearest female person" } ?? "nearest person"
    return reading(found, token, paragraphIndex, what, kind: .pronoun)
  }

  /// Whether the text uses `word` before the token at `token` of paragraph `paragraphIndex`.
  private func isUsedBefore(_ word: String, _ token: Int, _ paragraphIndex: Int) -> Bool {
    analysed[paragraphIndex].tokens[..<token].contains { $0.lowercased == word }
      || analysed[..<paragraphIndex].contains { $0.tokens.contains { $0.lowercased == word } }
  }

  /// Cues in the past that report what someone said, not a participle that may describe something else
  /// ("those writing maximum-limit checks").
  static let reportingCues: Set<String> = ["said", "told", "added", "stated", "explained", "noted", "argued", "insisted", "warned"]

  /// The person whose words come last before this quotation: earlier in its paragraph, else quoted or
  /// reported in the paragraph before.
  private func personQuotedJustBefore(_ paragraphIndex: Int) -> Antecedent? {
    if let person = paragraphPerson { return person }
    let previous = windowParagraph(paragraphIndex, bodyParagraphs: 1)
    if let last = result.quotations.last, let entity = last.speaker, entities.items[entity].kind == .person,
      last.paragraph >= previous
    {
      return Antecedent(entity: entity, ordinal: sentenceBase[last.paragraph] + last.sentence)
    }
    // "… Alexander Grushin said in an interview on Thursday. ¶ “…,” the diplomat said.": the person whose
    // speech the paragraph before reports.
    guard previous < paragraphIndex, let attributor = attributors[previous], let reported = attributor.lastReportedSpeech(),
      Self.reportingCues.contains(reported.cue.lowercased()), case .name(let range) = reported.subject,
      let entity = entityAtToken[previous][range.upperBound - 1], entities.items[entity].kind == .person
    else { return nil }
    return Antecedent(entity: entity, ordinal: sentenceBase[previous] + analysed[previous].tokens[range.lowerBound].sentence)
  }

  /// "A University of Bristol spokesperson said … “…,” the spokesperson said.": the organisation a
  /// spokesperson spoke for in the paragraph just above.
  private func spokespersonOfOrganizationAbove(_ word: String, _ paragraphIndex: Int) -> (Int?, AttributionKind, SubjectReading)? {
    guard SpeakerAttributor.spokesWords.contains(word), word != "statement" else { return nil }
    let previous = windowParagraph(paragraphIndex, bodyParagraphs: 1)
    guard previous < paragraphIndex, analysed[previous].isBody, let attributor = attributors[previous], let last = analysed[previous].tokens.indices.last,
      let found = attributor.cueBefore(from: max(0, last - SpeakerAttributor.cueReach), to: last),
      case .name(let range) = found.subject, let entity = entityAtToken[previous][range.upperBound - 1],
      entities.items[entity].kind != .person
    else { return nil }
    return (entity, .pronoun, .resolved("the \(word) → \(entities.items[entity].name), whose spokesperson spoke just above"))
  }

  /// An age ("the 29-year-old"), or a description no table makes an office, an organisation or an unnamed
  /// source ("the defender").
  private mutating func resolveDescription(_ word: String, _ token: Int, _ paragraphIndex: Int)
    -> (Int?, AttributionKind, SubjectReading)?
  {
    if word.hasSuffix("-year-old"), let aged = resolveAge(word, token, paragraphIndex) { return aged }
    if Gazetteer.anonymousSourceHeads.contains(word) { return definiteManOrWoman(word, token, paragraphIndex) }
    guard !Gazetteer.organizationRoles.contains(word),
      !Self.officeWords.contains(Gazetteer.fullRole(word)), !Gazetteer.relationWords.contains(word),
      let found = referentOfSentenceOpener(token, paragraphIndex, gender: SpeakerAttributor.descriptionGender(word))
    else { return nil }
    return reading(found, token, paragraphIndex, Self.sentenceOpenerReading, kind: .pronoun)
  }

  /// "Alhaji Musibau Ajani said … “…,” the elderly man said": "the man" or "the woman" is the person of that
  /// sex named in this paragraph or the one before; "a man" is someone the text does not name.
  private mutating func definiteManOrWoman(_ word: String, _ token: Int, _ paragraphIndex: Int)
    -> (Int?, AttributionKind, SubjectReading)?
  {
    guard ["man", "woman"].contains(word), let gender = SpeakerAttributor.descriptionGender(word) else { return nil }
    let tokens = analysed[paragraphIndex].tokens
    var the = token - 1
    while the > 0, token - the < 3, tokens[the].isWord, tokens[the].lowercased != "the" { the -= 1 }
    guard the >= 0, tokens[the].lowercased == "the", !introducesSomeoneUnnamed(word, before: token, paragraphIndex) else { return nil }
    let limit = windowStart(paragraphIndex, bodyParagraphs: 1)
    guard let found = entities.resolvePronoun(at: tokens[token].range.lowerBound, gender: gender, notBefore: limit)
    else { return nil }
    return reading(found, token, paragraphIndex, "the person of that sex named just before", kind: .pronoun)
  }

  /// "One man in Manchester … “…,” the man shouted", "Another Muslim who … “…,” the man said": someone the
  /// text brought in without a name, in this paragraph or the one before, whom "the man" means.
  private func introducesSomeoneUnnamed(_ word: String, before token: Int, _ paragraphIndex: Int) -> Bool {
    return (windowParagraph(paragraphIndex, bodyParagraphs: 1)...paragraphIndex).contains { index in
      let tokens = analysed[index].tokens
      let end = index == paragraphIndex ? token : tokens.count
      return (0..<end).contains { at in
        guard tokens[at].quote == nil, Self.indefiniteOpeners.contains(tokens[at].lowercased) else { return false }
        if tokens[at].lowercased == "another", at == 0 || tokens[at - 1].sentence != tokens[at].sentence { return true }
        return (at + 1..<min(end, at + 4)).contains { tokens[$0].lowercased == word }
      }
    }
  }

  /// Words that bring someone into the text without a name ("a man", "one woman", "Another Muslim").
  private static let indefiniteOpeners: Set<String> = ["a", "an", "one", "another"]

  /// How `why` reads a description resolved through the pronoun opening a sentence before it.
  private static let sentenceOpenerReading = "whom the “he” or “she” opening a sentence before means"

  /// "She added that … “…,” said the 29-year-old defender": whom "He" or "She" opening an earlier sentence of
  /// the paragraph means, when its gender agrees, for a description after it.
  func referentOfSentenceOpener(_ token: Int, _ paragraphIndex: Int, gender said: Gender?) -> Antecedent? {
    let tokens = analysed[paragraphIndex].tokens
    guard let opener = tokens[..<token].lastIndex(where: { $0.quote == nil && ["He", "She"].contains($0.text) }),
      tokens[opener].sentence < tokens[token].sentence, opener == 0 || tokens[opener - 1].sentence != tokens[opener].sentence
    else { return nil }
    let gender: Gender = tokens[opener].text == "He" ? .male : .female
    guard said.map({ $0 == gender }) ?? true else { return nil }
    let limit = windowStart(paragraphIndex, bodyParagraphs: Self.pronounReachParagraphs)
    return entities.resolvePronoun(at: tokens[opener].range.lowerBound, gender: gender, notBefore: limit)
  }

  /// "the 67-year-old said": whom the text called that before, else not someone the text gives another age
  /// ("19-year-old Jovaughn Reid … “…,” the 67-year-old said"); nil to read it as any other description.
  private mutating func resolveAge(_ word: String, _ token: Int, _ paragraphIndex: Int)
    -> (Int?, AttributionKind, SubjectReading)?
  {
    if let found = describedEarlier(word, before: paragraphIndex, token) {
      return reading(found, token, paragraphIndex, "whom the text called the \(word) before", kind: .pronoun)
    }
    let offset = analysed[paragraphIndex].tokens[token].range.lowerBound
    let limit = windowStart(paragraphIndex, bodyParagraphs: Self.pronounReachParagraphs)
    guard let nearest = entities.resolvePronoun(at: offset, gender: nil, notBefore: limit), entities.items[nearest.entity].age != nil
    else { return nil }
    let found = entities.lastPerson(before: offset, notBefore: limit) { entities.items[$0].age == nil }
    return reading(found, token, paragraphIndex, "nearest person of no other age", kind: .pronoun)
  }

  /// Offices someone holds only when the text names them with it: no description of whoever was named last.
  static let officeWords: Set<String> = [
    "minister", "president", "king", "queen", "premier", "governor", "mayor", "senator", "chancellor", "pope",
    "judge", "magistrate", "ambassador", "taoiseach", "tánaiste", "sheriff", "commissioner", "prime minister",
    "chief minister", "coroner", "chief justice",
  ]

  /// Whether a person has no title, or one with an office in it.
  func holdsAnOffice(_ entity: Int) -> Bool {
    let roles = entities.items[entity].roles
    return roles.isEmpty || roles.contains { role in
      role.split(separator: " ").contains { Self.officeWords.contains(Gazetteer.fullRole(String($0))) || $0.lowercased() == "secretary" }
    }
  }

  /// Occupations an unnamed source may have that also describe a person just quoted ("the diplomat
  /// added" after the deputy minister's words); not "the spokesman" or "the source", who may be nobody named.
  static let occupationWords: Set<String> = [
    "diplomat", "negotiator", "envoy", "analyst", "expert", "officer", "investigator", "detective", "representative",
    "assistant", "member",
  ]

  /// "the state Police Public Relations Officer, SP Olufemi Adekanmbi-Coker … The spokesperson added": "the
  /// spokesperson" for the person quoted just before (this paragraph or the one above) whose title says they
  /// speak for the body they serve.
  private func pressOfficerQuotedLast(_ word: String, _ paragraphIndex: Int) -> Antecedent? {
    guard ["spokesperson", "spokesman", "spokeswoman"].contains(word), let last = result.quotations.last,
      let entity = last.speaker, entities.items[entity].kind == .person,
      last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: 1),
      entities.items[entity].roles.contains(where: { role in Self.pressTitles.contains { role.lowercased().contains($0) } })
    else { return nil }
    return Antecedent(entity: entity, ordinal: sentenceBase[last.paragraph] + last.sentence)
  }

  /// Words of a title that speaks for a body: a spokesperson by another name.
  static let pressTitles = ["spokes", "public relations", "press", "communications", "media relations", "information officer"]

  /// "the Pole said" after "…, claiming a penalty when Creagh went down": the person named last who is
  /// not the object of a preposition nor the subject of a clause "when" or "after" opens, as a
  /// nationality describes the one the paragraph is about.
  private func lastPersonOutsideSubordinateClause(before offset: Int, notBefore limit: Int) -> Antecedent? {
    for mention in entities.personMentions.reversed() where mention.offset < offset {
      guard mention.offset >= limit else { return nil }
      if mention.isObject { continue }
      if let word = Self.wordBefore(mention.offset, in: bytes), SpeakerAttributor.clauseBreaks.contains(word) { continue }
      return Antecedent(entity: mention.entity, ordinal: mention.ordinal)
    }
    return nil
  }

  /// The lowercased ASCII word right before `offset`, past spaces.
  static func wordBefore(_ offset: Int, in bytes: [UInt8]) -> String? {
    var end = offset
    while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    var start = end
    while start > 0, (bytes[start - 1] | 0x20) >= UInt8(ascii: "a"), (bytes[start - 1] | 0x20) <= UInt8(ascii: "z") {
      start -= 1
    }
    guard start < end else { return nil }
    return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
  }

  /// "…,” he insisted." when no one the text names in reach can be "he": the person quoted last, of
  /// that gender or none known, within `lastSpeakerReachParagraphs` body paragraphs (a run of quotations
  /// carries its speaker past the paragraphs that name them).
  func lastQuotedPerson(_ paragraphIndex: Int, gender: Gender?) -> Antecedent? {
    guard let last = lastSpeaker, entities.items[last.entity].kind == .person,
      last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: Self.lastSpeakerReachParagraphs)
    else { return nil }
    let known = entities.gender(of: last.entity)
    guard gender == nil || known == nil || known == gender else { return nil }
    return Antecedent(entity: last.entity, ordinal: sentenceBase[last.paragraph])
  }

  /// "“You picked the one day …,” he says. … His father, Tomás Moriarty, fished …. “People keep asking me …,”
  /// he says.": the person quoted in the last two paragraphs, not a relative of someone's that the text
  /// named since, whom no speech verb has followed.
  private func speakerOverRelative(_ found: Antecedent?, _ paragraphIndex: Int, gender: Gender?) -> Antecedent? {
    guard let found, entities.items[found.entity].roles.contains(where: { Gazetteer.relationWords.contains($0) }),
      !result.quotations.contains(where: { $0.speaker == found.entity }),
      !entities.personMentions.contains(where: { $0.entity == found.entity && $0.isSpeaking }), let last = lastSpeaker,
      last.paragraph >= windowParagraph(paragraphIndex, bodyParagraphs: 2),
      let speaker = lastQuotedPerson(paragraphIndex, gender: gender), speaker.entity != found.entity
    else { return nil }
    return speaker
  }

  /// "he says" after "“…,” he says" before it: a profile's present tense, kept for the one it interviews.
  private func isPresentTenseCue(after token: Int, in paragraph: DocumentExtractor.Analysed) -> Bool {
    guard token + 1 < paragraph.tokens.count, let previous = lastChoice?.cue?.lowercased() else { return false }
    let verb = paragraph.tokens[token + 1].lowercased
    let isPresent = { (word: String) in word.hasSuffix("s") && !word.hasSuffix("ss") && !["was", "has", "is"].contains(word) }
    return paragraph.tokens[token + 1].has(.speechVerb) && isPresent(verb) && isPresent(previous)
  }

  /// How many body paragraphs back the person quoted last may be for a pronoun no name answers.
  static let lastSpeakerReachParagraphs = 8

  /// Where a look-back from paragraph `paragraphIndex` stops: the start of the body paragraph
  /// `bodyParagraphs` before it (page furniture between does not count).
  func windowStart(_ paragraphIndex: Int, bodyParagraphs: Int) -> Int {
    analysed[windowParagraph(paragraphIndex, bodyParagraphs: bodyParagraphs)].range.lowerBound
  }

  /// The index of the body paragraph `bodyParagraphs` before paragraph `paragraphIndex`.
  func windowParagraph(_ paragraphIndex: Int, bodyParagraphs: Int) -> Int {
    var index = paragraphIndex
    var counted = 0
    while index > 0, counted < bodyParagraphs {
      index -= 1
      if analysed[index].isBody { counted += 1 }
    }
    return index
  }

  /// The result of a coreference step: "she → Jane Doe, nearest female person, 2 sentences back".
  private mutating func reading(
    _ found: Antecedent?, _ token: Int, _ paragraphIndex: Int, _ how: String, kind: AttributionKind
  ) -> (Int?, AttributionKind, SubjectReading) {
    let words = subjectWords(token, paragraphIndex)
    guard let found else { return (nil, .none, .unresolved("\(words) → no one")) }
    let tokenInfo = analysed[paragraphIndex].tokens[token]
    let ordinal = sentenceBase[paragraphIndex] + tokenInfo.sentence
    entities.noteResolvedMention(
      entity: found.entity, offset: tokenInfo.range.lowerBound, sentence: paragraphIndex * 10_000 + tokenInfo.sentence,
      ordinal: ordinal)
    let distance = SubjectReading.distance(ordinal - found.ordinal)
    return (found.entity, kind, .resolved("\(words) → \(entities.items[found.entity].name), \(how), \(distance)"))
  }

  /// The subject as written: "she", or a description with its article ("the senator", "the agency").
  func subjectWords(_ token: Int, _ paragraphIndex: Int) -> String {
    let tokens = analysed[paragraphIndex].tokens
    let word = tokens[token].lowercased
    guard ["he", "she", "it", "they"].contains(word) == false else { return word }
    var start = token
    while start > 0, token - start < 4, tokens[start - 1].isWord, tokens[start - 1].quote == nil,
      tokens[start].lowercased != "the"
    {
      start -= 1
    }
    // "South Africa's central bank": the possessive joined to its word, as written.
    return tokens[start...token].map(\.text).joined(separator: " ").replacingOccurrences(of: " 's ", with: "'s ")
  }
}
