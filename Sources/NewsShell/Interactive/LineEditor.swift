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
      return .line(String(decoding: UnsafeRawBufferPointer(start: line, count: strlen(line)), as: UTF8.self))
    case LINEEDIT_INTERRUPT:
      return .interrupted
    default:
      return .endOfInput
    }
  }

  /// Adds an entry (possibly several lines) to what Up, Down and Ctrl-R recall.
  func addHistory(_ entry: String) { lineedit_history_add(editor, entry) }

  func setHistorySize(_ size: Int) { lineedit_history_set_size(editor, Int32(clamping: size)) }

  /// The earlier lines of a statement still being typed, so Tab on a continuation line knows its collection.
  nonisolated(unsafe) static var pendingText = ""

  /// Installs `completer` as the Tab handler for every editor of the process.
  static func install(_ completer: Completer) {
    CompletionHook.completer = completer
    lineedit_set_completer { buffer, cursorByte, result in
      guard let buffer, let result, let completer = CompletionHook.completer else { return }
      let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, Int(cursorByte)))
      let line = String(decoding: bytes, as: UTF8.self)
      let pending = LineEditor.pendingText
      let typed = ContinuationLines.typed(line)
      let completion = completer.complete(pending.isEmpty ? typed : pending + "\n" + typed)
      let replaced = String(line.suffix(completion.replaceCount))
      if completion.insertion != replaced {
        result.pointee.replace_chars = Int32(replaced.unicodeScalars.count)
        result.pointee.insert = strdup(completion.insertion)
      }
      if completion.candidates.count > 1 {
        let width = Int(lineedit_terminal_columns(STDOUT_FILENO))
        result.pointee.listing = strdup(CandidateListing.format(completion.labels, width: width))
      }
    }
  }

  static func uninstall() {
    lineedit_set_completer(nil)
    CompletionHook.completer = nil
  }
}

/// The completer the C hook calls; set once before the first read.
enum CompletionHook {
  nonisolated(unsafe) static var completer: Completer?
}
