import Foundation

/// Reads an optional manifest beside the articles of a folder — `manifest.csv` (a header row naming
/// the columns) or `manifest.json` (an array of objects) — giving per file its id, title, outlet
/// (or source), author, date (or published) and url; other columns become extra metadata.
/// Each row names its article in a `file` column (or `filename`, `path`).
enum ManifestReader {
  static let fileNames = ["manifest.csv", "manifest.json"]
  static let fileKeys = ["file", "filename", "path"]

  /// One article's row: its fields, and where it is written, so a problem with a value it gives (a date that
  /// cannot be read) names the manifest's line rather than the article's file.
  struct Row {
    var fields: [String: MetadataField]
    var path: String
    var line: Int?

    /// `manifest.csv:3`, or the manifest's path alone when its rows have no lines.
    var place: String { line.map { "\(path):\($0)" } ?? path }

    /// Whether the row gives the article's id.
    var givesId: Bool { !(fields["id"]?.description.isEmpty ?? true) }

    /// Whether the row gives the article's date.
    var givesDate: Bool { ManifestReader.value(of: JSONLinesReader.dateKeys, in: fields) != nil }
  }

  /// The first non-empty value `row` gives under one of `keys`. A CSV header is read in lowercase (`File`,
  /// `ID`), so `publishedAt` is also looked for as `publishedat`.
  static func value(of keys: [String], in row: [String: MetadataField]) -> String? {
    keys.lazy.compactMap { (row[$0] ?? row[$0.lowercased()])?.description }.first { !$0.isEmpty }
  }

  /// The manifest's rows keyed by the article file each names (its name in the folder), or nil when the folder
  /// has none. `articles` are the folder's article files, as the load reads them: a row naming anything else —
  /// a file that is not there, one outside the folder (`../other/x.txt`), one the load does not read — or a
  /// file an earlier row named is reported with the manifest's line and ignored.
  static func read(folder: String, articles: [String], report: inout LoadReport) -> [String: Row]? {
    for name in fileNames {
      let path = (folder as NSString).appendingPathComponent(name)
      guard FileBytes.isPresent(path) else { continue }
      guard case .bytes(let bytes) = FileBytes.read(path, allowsStreams: false) else {
        report.warnings.append(LoadProblem(path: path, message: "manifest is unreadable; ignored"))
        return nil
      }
      let names = Set(articles.map(CorpusLoader.lastName(of:)))
      return read(bytes, path: path, folder: folder, articles: names, report: &report)
    }
    return nil
  }

  /// The rows of the manifest at `path` whose bytes are `bytes` (CSV when the path ends in `.csv`, else JSON),
  /// keyed by the article file each names; `articles` are the names a row may give (nil: any name inside
  /// `folder`, as for fuzzing the bytes alone). Nil when the manifest is empty or not text.
  static func read(
    _ bytes: [UInt8], path: String, folder: String = ".", articles: Set<String>? = nil, report: inout LoadReport
  ) -> [String: Row]? {
    guard case .text(let text, _) = TextDecoder.decode(bytes) else {
      report.warnings.append(LoadProblem(path: path, message: "manifest is empty or not text; ignored"))
      return nil
    }
    let rows = path.hasSuffix(".csv") ? csvRows(text, path: path, report: &report) : jsonRows(text, path: path, report: &report)
    return byFile(rows, manifest: path, folder: folder, articles: articles, report: &report)
  }

  private static func byFile(
    _ rows: [(Int?, [String: MetadataField])], manifest path: String, folder: String, articles: Set<String>?,
    report: inout LoadReport
  ) -> [String: Row] {
    var byFile: [String: Row] = [:]
    for (line, row) in rows {
      func ignore(_ message: String) {
        report.warnings.append(LoadProblem(path: path, line: line, message: "manifest row \(message); ignored"))
      }
      guard let file = fileKeys.lazy.compactMap({ row[$0]?.description }).first, !file.isEmpty else {
        ignore("names no file")
        continue
      }
      guard let name = ManifestPath.name(of: file, in: folder) else {
        ignore("names \(file), which is outside the corpus folder")
        continue
      }
      guard articles?.contains(name) ?? true else {
        let isThere = FileBytes.isPresent((folder as NSString).appendingPathComponent(name))
        ignore(isThere ? "names \(file), which is not one of the folder's article files" : "names \(file), which is not there")
        continue
      }
      if let first = byFile[name] {
        ignore("names \(file) again (first at \(first.place))")
        continue
      }
      byFile[name] = Row(fields: row, path: path, line: line)
    }
    return byFile
  }

  /// Applies a manifest row to an article read from a file: given fields replace what the file had.
  static func apply(_ row: [String: MetadataField], to article: inout RawArticle) {
    func value(_ keys: [String]) -> String? { ManifestReader.value(of: keys, in: row) }
    if let id = value(["id"]) {
      article.id = id
      article.isIdGiven = true
    }
    // The same field names as a JSONL record's.
    article.title = value(JSONLinesReader.titleKeys) ?? article.title
    article.outlet = value(JSONLinesReader.outletKeys) ?? article.outlet
    article.author = value(JSONLinesReader.authorKeys) ?? article.author
    article.date = value(JSONLinesReader.dateKeys) ?? article.date
    article.url = value(JSONLinesReader.urlKeys) ?? article.url
    let known = Set(Set(fileKeys).union(JSONLinesReader.knownKeys).map { $0.lowercased() })
    for (key, field) in row where !known.contains(key.lowercased()) && !field.description.isEmpty {
      article.extraMetadata[key] = field
    }
  }

  private static func jsonRows(_ text: String, path: String, report: inout LoadReport) -> [(Int?, [String: MetadataField])] {
    guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
      report.warnings.append(LoadProblem(path: path, message: "manifest is not a JSON array of objects; ignored"))
      return []
    }
    let lines = JSONSyntax.elementLines(in: ArraySlice(text.utf8))
    return array.enumerated().map { index, object in
      (index < lines.count ? lines[index] : nil, object.compactMapValues(JSONLinesReader.field))
    }
  }

  private static func csvRows(_ text: String, path: String, report: inout LoadReport) -> [(Int?, [String: MetadataField])] {
    let records = CSVParser.records(text)
    guard let header = records.first?.fields.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }) else {
      return []
    }
    var rows: [(Int?, [String: MetadataField])] = []
    for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
      if record.fields.count != header.count {
        report.warnings.append(
          LoadProblem(
            path: path, line: record.line,
            message: "manifest row has \(record.fields.count) fields, the header \(header.count)"))
      }
      var row: [String: MetadataField] = [:]
      for (key, field) in zip(header, record.fields) { row[key] = .string(field) }
      rows.append((record.line, row))
    }
    return rows
  }
}

/// RFC 4180 CSV: fields separated by commas, optionally in double quotes with "" for a quote mark. Public for the
/// shell's `.import`, which reads the same CSV a manifest is written in.
public enum CSVParser {
  public struct Record: Sendable {
    /// The 1-based line the record starts on.
    public var line: Int
    public var fields: [String]
  }

  public static func records(_ text: String) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1
    var recordLine = 1
    var characters = text.makeIterator()
    var pending: Character?
    while let character = pending ?? characters.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        inQuotes = true
      case ",":
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        fields.append(field)
        records.append(Record(line: recordLine, fields: fields))
        fields = []
        field = ""
        line += 1
        recordLine = line
      default:
        field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
  }
}
