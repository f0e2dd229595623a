/// The entities of one document: people merged by name form ("Ivan A. Petrov", "Petrov",
/// "Mr Petrov"), gazetteer names by canonical form, and the order of person mentions that pronoun
/// resolution walks back through.
struct LocalEntities {
  private(set) var items: [ExtractedDocument.EntityItem] = []
  private var byKey: [String: Int] = [:]
  /// People by lowercased surname, and people with a full name by lowercased first name.
  private var bySurname: [String: [Int]] = [:]
  private var byFirstName: [String: [Int]] = [:]
  /// Person mentions outside quotation marks, in text order.
  private(set) var personMentions: [EntityMention] = []
  /// Where each entity was last mentioned outside quotation marks (byte offset).
  /// By entity index; nil until the entity is mentioned.
  private var lastMention: [Int?] = []
  /// Organisation and outlet mentions outside quotation marks, in text order.
  private(set) var organizationMentions: [EntityMention] = []

  /// How many person mentions back a pronoun may look; bounds the work per pronoun.
  static let pronounReach = 40

  /// The key that identifies a person: first and last significant word, lowercased.
  static func personKey(_ words: [String]) -> String {
    guard let first = words.first, let last = words.last else { return "" }
    return words.count == 1 ? last.lowercased() : first.lowercased() + " " + last.lowercased()
  }

  /// The words of a person's name without initials, titles and honorifics before the surname, and
  /// particles before it ("Bill de Blasio" and "De Blasio" share the surname "Blasio"). The last word
  /// stays even when it reads as a title ("Larry King", "Mr. King", "John Major").
  static func significantWords(_ text: String) -> [String] {
    let all = words(of: text)
    guard let last = all.last, !NameFinder.isInitial(last) else {
      return all.filter { !NameFinder.isInitial($0) && !Gazetteer.roleWords.contains(lowercasing: $0) }.map(String.init)
    }
    let before = all.dropLast().filter {
      !NameFinder.isInitial($0) && !Gazetteer.roleWords.contains(lowercasing: $0)
        && !NameFinder.nameParticles.contains(lowercasing: $0)
    }
    return before.map(String.init) + [String(last)]
  }

  /// The words of a name, as `split(separator: " ")` gives them; an ASCII name is split over its
  /// bytes, where a space is always a word break, without grapheme breaking.
  static func words(of name: String) -> [Substring] {
    let utf8 = name.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else { return name.split(separator: " ") }
    var words: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x20 {
        if index != start { words.append(name[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if index != start { words.append(name[start..<index]) }
    return words
  }

  /// Registers a person with a full name (two significant words or more) and returns its index.
  mutating func addFullPerson(_ candidate: NameCandidate) -> Int? {
    let words = candidate.nameWords
    guard words.count >= 2 else { return nil }
    let key = Self.personKey(words)
    if let existing = byKey["person:" + key] {
      merge(candidate, into: existing, words: words)
      return existing
    }
    let index = items.count
    items.append(
      ExtractedDocument.EntityItem(
        kind: .person, name: Self.withoutHonorific(displayName(candidate.text)), affiliation: candidate.affiliation,
        country: candidate.country, gender: candidate.gender, key: key, surname: words.last?.lowercased()))
    if let role = candidate.role { items[index].roles.append(role) }
    if let role = candidate.appositiveRole { items[index].roles.append(role) }
    if displayName(candidate.text) != items[index].name { items[index].aliases.append(displayName(candidate.text)) }
    byKey["person:" + key] = index
    indexPerson(index)
    return index
  }

  /// Resolves a one-word name ("Petrov", "Mr Putin") to the document's person whose surname (or,
  /// failing that, first name) it is — the one mentioned last before `offset` — or creates it.
  mutating func resolveSingle(_ candidate: NameCandidate, offset: Int, create: Bool) -> Int? {
    let words = candidate.nameWords
    guard let word = words.last?.lowercased() else { return nil }
    let matches = bySurname[word] ?? byFirstName[word] ?? []
    if let chosen = latestMentioned(matches, before: offset) ?? matches.first {
      merge(candidate, into: chosen, words: words)
      return chosen
    }
    guard create else { return nil }
    let index = items.count
    items.append(
      ExtractedDocument.EntityItem(
        kind: .person, name: Self.withoutHonorific(displayName(candidate.text)), affiliation: candidate.affiliation,
        country: candidate.country, gender: candidate.gender, key: word, surname: word))
    if let role = candidate.role { items[index].roles.append(role) }
    if let role = candidate.appositiveRole { items[index].roles.append(role) }
    if displayName(candidate.text) != items[index].name { items[index].aliases.append(displayName(candidate.text)) }
    byKey["person:" + word] = index
    indexPerson(index)
    return index
  }

  /// Whether a one-word name is the surname or first name of a person the document names in full.
  func knowsPerson(_ candidate: NameCandidate) -> Bool {
    guard let word = candidate.nameWords.last?.lowercased() else { return false }
    return bySurname[word] != nil || byFirstName[word] != nil
  }

  /// Registers an organisation, place or outlet under its canonical name.
  mutating func addNamed(_ candidate: NameCandidate) -> Int {
    let name = candidate.canonical ?? candidate.text
    let key = "\(candidate.kind.rawValue):" + name.lowercased()
    if let existing = byKey[key] {
      if candidate.text != items[existing].name, !items[existing].aliases.contains(candidate.text) {
        items[existing].aliases.append(candidate.text)
      }
      return existing
    }
    let index = items.count
    var item = ExtractedDocument.EntityItem(
      kind: candidate.kind, name: name, affiliation: candidate.country, country: candidate.country,
      key: name.lowercased())
    if candidate.text != name { item.aliases.append(candidate.text) }
    items.append(item)
    byKey[key] = index
    return index
  }

  /// Records a person mention outside quotation marks; `isSpeaking` when a speech verb follows it.
  private mutating func indexPerson(_ index: Int) {
    let item = items[index]
    if let surname = item.surname, !(bySurname[surname]?.contains(index) ?? false) {
      bySurname[surname, default: []].append(index)
    }
    let keyWords = Self.words(of: item.key)
    if keyWords.count > 1, let first = keyWords.first.map(String.init), !(byFirstName[first]?.contains(index) ?? false) {
      byFirstName[first, default: []].append(index)
    }
  }

  mutating func noteMention(entity: Int, offset: Int, sentence: Int, ordinal: Int, isSpeaking: Bool) {
    if entity >= lastMention.count { lastMention += Array(repeating: nil, count: entity + 1 - lastMention.count) }
    lastMention[entity] = offset
    let mention = EntityMention(offset: offset, sentence: sentence, ordinal: ordinal, entity: entity, isSpeaking: isSpeaking)
    switch items[entity].kind {
    case .person: personMentions.append(mention)
    case .organization, .outlet: organizationMentions.append(mention)
    case .place: break
    }
  }


  mutating func setGender(_ gender: Gender, of entity: Int) {
    if items[entity].gender == nil { items[entity].gender = gender }
  }
  /// The last index whose offset is below `offset`, by binary search over offsets in text order; -1 if none.
  static func lastIndex(before offset: Int, count: Int, offsetAt: (Int) -> Int) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if offsetAt(middle) < offset { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  private func latestMentioned(_ candidates: [Int], before offset: Int) -> Int? {
    guard candidates.count > 1 else { return candidates.first }
    let mentioned = candidates.compactMap { candidate in
      (candidate < lastMention.count ? lastMention[candidate] : nil).map { (candidate, $0) }
    }
    return mentioned.filter { $0.1 < offset }.max { $0.1 < $1.1 }?.0
  }

  private mutating func merge(_ candidate: NameCandidate, into index: Int, words: [String]) {
    let shown = displayName(candidate.text)
    let bare = Self.withoutHonorific(shown)
    // Mutated in place: a copy of the item would copy its alias and role arrays at every mention.
    if items[index].kind == .person, bare != items[index].name, Self.fullness(bare) > Self.fullness(items[index].name) {
      let previous = items[index].name
      if !items[index].aliases.contains(previous) { items[index].aliases.append(previous) }
      items[index].name = bare
      items[index].key = Self.personKey(words)
      items[index].surname = words.last?.lowercased()
      indexPerson(index)
    }
    for form in [bare, shown] where form != items[index].name && !items[index].aliases.contains(form) {
      items[index].aliases.append(form)
    }
    if let role = candidate.role, !items[index].roles.contains(role) { items[index].roles.append(role) }
    if let role = candidate.appositiveRole, !items[index].roles.contains(role) { items[index].roles.append(role) }
    if items[index].affiliation == nil { items[index].affiliation = candidate.affiliation }
    if items[index].country == nil { items[index].country = candidate.country }
    if items[index].gender == nil { items[index].gender = candidate.gender }
  }

  /// How full a name is: its words without titles and honorifics, initials included
  /// ("Ivan A. Petrov" 3, "Ivan Petrov" 2, "Mr Petrov" 1).
  static func fullness(_ name: String) -> Int {
    words(of: name).filter { !Gazetteer.roleWords.contains(lowercasing: $0) }.count
  }

  /// A person's name without the honorific written before it ("Mr Putin" → "Putin").
  static func withoutHonorific(_ name: String) -> String {
    // A name with no space byte has no " " to split at: one word, nothing to drop (most mentions).
    guard name.utf8.contains(0x20) else { return name }
    let words = words(of: name)
    guard words.count > 1, let first = words.first, NameFinder.isHonorific(String(first)) else { return name }
    return words.dropFirst().joined(separator: " ")
  }

  /// A name as shown: all-capital names (transcript labels) in title case.
  private func displayName(_ text: String) -> String {
    if text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return text }  // has a lowercase letter
    guard text.count > 2, !text.contains(where: \.isLowercase) else { return text }
    // "NRHA", "HSE": a word of four capitals or fewer is an acronym, not a shouted name.
    if !text.contains(" "), text.count <= 4 { return text }
    return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
  }
}
