/// `.schema` as rows, so it prints in whatever format the shell is in.
extension Catalog {
  /// Without a name: every collection with its summary and fields. With one: that collection's fields,
  /// their types and summaries. Nil for a name that is no collection (see `Suggestion.closest`).
  public static func schemaTable(_ name: String? = nil) -> ResultSet? {
    schemaTable(name, of: collections)
  }

  /// The same over `collections` (a corpus's own, with its extra fields).
  static func schemaTable(_ name: String?, of collections: [CollectionSchema]) -> ResultSet? {
    guard let name else {
      return ResultSet(
        collection: "schema", columns: ["collection", "summary", "fields"],
        rows: collections.map { collection in
          [
            .string(collection.name), .string(collection.summary),
            .string(collection.fields.map(\.name).joined(separator: ", ")),
          ]
        })
    }
    guard let collection = collections.first(where: { $0.isNamed(name) }) else { return nil }
    return ResultSet(
      collection: collection.name, columns: ["field", "type", "summary"],
      rows: collection.fields.map { [.string($0.name), .string($0.shape.description), .string($0.summary)] })
  }
}
