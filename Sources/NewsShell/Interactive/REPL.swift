import NewsQuery

/// The interactive loop: prompt, read (with continuation lines), remember, run.
struct REPL {
  let session: Session
  static let prompt = "newsq> "
  static let continuationPrompt = "  ...> "

  func run() -> Int32 {
    guard let editor = LineEditor(programName: "newsq") else {
      session.console.error("newsq: error: the terminal cannot be used for line editing")
      return Shell.ExitStatus.badInput
    }
    LineEditor.install(Completer(metaCommands: MetaCommands.all.map(\.name)))
    let corpus = session.engine.corpus
    session.console.out(
      "newsq: \(corpus.documents.count) documents, \(corpus.quotations.count) quotations. Enter .help for help.\n")
    var buffer = ""
    while !session.shouldQuit {
      switch editor.read(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfInput:
        return Shell.ExitStatus.success
      case .interrupted:
        session.console.out("^C\n")
        buffer = ""
      case .line(let line):
        buffer += buffer.isEmpty ? line : "\n" + line
        if StatementSplitter.needsMoreInput(buffer) { continue }
        let entry = buffer.split(separator: "\n").joined(separator: " ")
        if entry.contains(where: { !$0.isWhitespace }) { editor.addHistory(entry) }
        _ = session.runScript(buffer, fileName: nil, stopOnError: true)
        buffer = ""
      }
    }
    return Shell.ExitStatus.success
  }
}
