import NewsCorpus

/// Every collection a query can name. One table: completion, `.schema` and the checker all read it.
public enum Catalog {
  public static let collections: [CollectionSchema] = [quotes, documents]

  public static func collection(named name: String) -> CollectionSchema? {
    collections.first { $0.name.caseInsensitiveCompare(name) }
  }

  /// The distinct values a user may type for `field` of `collection` (entity names, outlets, ids),
  /// most frequent first, for Tab completion inside a string. Free-text fields (`text`, `title`) give none.
  public static func valueSuggestions(collection: String, field: String, corpus: Corpus) -> [String] {
    guard let schema = Self.collection(named: collection), let fieldSchema = schema.field(named: field),
      !freeTextFields.contains(fieldSchema.name)
    else { return [] }
    var counts: [String: Int] = [:]
    for id in schema.items(corpus) {
      switch fieldSchema.read(corpus, id) {
      case .entity(let entityID, _):
        for name in corpus.entities[entityID].allNames { counts[name, default: 0] += 1 }
      case .string(let text):
        counts[text, default: 0] += 1
      default:
        continue
      }
    }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
  }

  static let freeTextFields: Set<String> = ["text", "title"]

  static let quotes = CollectionSchema(
    name: "quotes", summary: "quoted utterances with their speakers",
    fields: [
      FieldSchema(name: "document", type: .string, summary: "the document's id (file name or record id)") {
        corpus, id in .string(corpus.documents[corpus.quotations[id].documentID].id)
      },
      FieldSchema(name: "speaker", type: .entity, summary: "who said it, or null", target: "people") { corpus, id in
        guard let entity = corpus.speaker(of: corpus.quotations[id]) else { return .null }
        return .entity(id: entity.id, name: entity.name)
      },
      FieldSchema(name: "cue", type: .string, summary: "the attributing words (\"said\")") { corpus, id in
        corpus.quotations[id].cue.map(Value.string) ?? .null
      },
      FieldSchema(name: "text", type: .string, summary: "the quoted words without their marks") { corpus, id in
        .string(corpus.quotations[id].text)
      },
    ],
    defaultColumns: ["document", "speaker", "cue", "text"],
    items: { 0..<$0.quotations.count })

  static let documents = CollectionSchema(
    name: "documents", summary: "the articles of the corpus",
    fields: [
      FieldSchema(name: "id", type: .string, summary: "file name or record id") { corpus, id in
        .string(corpus.documents[id].id)
      },
      FieldSchema(name: "title", type: .string, summary: "headline, given or inferred") { corpus, id in
        corpus.documents[id].title.map { .string($0.value) } ?? .null
      },
      FieldSchema(name: "outlet", type: .string, summary: "publisher") { corpus, id in
        corpus.documents[id].outlet.map { .string($0.value) } ?? .null
      },
      FieldSchema(name: "date", type: .date, summary: "publication date") { corpus, id in
        corpus.documents[id].date.map { .date($0.value) } ?? .null
      },
      FieldSchema(name: "quotes", type: .number, summary: "how many quotations it holds") { corpus, id in
        .number(Double(corpus.documents[id].quotationIDs.count))
      },
    ],
    defaultColumns: ["id", "title", "quotes"],
    items: { 0..<$0.documents.count })
}
