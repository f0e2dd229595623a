import NewsQuery

/// The meta commands that change or show a setting of the session.
enum SettingCommands {
  static let mode: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard let name = arguments.first else {
      let lines = OutputFormat.allCases.map {
        ($0 == session.format ? "* " : "  ") + $0.rawValue.padding(to: 10) + $0.summary
      }
      session.emit(lines.joined(separator: "\n") + "\n")
      return true
    }
    guard arguments.count == 1, let format = OutputFormat(rawValue: name.lowercased()) else {
      let names = OutputFormat.allCases.map(\.rawValue)
      let suggestion = Suggestion.closest(to: name.lowercased(), among: names).map { " — did you mean '\($0)'?" } ?? ""
      return session.fail(
        "unknown format '\(arguments.joined(separator: " "))'\(suggestion); formats: " + MetaCommands.formatNames)
    }
    session.format = format
    return true
  }

  static let timer = Switch.command(".timer", \.timerEnabled)
  static let pager = Switch.command(".pager", \.pagerEnabled)

  static let history: @Sendable (Session, [String]) -> Bool = { session, _ in
    let entries =
      session.history?.entries
      ?? HistoryStore(settings: .from(environment: session.environment), warn: { _ in }).entries
    let width = String(entries.count).count
    let lines = entries.enumerated().map { index, entry in
      let number = String(index + 1)
      let indent = String(repeating: " ", count: width + 2)
      let shown = VisibleText.of(entry, keepingLayout: true)
      let text = session.renderOptions.useColor ? SyntaxHighlighter.highlight(shown) : shown
      return String(repeating: " ", count: width - number.count) + number + "  "
        + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
    }
    session.emit(lines.map { $0 + "\n" }.joined())
    return true
  }

  /// `.show`, as sqlite3's: every setting of the session, one a line.
  static let show: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.isEmpty else { return session.fail("usage: .show") }
    let history = session.history.map { store in
      (store.settings.path ?? "in memory only")
        + " (\(store.entries.count) \(store.entries.count == 1 ? "entry" : "entries"))"
    }
    let settings: [(name: String, value: String)] = [
      ("corpus", session.corpusPaths.joined(separator: ", ") + " (" + Banner.summary(of: session.corpus) + ")"),
      ("mode", session.format.rawValue),
      ("timer", session.timerEnabled ? "on" : "off"),
      ("pager", session.pagerEnabled ? (session.pager.command.map { "on (\($0))" } ?? "off (PAGER is empty)") : "off"),
      ("headers", session.showsHeaders ? "on" : "off"),
      ("nullvalue", session.nullText.map { "\"\($0)\"" } ?? "null (empty in CSV)"),
      ("width", session.columnWidths.isEmpty ? "each column its own" : session.columnWidths.map(String.init).joined(separator: " ")),
      ("parameters", session.engine.parameters.isEmpty ? "none" : session.engine.parameters.keys.sorted().map { "$" + $0 }.joined(separator: ", ")),
      ("output", session.redirect.map { $0.path + ($0.isOnce ? " (the next result)" : "") } ?? "standard output"),
      ("colour", session.terminal.useColor ? "on" : "off"),
      ("results", Banner.counted(session.engine.namedResults.count, "result") + " kept with let"),
      ("history", history ?? "none (not interactive)"),
    ]
    let shown = settings.map { (name: $0.name, value: VisibleText.of($0.value)) }
    session.emit(SettingList.render(shown, width: session.renderOptions.width))
    return true
  }

  static let complete: @Sendable (Session, [String]) -> Bool = { session, _ in
    let text = session.currentArgumentText
    let completion = Completer(source: session.completionSource).complete(text)
    session.emit(completion.candidates.map { VisibleText.of($0) + "\n" }.joined())
    return true
  }

  static let quit: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.isEmpty else { return session.fail("usage: .quit (.exit CODE leaves with an exit status)") }
    session.shouldQuit = true
    return true
  }

  static let exit: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.count <= 1 else { return session.fail("usage: .exit [CODE]") }
    if let code = arguments.first {
      guard let status = Int32(code), (0...255).contains(status) else {
        return session.fail("exit status '\(code)' must be a number from 0 to 255")
      }
      session.exitStatus = status
    }
    session.shouldQuit = true
    return true
  }
}

/// `on` or `off` (also yes/no, true/false, 1/0); no argument shows the current value.
enum Switch {
  /// The action of a meta command that turns the setting at `setting` on or off.
  static func command(_ name: String, _ setting: ReferenceWritableKeyPath<Session, Bool> & Sendable)
    -> @Sendable (Session, [String]) -> Bool
  {
    { session, arguments in
      switch parse(arguments, command: name, current: session[keyPath: setting]) {
      case .success(let value):
        session[keyPath: setting] = value
        return true
      case .failure(let problem): return session.fail(problem.message)
      }
    }
  }

  static func parse(_ arguments: [String], command: String, current: Bool) -> Result<Bool, ShellError> {
    guard arguments.count == 1 else {
      return .failure(ShellError("usage: \(command) on|off (it is \(current ? "on" : "off"))"))
    }
    switch arguments[0].lowercased() {
    case "on", "yes", "true", "1": return .success(true)
    case "off", "no", "false", "0": return .success(false)
    default: return .failure(ShellError("expected on or off, found '\(arguments[0])'"))
    }
  }
}
