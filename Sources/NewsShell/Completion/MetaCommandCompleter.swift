/// How Tab completes one argument of a meta command.
enum MetaArgument: Sendable, Hashable {
  /// A file or folder path.
  case path
  /// One of these words.
  case words([String])
  /// The rest of the line is a statement, completed as at the prompt (`.complete`).
  case statement
  /// Free text: nothing to complete.
  case text
  /// A topic of `.help`; the table resolves it to words, since the topics include the table's own names.
  case helpTopic
}

/// A meta command's name and how its arguments complete, as the completer needs them.
struct MetaCommandSyntax: Sendable, Hashable {
  var name: String
  var arguments: [MetaArgument]

  init(name: String, arguments: [MetaArgument]) {
    self.name = name
    self.arguments = arguments
  }
}

/// Completes a line starting with `.`: the command's name, then its arguments by their kind.
struct MetaCommandCompleter {
  let completer: Completer

  func complete(_ line: String) -> Completion {
    let commands = completer.source.metaCommands
    guard let space = line.firstIndex(where: \.isWhitespace) else {
      let matching = commands.map(\.name).filter { $0.hasPrefix(line.lowercased()) }.sorted()
      return .choosing(matching.map { $0 + " " }, replacing: line)
    }
    let name = line[..<space].lowercased()
    guard let command = commands.first(where: { $0.name == name }) else { return .none }
    let rest = String(line[space...].dropFirst())
    if command.arguments.first == .statement {
      return completer.complete(rest)
    }
    let words = MetaArgumentSplitter.split(rest)
    let endsInSpace = rest.last.map(\.isWhitespace) ?? true
    let position = endsInSpace ? words.count : max(0, words.count - 1)
    let current = endsInSpace ? "" : MetaArgumentSplitter.lastRawWord(rest)
    guard position < command.arguments.count || command.arguments.last == .path else { return .none }
    let kind = position < command.arguments.count ? command.arguments[position] : .path
    switch kind {
    case .path:
      return PathCompleter(folderEntries: completer.source.folderEntries).complete(current)
    case .words(let choices):
      let matching = choices.filter { $0.lowercased().hasPrefix(current.lowercased()) }
      return .choosing(matching.map { $0 + " " }, replacing: current)
    case .statement, .text, .helpTopic:
      return .none
    }
  }
}
