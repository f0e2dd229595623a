import NewsCorpus

/// The collections of entities: all of them, and one per kind (people, organizations, places, outlets).
extension Catalog {
  static let entities = entityCollection(
    name: "entities", kind: nil, summary: "people, organizations, places and outlets together")
  static let people = entityCollection(name: "people", kind: .person, summary: "the people the corpus names")
  static let organizations = entityCollection(
    name: "organizations", aliases: ["organisations"], kind: .organization,
    summary: "organizations (alliances, ministries, companies)")
  static let places = entityCollection(name: "places", kind: .place, summary: "countries, cities and regions")
  static let outlets = entityCollection(name: "outlets", kind: .outlet, summary: "news outlets named in the text")
  /// The collections of one kind each, which together hold every entity: what an entity field may be.
  static let entityKinds = [people, organizations, places, outlets]
  /// The names of the collections whose items are entities.
  static let entityCollectionNames = Set(([entities] + entityKinds).map(\.name))

  private static func entityCollection(
    name: String, aliases: [String] = [], kind: EntityKind?, summary: String
  ) -> CollectionSchema {
    CollectionSchema(
      name: name, aliases: aliases, summary: summary, fields: entityFields(target: name),
      defaultColumns: kind == nil
        ? ["name", "kind", "affiliation", "quotes", "mentions"]
        : ["name", "affiliation", "roles", "quotes", "mentions"],
      items: { context in
        guard let kind else { return Array(context.corpus.entities.indices) }
        return context.index.entities(of: kind)
      })
  }

  private static func entityFields(target: String) -> [FieldSchema] {
    [
      FieldSchema(
        name: "name", type: .entity, summary: "canonical name; = matches every name form (\"Putin\")", target: target
      ) { context, id in context.entityValue(id) },
      FieldSchema(name: "kind", type: .string, summary: "person, organization, place or outlet") { context, id in
        .string(context.corpus.entities[id].kind.rawValue)
      },
      FieldSchema(name: "aliases", type: .list, summary: "the other name forms used", element: .string) {
        context, id in .list(context.corpus.entities[id].aliases.map(Value.string))
      },
      FieldSchema(name: "roles", type: .list, summary: "titles and roles the text gives", element: .string) {
        context, id in .list(context.corpus.entities[id].roles.map(Value.string))
      },
      FieldSchema(name: "affiliation", type: .string, summary: "country or organization, or null") { context, id in
        context.corpus.entities[id].affiliation.map(Value.string) ?? .null
      },
      FieldSchema(name: "country", type: .string, summary: "the country the text ties it to, or null") { context, id in
        context.corpus.entities[id].country.map(Value.string) ?? .null
      },
      FieldSchema(
        name: "gender", type: .string,
        summary: "a person's gender as the text suggests it (pronouns, Mr/Ms, kin words, else the given name) or "
          + "the entities file gives it: female, male or null"
      ) { context, id in context.corpus.entities[id].gender.map { .string($0.rawValue) } ?? .null },
      FieldSchema(
        name: "quotes", type: .list, summary: "the quotations attributed to it (a count where a number is expected)",
        target: "quotes", element: .reference
      ) { context, id in .list(context.corpus.entities[id].quotationIDs.map(context.quoteValue)) },
      FieldSchema(
        name: "mentions", type: .list, summary: "the places the text names it", target: "mentions",
        element: .reference
      ) { context, id in .list(context.corpus.entities[id].mentionIDs.map(context.mentionValue)) },
      FieldSchema(
        name: "documents", type: .list, summary: "the documents that quote or mention it", target: "documents",
        element: .reference
      ) { context, id in
        let entity = context.corpus.entities[id]
        let ids = Set(entity.mentionIDs.map { context.corpus.mentions[$0].documentID })
          .union(entity.quotationIDs.map { context.corpus.quotations[$0].documentID })
        return .list(ids.sorted().map(context.documentValue))
      },
    ]
  }
}
