/// Everything the `newsq` executable parsed from its arguments.
public struct ShellOptions: Sendable {
  /// Folders or files to load; empty means the bundled `seeds/`.
  public var corpusPaths: [String]
  /// Statements given with `-c`, run in order after any `-f` script.
  public var commands: [String]
  /// A script given with `-f`.
  public var scriptPath: String?
  /// The output format; nil keeps the default (table) or what `~/.newsqrc` chose.
  public var format: OutputFormat?
  /// Run every statement of a batch even after one fails (the exit status is still 1).
  public var keepGoing: Bool
  /// No start-up banner or loading progress.
  public var quiet: Bool
  /// No colours, whatever the terminal.
  public var noColor: Bool
  /// Do not run `~/.newsqrc`.
  public var skipRunCommands: Bool
  /// Read and write the snapshot of the corpus in the cache (`--no-cache` turns it off).
  public var usesSnapshotCache: Bool

  public init(
    corpusPaths: [String] = [], commands: [String] = [], scriptPath: String? = nil, format: OutputFormat? = nil,
    keepGoing: Bool = false, quiet: Bool = false, noColor: Bool = false, skipRunCommands: Bool = false,
    usesSnapshotCache: Bool = true
  ) {
    self.corpusPaths = corpusPaths
    self.commands = commands
    self.scriptPath = scriptPath
    self.format = format
    self.keepGoing = keepGoing
    self.quiet = quiet
    self.noColor = noColor
    self.skipRunCommands = skipRunCommands
    self.usesSnapshotCache = usesSnapshotCache
  }
}
