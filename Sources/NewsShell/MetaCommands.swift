import NewsQuery

/// A dot-command of the shell. The table of them is the help text.
struct MetaCommand: Sendable {
  var name: String
  var usage: String
  var summary: String
  var action: @Sendable (Session, [String]) -> Bool
}

/// The meta commands, in sqlite3's style: one table, `.help` prints it.
enum MetaCommands {
  static let all: [MetaCommand] = [
    MetaCommand(name: ".help", usage: ".help", summary: "show this help") { session, _ in
      session.console.out(helpText)
      return true
    },
    MetaCommand(name: ".schema", usage: ".schema [collection]", summary: "list collections, or one's fields and types") {
      session, words in session.showSchema(words.first)
    },
    MetaCommand(name: ".results", usage: ".results", summary: "list the results kept with let") { session, _ in
      session.showNamedResults()
    },
    MetaCommand(name: ".quit", usage: ".quit", summary: "leave the shell") { session, _ in
      session.shouldQuit = true
      return true
    },
    MetaCommand(name: ".exit", usage: ".exit", summary: "leave the shell") { session, _ in
      session.shouldQuit = true
      return true
    },
  ]

  static var helpText: String {
    let width = all.map(\.usage.count).max() ?? 0
    var lines = all.map { $0.usage + String(repeating: " ", count: width - $0.usage.count + 2) + $0.summary }
    lines.append("")
    lines.append("Queries: " + Catalog.collections.map(\.name).joined(separator: ", ")
      + " [where FIELD = \"VALUE\" | FIELD contains \"WORDS\" [and ...]]")
    return lines.joined(separator: "\n") + "\n"
  }

  static func run(_ statement: ScriptStatement, in session: Session, fileName: String?) -> Bool {
    let words = statement.text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let name = words.first else { return true }
    guard let command = all.first(where: { $0.name == name.lowercased() }) else {
      let location = fileName.map { "\($0):\(statement.start.line):\(statement.start.column): " } ?? ""
      session.console.error("\(location)error: unknown command '\(name)'; enter .help for the list")
      return false
    }
    return command.action(session, Array(words.dropFirst()))
  }
}
