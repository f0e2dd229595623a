import ArgumentParser
import NewsShell

/// The `newsq` command: parses arguments and hands over to the shell. Nothing else lives here.
@main
struct NewsQ: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsq",
    abstract: "A query shell for news corpora: who said what, where, and how each outlet reported it.",
    discussion: """
      With no -c, -f or piped input, newsq opens an interactive prompt.
      Examples:
        newsq
        newsq -c 'quotes where speaker = "Stoltenberg"'
        newsq --corpus articles/ --format ndjson -c 'quotes'
        newsq -f scripts/speakers.nq
      """)

  @Option(name: .long, help: ArgumentHelp("A folder or file of articles (repeatable); default: seeds/.", valueName: "path"))
  var corpus: [String] = []

  @Option(name: .customShort("c"), help: ArgumentHelp("Run QUERY and exit (repeatable).", valueName: "query"))
  var command: [String] = []

  @Option(name: .customShort("f"), help: ArgumentHelp("Run the script FILE and exit.", valueName: "file"))
  var file: String?

  @Option(name: .long, help: ArgumentHelp("Output format: table or ndjson.", valueName: "format"))
  var format: OutputFormat = .table

  func run() throws {
    let status = Shell.run(
      ShellOptions(corpusPaths: corpus, commands: command, scriptPath: file, format: format))
    if status != 0 { throw ExitCode(status) }
  }
}

extension OutputFormat: ExpressibleByArgument {}
