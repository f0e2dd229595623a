import Foundation
import NewsCorpus
import NewsQuery

/// The meta commands a sqlite3 user reaches for: `.tables`, `.headers`, `.nullvalue`, `.width`, `.print`,
/// `.param`, `.import`, `.shell` / `.system`.
enum SQLiteCommands {
  static let tables: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.isEmpty else { return session.fail("usage: .tables") }
    let catalog = session.engine.context.catalog
    var rows: [[Value]] = catalog.collections.map { collection in
      [.string(collection.name), .string("collection"), .number(Double(collection.items(session.engine.context).count))]
    }
    rows += session.engine.namedResults.map { [.string($0.name), .string("result"), .number(Double($0.rowCount))] }
    session.emit(
      session.format.render(
        ResultSet(collection: "tables", columns: ["name", "kind", "rows"], rows: rows), options: session.renderOptions))
    return true
  }

  static let headers = Switch.command(".headers", \.showsHeaders)

  static let nullvalue: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.count <= 1 else { return session.fail("usage: .nullvalue [TEXT] (in quotes if it has spaces)") }
    session.nullText = arguments.first
    return true
  }

  static let width: @Sendable (Session, [String]) -> Bool = { session, arguments in
    var widths: [Int] = []
    for word in arguments {
      guard let width = Int(word), (0...1000).contains(width) else {
        return session.fail("'\(word)' is not a width: give each column's width as a number of columns, 0 for its own")
      }
      widths.append(width)
    }
    session.columnWidths = widths
    return true
  }

  static let print: @Sendable (Session, [String]) -> Bool = { session, arguments in
    session.emit(arguments.joined(separator: " ") + "\n")
    return true
  }

  /// `.param set NAME VALUE`, `.param unset NAME`, `.param list`, `.param clear`. VALUE is read as NewsQL writes
  /// a value: a number, `true`, `false`, `null`, or text (in quotes, or a bare word).
  static let param: @Sendable (Session, [String]) -> Bool = { session, arguments in
    let usage = "usage: .param set NAME VALUE | .param unset NAME | .param list | .param clear"
    guard let action = arguments.first?.lowercased() else { return session.fail(usage) }
    func name(_ word: String) -> String { word.hasPrefix("$") ? String(word.dropFirst()) : word }
    switch action {
    case "set":
      guard arguments.count >= 3 else { return session.fail("usage: .param set NAME VALUE") }
      let key = name(arguments[1])
      guard key.first.map({ $0.isLetter || $0 == "_" }) == true, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      else { return session.fail("'\(arguments[1])' is not a parameter name: letters, digits and _") }
      session.engine.parameters[key] = value(ofRawText: rawValue(after: 2, in: session.currentArgumentText))
    case "unset":
      guard arguments.count == 2 else { return session.fail("usage: .param unset NAME") }
      guard session.engine.parameters.removeValue(forKey: name(arguments[1])) != nil else {
        return session.fail("no parameter '\(arguments[1])'")
      }
    case "list":
      let rows = session.engine.parameters.sorted { $0.key < $1.key }.map { key, value -> [Value] in
        [.string("$" + key), .string(written(value))]
      }
      session.emit(
        session.format.render(
          ResultSet(collection: "parameters", columns: ["name", "value"], rows: rows), options: session.renderOptions))
    case "clear":
      session.engine.parameters = [:]
    default:
      return session.fail("unknown .param action '\(arguments[0])'; " + usage)
    }
    return true
  }

  /// `.import [--csv|--json] FILE AS NAME` (or `.import FILE NAME`, as sqlite3 writes it): a CSV file with a header
  /// line, or JSONL objects, kept as a named result whose first column a query can test with `in`. The file's
  /// extension tells which, unless `--csv` or `--json` says.
  static let importFile: @Sendable (Session, [String]) -> Bool = { session, arguments in
    var words = arguments
    var format: String?
    if let flag = words.first, flag.hasPrefix("--") {
      guard ["--csv", "--json"].contains(flag.lowercased()) else {
        return session.fail("unknown .import option '\(flag)'; --csv or --json say how to read the file")
      }
      format = String(flag.lowercased().dropFirst(2))
      words.removeFirst()
    }
    if words.count == 3, words[1].lowercased() == "as" { words.remove(at: 1) }
    guard words.count == 2 else {
      return session.fail("usage: .import [--csv|--json] FILE AS NAME (a CSV file with a header, or JSONL)")
    }
    let path = PathCompleter.expandingHome(words[0])
    let text: String
    switch ScriptFile.read(path) {
    case .success(let read): text = read
    case .failure(let problem): return session.fail(problem)
    }
    let isJSON = format.map { $0 == "json" } ?? ["jsonl", "ndjson", "json"].contains((path as NSString).pathExtension.lowercased())
    let table: ResultSet
    switch isJSON ? ImportedTable.jsonLines(text, path: path) : ImportedTable.csv(text, path: path) {
    case .success(let read): table = read
    case .failure(let problem): return session.fail(problem)
    }
    do throws(QueryError) {
      try session.engine.keep(table, as: words[1], query: ".import \(words[0])")
    } catch {
      return session.fail(error.diagnostic.message)
    }
    if session.isInteractive {
      session.inform("\(words[1]): \(Banner.counted(table.rows.count, "row")) from \(words[0])")
    }
    return true
  }

  /// `.entities`: each change the entities file made, with its line.
  static let entities: @Sendable (Session, [String]) -> Bool = { session, arguments in
    guard arguments.isEmpty else { return session.fail("usage: .entities") }
    let report = session.corpus.report
    guard !report.entityFiles.isEmpty else {
      session.inform("no \(EntityCuration.fileName) beside the corpus; .help .entities says how to write one")
      return true
    }
    let rows: [[Value]] = report.entityChanges.map {
      [.string("\($0.path):\($0.line)"), .string($0.name), .string($0.change)]
    }
    session.emit(
      session.format.render(
        ResultSet(collection: "entities", columns: ["line", "name", "change"], rows: rows), options: session.renderOptions))
    return true
  }

  /// `.shell COMMAND` / `.system COMMAND`: runs COMMAND with /bin/sh on the shell's own terminal and streams,
  /// as sqlite3's does: in newsq's process group, so an interactive command can read the keyboard, and waiting
  /// for the shell alone, so `.shell job &` comes straight back.
  static let shell: @Sendable (Session, [String]) -> Bool = { session, arguments in
    let command = session.currentArgumentText.trimmingCharacters(in: .whitespaces)
    guard !command.isEmpty else { return session.fail("usage: .shell COMMAND") }
    guard let child = ShellCommand.start(command) else {
      return session.fail("cannot run /bin/sh")
    }
    let status = ShellCommand.wait(child)
    guard status == 0 else { return session.fail("command exited with status \(status): \(command)") }
    return true
  }

  /// A parameter's value as NewsQL writes it: `2`, `"Lee"`, `true`, `null`.
  private static func written(_ value: Literal.Value) -> String {
    switch value {
    case .string(let text): return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    case .number(let number): return Value.format(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// The text after the first `count` words of `text`, as typed (quotes kept).
  static func rawValue(after count: Int, in text: String) -> String {
    var rest = Substring(text)
    for _ in 0..<count {
      rest = rest.drop(while: \.isWhitespace)
      rest = rest.drop { !$0.isWhitespace }
    }
    return rest.trimmingCharacters(in: .whitespaces)
  }

  /// A parameter's value as NewsQL reads a literal; anything else is the text itself.
  static func value(ofRawText text: String) -> Literal.Value {
    let tokens = Lexer.tokenize(text)
    guard tokens.count == 2 else { return .string(text) }
    switch tokens[0].kind {
    case .string(let value): return .string(value)
    case .number(let value): return .number(value)
    case .keyword(.true): return .bool(true)
    case .keyword(.false): return .bool(false)
    case .keyword(.null): return .null
    default: return .string(text)
    }
  }
}

/// A table read from a file for `.import`: its columns and rows, numbers as numbers when a whole column is.
enum ImportedTable {
  static func csv(_ text: String, path: String) -> Result<ResultSet, ShellError> {
    let records = CSVParser.records(text).filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }), !header.isEmpty else {
      return .failure(ShellError("cannot import \(path): no header line"))
    }
    let rows = records.dropFirst().map { record in
      header.indices.map { index in index < record.fields.count && !record.fields[index].isEmpty ? Value.string(record.fields[index]) : Value.null }
    }
    return .success(typed(ResultSet(collection: "import", columns: header, rows: rows)))
  }

  static func jsonLines(_ text: String, path: String) -> Result<ResultSet, ShellError> {
    var columns: [String] = []
    var objects: [[String: Any]] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains(where: { !$0.isWhitespace }) {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        return .failure(ShellError("cannot import \(path): line \(number + 1) is not a JSON object"))
      }
      for key in object.keys.sorted() where !columns.contains(key) { columns.append(key) }
      objects.append(object)
    }
    guard !columns.isEmpty else { return .failure(ShellError("cannot import \(path): no JSON objects")) }
    let rows = objects.map { object in
      columns.map { key -> Value in
        switch object[key] {
        case let string as String: return .string(string)
        case let number as NSNumber where !(number is Bool): return .number(number.doubleValue)
        case let flag as Bool: return .bool(flag)
        case .none, is NSNull: return .null
        case let other?: return .string("\(other)")
        }
      }
    }
    return .success(ResultSet(collection: "import", columns: columns, rows: rows))
  }

  /// A column of text whose every value is a number holds numbers.
  private static func typed(_ table: ResultSet) -> ResultSet {
    var result = table
    for column in table.columns.indices {
      let numbers = table.rows.map { row -> Double?? in
        guard case .string(let text) = row[column] else { return .some(nil) }
        return Double(text).map { .some($0) } ?? nil
      }
      guard numbers.allSatisfy({ $0 != nil }), numbers.contains(where: { $0 != .some(nil) }) else { continue }
      for (index, number) in numbers.enumerated() {
        if case .some(.some(let value)) = number { result.rows[index][column] = .number(value) }
      }
    }
    return result
  }
}
