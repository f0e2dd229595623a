import CLineEdit
import Foundation

/// What the shell knows about where it runs: which streams are terminals, and whether colours are wanted.
/// Decided once at start-up (sizes are read live, as windows resize).
struct TerminalInfo: Sendable {
  var inputIsTerminal: Bool
  var outputIsTerminal: Bool
  var errorIsTerminal: Bool
  /// Colours on standard output: a terminal, `NO_COLOR` unset (or empty) and no `--no-color`.
  var useColor: Bool
  /// Colours on standard error, by the same rule.
  var useErrorColor: Bool

  static func detect(environment: [String: String], noColor: Bool) -> TerminalInfo {
    let colorAllowed = !noColor && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    let output = isatty(STDOUT_FILENO) == 1
    let error = isatty(STDERR_FILENO) == 1
    return TerminalInfo(
      inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: output, errorIsTerminal: error,
      useColor: colorAllowed && output, useErrorColor: colorAllowed && error)
  }

  /// The width of standard output in columns now, 0 when it is not a terminal.
  var columns: Int { outputIsTerminal ? Int(lineedit_terminal_columns(STDOUT_FILENO)) : 0 }
  /// The height of standard output in rows now, 0 when it is not a terminal.
  var rows: Int { outputIsTerminal ? Int(lineedit_terminal_rows(STDOUT_FILENO)) : 0 }
}

/// The few ANSI styles the shell itself uses (the renderers colour results on their own).
enum ANSIStyle: String {
  case bold = "1"
  case red = "31"
  case green = "32"
  case yellow = "33"
  case blue = "34"
  case magenta = "35"
  case dim = "2"

  func apply(_ text: String, if enabled: Bool) -> String {
    enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
  }
}
