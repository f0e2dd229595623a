import CLineEdit
import Foundation
import NewsQuery

/// The interactive loop: prompt, read (with continuation lines), remember, run.
struct REPL {
  let session: Session
  static let prompt = "newsq> "
  static let continuationPrompt = "  ...> "

  func run() -> Int32 {
    guard let editor = LineEditor(programName: "newsq") else {
      session.fail("the terminal cannot be used for line editing")
      return Shell.ExitStatus.badInput
    }
    // A pager or a closed pipe must not end the shell; Ctrl-C outside editing cancels the running query.
    signal(SIGPIPE, SIG_IGN)
    lineedit_catch_interrupts()
    let settings = HistoryStore.Settings.from(environment: session.environment)
    if let warning = settings.warning { session.warn(warning) }
    let history = HistoryStore(settings: settings) { [session] message in session.warn(message) }
    session.history = history
    editor.setHistorySize(settings.limit)
    for entry in history.entries { editor.addHistory(ContinuationLines.shown(entry)) }
    LineEditor.install(Completer(source: session.completionSource))
    defer { LineEditor.uninstall() }

    var buffer = ""
    while !session.shouldQuit {
      LineEditor.pendingText = buffer
      switch editor.read(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfInput:
        StandardStream.output.write("\n")
        if !buffer.isEmpty { session.warn("the unfinished statement was not run") }
        session.shouldQuit = true
      case .interrupted:
        buffer = ""
      case .line(let line):
        let typed = ContinuationLines.typed(line)
        buffer += buffer.isEmpty ? typed : "\n" + typed
        if StatementSplitter.needsMoreInput(buffer) { continue }
        let entry = String(buffer.reversed().drop(while: \.isWhitespace).reversed())
        if history.add(entry) { editor.addHistory(ContinuationLines.shown(entry)) }
        _ = session.runScript(buffer, fileName: nil)
        buffer = ""
      }
    }
    if !FileCommands.endRedirect(session) { return Shell.ExitStatus.queryFailed }
    return session.finalStatus(succeeded: true)
  }
}
