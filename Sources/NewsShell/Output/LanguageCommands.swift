import NewsQuery

/// What the language's meta commands print (`.schema`, `.results`), in the session's output format.
extension Session {
  func showSchema(_ name: String?) -> Bool {
    guard let table = engine.context.catalog.schemaTable(name) else {
      let word = name ?? ""
      let hint = Suggestion.closest(to: word, among: Catalog.collections.map(\.name)).map { " — did you mean '\($0)'?" }
      return fail("unknown collection '\(word)'\(hint ?? "")")
    }
    emit(format.render(table, options: renderOptions))
    return true
  }

  func showNamedResults() -> Bool {
    emit(format.render(engine.namedResultsTable, options: renderOptions))
    return true
  }
}
