import Foundation
import NewsQuery

/// A dot-command of the shell. The table of them is the help text and the completer's grammar.
struct MetaCommand: Sendable {
  var name: String
  var usage: String
  var summary: String
  /// More words for `.help NAME`, when the summary is not enough.
  var details: String = ""
  /// How Tab completes each argument.
  var arguments: [MetaArgument] = []
  /// Runs the command with its arguments (quotes removed); returns false when it failed, after
  /// reporting why with `session.fail`.
  var action: @Sendable (Session, [String]) -> Bool
}

/// The meta commands, in sqlite3's and DuckDB's style: one table, `.help` prints it.
enum MetaCommands {
  static let all: [MetaCommand] = [
    MetaCommand(
      name: ".help", usage: ".help [TOPIC]",
      summary: "list the commands, or explain one command, collection or keyword",
      arguments: [.helpTopic], action: HelpText.run),
    MetaCommand(
      name: ".schema", usage: ".schema [COLLECTION]", summary: "list the collections, or one's fields and types",
      arguments: [.words(Catalog.collections.map(\.name))]
    ) { session, words in session.showSchema(words.first) },
    MetaCommand(name: ".results", usage: ".results", summary: "list the results kept with let") { session, _ in
      session.showNamedResults()
    },
    MetaCommand(
      name: ".mode", usage: ".mode [FORMAT]", summary: "show or set the output format: " + formatNames,
      arguments: [.words(OutputFormat.allCases.map(\.rawValue))], action: SettingCommands.mode),
    MetaCommand(
      name: ".timer", usage: ".timer on|off", summary: "show how long each statement takes (on standard error)",
      arguments: [.words(["on", "off"])], action: SettingCommands.timer),
    MetaCommand(
      name: ".pager", usage: ".pager on|off", summary: "page results taller than the screen through $PAGER",
      details: "The pager is $PAGER, else `less -FRX`; an empty PAGER turns paging off.",
      arguments: [.words(["on", "off"])], action: SettingCommands.pager),
    MetaCommand(
      name: ".read", usage: ".read FILE", summary: "run the statements of a script",
      details: "Errors name the script, line and column; a batch stops at the first one unless --keep-going.",
      arguments: [.path], action: FileCommands.read),
    MetaCommand(
      name: ".open", usage: ".open PATH...", summary: "load another corpus (folders or files) in place of this one",
      arguments: [.path], action: FileCommands.open),
    MetaCommand(
      name: ".output", usage: ".output [FILE]", summary: "send results to FILE until `.output` alone",
      details: "FILE is replaced only when the output ends with a result in it; until then, on error or with no result it "
        + "keeps what it held. A `let` notes its rows on the screen, never in FILE.",
      arguments: [.path], action: FileCommands.output),
    MetaCommand(
      name: ".once", usage: ".once FILE", summary: "send the next result to FILE",
      details: "FILE is replaced only if the next statement that prints a result succeeds; a `let` before it waits.",
      arguments: [.path],
      action: FileCommands.once),
    MetaCommand(
      name: ".export", usage: ".export [all] FORMAT FILE",
      summary: "write the last result to FILE, or with `all` every collection",
      details: """
        `.export csv quotes.csv` writes the last result; `.export all json model.json` writes every collection
        as one JSON object of arrays; `.export all csv FOLDER` writes one CSV file per collection.
        """,
      arguments: [.words(["all"] + OutputFormat.allCases.map(\.rawValue)), .path], action: ExportCommand.run),
    MetaCommand(
      name: ".tables", usage: ".tables", summary: "list the collections and the results kept with let or .import",
      action: SQLiteCommands.tables),
    MetaCommand(
      name: ".headers", usage: ".headers on|off", summary: "start tables and CSV with the column names, or not",
      arguments: [.words(["on", "off"])], action: SQLiteCommands.headers),
    MetaCommand(
      name: ".nullvalue", usage: ".nullvalue [TEXT]", summary: "print a missing value as TEXT (default: null, in CSV empty)",
      arguments: [.text], action: SQLiteCommands.nullvalue),
    MetaCommand(
      name: ".width", usage: ".width [N ...]", summary: "set the widths of a table's columns (0: its own); none resets",
      arguments: [.text], action: SQLiteCommands.width),
    MetaCommand(
      name: ".print", usage: ".print TEXT", summary: "print TEXT, where results go", arguments: [.text],
      action: SQLiteCommands.print),
    MetaCommand(
      name: ".param", usage: ".param ACTION [NAME [VALUE]]",
      summary: "set NAME VALUE, unset NAME, list, clear: the values $NAME stands for",
      details: """
        `.param set since "2022-01-10"` then `documents where date >= $since`. VALUE is a number, true, false,
        null or text, in quotes or not; `$NAME` may stand wherever a value is written, `limit $n` too.
        """,
      arguments: [.words(["set", "unset", "list", "clear"])], action: SQLiteCommands.param),
    MetaCommand(
      name: ".import", usage: ".import FILE AS NAME", summary: "keep a CSV (with a header) or JSONL file as a result",
      details: "Its first column is what `X in NAME` tests: `.import watchlist.csv AS watch` then "
        + "`quotes where speaker in watch`. The file's extension (.csv, .jsonl) says how to read it, else "
        + "`--csv` or `--json` before FILE, as in sqlite3.", arguments: [.path], action: SQLiteCommands.importFile),
    MetaCommand(
      name: ".entities", usage: ".entities", summary: "list what the entities.csv beside the corpus changed",
      details: """
        entities.csv (in the corpus folder, or beside a corpus file) corrects the people, organisations, places
        and outlets at every load. A header line, then one row a correction, naming an entity by its name:
          name,canonical,kind,gender,split,documents
          Marta Lindquist,Marta Lindqvist,,,,   merge a misspelling into the entity of that name
          Meyer,Karl Meyer,,male,,              rename (no entity is called Karl Meyer) and set a gender
          Harbour Shipping,,organization,,,     set a kind
          Ana Ruiz,Ana Ruiz (tennis),,,yes,c5   a namesake: its part in document c5 is another entity
        canonical merges into the entity of that name, else renames; split takes the documents listed (ids
        separated by ;), else those where name alone names the entity; kind is person, organization, place or
        outlet; gender female or male. A row that names no entity is a warning when the corpus loads.
        """, action: SQLiteCommands.entities),
    MetaCommand(
      name: ".shell", usage: ".shell COMMAND", summary: "run COMMAND with /bin/sh (.system does the same)",
      arguments: [.text], action: SQLiteCommands.shell),
    MetaCommand(
      name: ".system", usage: ".system COMMAND", summary: "run COMMAND with /bin/sh", arguments: [.text],
      action: SQLiteCommands.shell),
    MetaCommand(
      name: ".show", usage: ".show",
      summary: "list the settings in force: corpus, mode, timer, output, headers, parameters …",
      action: SettingCommands.show),
    MetaCommand(
      name: ".history", usage: ".history", summary: "list the statements entered at the prompt",
      action: SettingCommands.history),
    MetaCommand(
      name: ".complete", usage: ".complete TEXT", summary: "list what Tab would offer at the end of TEXT",
      details: "One line a candidate, as Tab would insert it in place of the word being typed.",
      arguments: [.statement], action: SettingCommands.complete),
    MetaCommand(
      name: ".quit", usage: ".quit", summary: "leave the shell (Ctrl-D does too)", action: SettingCommands.quit),
    MetaCommand(
      name: ".exit", usage: ".exit [CODE]", summary: "leave the shell with exit status CODE (default 0)",
      arguments: [.text], action: SettingCommands.exit),
  ]

  static var formatNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }

  /// The table as the completer reads it.
  static var syntax: [MetaCommandSyntax] {
    all.map { command in
      MetaCommandSyntax(
        name: command.name, arguments: command.arguments.map { $0 == .helpTopic ? .words(HelpText.topics) : $0 })
    }
  }

  static func named(_ name: String) -> MetaCommand? {
    let lowered = name.lowercased()
    return all.first { $0.name == lowered || $0.name == "." + lowered }
  }

  static func run(_ statement: ScriptStatement, in session: Session, fileName: String?) -> Bool {
    let text = statement.text.trimmingCharacters(in: .whitespaces)
    let name = String(text.prefix { !$0.isWhitespace })
    guard let command = all.first(where: { $0.name == name.lowercased() }) else {
      let suggestion = Suggestion.closest(to: name.lowercased(), among: all.map(\.name)).map {
        " — did you mean '\($0)'?"
      }
      return session.fail("unknown command '\(name)'; enter .help for the list\(suggestion ?? "")")
    }
    return command.action(session, MetaArgumentSplitter.split(String(text.dropFirst(name.count))))
  }
}
