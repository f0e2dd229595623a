/// Merges the entities of every document into the corpus's entities.
///
/// People merge by first and last name ("Ivan A. Petrov" = "Ivan Petrov"); a lone surname
/// joins the one person of the corpus with that surname, and stays a person of its own when two
/// people share it, so that namesakes are never merged blindly. Organisations, places and outlets
/// merge by canonical name. Order-independent: full names are registered before lone surnames.
struct EntityRegistry {
  private(set) var entities: [Entity] = []
  private var byKey: [String: Int] = [:]
  private var fullNamesBySurname: [String: Set<Int>] = [:]

  /// The first pass, one document at a time in input order: the corpus id of each of the document's
  /// entities that is not a lone name (people with a full name, organisations, places, outlets), -1
  /// for a lone name, which `resolveLoneNames` places once every document's full names are known.
  mutating func registerNamed(_ entities: [ExtractedDocument.EntityItem]) -> [Int] {
    var map = Array(repeating: -1, count: entities.count)
    for (local, item) in entities.enumerated() where item.kind != .person || item.key.contains(" ") {
      map[local] = add(item, key: item.kind.rawValue + ":" + item.key)
      if item.kind == .person, let surname = item.surname {
        fullNamesBySurname[surname, default: []].insert(map[local])
      }
    }
    return map
  }

  /// The second pass, documents in input order, after `registerNamed` has seen them all: each lone
  /// name (`local` index in its document's map) joins the one full name of the corpus with that
  /// surname, or stands as a person of its own.
  mutating func resolveLoneNames(_ names: [(local: Int, item: ExtractedDocument.EntityItem)], into map: inout [Int]) {
    for (local, item) in names {
      if let candidates = fullNamesBySurname[item.key], candidates.count == 1, let only = candidates.first {
        merge(item, into: only)
        map[local] = only
      } else {
        map[local] = add(item, key: "person:" + item.key)
      }
    }
  }

  /// The outlet entity for an outlet name from metadata, created if the corpus has none yet.
  mutating func outlet(named name: String) -> Int {
    let canonical = Gazetteer.entry(words: name.split(separator: " ").map(String.init))
      .flatMap { $0.kind == .outlet ? $0.canonical : nil } ?? name
    let item = ExtractedDocument.EntityItem(kind: .outlet, name: canonical, key: canonical.lowercased())
    if canonical != name {
      var withAlias = item
      withAlias.aliases = [name]
      return add(withAlias, key: "outlet:" + item.key)
    }
    return add(item, key: "outlet:" + item.key)
  }

  private mutating func add(_ item: ExtractedDocument.EntityItem, key: String) -> Int {
    if let existing = byKey[key] {
      merge(item, into: existing)
      return existing
    }
    let id = entities.count
    var entity = Entity(
      id: id, kind: item.kind, name: item.name, aliases: item.aliases, roles: item.roles,
      affiliation: item.affiliation)
    entity.country = item.country
    entities.append(entity)
    byKey[key] = id
    return id
  }

  private mutating func merge(_ item: ExtractedDocument.EntityItem, into id: Int) {
    var entity = entities[id]
    for name in [item.name] + item.aliases where name != entity.name && !entity.aliases.contains(name) {
      if entity.kind == .person,
        LocalEntities.fullness(name) > LocalEntities.fullness(entity.name)
      {
        entity.aliases.append(entity.name)
        entity.name = name
      } else {
        entity.aliases.append(name)
      }
    }
    for role in item.roles where !entity.roles.contains(role) { entity.roles.append(role) }
    if entity.affiliation == nil { entity.affiliation = item.affiliation }
    if entity.country == nil { entity.country = item.country }
    entities[id] = entity
  }
}
