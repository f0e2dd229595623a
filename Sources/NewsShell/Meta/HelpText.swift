import NewsQuery

/// `.help`: generated from the meta-command table and the language's own help (`LanguageHelp`),
/// never written twice.
enum HelpText {
  /// What `.help TOPIC` knows: the language's topics, commands (with or without the dot), collections, keywords.
  static var topics: [String] {
    LanguageHelp.topics + MetaCommands.all.map { String($0.name.dropFirst()) } + Catalog.collections.map(\.name)
      + Keyword.allCases.map(\.rawValue)
  }

  static let run: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard let topic = arguments.first else {
      session.emit(overview(useColor: session.renderOptions.useColor))
      return true
    }
    guard let text = help(on: topic) else {
      let suggestion = Suggestion.closest(to: topic, among: topics).map { " — did you mean '\($0)'?" } ?? ""
      return session.fail(
        "no help on '\(topic)'; topics: \(LanguageHelp.topics.joined(separator: ", ")), "
          + "a command (.mode), a collection (quotes) or a keyword (where)\(suggestion)")
    }
    session.emit(text)
    return true
  }

  /// The command table, names in bold on a terminal, then the language's statements and where to read more.
  static func overview(useColor: Bool = false) -> String {
    let width = MetaCommands.all.map(\.usage.count).max() ?? 0
    var lines = MetaCommands.all.map { command in
      let name = ANSIStyle.bold.apply(command.name, if: useColor)
      return name + String(command.usage.dropFirst(command.name.count)).padding(to: width + 2 - command.name.count)
        + command.summary
    }
    lines.append("")
    lines.append(LanguageHelp.topic("syntax") ?? "")
    lines.append(
      "Enter .help TOPIC for more: " + LanguageHelp.topics.joined(separator: ", ")
        + ", a command, a collection or a keyword. Tab completes names and values.")
    return lines.joined(separator: "\n") + "\n"
  }

  static func help(on topic: String) -> String? {
    if let command = MetaCommands.named(topic) {
      var lines = [command.usage, "  " + command.summary]
      if !command.details.isEmpty { lines += command.details.split(separator: "\n").map { "  " + $0 } }
      return lines.joined(separator: "\n") + "\n"
    }
    return LanguageHelp.topic(topic)
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
