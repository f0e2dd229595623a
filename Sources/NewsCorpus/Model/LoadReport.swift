/// What loading a corpus did: files read, files skipped and why, and warnings about the input.
public struct LoadReport: Sendable, Codable {
  public var filesRead: Int
  public var skipped: [LoadProblem]
  public var warnings: [LoadProblem]
  public var loadSeconds: Double
  /// What the entities file beside the corpus changed (`.entities` lists it).
  public var entityChanges: [EntityChange] = []
  /// The entities files that were applied.
  public var entityFiles: [String] = []

  public init(filesRead: Int = 0, skipped: [LoadProblem] = [], warnings: [LoadProblem] = [], loadSeconds: Double = 0) {
    self.filesRead = filesRead
    self.skipped = skipped
    self.warnings = warnings
    self.loadSeconds = loadSeconds
  }
}

/// A file that could not be used, or something odd in one, with where it happened.
public struct LoadProblem: Sendable, Hashable, Codable, CustomStringConvertible {
  public var path: String
  /// The 1-based line (JSONL) or nil.
  public var line: Int?
  /// The 1-based column on `line`, in characters, where the problem is at one place (invalid JSON).
  public var column: Int?
  /// The byte offset in the file, where it matters (invalid UTF-8).
  public var byteOffset: Int?
  public var message: String

  public init(path: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
    self.message = message
  }

  /// `path:line: message`, `path:line:column: message` or `path: byte N: message`.
  public var description: String {
    var location = path
    if let line { location += ":\(line)" }
    if line != nil, let column { location += ":\(column)" }
    if let byteOffset { location += ": byte \(byteOffset)" }
    return "\(location): \(message)"
  }
}
