import Foundation

/// How a multi-line statement looks when Up or Ctrl-R brings it back: each line after the first under the
/// continuation prompt, as it was typed (DuckDB's shell shows its continuation marker the same way), while
/// the history keeps the statement itself.
///
/// libedit edits one buffer and draws a newline in it at the left margin, so the prompt is written into the
/// recalled text and taken out again when the line is entered or completed.
enum ContinuationLines {
  /// The recalled form of `statement`: `  ...> ` after each of its newlines.
  static func shown(_ statement: String) -> String {
    statement.replacingOccurrences(of: "\n", with: "\n" + REPL.continuationPrompt)
  }

  /// The statement in `line` as entered: after each newline, the continuation prompt is dropped, also when
  /// editing left only part of it (`...>` with or without the spaces around it).
  static func typed(_ line: String) -> String {
    guard line.contains("\n") else { return line }
    let marker = REPL.continuationPrompt.trimmingCharacters(in: .whitespaces)
    var lines = line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices.dropFirst() {
      let rest = lines[index].drop { $0 == " " }
      guard rest.hasPrefix(marker) else { continue }
      let after = rest.dropFirst(marker.count)
      lines[index] = String(after.first == " " ? after.dropFirst() : after)
    }
    return lines.joined(separator: "\n")
  }
}
