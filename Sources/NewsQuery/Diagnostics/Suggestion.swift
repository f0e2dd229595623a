/// "Did you mean …?": the closest known name to a misspelt one, by edit distance.
public enum Suggestion {
  /// The candidate nearest to `word` (ignoring case), if it is close enough to be a likely typo:
  /// at most two edits, and fewer than half the word's letters.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let lowered = Array(word.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best, best.distance > 0 || word != best.name, best.distance <= 2, best.distance * 2 < lowered.count
    else { return nil }
    return best.name
  }

  /// The message suffix ` — did you mean 'x'?`, or nothing.
  static func phrase(for word: String, among candidates: [String]) -> String {
    closest(to: word, among: candidates).map { " — did you mean '\($0)'?" } ?? ""
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
