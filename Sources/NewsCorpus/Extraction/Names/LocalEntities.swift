import Foundation

/// The entities of one document: people merged by name form ("Ivan A. Petrov", "Petrov",
/// "Mr Petrov"), gazetteer names by canonical form, and the order of person mentions that pronoun
/// resolution walks back through.
struct LocalEntities {
  private(set) var items: [ExtractedDocument.EntityItem] = []
  private var byKey: [String: Int] = [:]
  /// People by lowercased surname, and people with a full name by lowercased first name.
  private var bySurname: [String: [Int]] = [:]
  private var byFirstName: [String: [Int]] = [:]
  /// People with a name of three words or more by its lowercased second word ("khoo" for Desmond Khoo Jian Ming).
  private var bySecondWord: [String: [Int]] = [:]
  /// Person mentions outside quotation marks, in text order.
  private(set) var personMentions: [EntityMention] = []
  /// Where each entity was last mentioned outside quotation marks (byte offset).
  /// By entity index; nil until the entity is mentioned.
  private var lastMention: [Int?] = []
  /// Organisation and outlet mentions outside quotation marks, in text order.
  private(set) var organizationMentions: [EntityMention] = []

  /// People by each word of their titles, in full form ("senator" for "Sen."), for "the senator".
  private(set) var roleBearers: [String: [Int]] = [:]
  /// First words of people's titles of sport ("Sunderland" of "Sunderland head coach"): see `isOrganizationWord`.
  private var clubsBeforeTitles: Set<String> = []
  /// Lone words the text writes as organisations ("Eskom, which …"): see `DocumentExtractor.wordsWrittenAsOrganizations`.
  var organizationsByUsage: Set<String> = []
  /// Lone words some mention confirms as a person's name: see `DocumentExtractor.confirmedLoneNames`.
  var confirmedLoneNames: Set<String> = []
  /// People known by a given name alone ("Her mother, Ann,").
  private var givenNameOnly: [Int] = []
  /// People known by a given name alone, named by a family relation, and whose relative they are
  /// ("Tobias's mum, Shauna,": Shauna → Tobias Pettigrew).
  var relativeOf: [Int: Int] = [:]
  /// Pronouns and descriptions resolved to a person, as mentions of them, in text order.
  private(set) var resolvedPersonMentions: [EntityMention] = []

  /// Short forms the text defines ("Islamabad High Court (IHC)"): the short form and its entity.
  private var definedAliases: [String: Int] = [:]
  /// The organisations, places and outlets, in the order added (`addNamed`): what a short form or a company's
  /// first word may stand for, read at each such mention without walking the people too.
  private var namedIndices: [Int] = []
  /// For each short form and each company's first word looked up, the named entities it may stand for among the
  /// first `checked` of `namedIndices`: a later lookup tests only the entities added since.
  private var spelledBy: [String: (checked: Int, found: [Int])] = [:]
  private var companiesByFirstWord: [String: (checked: Int, found: [Int])] = [:]
  /// The form of address the text gives a woman it names with a surname alone, "mrs" or "ms" ("Miss" is
  /// "ms"): a family's "Mrs. Kessler" is not the granddaughter it calls "Ms. Kessler".
  private var formOfAddress: [Int: String] = [:]
  /// The people an honorific and surname alone have stood for ("Mr. Gauthier"): after a namesake is named in full
  /// ("his brother, Martin Gauthier"), "Mr. Gauthier" goes on meaning the one it meant.
  private var addressedBySurname: Set<Int> = []

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

  /// "mrs" for a name written "Mrs. Kessler", "ms" for "Ms Kessler" or "Miss Kessler", "dr" for "Dr Kessler", else nil.
  static func formOfAddress(_ text: String) -> String? {
    guard let first = words(of: text).first?.lowercased() else { return nil }
    switch first {
    case "mrs", "mrs.": return "mrs"
    case "ms", "ms.", "miss": return "ms"
    case "dr", "dr.": return "dr"  // "Dr Kemp" is not the "Mrs Kemp" of the same text
    default: return nil
    }
  }

  /// The initials a name opens with, past an honorific or a title ("S." in "Ms. S. Kavitha"); nil when it
  /// opens with none.
  static func initials(of name: String) -> String? {
    let opening = words(of: name).drop { Gazetteer.roleWords.contains(lowercasing: $0) || NameFinder.isHonorific(String($0)) }
    let found = opening.prefix { NameFinder.isInitial($0) }
    return found.isEmpty ? nil : found.joined(separator: " ")
  }

  /// Registers a person with a full name (two significant words or more) and returns its index.
  mutating func addFullPerson(_ candidate: NameCandidate) -> Int? {
    let words = candidate.nameWords
    guard words.count >= 2 else { return nil }
    let key = Self.personKey(words)
    if let existing = byKey["person:" + key] ?? namedInFull(startingWith: words, candidate) {
      merge(candidate, into: existing, words: words)
      return existing
    }
    let index = items.count
    items.append(
      ExtractedDocument.EntityItem(
        kind: .person, name: Self.withoutHonorific(displayName(candidate.text)), affiliation: candidate.affiliation,
        country: candidate.country, gender: candidate.gender, key: key, surname: words.last?.lowercased()))
    items[index].givenNameGender = candidate.givenNameGender
    items[index].isLikelyPerson = candidate.isLikelyPerson
    items[index].age = candidate.age
    if let role = candidate.role { addRole(role, to: index) }
    if let role = candidate.appositiveRole { addRole(role, to: index) }
    if displayName(candidate.text) != items[index].name { items[index].aliases.append(displayName(candidate.text)) }
    byKey["person:" + key] = index
    indexPerson(index)
    return index
  }

  /// "Ms Nur Hidayah" after "Nur Hidayah Rahman", "Mohd Razali" after "Mohd Razali Abdul Karim", "Muhammad
  /// Fauzi" after "Muhammad Fauzi Yusoff": a name's first words, as Malay and Arabic names are shortened, are
  /// the person the document named in full (not "Donald Trump Jr.").
  private func namedInFull(startingWith words: [String], _ candidate: NameCandidate) -> Int? {
    guard let first = Self.words(of: candidate.text).first else { return nil }
    let hasHonorific = NameFinder.isHonorific(String(first))
    let wanted = words.map { $0.lowercased() }
    // Without an honorific only the people indexed under the same first word are read (most names have none,
    // and reading every person for each would cost the whole document's list per name).
    let readable = hasHonorific ? Array(items.indices) : (wanted.first.flatMap { byFirstName[$0] } ?? [])
    let found = readable.filter { index in
      guard items[index].kind == .person else { return false }
      let full = Self.significantWords(items[index].name).map { $0.lowercased() }
      return full.count > wanted.count && Array(full.prefix(wanted.count)) == wanted
        && !full.dropFirst(wanted.count).contains { Self.generationSuffixes.contains($0) }
    }
    return found.count == 1 ? found.first : nil
  }

  private static let generationSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

  /// Resolves a one-word name ("Petrov", "Mr Putin") to the document's person whose surname (or,
  /// failing that, first name) it is — the one mentioned last before `offset` — or creates it. A name
  /// whose honorific says a gender never joins a person of the other ("Ms Owen" is not Harvey Owen); it
  /// may complete a person the text named by a first name alone ("Her mother, Ann, …" then "Mrs Lee").
  mutating func resolveSingle(_ candidate: NameCandidate, offset: Int, create: Bool) -> Int? {
    let words = candidate.nameWords
    guard let word = words.last?.lowercased() else { return nil }
    // "A. Kavitha" is not "S. Kavitha": initials that differ name two people.
    let initials = Self.initials(of: candidate.text)
    var matches = (bySurname[word] ?? byFirstName[word] ?? similarSurname(word, candidate) ?? []).filter {
      fits($0, candidate, initials: initials)
    }
    // "Mr Tan" for Tan Boon Heng when the one Tan by surname is "Ms Jasmine Tan": a name written family name
    // first, as Chinese names are, of three words.
    if matches.isEmpty, candidate.gender != nil, let first = byFirstName[word] {
      matches = first.filter { fits($0, candidate, initials: initials) && Self.words(of: items[$0].name).count == 3 }
    }
    if candidate.gender != nil, bySurname[word] == nil {
      matches = preferringGender(candidate.gender, matches + secondWordBearers(word, excluding: matches).filter {
        fits($0, candidate, initials: initials)
      })
    } else if matches.isEmpty, bySurname[word] == nil {
      // "said Atieno" after "Mercy Atieno Onyango": with no honorific, only when one person bears the word so.
      let bearers = secondWordBearers(word, excluding: []).filter { fits($0, candidate, initials: initials) }
      if bearers.count == 1 { matches = bearers }
    }
    let address = Self.formOfAddress(candidate.text)
    if let address, matches.count > 1 {
      let agreeing = matches.filter { formOfAddress[$0].map { $0 == address } ?? true }
      if !agreeing.isEmpty { matches = agreeing }
    }
    matches = titledNamesakes(candidate, word, matches)
    let isAddressed = words.count == 1 && candidate.text.contains(" ")  // an honorific before the one word
    if isAddressed { matches = addressedBefore(matches) }
    if let chosen = latestMentioned(matches, before: offset) ?? matches.first {
      merge(candidate, into: chosen, words: words)
      if isAddressed { addressedBySurname.insert(chosen) }
      if let address, formOfAddress[chosen] == nil { formOfAddress[chosen] = address }
      return chosen
    }
    if candidate.gender != nil, !candidate.isGivenNameOnly, let given = onlyGivenNamePerson(candidate.gender) {
      completeGivenName(given, surname: candidate)
      return given
    }
    guard create else { return nil }
    let index = items.count
    items.append(
      ExtractedDocument.EntityItem(
        kind: .person, name: Self.withoutHonorific(displayName(candidate.text)), affiliation: candidate.affiliation,
        country: candidate.country, gender: candidate.gender, key: (initials.map { $0.lowercased() + " " } ?? "") + word,
        surname: word))
    items[index].givenNameGender = candidate.givenNameGender
    items[index].isGivenNameOnly = candidate.isGivenNameOnly
    if candidate.isGivenNameOnly { givenNameOnly.append(index) }
    items[index].isLikelyPerson = candidate.isLikelyPerson
    items[index].age = candidate.age
    if let role = candidate.role { addRole(role, to: index) }
    if let role = candidate.appositiveRole { addRole(role, to: index) }
    if displayName(candidate.text) != items[index].name { items[index].aliases.append(displayName(candidate.text)) }
    byKey["person:" + word] = index
    indexPerson(index)
    return index
  }

  /// Of namesakes, the one an honorific and the surname stood for before, unless the one named since has spoken
  /// ("The victim's sister, Isabelle Gagnon, said …" before "Ms. Gagnon said her family …": the text turned to her).
  private func addressedBefore(_ matches: [Int]) -> [Int] {
    let addressed = matches.filter(addressedBySurname.contains)
    guard matches.count > 1, addressed.count == 1,
      !personMentions.contains(where: { $0.isSpeaking && matches.contains($0.entity) && $0.entity != addressed[0] })
    else { return matches }
    return addressed
  }

  /// Of the people a name may be, those who hold the title it comes with, if any do; "said Judge Tan" after
  /// "Tan Wei Ming" and "District Judge Jasmine Tan Hui Shan" also weighs the one bearer of the word second
  /// who holds it.
  private func titledNamesakes(_ candidate: NameCandidate, _ word: String, _ matches: [Int]) -> [Int] {
    var matches = matches
    if bySurname[word] == nil, !matches.isEmpty {
      let titled = titleHolders(of: candidate, secondWordBearers(word, excluding: matches))
      if titled.count == 1 { matches += titled }
    }
    let holders = matches.count > 1 ? titleHolders(of: candidate, matches) : []
    return holders.isEmpty ? matches : holders
  }

  /// "Bello, the deputy governor, said", "said Judge Tan": of namesakes, those who hold the title the name
  /// comes with (its last word).
  private func titleHolders(of candidate: NameCandidate, _ matches: [Int]) -> [Int] {
    guard let role = candidate.appositiveRole ?? candidate.role,
      let last = role.split(separator: " ").last?.filter(\.isLetter), let key = Gazetteer.fullRole(last).split(separator: " ").last,
      let bearers = roleBearers[String(key)]
    else { return [] }
    return matches.filter { bearers.contains($0) }
  }

  /// "Mr Hafiz" for Muhammad Hafiz Zulkarnain, "Mr Khoo" for Desmond Khoo Jian Ming: people of three words or
  /// more whose second word this is, as Malay names and Chinese names after an English given name are shortened.
  private func secondWordBearers(_ word: String, excluding known: [Int]) -> [Int] {
    (bySecondWord[word] ?? []).filter { index in
      guard items[index].kind == .person, !known.contains(index) else { return false }
      let words = Self.significantWords(items[index].name)
      return words.count >= 3 && words[1].lowercased() == word
    }
  }

  /// Of several people a name with an honorific may be, those whose gender is known to be the honorific's
  /// ("Mr Khoo" is Desmond Khoo, not Khoo Li Ting of no known gender), or all when none is.
  private func preferringGender(_ gender: Gender?, _ matches: [Int]) -> [Int] {
    guard matches.count > 1, let gender else { return matches }
    let agreeing = matches.filter { self.gender(of: $0) == gender }
    return agreeing.isEmpty ? matches : agreeing
  }

  /// Whether a one-word mention can be person `index`: gender and initials agree.
  private func fits(_ index: Int, _ candidate: NameCandidate, initials: String?) -> Bool {
    isCompatible(candidate.gender, index) && (initials == nil || Self.initials(of: items[index].name).map { $0 == initials } ?? true)
  }

  /// The gender the text or the person's given name says.
  func gender(of entity: Int) -> Gender? { items[entity].gender ?? items[entity].givenNameGender }

  /// Whether a mention whose honorific says `gender` can be `entity`.
  private func isCompatible(_ gender: Gender?, _ entity: Int) -> Bool {
    guard let gender, let known = self.gender(of: entity) else { return true }
    return gender == known
  }

  /// "Ms Owens" for Ms Owen: with an honorific, a surname one letter off a known one of five letters or more.
  private func similarSurname(_ word: String, _ candidate: NameCandidate) -> [Int]? {
    guard candidate.gender != nil, word.count >= 5, bySurname.count <= 300 else { return nil }  // bounded work
    for (surname, people) in bySurname where surname.count >= 4 && Self.isOneEditApart(surname, word) {
      return people
    }
    return nil
  }

  /// Whether two words differ by one letter added, dropped or changed.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    // ASCII words, most surnames, are compared byte by byte; their lengths alone turn most pairs away.
    if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
      guard abs(a.utf8.count - b.utf8.count) <= 1 else { return false }
      return isOneEditApart(Array(a.utf8), Array(b.utf8))
    }
    return isOneEditApart(Array(a), Array(b))
  }

  private static func isOneEditApart<Letter: Equatable>(_ x: [Letter], _ y: [Letter]) -> Bool {
    guard abs(x.count - y.count) <= 1, x != y else { return false }
    var (i, j, edits) = (0, 0, 0)
    while i < x.count, j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
    }
    return edits + (x.count - i) + (y.count - j) <= 1
  }

  /// The one person of the document known by a given name alone, of a compatible gender.
  private func onlyGivenNamePerson(_ gender: Gender?) -> Int? {
    let found = givenNameOnly.filter { items[$0].isGivenNameOnly && isCompatible(gender, $0) }
    return found.count == 1 ? found[0] : nil
  }

  /// "Crystal" and then "Ms Owen": one person, Crystal Owen.
  private mutating func completeGivenName(_ index: Int, surname candidate: NameCandidate) {
    guard let surname = candidate.nameWords.last else { return }
    items[index].aliases.append(items[index].name)
    items[index].aliases.append(displayName(candidate.text))
    complete(index, surname: surname, gender: candidate.gender)
  }

  /// A person known by a given name alone, given a surname: "Crystal" becomes "Crystal Owen".
  mutating func complete(_ index: Int, surname: String, gender: Gender?) {
    let given = items[index].name
    if !items[index].aliases.contains(given) { items[index].aliases.append(given) }
    items[index].name = given + " " + surname
    items[index].key = Self.personKey([given, surname])
    items[index].surname = surname.lowercased()
    items[index].isGivenNameOnly = false
    if items[index].gender == nil { items[index].gender = gender }
    indexPerson(index)
  }

  /// "Sunderland said in a statement" after "Sunderland head coach Declan Moran": a word that opened a person's
  /// title of sport ("boss", "head coach", "captain"), or one the text writes as an organisation elsewhere
  /// ("Eskom, which …"), names a club or a company, not a person, when no one bears it as a name.
  func isOrganizationWord(_ word: String) -> Bool {
    guard clubsBeforeTitles.contains(word) || organizationsByUsage.contains(word) else { return false }
    return bySurname[word.lowercased()] == nil && byFirstName[word.lowercased()] == nil
  }

  /// Titles of a sports club's people that follow the club's name ("Sunderland boss", "Leinster captain").
  static let clubTitleWords: Set<String> = [
    "boss", "manager", "coach", "head", "captain", "skipper", "striker", "midfielder", "defender", "goalkeeper",
    "keeper", "winger", "forward", "chairman", "owner", "full-back", "centre-back", "fly-half", "scrum-half",
    "prop", "hooker", "batter", "bowler", "opener", "all-rounder", "star", "player",
  ]

  /// Records that the text defines `alias` as a short form of `entity`; later mentions of it are the entity's.
  mutating func define(alias: String, for entity: Int) {
    guard definedAliases[alias] == nil else { return }
    definedAliases[alias] = entity
    if alias != items[entity].name, !items[entity].aliases.contains(alias) { items[entity].aliases.append(alias) }
  }

  /// "the HSE" after "The Health Service Executive has warned", "the Riversdale BID" after "the Riversdale
  /// Business Improvement District": a short form the text never defines, when it spells the initials of
  /// exactly one organisation named before it (of the words after those the short form keeps whole).
  mutating func organizationSpelled(by short: String) -> Int? {
    let parts = Self.words(of: short)
    guard let last = parts.last, last.utf8.count >= 2, last.utf8.count <= 6, Self.isShortForm(String(last)) else { return nil }
    let kept = parts.dropLast().joined(separator: " ")
    let known = spelledBy[short] ?? (0, [])
    let found = known.found + namedIndices[known.checked...].filter { index in
      let name = items[index].name
      guard name != short else { return false }
      if kept.isEmpty { return items[index].kind == .organization && Self.isAcronym(short, of: name) }
      // A place's name may be an organisation's ("… Improvement District"), which its short form shows.
      guard items[index].kind != .person, name.hasPrefix(kept + " ") else { return false }
      return Self.isAcronym(String(last), of: String(name.dropFirst(kept.count + 1)))
    }
    spelledBy[short] = (namedIndices.count, found)
    return found.count == 1 ? found.first : nil
  }

  /// "Brightwell said" after "Brightwell Stores Inc.": the one organisation whose name opens with `word` and goes on
  /// with words of a company's name, when no person bears the word as a name.
  mutating func organizationNamed(byFirstWord word: String) -> Int? {
    guard bySurname[word.lowercased()] == nil, byFirstName[word.lowercased()] == nil else { return nil }
    let prefix = word + " "
    let known = companiesByFirstWord[word] ?? (0, [])
    let found = known.found + namedIndices[known.checked...].filter { index in
      guard items[index].kind == .organization, items[index].name.hasPrefix(prefix) else { return false }
      let words = Self.words(of: items[index].name)
      return words.count >= 2 && words[0] == word && words.dropFirst().contains {
        Self.companySuffixes.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
      }
    }
    companiesByFirstWord[word] = (namedIndices.count, found)
    return found.count == 1 ? found.first : nil
  }

  /// Words that end a company's name, which its first word alone stands for in later mentions.
  private static let companySuffixes: Set<String> = [
    "inc", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "group", "holdings", "stores", "industries",
    "company", "bhd", "pty", "ag", "sa", "nv", "gmbh",
  ]

  /// The entity a short form the text defined stands for.
  func definedAlias(_ text: String) -> Int? { definedAliases.isEmpty ? nil : definedAliases[text] }

  /// The one person the document names in full whose initials `short` spells, every word's (and
  /// every hyphenated part's) first letter in order: an interview's labels ("RKD:" for Róisín
  /// Keane-Doyle, "NÓS:" for Niamh Ó Súilleabháin). Nil when none or several do.
  func personWithInitials(_ short: String) -> Int? {
    guard short.count >= 2, short.count <= 4, short.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
    let found = items.indices.filter { index in
      // The first initial first: most people are turned away before their names are split.
      guard items[index].kind == .person, items[index].name.first == short.first else { return false }
      let parts = items[index].name.split { $0 == " " || $0 == "-" }
      return parts.count == short.count && zip(parts, short).allSatisfy { part, letter in part.first == letter }
    }
    return found.count == 1 ? found.first : nil
  }

  /// Whether `short` spells the initials of `name`'s capitalised words, in order, from the first
  /// ("IHC" for "Islamabad High Court", "NPF" for "Nigeria Police Force").
  static func isAcronym(_ short: String, of name: String, titleCase: Bool = false) -> Bool {
    let letters = Array(short.uppercased())
    // Most names hold no word opening with the first letter at all: turned away before they are split.
    if let first = letters.first?.asciiValue, !name.utf8.contains(first) { return false }
    guard letters.count >= 2, letters.count <= 8,
      isShortForm(short) || titleCase && letters.count >= 3 && isTitleCaseShortForm(short)
    else { return false }
    // "Socio-Economic Rights and Accountability Project (SERAP)": a hyphenated word's parts may each give a letter.
    let whole = words(of: name).map(String.init)
    let parts = whole.flatMap { $0.split(separator: "-").map(String.init) }
    return spells(letters, whole) || parts.count > whole.count && spells(letters, parts)
  }

  /// "Malaysian Meteorological Department (MetMalaysia)", "Kenya Electricity Generating Company (KenGen)": a
  /// word whose capitals open two parts or more, each the start of a different word of the name.
  static func isBlend(_ short: String, of name: String) -> Bool {
    var parts: [String] = []
    for character in short {
      guard character.isLetter else { return false }
      if character.isUppercase || parts.isEmpty { parts.append(String(character)) } else { parts[parts.count - 1].append(character) }
    }
    guard parts.count >= 2, parts.contains(where: { $0.count >= 3 }) else { return false }
    var unused = words(of: name).map { $0.lowercased() }
    for part in parts.map({ $0.lowercased() }) {
      guard let found = unused.firstIndex(where: { $0.hasPrefix(part) }) else { return false }
      unused.remove(at: found)
    }
    return true
  }

  /// Whether `letters` are the first letters of every word, small words too ("Ministry of Manpower (MOM)"), or
  /// of the capitalised words in order, skipping at most one.
  private static func spells(_ letters: [Character], _ words: [String]) -> Bool {
    let initials = words.compactMap { word -> Character? in
      guard let first = word.first, first.isUppercase else { return nil }
      return first
    }
    guard initials.first == letters.first else { return false }
    if words.compactMap(\.first).map({ Character($0.uppercased()) }) == letters { return true }
    var index = 0
    for initial in initials where index < letters.count && initial == letters[index] { index += 1 }
    return index == letters.count && initials.count <= letters.count + 1
  }

  /// "Kuppet", "Busa": a short form written as a word, one capital then small letters, as some papers set
  /// an organisation's initials; it counts only where the text defines it in brackets after the name.
  static func isTitleCaseShortForm(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase, word.allSatisfy(\.isLetter) else { return false }
    return word.dropFirst().allSatisfy(\.isLowercase)
  }

  /// Capitals, or capitals with small letters inside ("TfL", "DfE"): the shape of an organisation's short form.
  static func isShortForm(_ word: String) -> Bool {
    guard let first = word.first, let last = word.last, first.isUppercase, last.isUppercase,
      word.allSatisfy(\.isLetter)
    else { return false }
    return word.filter(\.isUppercase).count >= 2
  }

  /// Whether a one-word name is the surname or first name of a person the document names in full.
  /// The lowercased surnames of the people registered so far ("baron" for Martin Baron): a title word
  /// standing alone that is one of them names that person ("said Baron").
  var surnames: Set<String> { Set(bySurname.keys) }

  /// The people registered under a lowercased surname.
  func people(withSurname surname: String) -> [Int] { bySurname[surname] ?? [] }

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
    namedIndices.append(index)
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
    let words = Self.significantWords(item.name)
    if words.count >= 3, case let second = words[1].lowercased(), !(bySecondWord[second]?.contains(index) ?? false) {
      bySecondWord[second, default: []].append(index)
    }
  }

  /// Records a mention outside quotation marks, in text order; `isSpeaking` when a speech verb
  /// follows it, `isObject` when a preposition stands before it or "’s" after it.
  mutating func noteMention(
    entity: Int, offset: Int, sentence: Int, ordinal: Int, isSpeaking: Bool, isObject: Bool = false,
    isAside: Bool = false
  ) {
    if entity >= lastMention.count { lastMention += Array(repeating: nil, count: entity + 1 - lastMention.count) }
    lastMention[entity] = max(lastMention[entity] ?? offset, offset)
    let mention = EntityMention(
      offset: offset, sentence: sentence, ordinal: ordinal, entity: entity, isSpeaking: isSpeaking, isObject: isObject,
      isAside: isAside)
    if isSpeaking, items[entity].kind == .person { items[entity].isLikelyPerson = true }
    switch items[entity].kind {
    case .person: Self.insert(mention, into: &personMentions)
    case .organization, .outlet: Self.insert(mention, into: &organizationMentions)
    case .place: break
    }
  }

  /// Gives a person a title the text gave them only by description ("The Stark's Park boss admitted …" before
  /// "said Mackie"), so that later descriptions ("the gaffer said") find them.
  mutating func learnRole(_ role: String, of index: Int) {
    guard items[index].kind == .person, !items[index].roles.contains(role) else { return }
    addRole(role, to: index)
  }

  /// Gives a person a title, and files them under its words.
  private mutating func addRole(_ role: String, to index: Int) {
    items[index].roles.append(role)
    let words = role.split(separator: " ", maxSplits: 2)
    if words.count >= 2, Self.clubTitleWords.contains(words[1].lowercased()) { clubsBeforeTitles.insert(String(words[0])) }
    for word in role.split(separator: " ") {
      // Filed under an office's last word, as `bearers(of:)` looks it up: "PM" under "minister".
      let full = Gazetteer.fullRole(String(word))
      let key = full.split(separator: " ").last.map(String.init) ?? full
      if roleBearers[key]?.last != index { roleBearers[key, default: []].append(index) }
    }
  }

  /// A pronoun or description resolved to `entity`: a mention of it there, so that the next pronoun
  /// can find it ("the prime minister said … he told reporters"). Once per position.
  mutating func noteResolvedMention(entity: Int, offset: Int, sentence: Int, ordinal: Int) {
    guard items[entity].kind == .person else { return }
    let index = Self.lastIndex(before: offset + 1, count: resolvedPersonMentions.count) {
      resolvedPersonMentions[$0].offset
    }
    if index >= 0, resolvedPersonMentions[index].offset == offset { return }
    let mention = EntityMention(
      offset: offset, sentence: sentence, ordinal: ordinal, entity: entity, isSpeaking: true, isObject: false)
    Self.insert(mention, into: &resolvedPersonMentions)
  }

  /// The last `count` person mentions before `offset`, names and resolved pronouns merged, in text order.
  func recentPersonMentions(before offset: Int, count: Int) -> [EntityMention] {
    var names = Self.lastIndex(before: offset, count: personMentions.count) { personMentions[$0].offset }
    var resolved = Self.lastIndex(before: offset, count: resolvedPersonMentions.count) {
      resolvedPersonMentions[$0].offset
    }
    var merged: [EntityMention] = []
    while merged.count < count, names >= 0 || resolved >= 0 {
      if resolved < 0 || names >= 0 && personMentions[names].offset >= resolvedPersonMentions[resolved].offset {
        merged.append(personMentions[names])
        names -= 1
      } else {
        merged.append(resolvedPersonMentions[resolved])
        resolved -= 1
      }
    }
    return merged.reversed()
  }

  /// Appends a mention, or inserts it in offset order when it comes before the last (a pronoun
  /// resolved after the names around it were read).
  private static func insert(_ mention: EntityMention, into mentions: inout [EntityMention]) {
    var index = mentions.count
    while index > 0, mentions[index - 1].offset > mention.offset { index -= 1 }
    mentions.insert(mention, at: index)
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
    if let role = candidate.role, !items[index].roles.contains(role) { addRole(role, to: index) }
    if let role = candidate.appositiveRole, !items[index].roles.contains(role) { addRole(role, to: index) }
    if items[index].affiliation == nil { items[index].affiliation = candidate.affiliation }
    if items[index].country == nil { items[index].country = candidate.country }
    if items[index].gender == nil { items[index].gender = candidate.gender }
    if candidate.isLikelyPerson { items[index].isLikelyPerson = true }
    if items[index].age == nil { items[index].age = candidate.age }
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
    // "ZANU-PF", "CNN-ORC": hyphenated acronyms too.
    if !text.utf8.contains(UInt8(ascii: " ")), text.split(separator: "-").allSatisfy({ $0.count <= 4 }) { return text }
    return text.split(separator: " ").map(Self.titleCased).joined(separator: " ")
  }

  /// "FERNANDEZ-HOLT" → "Fernandez-Holt", "O'BRIEN" → "O'Brien": a capital after a hyphen or an apostrophe too.
  private static func titleCased(_ word: Substring) -> String {
    var result = ""
    var capitalNext = true
    for character in word {
      result += capitalNext ? String(character) : character.lowercased()
      capitalNext = character == "-" || character == "'" || character == "’"
    }
    return result
  }
}
