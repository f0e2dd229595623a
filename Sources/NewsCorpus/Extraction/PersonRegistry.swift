/// Merges the name forms of people across a corpus: "Sergei A. Ryabkov", "Sergei Ryabkov" and
/// "Ryabkov" become one person when nothing in the text says otherwise.
struct PersonRegistry {
  private(set) var entities: [Entity] = []
  private var byFullKey: [String: Int] = [:]
  private var bySurname: [String: Set<Int>] = [:]

  /// The entity for `name` as written in `documentID`, created if new. `knownInDocument` are the
  /// people already named in the same document, which a bare surname prefers.
  mutating func resolve(_ name: String, knownInDocument: [Int]) -> Int {
    let words = Self.significantWords(name)
    guard let surname = words.last?.lowercased() else { return create(name, key: name.lowercased()) }
    if words.count == 1 {
      if let local = knownInDocument.first(where: { Self.surnameKey(of: entities[$0].name) == surname }) {
        return addAlias(name, to: local)
      }
      if let candidates = bySurname[surname], candidates.count == 1, let only = candidates.first {
        return addAlias(name, to: only)
      }
    }
    let key = words.map { $0.lowercased() }.joined(separator: " ")
    if let existing = byFullKey[key] { return addAlias(name, to: existing) }
    let surnameOnly = (bySurname[surname] ?? []).filter { Self.significantWords(entities[$0].name).count == 1 }
    if surnameOnly.count == 1, let earlier = surnameOnly.first {
      byFullKey[key] = earlier
      return addAlias(name, to: earlier)
    }
    return create(name, key: key)
  }

  private mutating func create(_ name: String, key: String) -> Int {
    let id = entities.count
    entities.append(Entity(id: id, kind: .person, name: name))
    byFullKey[key] = id
    if let surname = Self.surnameKey(of: name) { bySurname[surname, default: []].insert(id) }
    return id
  }

  private mutating func addAlias(_ name: String, to id: Int) -> Int {
    if name != entities[id].name && !entities[id].aliases.contains(name) {
      if Self.significantWords(name).count > Self.significantWords(entities[id].name).count {
        entities[id].aliases.append(entities[id].name)
        entities[id].name = name
      } else {
        entities[id].aliases.append(name)
      }
    }
    return id
  }

  /// The words of a name without initials ("V.") and honorifics ("Mr").
  static func significantWords(_ name: String) -> [Substring] {
    name.split(separator: " ").filter { word in
      !(word.count == 2 && word.hasSuffix(".")) && !honorifics.contains(word.lowercased())
    }
  }

  static func surnameKey(of name: String) -> String? { significantWords(name).last?.lowercased() }

  static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."]
}
