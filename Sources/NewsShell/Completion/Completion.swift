/// What Tab does to a line: replace the word before the cursor and, when several candidates fit, list them.
struct Completion: Sendable, Hashable {
  /// Characters before the cursor that the insertion replaces (the word being completed).
  var replaceCount: Int
  /// The text put in their place: the one candidate with its trailing space or closing quote, or the
  /// candidates' common prefix. Equal to the replaced text when Tab can only list.
  var insertion: String
  /// What each candidate would insert, in the order shown; more than one means the shell lists them.
  var candidates: [String]
  /// The candidates as the listing shows them (names without quotes or trailing spaces).
  var labels: [String]

  init(replaceCount: Int, insertion: String, candidates: [String], labels: [String]? = nil) {
    self.replaceCount = replaceCount
    self.insertion = insertion
    self.candidates = candidates
    self.labels = labels ?? candidates.map { $0.trimmingSpaceSuffix }
  }

  /// Nothing fits.
  static let none = Completion(replaceCount: 0, insertion: "", candidates: [])

  /// Builds the completion of `word` from candidate insertions: the one candidate, or the prefix they share
  /// when it extends what was typed (else the word stays and the candidates are listed).
  static func choosing(_ candidates: [String], labels: [String]? = nil, replacing word: String) -> Completion {
    guard !candidates.isEmpty else { return .none }
    if candidates.count == 1 {
      return Completion(replaceCount: word.count, insertion: candidates[0], candidates: candidates, labels: labels)
    }
    let prefix = commonPrefix(candidates.map { $0.trimmingSpaceSuffix })
    let insertion = prefix.count >= word.count && prefix.lowercased().hasPrefix(word.lowercased()) ? prefix : word
    return Completion(replaceCount: word.count, insertion: insertion, candidates: candidates, labels: labels)
  }

  /// The longest prefix every word shares, ignoring case (spelt as in the first word).
  static func commonPrefix(_ words: [String]) -> String {
    guard let first = words.first else { return "" }
    var prefix = Substring(first)
    for word in words.dropFirst() {
      let lowered = word.lowercased()
      while !lowered.hasPrefix(prefix.lowercased()) { prefix = prefix.dropLast() }
    }
    return String(prefix)
  }
}

extension String {
  /// Without the one space a completed word ends with.
  var trimmingSpaceSuffix: String { hasSuffix(" ") ? String(dropLast()) : self }
}
