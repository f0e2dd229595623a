/// Merges the entities of every document into the corpus's entities.
///
/// People merge only when their full names agree (first and last name: "Ivan A. Petrov" = "Ivan
/// Petrov"); a shared surname never merges two people, so a person a document names by one word only
/// ("Petrov") stays that document's own entity (a query for "Petrov" still finds every bearer).
/// Organisations, places and outlets merge by canonical name. Order-independent within a document.
struct EntityRegistry {
  private(set) var entities: [Entity] = []
  private var byKey: [String: Int] = [:]

  /// One document's entities, in input order: the corpus id of each. A person named by one word
  /// only is keyed by the document too.
  mutating func register(_ entities: [ExtractedDocument.EntityItem], document: Int) -> [Int] {
    entities.map { item in
      let isLone = item.kind == .person && !item.key.utf8.contains(UInt8(ascii: " "))
      return add(item, key: item.kind.rawValue + ":" + item.key + (isLone ? "@\(document)" : ""))
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
    entity.gender = item.kind == .person ? item.gender ?? item.givenNameGender : nil
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
    if entity.kind == .person, entity.gender == nil { entity.gender = item.gender ?? item.givenNameGender }
    entities[id] = entity
  }
}
