import Foundation

/// The meta commands that read or write files: `.read`, `.open`, `.output`, `.once`.
enum FileCommands {
  /// `.read` inside `.read` stops here, so a script that reads itself is an error, not a hang.
  static let maximumReadDepth = 16

  static let read: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.count == 1 else { return session.fail("usage: .read FILE") }
    let path = PathCompleter.expandingHome(arguments[0])
    guard session.readDepth < maximumReadDepth else {
      return session.fail(".read is nested more than \(maximumReadDepth) deep (does a script read itself?)")
    }
    let source: String
    switch ScriptFile.read(path, wait: session.streamWait()) {
    case .success(let text): source = text
    case .failure(let problem): return session.fail(problem)
    }
    session.readDepth += 1
    defer { session.readDepth -= 1 }
    return session.runScript(source, fileName: arguments[0])
  }

  static let open: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard !arguments.isEmpty else { return session.fail("usage: .open PATH... (folders or files of articles)") }
    let paths = arguments.map(PathCompleter.expandingHome)
    let progressDelay = CorpusLoading.progressDelaySeconds(environment: session.environment)
    let settings = CorpusOpening.Settings(
      usesCache: session.usesSnapshotCache,
      progressAfter: session.terminal.errorIsTerminal ? progressDelay : nil, environment: session.environment)
    switch CorpusOpening.open(paths: paths, settings) {
    case .failure(let error):
      return session.fail("\(error.message); still using " + session.corpusPaths.joined(separator: ", "))
    case .success(let opened):
      session.replaceCorpus(opened, paths: paths)
      if session.isInteractive { session.inform(Banner.summary(of: opened.corpus)) }
      return true
    }
  }

  static let output: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.count <= 1 else { return session.fail("usage: .output [FILE]") }
    guard endRedirect(session) else { return false }
    guard let path = arguments.first, !["stdout", "-"].contains(path) else { return true }
    return startRedirect(session, path: path, isOnce: false)
  }

  static let once: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.count == 1 else { return session.fail("usage: .once FILE") }
    guard endRedirect(session) else { return false }
    return startRedirect(session, path: arguments[0], isOnce: true)
  }

  /// Ends any redirect in force, renaming its file into place.
  static func endRedirect(_ session: Session) -> Bool {
    guard let redirect = session.redirect else { return true }
    session.redirect = nil
    if let problem = redirect.finish() { return session.fail(problem) }
    return true
  }

  private static func startRedirect(_ session: Session, path: String, isOnce: Bool) -> Bool {
    do {
      session.redirect = try OutputRedirect(
        path: PathCompleter.expandingHome(path), isOnce: isOnce, wait: session.streamWait())
      return true
    } catch {
      return session.fail(error.message)
    }
  }
}
