import CLineEdit
import NewsQuery

/// What the language's meta commands print (`.schema`, `.results`), in the session's output format.
extension Session {
  var renderOptions: RenderOptions { RenderOptions(width: Int(lineedit_terminal_columns(1))) }

  func showSchema(_ name: String?) -> Bool {
    guard let table = Catalog.schemaTable(name) else {
      let word = name ?? ""
      let hint = Suggestion.closest(to: word, among: Catalog.collections.map(\.name)).map { " — did you mean '\($0)'?" }
      console.error("error: unknown collection '\(word)'\(hint ?? "")")
      return false
    }
    console.out(format.render(table, options: renderOptions))
    return true
  }

  func showNamedResults() -> Bool {
    console.out(format.render(engine.namedResultsTable, options: renderOptions))
    return true
  }
}
