import NewsCorpus

/// A queryable collection: its name, its typed fields, and how to read them from the model.
public struct CollectionSchema: Sendable {
  public var name: String
  /// Other names the collection answers to (`organisations` for `organizations`).
  public var aliases: [String] = []
  public var summary: String
  public var fields: [FieldSchema]
  /// The fields a bare query shows, in order.
  public var defaultColumns: [String]
  /// The ids of every item of the collection in a corpus, in corpus order.
  public var items: @Sendable (QueryContext) -> [Int]
  /// How many items `items` gives, when that is known without listing them (a table's count).
  var itemCount: (@Sendable (QueryContext) -> Int)? = nil
  /// Items hidden unless the query says `including boilerplate` or names the `boilerplate` field (page furniture
  /// around the article body).
  var isHidden: (@Sendable (QueryContext, Int) -> Bool)? = nil
  /// Whether the collection hides page furniture, so `including boilerplate` means something after it.
  public var hidesBoilerplate: Bool { isHidden != nil }
  /// The text of an item and where it lies in its document, for `contains`, concordance and context.
  var textSpan: (@Sendable (QueryContext, Int) -> TextSpan)? = nil

  /// How many items the collection has in a corpus, without listing them where it can.
  func count(_ context: QueryContext) -> Int { itemCount?(context) ?? items(context).count }

  public func field(named name: String) -> FieldSchema? {
    fields.first { $0.name.caseInsensitiveCompare(name) }
  }

  /// Whether `name` names this collection.
  public func isNamed(_ name: String) -> Bool {
    self.name.caseInsensitiveCompare(name) || aliases.contains { $0.caseInsensitiveCompare(name) }
  }
}

/// Where an item's text lies: its document and UTF-8 byte range there.
struct TextSpan: Sendable, Hashable {
  var documentID: Int
  var byteRange: Range<Int>
}

/// A field of a collection and how to read it for one item.
public struct FieldSchema: Sendable {
  public var name: String
  public var type: ValueType
  public var summary: String
  /// For an entity or relation field, the collection whose fields a path can continue with
  /// (`speaker` → `people`, so `speaker.affiliation`); nil for plain values.
  public var target: String? = nil
  /// For a list, the type of its elements.
  public var element: ValueType? = nil
  public var read: @Sendable (QueryContext, Int) -> Value

  public init(
    name: String, type: ValueType, summary: String, target: String? = nil, element: ValueType? = nil,
    read: @escaping @Sendable (QueryContext, Int) -> Value
  ) {
    self.name = name
    self.type = type
    self.summary = summary
    self.target = target
    self.element = element
    self.read = read
  }

  /// What the checker knows of the field's values.
  public var shape: Shape { Shape(type, element: element, target: target) }
}

extension String {
  func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
