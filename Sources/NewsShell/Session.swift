import CLineEdit
import Foundation
import NewsCorpus
import NewsQuery

/// The state of one shell: the loaded corpus, the output format, where output goes, and the settings
/// meta commands change. A class because meta commands change it while statements run.
final class Session {
  var engine: QueryEngine
  /// The folders and files the corpus was loaded from, for `.open` and the banner.
  var corpusPaths: [String]
  var format: OutputFormat
  let terminal: TerminalInfo
  /// An interactive session (the REPL) rather than a batch run.
  let isInteractive: Bool
  /// Whether a batch stops at the first failing statement (not with `--keep-going`).
  var stopsOnError = true
  var timerEnabled = false
  var pagerEnabled = true
  /// How a missing value prints (`.nullvalue`); nil: as each format does by default.
  var nullText: String?
  /// Whether tables and CSV start with the column names (`.headers`).
  var showsHeaders = true
  /// Column widths for tables (`.width`); 0 or none: each column's natural width.
  var columnWidths: [Int] = []
  /// Seconds spent in the pager during the statement being run, which `.timer` leaves out.
  private var pagedSeconds = 0.0
  let pager: Pager
  let environment: [String: String]
  /// The last result a query produced, for `.export`.
  var lastResult: ResultSet?
  /// Where results go after `.output FILE` or `.once FILE`.
  var redirect: OutputRedirect?
  /// The interactive history, when there is one.
  var history: HistoryStore?
  var shouldQuit = false
  /// The status `.exit CODE` asked for.
  var exitStatus: Int32?
  /// Whether a write to standard output has failed, so the exit status cannot be 0.
  private var outputFailed = false
  /// How deep `.read` is nested, so a script that reads itself stops.
  var readDepth = 0
  /// Where errors, warnings and notes go: standard error (a test gives another stream).
  let errorStream: StandardStream
  /// The bytes of scripts looked at to quote the lines of their errors: the work that must stay linear in a
  /// script's length however many errors it has.
  private(set) var sourceBytesExamined = 0
  /// Where the statement being run came from, so errors say `FILE:LINE:COLUMN:`.
  private(set) var currentStatement: ScriptStatement?
  private(set) var currentFileName: String?
  private var valueCache: [String: [ValueChoice]] = [:]
  /// Which entities each name form belongs to, for gathering aliases under one name.
  private var entityNames: [String: [Int]] = [:]

  /// Whether `.open` reads and writes snapshots in the cache (not with `--no-cache`).
  var usesSnapshotCache = true

  convenience init(
    corpus: Corpus, corpusPaths: [String], format: OutputFormat, terminal: TerminalInfo, isInteractive: Bool,
    environment: [String: String], errorStream: StandardStream = .error
  ) {
    self.init(
      opened: OpenedCorpus(corpus: corpus), corpusPaths: corpusPaths, format: format, terminal: terminal,
      isInteractive: isInteractive, environment: environment, errorStream: errorStream)
  }

  init(
    opened: OpenedCorpus, corpusPaths: [String], format: OutputFormat, terminal: TerminalInfo, isInteractive: Bool,
    environment: [String: String], errorStream: StandardStream = .error
  ) {
    self.errorStream = errorStream
    engine = opened.engine
    self.corpusPaths = corpusPaths
    self.format = format
    self.terminal = terminal
    self.isInteractive = isInteractive
    self.environment = environment
    pager = Pager.from(environment: environment)
  }

  var corpus: Corpus { engine.corpus }

  /// Replaces the corpus (`.open`): results and suggestions of the old one are forgotten.
  func replaceCorpus(_ opened: OpenedCorpus, paths: [String]) {
    let parameters = engine.parameters
    engine = opened.engine
    engine.parameters = parameters
    corpusPaths = paths
    lastResult = nil
    valueCache = [:]
    entityNames = [:]
  }

  // MARK: Running statements

  /// Runs one statement. Errors are printed against `source` (the whole script), named by `fileName`
  /// in batch mode; returns false when the statement failed.
  func run(_ statement: ScriptStatement, source: ScriptSource, fileName: String?) -> Bool {
    let outer = (currentStatement, currentFileName)
    currentStatement = statement
    currentFileName = fileName
    defer { (currentStatement, currentFileName) = outer }
    let once = redirect?.isOnce == true ? redirect : nil
    let writtenBefore = once?.resultsWritten ?? 0
    let clock = RunClock()
    pagedSeconds = 0
    var succeeded: Bool
    if statement.isMetaCommand {
      succeeded = MetaCommands.run(statement, in: self, fileName: fileName)
    } else {
      succeeded = runQuery(statement, source: source, fileName: fileName)
    }
    if !checkStandardOutput() { succeeded = false }
    if timerEnabled, !statement.isMetaCommand {
      errorStream.write(clock.report(excludingSeconds: pagedSeconds) + "\n")
    }
    // `.once` ends with the first statement that writes to it, or fails; `.mode` and the like wait.
    if let once, once === redirect, !isRedirectCommand(statement), !succeeded || once.resultsWritten > writtenBefore {
      redirect = nil
      if let problem = once.finish(keep: succeeded) { return fail(problem) }
    }
    return succeeded
  }

  private func runQuery(_ statement: ScriptStatement, source: ScriptSource, fileName: String?) -> Bool {
    if isInteractive { _ = lineedit_take_interrupt() }
    // Only the prompt catches Ctrl-C; a batch is ended by it, so nothing there polls for it.
    let interrupted: @Sendable () -> Bool = { lineedit_interrupt_pending() != 0 }
    let isCancelled = isInteractive ? interrupted : nil
    do {
      let outcome = try engine.run(statement.text, start: statement.start, isCancelled: isCancelled)
      if let result = outcome.resultSet { lastResult = result }
      let text = format.render(outcome, options: renderOptions)
      if text.isEmpty { return true }
      // A `let` prints a note, not a result: it goes where results go without a redirect, never into its file.
      if outcome.resultSet == nil { StandardStream.output.write(text) } else { emit(text) }
      for warning in outcome.resultSet?.warnings ?? [] { reportDiagnostic(warning, source: source, fileName: fileName) }
      for note in outcome.resultSet?.notes ?? [] { errorStream.write("note: \(VisibleText.of(note))\n") }
      return true
    } catch {
      // Ctrl-C: the terminal has echoed ^C; a line of its own says what happened, with no caret to read.
      if isInteractive, lineedit_take_interrupt() != 0 {
        errorStream.write("\nquery cancelled\n")
      } else {
        reportDiagnostic(error.diagnostic, source: source, fileName: fileName)
      }
      return false
    }
  }

  /// Runs every statement of `source`; stops at the first failure when `stopsOnError`.
  /// Returns whether all succeeded.
  func runScript(_ source: String, fileName: String?, firstLine: Int = 1) -> Bool {
    var succeeded = true
    let script = ScriptSource(source)
    defer { sourceBytesExamined += script.bytesExamined }
    for statement in StatementSplitter.split(source, firstLine: firstLine) {
      if !run(statement, source: script, fileName: fileName) {
        succeeded = false
        if stopsOnError { break }
      }
      if shouldQuit { break }
    }
    return succeeded
  }

  /// The text after the current meta command's name, exactly as typed (`.complete` needs its spaces).
  var currentArgumentText: String {
    guard let text = currentStatement?.text.drop(while: \.isWhitespace) else { return "" }
    let rest = text.drop { !$0.isWhitespace }
    return String(rest.isEmpty ? rest : rest.dropFirst())
  }

  private func isRedirectCommand(_ statement: ScriptStatement) -> Bool {
    let name = statement.text.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() }
    return name == ".once" || name == ".output"
  }

  /// How a file command waits on a FIFO or stream that is not ready: at the prompt, until Ctrl-C (an
  /// earlier one forgotten); in a batch, as long as it takes, as the shell's `<` and `>` do.
  func streamWait() -> StreamWait {
    guard isInteractive else { return .untilReady }
    _ = lineedit_take_interrupt()
    return StreamWait(
      isCancelled: { lineedit_take_interrupt() != 0 },
      notice: { [errorStream] in errorStream.write("newsq: \(VisibleText.of($0))\n") })
  }

  // MARK: Output

  /// How results are drawn for where they go now: fitted and coloured only on a terminal.
  var renderOptions: RenderOptions {
    var options =
      redirect == nil
      ? RenderOptions(width: terminal.columns, useColor: terminal.useColor) : RenderOptions(width: 0, useColor: false)
    options.nullText = nullText
    options.showsHeaders = showsHeaders
    options.columnWidths = columnWidths
    return options
  }

  /// Writes a result: to the `.output`/`.once` file, else to standard output, through the pager when
  /// it is taller than the screen of an interactive session.
  func emit(_ text: String) {
    if let redirect {
      redirect.write(text)
      return
    }
    if isInteractive, pagerEnabled, terminal.outputIsTerminal,
      Pager.isTaller(text, than: terminal.rows, columns: terminal.columns)
    {
      let started = DispatchTime.now().uptimeNanoseconds
      let shown = pager.show(text)
      pagedSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
      if shown {
        _ = lineedit_take_interrupt()
        return
      }
    }
    StandardStream.output.write(text)
  }

  /// Reports a write to standard output that failed since the last check (a full disk, a closed pipe
  /// when SIGPIPE is ignored) as an error of the current statement; false when there was one.
  func checkStandardOutput() -> Bool {
    guard let problem = StandardStream.output.takeFailure() else { return true }
    outputFailed = true
    return fail(problem)
  }

  /// The status to leave with: `.exit CODE`'s, else 1 after a failure (or output that was lost), else 0.
  func finalStatus(succeeded: Bool) -> Int32 {
    let outputLost = !checkStandardOutput() || outputFailed
    if let exitStatus, exitStatus != 0 || !outputLost { return exitStatus }
    return succeeded && !outputLost ? Shell.ExitStatus.success : Shell.ExitStatus.queryFailed
  }

  /// A message for the person at the prompt (not a result): standard output when interactive,
  /// standard error in a batch, never into an `.output` file.
  func inform(_ text: String) {
    (isInteractive ? StandardStream.output : errorStream).write(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Reports a failure of the current statement (`FILE:LINE:COLUMN: error: message`) and returns false,
  /// so meta commands can `return session.fail("…")`.
  @discardableResult
  func fail(_ message: String) -> Bool {
    var location: String?
    if let fileName = currentFileName, let start = currentStatement?.start {
      location = "\(fileName):\(start.line):\(start.column)"
    }
    return fail(ShellError(message, location: location))
  }

  /// Reports `error` where it says it happened.
  @discardableResult
  func fail(_ error: ShellError) -> Bool {
    let label = ANSIStyle.red.apply("error:", if: terminal.useErrorColor)
    let location = error.location.map { VisibleText.of($0) + ": " } ?? ""
    errorStream.write(location + label + " " + VisibleText.of(error.message) + "\n")
    return false
  }

  /// A warning that does not fail the statement.
  func warn(_ message: String) {
    errorStream.write(
      "newsq: " + ANSIStyle.yellow.apply("warning:", if: terminal.useErrorColor) + " \(VisibleText.of(message))\n")
  }

  func reportDiagnostic(_ diagnostic: Diagnostic, source: ScriptSource, fileName: String?) {
    let rendered = DiagnosticRenderer.render(
      diagnostic, sourceLine: source.line(diagnostic.range.start.line), fileName: fileName)
    var lines = DiagnosticExcerpt.crop(rendered)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let severity = diagnostic.severity.rawValue + ":"
    if terminal.useErrorColor, let first = lines.first, let label = first.range(of: severity) {
      lines[0].replaceSubrange(
        label, with: (diagnostic.severity == .error ? ANSIStyle.red : ANSIStyle.yellow).apply(severity, if: true))
      // The quoted source line (the one above the caret) in the language's colours.
      if let caret = lines.firstIndex(where: { $0.contains("^") && $0.allSatisfy { " \t^~".contains($0) } }), caret > 1
      {
        lines[caret - 1] = SyntaxHighlighter.highlight(lines[caret - 1])
      }
    }
    let text = lines.joined(separator: "\n")
    errorStream.write(text.hasSuffix("\n") ? text : text + "\n")
  }

  // MARK: Completion

  /// The values Tab offers inside a string for `field` of `collection`, computed once per corpus: the
  /// language's suggestions, most frequent first, with an entity's name forms gathered under its name.
  func valueSuggestions(collection: String, field: String) -> [ValueChoice] {
    let key = collection + "." + field
    if let cached = valueCache[key] { return cached }
    if entityNames.isEmpty {
      for entity in corpus.entities {
        for form in entity.allNames { entityNames[form, default: []].append(entity.id) }
      }
    }
    var seen = Set<String>()
    var choices: [ValueChoice] = []
    for value in Catalog.valueSuggestions(collection: collection, field: field, engine: engine) {
      // A form shared by several entities ("Smith") stays a value of its own.
      let owners = entityNames[value] ?? []
      let choice =
        owners.count == 1
        ? ValueChoice(corpus.entities[owners[0]].name, forms: corpus.entities[owners[0]].allNames) : ValueChoice(value)
      if seen.insert(choice.value).inserted { choices.append(choice) }
    }
    valueCache[key] = choices
    return choices
  }

  /// Everything Tab draws on in this session.
  var completionSource: CompletionSource {
    CompletionSource(
      metaCommands: MetaCommands.syntax,
      namedResults: { [unowned self] in
        Dictionary(
          self.engine.namedResults.map { ($0.name, $0.collection ?? "") }, uniquingKeysWith: { _, last in last })
      },
      resultColumns: { [unowned self] in
        Dictionary(self.engine.namedResults.map { ($0.name, $0.columns) }, uniquingKeysWith: { _, last in last })
      },
      values: { [unowned self] collection, field in self.valueSuggestions(collection: collection, field: field) },
      collections: { [unowned self] in self.engine.context.catalog.collections })
  }
}
