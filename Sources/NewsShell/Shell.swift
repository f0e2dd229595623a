import Foundation
import NewsCorpus
import NewsQuery

/// The shell's entry point: loads the corpus, runs `~/.newsqrc`, then a script, `-c` statements,
/// piped input or the interactive prompt.
public enum Shell {
  /// Exit statuses, as the README documents them.
  public enum ExitStatus {
    public static let success: Int32 = 0
    /// A statement failed (`-c`, `-f`, piped scripts, `.read`).
    public static let queryFailed: Int32 = 1
    /// The corpus or a script could not be read (missing, binary, not UTF-8).
    public static let badInput: Int32 = 2
  }

  /// Runs newsq as `options` say and returns the exit status; every error is reported here, never thrown.
  public static func run(_ options: ShellOptions) -> Int32 {
    if let problem = DescriptorLimit.problem() {
      StandardStream.error.write("newsq: error: \(problem)\n")
      return ExitStatus.badInput
    }
    let environment = ProcessInfo.processInfo.environment
    let terminal = TerminalInfo.detect(environment: environment, noColor: options.noColor)
    let isInteractive = options.commands.isEmpty && options.scriptPath == nil && terminal.inputIsTerminal
    let paths: [String]
    if options.corpusPaths.isEmpty {
      guard let seeds = DefaultCorpus.locate() else {
        StandardStream.error.write("newsq: error: \(DefaultCorpus.notFound)\n")
        return ExitStatus.badInput
      }
      paths = [seeds]
    } else {
      paths = options.corpusPaths
    }
    let progressDelay = CorpusLoading.progressDelaySeconds(environment: environment)
    let settings = CorpusOpening.Settings(
      usesCache: options.usesSnapshotCache,
      progressAfter: terminal.errorIsTerminal && !options.quiet ? progressDelay : nil, environment: environment)
    let opened: OpenedCorpus
    switch CorpusOpening.open(paths: paths, settings) {
    case .success(let corpus): opened = corpus
    case .failure(let error):
      StandardStream.error.write("newsq: error: \(VisibleText.of(error.message))\n")
      return ExitStatus.badInput
    }
    let corpus = opened.corpus
    let session = Session(
      opened: opened, corpusPaths: paths, format: options.format ?? .table, terminal: terminal,
      isInteractive: isInteractive, environment: environment)
    session.usesSnapshotCache = options.usesSnapshotCache
    if !options.skipRunCommands { RunCommands.run(in: session) }
    if let format = options.format { session.format = format }
    session.stopsOnError = !options.keepGoing
    if isInteractive {
      if !options.quiet {
        session.inform(
          Banner.line(for: corpus, paths: paths, isDefault: options.corpusPaths.isEmpty, snapshot: opened.snapshotPath))
      }
      return REPL(session: session).run()
    }
    return Batch(session: session, options: options).run()
  }
}

extension Shell {
  /// Prints text that is not a result (`--help`, a completion script) and returns the exit status: 0, or 1
  /// with a message on standard error when standard output cannot take it.
  public static func printToStandardOutput(_ text: String) -> Int32 {
    StandardStream.output.write(text.hasSuffix("\n") ? text : text + "\n")
    guard let problem = StandardStream.output.takeFailure() else { return ExitStatus.success }
    StandardStream.error.write("error: \(problem)\n")
    return ExitStatus.queryFailed
  }
}

/// `~/.newsqrc`: statements and meta commands (`.mode json`, `.timer on`) run before anything else.
/// An error in it is reported and the rest still runs.
enum RunCommands {
  static func path(environment: [String: String]) -> String? {
    environment["HOME"].map { $0 + "/.newsqrc" }
  }

  static func run(in session: Session) {
    guard let path = path(environment: session.environment), FileManager.default.fileExists(atPath: path) else {
      return
    }
    switch ScriptFile.read(path) {
    case .failure(let problem):
      session.fail(problem)
    case .success(let source):
      let stops = session.stopsOnError
      session.stopsOnError = false
      _ = session.runScript(source, fileName: path)
      session.stopsOnError = stops
    }
  }
}

/// A non-interactive run: the `-f` script, then each `-c` statement, or else standard input as a script.
/// Stops at the first failure unless `--keep-going`; exits 1 if anything failed.
struct Batch {
  let session: Session
  let options: ShellOptions

  func run() -> Int32 {
    var succeeded = true
    if let scriptPath = options.scriptPath {
      switch ScriptFile.read(scriptPath) {
      case .failure(let problem):
        session.fail(problem)
        return Shell.ExitStatus.badInput
      case .success(let source):
        succeeded = session.runScript(source, fileName: scriptPath)
      }
    }
    for command in options.commands where (succeeded || !session.stopsOnError) && !session.shouldQuit {
      succeeded = session.runScript(command, fileName: nil) && succeeded
    }
    if options.scriptPath == nil && options.commands.isEmpty {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      switch ScriptText.decode(bytes) {
      case .failure(let problem):
        session.fail(
          ShellError(
            "\(problem.message) (byte offset \(problem.byteOffset)); nothing was run",
            location: "<stdin>:\(problem.line):\(problem.column)"))
        return Shell.ExitStatus.badInput
      case .success(let source):
        succeeded = session.runScript(source, fileName: "<stdin>")
      }
    }
    if !FileCommands.endRedirect(session) { succeeded = false }
    return session.finalStatus(succeeded: succeeded)
  }
}

/// Finds the bundled `seeds/` folder when no corpus is given: in the working directory; beside the binary or in
/// the `share/newsq` of its prefix (where `make install` puts them); else beside the package the binary was built in.
enum DefaultCorpus {
  /// What to say when there is none, with how to point at a corpus.
  static let notFound =
    "no corpus given, and no seeds/ folder here, beside newsq or in its share/newsq; give one with --corpus PATH "
    + "(a folder of .txt or .jsonl files, or such a file)"

  static func locate() -> String? {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: "seeds", isDirectory: &isFolder), isFolder.boolValue { return "seeds" }
    let executable =
      FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
    let installed = [
      folder.appendingPathComponent("seeds"),
      folder.deletingLastPathComponent().appendingPathComponent("share/newsq/seeds"),
    ]
    for candidate in installed where manager.fileExists(atPath: candidate.path, isDirectory: &isFolder) {
      if isFolder.boolValue { return candidate.standardizedFileURL.path }
    }
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("seeds")
      if manager.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue,
        manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return candidate.path
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }
}
