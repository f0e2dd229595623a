import CLineEdit
import NewsCorpus
import NewsQuery

/// The state of one shell: the loaded corpus, the output format and where output goes.
/// A class because meta commands change it while statements run.
final class Session {
  var engine: QueryEngine
  var format: OutputFormat
  let console = Console()
  var shouldQuit = false

  init(corpus: Corpus, format: OutputFormat) {
    engine = QueryEngine(corpus: corpus)
    self.format = format
  }

  /// Runs one statement. Errors are printed against `source` (the whole script), named by `fileName`
  /// in batch mode; returns false when the statement failed.
  func run(_ statement: ScriptStatement, source: String, fileName: String?) -> Bool {
    if statement.isMetaCommand {
      return MetaCommands.run(statement, in: self, fileName: fileName)
    }
    do {
      let result = try engine.run(statement.text, start: statement.start, isCancelled: { lineedit_interrupt_pending() != 0 })
      console.out(format.render(result, options: RenderOptions(width: Int(lineedit_terminal_columns(1)))))
      return true
    } catch {
      console.error(DiagnosticRenderer.render(error.diagnostic, source: source, fileName: fileName))
      return false
    }
  }

  /// Runs every statement of `source`; stops at the first failure when `stopOnError`.
  /// Returns whether all succeeded.
  func runScript(_ source: String, fileName: String?, stopOnError: Bool) -> Bool {
    var succeeded = true
    for statement in StatementSplitter.split(source) {
      if !run(statement, source: source, fileName: fileName) {
        succeeded = false
        if stopOnError { break }
      }
      if shouldQuit { break }
    }
    return succeeded
  }
}
