import NewsCorpus

/// A queryable collection: its name, its typed fields, and how to read them from the model.
public struct CollectionSchema: Sendable {
  public var name: String
  public var summary: String
  public var fields: [FieldSchema]
  /// The fields a bare query shows, in order.
  public var defaultColumns: [String]
  /// The ids of every item of the collection in a corpus.
  public var items: @Sendable (Corpus) -> Range<Int>

  public func field(named name: String) -> FieldSchema? {
    fields.first { $0.name.caseInsensitiveCompare(name) }
  }
}

/// A field of a collection and how to read it for one item.
public struct FieldSchema: Sendable {
  public var name: String
  public var type: ValueType
  public var summary: String
  /// For an entity or relation field, the collection whose fields a path can continue with
  /// (`speaker` → `people`, so `speaker.affiliation`); nil for plain values.
  public var target: String? = nil
  public var read: @Sendable (Corpus, Int) -> Value
}

extension String {
  func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
