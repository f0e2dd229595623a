import NewsQuery

/// A collection and its typed fields in words, for `.help COLLECTION`.
enum SchemaText {
  static func describe(_ collection: CollectionSchema) -> String {
    let nameWidth = collection.fields.map(\.name.count).max() ?? 0
    let typeWidth = collection.fields.map { typeName($0).count }.max() ?? 0
    var lines = ["\(collection.name): \(collection.summary)"]
    lines += collection.fields.map { field in
      "  " + field.name.padding(to: nameWidth + 2) + typeName(field).padding(to: typeWidth + 2) + field.summary
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func typeName(_ field: FieldSchema) -> String {
    field.type.rawValue + (field.target.map { " → \($0)" } ?? "")
  }
}
