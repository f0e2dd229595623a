/// Candidates laid out in columns under the line, as shells list them; a long list is cut with a count.
enum CandidateListing {
  static let maximumShown = 100

  static func format(_ candidates: [String], width: Int) -> String {
    let shown = candidates.prefix(maximumShown).map { VisibleText.of($0) }
    let cell = (shown.map(\.count).max() ?? 0) + 2
    let perLine = max(1, (width > 0 ? width : 80) / cell)
    var lines: [String] = []
    var index = 0
    while index < shown.count {
      let row = shown[index..<min(index + perLine, shown.count)]
      lines.append(row.map { $0.padding(to: cell) }.joined())
      index += perLine
    }
    lines = lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    if candidates.count > shown.count { lines.append("… and \(candidates.count - shown.count) more") }
    return lines.joined(separator: "\n") + "\n"
  }
}
