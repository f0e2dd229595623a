/// What a gazetteer entry names.
enum GazetteerKind: Sendable {
  case country, place, organization, outlet
}

/// One name the gazetteer knows: its kind, canonical form and the country it belongs to.
struct GazetteerEntry: Sendable {
  var kind: GazetteerKind
  var canonical: String
  var country: String?
}

/// Countries, demonyms, places, organisations, outlets and the word tables extraction reads.
///
/// Only things that are not people: names of people are always found from the text. Lookups are
/// by whole words, so matching is linear in the words of a name.
enum Gazetteer {
  /// Entries keyed by their words; all-capital names (acronyms) match case-sensitively, others
  /// folded. `prefixes` holds every word sequence that begins some entry's name, as `entry(words:)`
  /// would key it, so that a lookup stops as soon as the words read so far begin no name.
  private static let index: (exact: WordMap<GazetteerEntry>, folded: WordMap<GazetteerEntry>, prefixes: WordSet) = {
    var exact = WordMap<GazetteerEntry>()
    var folded = WordMap<GazetteerEntry>()
    var exactKeys: [String] = []
    var foldedKeys: [String] = []
    func add(_ name: String, _ entry: GazetteerEntry) {
      let isAcronym = !name.contains(where: \.isLowercase)
      if isAcronym {
        if exact[name] == nil {
          exact[name] = entry
          exactKeys.append(name)
        }
      } else if folded[name.lowercased()] == nil {
        folded[name.lowercased()] = entry
        foldedKeys.append(name.lowercased())
      }
    }
    for row in countries {
      for name in row.names { add(name, GazetteerEntry(kind: .country, canonical: row.names[0], country: row.names[0])) }
    }
    for row in organizations {
      for name in row.names {
        add(name, GazetteerEntry(kind: .organization, canonical: row.names[0], country: row.country))
      }
    }
    for row in outlets {
      for name in row { add(name, GazetteerEntry(kind: .outlet, canonical: row[0], country: nil)) }
    }
    for place in places { add(place.name, GazetteerEntry(kind: .place, canonical: place.name, country: place.country)) }
    let prefixes = WordSet((exactKeys + foldedKeys).flatMap { key in
      let words = key.split(separator: " ")
      return (1...words.count).map { words[0..<$0].joined(separator: " ") }
    })
    return (exact, folded, prefixes)
  }()

  /// Whether some entry's name begins with `words`.
  static func beginsName(_ words: some Collection<String>) -> Bool {
    let phrase = words.joined(separator: " ")
    return beginsName(phrase: phrase, lowercased: phrase.lowercased())
  }

  /// `beginsName` for a phrase already joined and lowercased, as a scan over tokens builds them.
  static func beginsName(phrase: String, lowercased: String) -> Bool {
    index.prefixes.contains(phrase) || index.prefixes.contains(lowercased)
  }

  /// The longest name any entry has, in words.
  static let longestNameWords = 7

  /// The entry named exactly by `words`, if any.
  static func entry(words: some Collection<String>) -> GazetteerEntry? {
    let phrase = words.joined(separator: " ")
    return entry(phrase: phrase, lowercased: phrase.lowercased())
  }

  /// `entry(words:)` for a phrase already joined and lowercased. A phrase in capitals of four
  /// letters or fewer ("NATO", "WHO") only matches as written.
  static func entry(phrase: String, lowercased: String) -> GazetteerEntry? {
    if let found = index.exact[phrase] { return found }
    let isASCII = phrase.utf8.allSatisfy { $0 < 0x80 }
    let hasLowercase =
      isASCII ? phrase.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } : phrase.contains(where: \.isLowercase)
    if hasLowercase || (isASCII ? phrase.utf8.count : phrase.count) > 4 { return index.folded[lowercased] }
    return nil
  }

  /// The country a demonym names ("Russian" → "Russia").
  static func country(ofDemonym word: String) -> String? { demonymIndex[word] }

  private static let demonymIndex: WordMap<String> = {
    var index = WordMap<String>()
    for row in countries {
      for demonym in row.demonyms where index[demonym] == nil { index[demonym] = row.names[0] }
      // "Sri Lankans", "Israelis": the plural of a demonym that takes an "s" is a people of the country too.
      for demonym in row.demonyms where demonym.hasSuffix("n") || demonym.hasSuffix("r") || demonym.hasSuffix("i") {
        if index[demonym + "s"] == nil { index[demonym + "s"] = row.names[0] }
      }
      // "the Irishman", "the Frenchwoman": a person of the country, as its demonym is.
      for demonym in row.demonyms where demonym.hasSuffix("sh") || demonym.hasSuffix("ch") {
        for form in [demonym + "man", demonym + "woman"] where index[form] == nil { index[form] = row.names[0] }
      }
    }
    for (country, demonyms) in regionalDemonyms {
      for demonym in demonyms where index[demonym] == nil { index[demonym] = country }
    }
    return index
  }()

  /// The lemma of a speech-verb form, keyed by its first word; multi-word forms list their following words.
  static let speechVerbIndex: WordMap<[(rest: [String], lemma: String)]> = {
    var index: [String: [(rest: [String], lemma: String)]] = [:]
    for verb in speechVerbs {
      for form in verb.forms {
        let words = form.split(separator: " ").map(String.init)
        index[words[0], default: []].append((Array(words.dropFirst()), verb.lemma))
      }
    }
    var sorted = WordMap<[(rest: [String], lemma: String)]>()
    for (key, forms) in index { sorted[key] = forms.sorted { $0.rest.count > $1.rest.count } }
    return sorted
  }()

  /// The words of one of the given-name tables, which are written as text to keep the source small.
  static func givenNames(_ text: String) -> WordSet {
    WordSet(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  }

  /// The gender a given name usually goes with (nil for a name of either, or a word that is no name).
  static func givenNameGender(_ token: Token) -> Gender? {
    if token.has(.femaleGivenName) { return .female }
    if token.has(.maleGivenName) { return .male }
    return nil
  }
}
