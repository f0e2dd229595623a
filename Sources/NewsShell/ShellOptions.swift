/// Everything the `newsq` executable parsed from its arguments.
public struct ShellOptions: Sendable {
  /// Folders or files to load; empty means the bundled `seeds/`.
  public var corpusPaths: [String]
  /// Queries given with `-c`, run in order.
  public var commands: [String]
  /// A script given with `-f`.
  public var scriptPath: String?
  public var format: OutputFormat

  public init(corpusPaths: [String] = [], commands: [String] = [], scriptPath: String? = nil, format: OutputFormat = .table) {
    self.corpusPaths = corpusPaths
    self.commands = commands
    self.scriptPath = scriptPath
    self.format = format
  }
}
