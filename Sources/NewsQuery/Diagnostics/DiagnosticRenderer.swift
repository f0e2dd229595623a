/// Renders diagnostics the one way newsq shows them: a located message, the source line, a caret.
public enum DiagnosticRenderer {
  /// `error: line L, column C: message`, or `FILE:L:C: error: message` when `fileName` is given,
  /// then the offending source line and a caret under the column (`^~~~` across the span).
  public static func render(_ diagnostic: Diagnostic, source: String, fileName: String? = nil) -> String {
    render(diagnostic, sourceLine: line(diagnostic.range.start.line, of: source), fileName: fileName)
  }

  /// The same, given only the line the diagnostic starts on (nil when there is none): a caller quoting many
  /// diagnostics from one long script finds its lines once rather than splitting the script for each.
  public static func render(_ diagnostic: Diagnostic, sourceLine: String?, fileName: String? = nil) -> String {
    let start = diagnostic.range.start
    var lines: [String] = []
    if let fileName {
      lines.append("\(fileName):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)")
    } else {
      lines.append("\(diagnostic.severity.rawValue): line \(start.line), column \(start.column): \(diagnostic.message)")
    }
    if let sourceLine {
      lines.append(sourceLine)
      let prefix = sourceLine.prefix(max(0, start.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
      let spanLength =
        diagnostic.range.end.line == start.line ? max(1, diagnostic.range.end.column - start.column) : 1
      lines.append(prefix + "^" + String(repeating: "~", count: spanLength - 1))
    }
    lines += diagnostic.notes.map { "note: " + $0 }
    return lines.joined(separator: "\n")
  }

  private static func line(_ number: Int, of source: String) -> String? {
    let all = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard number >= 1, number <= all.count else { return nil }
    return String(all[number - 1])
  }
}
