import Foundation
import NewsCorpus
import NewsQuery

/// The shell's entry point: loads the corpus, then runs `-c` queries, a script, piped input or the REPL.
public enum Shell {
  /// Exit statuses, as the README documents them.
  public enum ExitStatus {
    public static let success: Int32 = 0
    public static let queryFailed: Int32 = 1
    public static let badInput: Int32 = 2
  }

  public static func run(_ options: ShellOptions) -> Int32 {
    let console = Console()
    let paths: [String]
    if options.corpusPaths.isEmpty {
      guard let seeds = DefaultCorpus.locate() else {
        console.error("newsq: error: no corpus given and no seeds/ folder found; use --corpus PATH")
        return ExitStatus.badInput
      }
      paths = [seeds]
    } else {
      paths = options.corpusPaths
    }
    let corpus: Corpus
    do {
      corpus = try CorpusLoader().load(paths: paths)
    } catch {
      console.error("newsq: error: \(error)")
      return ExitStatus.badInput
    }
    for problem in corpus.report.skipped { console.error("newsq: skipped \(problem)") }
    for problem in corpus.report.warnings { console.error("newsq: warning: \(problem)") }
    let session = Session(corpus: corpus, format: options.format)

    if !options.commands.isEmpty {
      for command in options.commands {
        guard session.runScript(command, fileName: nil, stopOnError: true) else { return ExitStatus.queryFailed }
        if session.shouldQuit { break }
      }
      return ExitStatus.success
    }
    if let scriptPath = options.scriptPath {
      guard let data = FileManager.default.contents(atPath: scriptPath) else {
        console.error("newsq: error: cannot read script \(scriptPath)")
        return ExitStatus.badInput
      }
      let source = String(decoding: data, as: UTF8.self)
      return session.runScript(source, fileName: scriptPath, stopOnError: true)
        ? ExitStatus.success : ExitStatus.queryFailed
    }
    if isatty(STDIN_FILENO) == 0 {
      let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      return session.runScript(source, fileName: "<stdin>", stopOnError: true)
        ? ExitStatus.success : ExitStatus.queryFailed
    }
    return REPL(session: session).run()
  }
}

/// Finds the bundled `seeds/` folder: in the working directory, else beside the package the binary was built in.
enum DefaultCorpus {
  static func locate() -> String? {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: "seeds", isDirectory: &isFolder), isFolder.boolValue { return "seeds" }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
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
