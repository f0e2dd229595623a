/// The text of a script being run, with its lines found once, when the first diagnostic needs one. A
/// `--keep-going` batch of thousands of errors then quotes each error's line in time proportional to that
/// line, not to the whole script, so the batch stays linear in its length.
final class ScriptSource {
  let text: String
  /// Where each line starts, found by one scan of the text the first time a line is asked for.
  private var lineStarts: [String.Index]?
  /// The bytes looked at to quote lines so far: the one scan, then each line quoted. The work done, for tests.
  private(set) var bytesExamined = 0

  init(_ text: String) {
    self.text = text
  }

  /// Line `number` (1-based, as diagnostics count them: after each line feed), without its line end
  /// (LF or CRLF); nil past the end.
  func line(_ number: Int) -> String? {
    let starts = lineStarts ?? findLineStarts()
    guard number >= 1, number <= starts.count else { return nil }
    let start = starts[number - 1]
    let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.utf8.endIndex
    var line = text.utf8[start..<end]
    if line.last == 0x0D { line = line.dropLast() }
    bytesExamined += line.count
    return String(decoding: line, as: UTF8.self)
  }

  private func findLineStarts() -> [String.Index] {
    var starts = [text.utf8.startIndex]
    var index = text.utf8.startIndex
    while index < text.utf8.endIndex {
      let next = text.utf8.index(after: index)
      if text.utf8[index] == 0x0A { starts.append(next) }
      index = next
    }
    bytesExamined += text.utf8.count
    lineStarts = starts
    return starts
  }
}
