import NewsQuery

/// `.schema [COLLECTION]`: the collections and their typed fields, from the catalog.
enum SchemaText {
  static let run: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard let name = arguments.first else {
      session.emit(Catalog.collections.map(describe).joined(separator: "\n"))
      return true
    }
    guard let collection = Catalog.collection(named: name) else {
      let names = Catalog.collections.map(\.name)
      let suggestion = Suggestion.closest(to: name.lowercased(), among: names).map { " (did you mean \($0)?)" } ?? ""
      return session.fail("unknown collection '\(name)'\(suggestion); collections: " + names.joined(separator: ", "))
    }
    session.emit(describe(collection))
    return true
  }

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
