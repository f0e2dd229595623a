import NewsCorpus

/// The collections of one loaded corpus: `Catalog`'s, with `documents` given a field for each extra metadata
/// field of the input (a JSONL record's or a manifest's columns newsq has no field of its own for). Queries,
/// `.schema`, completion and exports read this one, so a corpus's `wire` or `section` is a field like `outlet`.
public struct CorpusCatalog: Sendable {
  public let collections: [CollectionSchema]
  /// The fields documents gained from the input, in the order `.schema` lists them.
  public let extraFields: [FieldSchema]

  public init(corpus: Corpus) {
    extraFields = ExtraFields.fields(of: corpus)
    var documents = Catalog.documents
    documents.fields += extraFields
    collections = Catalog.collections.map { $0.name == documents.name ? documents : $0 }
  }

  /// The collection called `name` (or one of its aliases), ignoring case.
  public func collection(named name: String) -> CollectionSchema? {
    collections.first { $0.isNamed(name) }
  }

  /// `.schema` as rows: every collection with its summary and fields, or one collection's typed fields; nil for a
  /// name that is no collection.
  public func schemaTable(_ name: String? = nil) -> ResultSet? {
    Catalog.schemaTable(name, of: collections)
  }
}
