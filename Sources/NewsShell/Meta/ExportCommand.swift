import Foundation
import NewsQuery

/// `.export [all] FORMAT FILE`: the last result in any output format, or the whole model — every
/// collection with every field — as one JSON object or a folder of CSV tables. Files are replaced
/// only once fully written.
enum ExportCommand {
  static let run: @Sendable (Session, [String]) -> Bool = { session, arguments in
    var words = arguments
    let everything = words.first?.lowercased() == "all"
    if everything { words.removeFirst() }
    guard words.count == 2 else { return session.fail("usage: .export [all] FORMAT FILE") }
    let formatName = words[0].lowercased()
    let path = PathCompleter.expandingHome(words[1])
    if everything {
      return exportModel(session, formatName: formatName, path: path)
    }
    guard let format = OutputFormat(rawValue: formatName) else {
      return session.fail("unknown format '\(words[0])'; formats: " + MetaCommands.formatNames)
    }
    guard let result = session.lastResult else {
      return session.fail("no result to export yet; run a query first, or `.export all json FILE` for the whole model")
    }
    return write(format.render(result, options: RenderOptions()), to: path, session: session)
  }

  private static func exportModel(_ session: Session, formatName: String, path: String) -> Bool {
    let tables = session.engine.context.catalog.collections.map { ModelTable.of($0, in: session.engine.context) }
    switch formatName {
    case "json":
      return write(ModelTable.json(tables), to: path, session: session)
    case "csv":
      guard let csv = OutputFormat(rawValue: "csv") else { return session.fail("this build has no csv format") }
      let isNew = access(path, F_OK) != 0
      if let problem = SafeFile.createFolder(path) { return session.fail(problem) }
      let files = tables.map { table in
        (PathName.joined(path, table.collection + ".csv"), { Data(csv.render(table, options: RenderOptions()).utf8) })
      }
      guard let problem = SafeFile.replaceAll(files, wait: session.streamWait()) else { return true }
      // Every table or none: a folder made for tables that could not all be written goes again.
      if isNew { rmdir(path) }
      return session.fail(
        problem + (isNew ? "; \(path) was not made" : "; the files in \(path) were left as they were"))
    default:
      return session.fail("`.export all` writes json (one file) or csv (a folder of tables), not '\(formatName)'")
    }
  }

  private static func write(_ text: String, to path: String, session: Session) -> Bool {
    if let problem = SafeFile.replace(path, with: Data(text.utf8), wait: session.streamWait()) {
      return session.fail(problem)
    }
    return true
  }
}

/// One collection of the model as a result: every item, every field, keyed by the item's number in its
/// collection. A field that refers to another item (a quotation's sentence) holds that item's key, so the
/// tables join without repeating whole sentences and paragraphs.
enum ModelTable {
  static func of(_ collection: CollectionSchema, in context: QueryContext) -> ResultSet {
    let fields = collection.fields
    let rows = collection.items(context).map { id in
      [Value.number(Double(id))] + fields.map { keyed($0.read(context, id)) }
    }
    return ResultSet(collection: collection.name, columns: ["key"] + fields.map(\.name), rows: rows)
  }

  private static func keyed(_ value: Value) -> Value {
    switch value {
    case .item(_, let id, _): return .number(Double(id))
    case .list(let values): return .list(values.map(keyed))
    default: return value
    }
  }

  /// `{"quotes":[{…},…],"documents":[…]}`, one collection a line, one item an object.
  static func json(_ tables: [ResultSet]) -> String {
    let members = tables.map { table in
      JSONText.string(table.collection) + ":[\n"
        + table.rows.map { "  " + JSONText.object(columns: table.columns, values: $0) }.joined(separator: ",\n") + "\n]"
    }
    return "{\n" + members.joined(separator: ",\n") + "\n}\n"
  }
}
