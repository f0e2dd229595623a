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
    let width = session.renderOptions.width
    guard let topic = arguments.first else {
      session.emit(overview(useColor: session.renderOptions.useColor, width: width))
      return true
    }
    guard let text = help(on: topic) else {
      let suggestion = Suggestion.closest(to: topic, among: topics).map { " — did you mean '\($0)'?" } ?? ""
      return session.fail(
        "no help on '\(topic)'; topics: \(LanguageHelp.topics.joined(separator: ", ")), "
          + "a command (.mode), a collection (quotes) or a keyword (where)\(suggestion)")
    }
    session.emit(fitted(text, to: width))
    return true
  }

  /// The command table, names in bold on a terminal, then the language's statements and where to read more;
  /// fitted to `width` columns when it is not 0.
  static func overview(useColor: Bool = false, width: Int = 0) -> String {
    let usageWidth = MetaCommands.all.map(\.usage.count).max() ?? 0
    var lines = MetaCommands.all.map { command in
      command.usage.padding(to: usageWidth + 2) + command.summary
    }
    lines.append("")
    lines.append(LanguageHelp.topic("syntax") ?? "")
    lines.append(
      "Enter .help TOPIC for more: " + LanguageHelp.topics.joined(separator: ", ")
        + ", a command, a collection or a keyword. Tab completes names and values.")
    let names = Set(MetaCommands.all.map(\.name))
    return fitted(lines.joined(separator: "\n") + "\n", to: width).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { line in
      let name = String(line.prefix { $0 != " " })
      return names.contains(name) ? ANSIStyle.bold.apply(name, if: useColor) + line.dropFirst(name.count) : String(line)
    }.joined(separator: "\n")
  }

  /// Help text fitted to `width` columns (0: as it is): a long line wraps under its summary column — the text
  /// after the first run of two spaces — or under its own indentation.
  static func fitted(_ text: String, to width: Int) -> String {
    guard width > 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
      let line = String(line)
      guard DisplayWidth.of(line) > width else { return [line] }
      let leading = line.prefix { $0 == " " }.count
      var column = leading
      if let gap = line.dropFirst(leading).range(of: "  ") {
        column = line.distance(from: line.startIndex, to: gap.lowerBound) + 2
        column += line.dropFirst(column).prefix { $0 == " " }.count
      }
      if column > width / 2 { column = leading }
      let indent = String(repeating: " ", count: column)
      let wrapped = DisplayWidth.wrapped(String(line.dropFirst(column)), to: width - column)
      return [String(line.prefix(column)) + wrapped[0]] + wrapped.dropFirst().map { indent + $0 }
    }.joined(separator: "\n")
  }

  static func help(on topic: String) -> String? {
    // `entities` is a collection and `.entities` a command: without the dot, the collection.
    let isCollection = !topic.hasPrefix(".") && Catalog.collection(named: topic) != nil
    if !isCollection, let command = MetaCommands.named(topic) {
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
