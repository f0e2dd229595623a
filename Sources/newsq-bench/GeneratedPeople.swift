import NewsCorpus

/// People for generated articles, with names made of syllables (never a list of real people), drawn as a
/// Pitman–Yor process: each new slot names someone already in the corpus with a probability that grows
/// with how often they were named, else a new person. The number of people then grows as a power of the
/// corpus size, as in real news (a few people everywhere, most named once or twice), rather than being
/// fixed by the source articles.
struct GeneratedPeople {
  struct Person {
    var first: String
    var last: String
  }

  private(set) var people: [Person] = []
  /// One entry per slot filled so far, naming the person who filled it: a uniform pick among them picks a
  /// person in proportion to how often they were named.
  private var tickets: [Int32] = []
  private var firstNames: [String] = []
  /// How strongly the number of people grows with the number of slots (0: a fixed cast, 1: everyone new).
  let discount = 0.8
  let concentration = 20.0

  init(random: inout SplitMix64) {
    var seen = Set<String>()
    while firstNames.count < 3000 {
      let name = Self.word(&random, syllables: 2 + random.below(2))
      if seen.insert(name).inserted { firstNames.append(name) }
    }
  }

  /// The person for a new slot: someone already named, or someone new.
  mutating func draw(_ random: inout SplitMix64) -> Int {
    let slots = Double(tickets.count)
    let newShare = (concentration + discount * Double(people.count)) / (slots + concentration)
    let id: Int
    if people.isEmpty || random.unit() < newShare {
      id = people.count
      people.append(
        Person(
          first: firstNames[random.below(firstNames.count)],
          last: Self.word(&random, syllables: 2 + random.below(3) / 2)))
    } else {
      id = Int(tickets[random.below(tickets.count)])
    }
    tickets.append(Int32(id))
    return id
  }

  private static let onsets = [
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "pr", "r", "s", "sh",
    "st", "t", "tr", "v", "w", "z", "",
  ]
  private static let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
  private static let codas = ["", "", "n", "r", "l", "s", "th", "ck", "nd", "rt", "m", "v", "sk"]

  /// Whether `name` is one the generator gives: a first name of its list (`firstNames(seed:)`) and a last
  /// name made as `word` makes them (syllables of an onset and a vowel, then a coda) — a person the generator
  /// named, not a phrase of the source articles taken for a name, nor a person of the sources left unreplaced.
  static func isGenerated(_ name: String, firstNames: Set<String>) -> Bool {
    let words = name.split(separator: " ")
    return words.count == 2 && firstNames.contains(String(words[0])) && isWord(Array(words[1].lowercased().utf8)[...])
  }

  /// The first names a generator seeded with `seed` draws from (it makes them before anything else).
  static func firstNames(seed: UInt64) -> Set<String> {
    var random = SplitMix64(seed: seed)
    return Set(GeneratedPeople(random: &random).firstNames)
  }

  /// Whether `rest` is one or more syllables and a coda (a recursive parse: an onset may be a prefix of
  /// another, "s" of "sh").
  private static func isWord(_ rest: ArraySlice<UInt8>, syllables: Int = 0) -> Bool {
    if syllables > 0, codas.contains(where: { $0.utf8.elementsEqual(rest) }) { return true }
    for onset in onsets where rest.starts(with: onset.utf8) {
      let afterOnset = rest.dropFirst(onset.utf8.count)
      for vowel in vowels where afterOnset.starts(with: vowel.utf8) {
        if isWord(afterOnset.dropFirst(vowel.utf8.count), syllables: syllables + 1) { return true }
      }
    }
    return false
  }

  /// A capitalised word of `syllables` syllables.
  static func word(_ random: inout SplitMix64, syllables: Int) -> String {
    var word = ""
    for _ in 0..<syllables {
      word += onsets[random.below(onsets.count)] + vowels[random.below(vowels.count)]
    }
    word += codas[random.below(codas.count)]
    return word.prefix(1).uppercased() + word.dropFirst()
  }
}
