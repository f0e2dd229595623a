import NewsQuery

/// What Tab does to a line: replace the word before the cursor and, when several names fit, list them.
public struct Completion: Sendable, Hashable {
  /// Characters before the cursor that the insertion replaces.
  public var replaceCount: Int
  /// The text put in their place (the single candidate, or the candidates' common prefix).
  public var insertion: String
  /// Every candidate that fits, in order; more than one means the shell lists them.
  public var candidates: [String]
}

/// Computes completions from the text before the cursor. A plain function of its input, so batch
/// tests can check it without a terminal.
public struct Completer: Sendable {
  public var metaCommands: [String]

  public init(metaCommands: [String]) {
    self.metaCommands = metaCommands
  }

  public func complete(_ textBeforeCursor: String) -> Completion {
    let word = String(textBeforeCursor.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }).reversed())
    let before = textBeforeCursor.dropLast(word.count)
    let isFirstWord = !before.contains(where: { !$0.isWhitespace })
    let pool: [String]
    if isFirstWord {
      pool = word.hasPrefix(".") ? metaCommands : Catalog.collections.map(\.name)
    } else {
      let collection = Catalog.collection(named: before.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? "")
      pool = Keyword.allCases.map(\.rawValue) + (collection?.fields.map(\.name) ?? [])
    }
    let lowered = word.lowercased()
    let candidates = pool.filter { $0.lowercased().hasPrefix(lowered) }.sorted()
    guard !candidates.isEmpty else { return Completion(replaceCount: 0, insertion: "", candidates: []) }
    if candidates.count == 1 {
      return Completion(replaceCount: word.count, insertion: candidates[0] + " ", candidates: candidates)
    }
    return Completion(replaceCount: word.count, insertion: Self.commonPrefix(candidates), candidates: candidates)
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
    }
    return prefix
  }
}
