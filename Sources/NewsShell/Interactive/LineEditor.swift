import CLineEdit
import Foundation

/// What one interactive read produced.
enum LineInput {
  case line(String)
  case endOfInput
  case interrupted
}

/// The Swift face of the libedit shim: prompt, read, history and the Tab hook.
final class LineEditor {
  private let editor: OpaquePointer

  /// Nil when standard input is not a terminal.
  init?(programName: String) {
    guard let editor = lineedit_open(programName) else { return nil }
    self.editor = editor
  }

  deinit { lineedit_close(editor) }

  func read(prompt: String) -> LineInput {
    lineedit_set_prompt(editor, prompt)
    var line: UnsafeMutablePointer<CChar>?
    let status = lineedit_read(editor, &line)
    defer { lineedit_free(line) }
    switch status {
    case LINEEDIT_LINE:
      guard let line else { return .line("") }
      return .line(String(cString: line))
    case LINEEDIT_INTERRUPT:
      return .interrupted
    default:
      return .endOfInput
    }
  }

  func addHistory(_ entry: String) { lineedit_history_add(editor, entry) }

  /// Installs `completer` as the Tab handler for every editor of the process.
  static func install(_ completer: Completer) {
    CompletionHook.completer = completer
    lineedit_set_completer { buffer, cursorByte, result in
      guard let buffer, let result, let completer = CompletionHook.completer else { return }
      let bytes = Array(String(cString: buffer).utf8.prefix(Int(cursorByte)))
      let completion = completer.complete(String(decoding: bytes, as: UTF8.self))
      result.pointee.replace_chars = Int32(completion.insertion.isEmpty ? 0 : completion.replaceCount)
      result.pointee.insert = completion.insertion.isEmpty ? nil : strdup(completion.insertion)
      if completion.candidates.count > 1 {
        let width = Int(lineedit_terminal_columns(1))
        result.pointee.listing = strdup(CandidateListing.format(completion.candidates, width: width))
      }
    }
  }
}

/// The completer the C hook calls; set once before the first read.
enum CompletionHook {
  nonisolated(unsafe) static var completer: Completer?
}

/// Candidates laid out in columns, as shells list them under the line.
enum CandidateListing {
  static func format(_ candidates: [String], width: Int) -> String {
    let cell = (candidates.map(\.count).max() ?? 0) + 2
    let perLine = max(1, (width > 0 ? width : 80) / cell)
    var lines: [String] = []
    var index = 0
    while index < candidates.count {
      let row = candidates[index..<min(index + perLine, candidates.count)]
      lines.append(row.map { $0 + String(repeating: " ", count: cell - $0.count) }.joined())
      index += perLine
    }
    return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
  }
}
