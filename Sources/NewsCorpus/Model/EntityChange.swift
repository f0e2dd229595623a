/// One change an entities file made to the corpus's people, organisations, places and outlets: which line of
/// which file, the name it named, and what it did ("merged into Ana Ruiz (3 mentions, 1 quotation)").
public struct EntityChange: Sendable, Hashable, Codable {
  public var path: String
  public var line: Int
  public var name: String
  public var change: String

  public init(path: String, line: Int, name: String, change: String) {
    self.path = path
    self.line = line
    self.name = name
    self.change = change
  }
}
