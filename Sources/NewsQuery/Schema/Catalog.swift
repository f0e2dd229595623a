import NewsCorpus

/// Every collection a query can name. One table: completion, `.schema`, help and the checker all read it.
public enum Catalog {
  public static let collections: [CollectionSchema] = [
    documents, paragraphs, sentences, quotes, terms, mentions, entities, people, organizations, places, outlets,
  ]

  /// The collection called `name` (or one of its aliases), ignoring case.
  public static func collection(named name: String) -> CollectionSchema? {
    collections.first { $0.isNamed(name) }
  }

  /// The distinct values a user may type for `field` of `collection` (entity names, outlets, ids),
  /// most frequent first, for Tab completion inside a string. Free-text fields (`text`, `title`) give none.
  public static func valueSuggestions(collection: String, field: String, corpus: Corpus) -> [String] {
    valueSuggestions(
      collection: collection, field: field,
      context: QueryContext(corpus: corpus, index: CorpusIndex(corpus: corpus, includingText: false)))
  }

  /// The same, reading through an engine's indexes (faster, and complete for entity collections).
  public static func valueSuggestions(collection: String, field: String, engine: QueryEngine) -> [String] {
    valueSuggestions(collection: collection, field: field, context: engine.context)
  }

  static func valueSuggestions(collection: String, field: String, context: QueryContext) -> [String] {
    guard let schema = context.catalog.collection(named: collection), let fieldSchema = schema.field(named: field),
      !freeTextFields.contains(fieldSchema.name), fieldSchema.type != .list
    else { return [] }
    var counts: [String: Int] = [:]
    for id in schema.items(context) {
      switch fieldSchema.read(context, id) {
      case .entity(let entityID, _):
        for name in context.corpus.entities[entityID].allNames { counts[name, default: 0] += 1 }
      case .string(let text):
        counts[text, default: 0] += 1
      case .item(_, _, let label):
        counts[label, default: 0] += 1
      default:
        continue
      }
    }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
  }

  static let freeTextFields: Set<String> = ["text", "title", "position", "number"]
}
