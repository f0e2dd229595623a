import ArgumentParser
import Foundation
import NewsShell

/// The `newsq` command: parses arguments and hands over to the shell. Nothing else lives here.
@main
struct NewsQ: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsq",
    abstract: "A query shell for news corpora: who said what, where, and how each outlet reported it.",
    usage: """
      newsq [--corpus <path> ...] [-c <statement> ...] [-f <file>] [--format <format>] [--keep-going] [--quiet] \
      [--no-color] [--no-rc] [--no-cache]
        newsq index <corpus> ... -o <file>
      """,
    discussion: """
      With no -c, -f or piped input, newsq opens an interactive prompt: Tab completes, Up recalls, \
      .help lists the meta commands. ~/.newsqrc runs first unless --no-rc. History is kept in \
      $XDG_STATE_HOME/newsq/history (else ~/.local/state/newsq/history), NEWSQ_HISTORY_SIZE entries. \
      Loading progress shows on a terminal after NEWSQ_PROGRESS_AFTER seconds (default 0.5).

      Exit status: 0 on success; 1 when a statement fails or its result cannot be written; 2 when the \
      command line is wrong (an unknown flag, a missing value) or the corpus or a script cannot be read.

      Examples:
        newsq
        newsq -c 'quotes where speaker.affiliation = "Russia" show speaker, text'
        newsq --corpus articles/ --format ndjson -c 'quotes' > quotes.ndjson
        newsq -f scripts/speakers.nq --keep-going
        echo 'documents' | newsq --format csv
        newsq --generate-completion-script bash > /etc/bash_completion.d/newsq
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A folder or file of articles (repeatable); default: seeds/. Example: --corpus news/ --corpus extra.jsonl",
      valueName: "path"), completion: .file())
  var corpus: [String] = []

  // Unconditional: a statement may start with '-' (a '--' comment) and is still the value of -c.
  @Option(
    name: .customShort("c"), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "Run a statement and exit (repeatable, run in order). Example: -c 'quotes where text contains \"sanctions\"'",
      valueName: "statement"))
  var command: [String] = []

  @Option(
    name: .customShort("f"),
    help: ArgumentHelp(
      "Run the script FILE and exit; it stops at the first error. Example: -f scripts/speakers.nq",
      valueName: "file"), completion: .file())
  var file: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Output format for every result: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Example: --format ndjson",
      valueName: "format"))
  var format: OutputFormat?

  @Flag(
    name: .long,
    help:
      "Run every statement of a script even after one fails (the exit status is still 1). Example: -f all.nq --keep-going"
  )
  var keepGoing = false

  @Flag(name: .shortAndLong, help: "No start-up banner or loading progress. Example: newsq -q")
  var quiet = false

  @Flag(name: .long, help: "No colours, even on a terminal (as does NO_COLOR=1). Example: newsq --no-color")
  var noColor = false

  @Flag(name: .long, help: "Do not run ~/.newsqrc at start-up. Example: newsq --no-rc -c 'documents'")
  var noRc = false

  @Flag(
    name: .long,
    help:
      "Extract the corpus even if its snapshot in $XDG_CACHE_HOME/newsq is good, and write none. Example: newsq --no-cache")
  var noCache = false

  /// Parses the command line as ArgumentParser's own `main` would, with three differences a user of
  /// sqlite3 or jq expects: a wrong command line exits 2 (not 64, EX_USAGE), like the shell's other usage
  /// errors; help that cannot be written to standard output is an error; and the tool description that
  /// `make man` reads has no `subcommand`, since newsq has none.
  static func main() {
    // `newsq index …` is a command of its own; newsq has no other, so it is told apart here rather than made an
    // ArgumentParser subcommand (which would give the main command a `help` subcommand and a new synopsis).
    if CommandLine.arguments.dropFirst().first == "index" { IndexCommand.main(Array(CommandLine.arguments.dropFirst(2))) }
    let command: NewsQ
    do {
      command = try parse()
    } catch {
      exitAfter(parsingFailed: error)
    }
    do {
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  private static func exitAfter(parsingFailed error: Error) -> Never {
    switch exitCode(for: error) {
    case .success:
      Foundation.exit(Shell.printToStandardOutput(ToolDescription.withoutSubcommands(fullMessage(for: error))))
    case .validationFailure:
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(Shell.ExitStatus.badInput)
    default:
      exit(withError: error)
    }
  }

  func run() throws {
    let status = Shell.run(
      ShellOptions(
        corpusPaths: corpus, commands: command, scriptPath: file, format: format, keepGoing: keepGoing, quiet: quiet,
        noColor: noColor, skipRunCommands: noRc, usesSnapshotCache: !noCache))
    if status != 0 { throw ExitCode(status) }
  }
}

extension OutputFormat: ExpressibleByArgument {}

/// `newsq index CORPUS… -o FILE.newsq`.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsq index",
    abstract: "Extract a corpus once and write it, with its indexes, to a snapshot that --corpus FILE.newsq opens at once.",
    discussion: """
      The snapshot is tied to this build of newsq: another build extracts the corpus again when it opens it \
      (if the corpus is still where it was) and rewrites the file.

      Examples:
        newsq index articles/ -o articles.newsq
        newsq --corpus articles.newsq -c 'quotes count'
      """)

  /// Parses and runs `newsq index …` as `NewsQ.main` runs newsq, exiting 2 on a wrong command line.
  static func main(_ arguments: [String]) -> Never {
    let command: IndexCommand
    do {
      command = try parse(arguments)
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(Shell.ExitStatus.badInput)
      }
      exit(withError: error)
    }
    do {
      try command.run()
    } catch {
      exit(withError: error)
    }
    Foundation.exit(0)
  }

  @Argument(help: ArgumentHelp("Folders or files of articles.", valueName: "corpus"), completion: .file())
  var corpus: [String]

  @Option(name: .shortAndLong, help: ArgumentHelp("The snapshot to write. Example: -o articles.newsq", valueName: "file"))
  var output: String

  @Flag(name: .shortAndLong, help: "No progress or summary.")
  var quiet = false

  func run() throws {
    let status = Shell.index(paths: corpus, output: output, quiet: quiet)
    if status != 0 { throw ExitCode(status) }
  }
}
