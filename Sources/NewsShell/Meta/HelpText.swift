import NewsQuery

/// `.help`: generated from the meta-command table, the catalog and the keywords, never written twice.
enum HelpText {
  /// What `.help TOPIC` knows: commands (with or without the dot), collections, keywords, `syntax`.
  static var topics: [String] {
    ["syntax"] + MetaCommands.all.map { String($0.name.dropFirst()) } + Catalog.collections.map(\.name)
  }

  static let run: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard let topic = arguments.first else {
      session.emit(overview(useColor: session.renderOptions.useColor))
      return true
    }
    guard let text = help(on: topic) else {
      return session.fail("no help on '\(topic)'; topics: syntax, a command (.mode), a collection (quotes)")
    }
    session.emit(text)
    return true
  }

  /// The command table, names in bold on a terminal.
  static func overview(useColor: Bool = false) -> String {
    let width = MetaCommands.all.map(\.usage.count).max() ?? 0
    var lines = MetaCommands.all.map { command in
      let name = ANSIStyle.bold.apply(command.name, if: useColor)
      return name + String(command.usage.dropFirst(command.name.count)).padding(to: width + 2 - command.name.count)
        + command.summary
    }
    lines.append("")
    lines.append(syntaxLine)
    lines.append("Collections: " + Catalog.collections.map(\.name).joined(separator: ", ") + ".")
    lines.append("Enter .help TOPIC for a command, a collection or `syntax`; Tab completes names and values.")
    return lines.joined(separator: "\n") + "\n"
  }

  static let syntaxLine = "Queries: COLLECTION [where FIELD = \"VALUE\" | FIELD contains \"WORDS\" [and|or ...]]"

  static func help(on topic: String) -> String? {
    if let command = MetaCommands.named(topic) {
      var lines = [command.usage, "  " + command.summary]
      if !command.details.isEmpty { lines += command.details.split(separator: "\n").map { "  " + $0 } }
      return lines.joined(separator: "\n") + "\n"
    }
    if let collection = Catalog.collection(named: topic) {
      return SchemaText.describe(collection)
    }
    if ["syntax", "language", "query", "queries"].contains(topic.lowercased()) {
      return syntaxLine + "\nKeywords: " + Keyword.allCases.map(\.rawValue).joined(separator: ", ") + ".\n"
        + "A statement goes on while a bracket or string is open or a line ends with \\; `;` separates statements.\n"
    }
    return nil
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
