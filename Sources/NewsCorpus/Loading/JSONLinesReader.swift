import Foundation

/// Reads one article per line of a JSONL export, mapping the usual field names onto `RawArticle`.
enum JSONLinesReader {
  static let textKeys = ["text", "body", "content", "article", "maintext"]
  static let titleKeys = ["title", "headline"]
  static let outletKeys = ["source", "outlet", "publisher", "source_domain", "site_name"]
  static let dateKeys = ["date", "published", "published_at", "publishedAt", "date_publish", "pubdate"]
  static let authorKeys = ["author", "authors", "byline"]
  static let urlKeys = ["url", "link"]
  static let knownKeys: Set<String> = Set(["id"] + textKeys + titleKeys + outletKeys + dateKeys + authorKeys + urlKeys)

  /// Reads every line of `bytes` (the file's UTF-8, see `TextDecoder.decodeBytes`). Records are parsed
  /// in pieces on every core; articles and problems come out in line order whatever the cores.
  static func read(
    _ bytes: ArraySlice<UInt8>, path: String, fileName: String, into articles: inout [RawArticle],
    report: inout LoadReport
  ) {
    // Lines are cut over the bytes: a record's text may be megabytes, and JSON escapes every raw newline.
    var lines: [Range<Int>] = []
    var start = bytes.startIndex
    for index in bytes.indices where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<bytes.endIndex)
    let pieces = lines.count < 64 ? [lines.indices] : ParallelWork.chunks(of: lines.count, pieces: ParallelWork.pieces)
    let parsed = ParallelWork.map(pieces.count) { piece in
      pieces[piece].compactMap { index in record(bytes[lines[index]], path: path, fileName: fileName, line: index + 1) }
    }
    for piece in parsed {
      for outcome in piece {
        switch outcome {
        case .article(let article): articles.append(article)
        case .problem(let problem): report.skipped.append(problem)
        }
      }
    }
  }

  private enum Record {
    case article(RawArticle)
    case problem(LoadProblem)
  }

  /// The article of one line, the problem that keeps it out, or nil for a blank line.
  private static func record(
    _ line: ArraySlice<UInt8>, path: String, fileName: String, line lineNumber: Int
  ) -> Record? {
    guard line.count <= CorpusLoader.maximumLineBytes else {
      return .problem(LoadProblem(path: path, line: lineNumber, message: LineLength.tooLong(line.count, what: "a record")))
    }
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
    guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
      return .problem(invalidJSON(line, path: path, line: lineNumber))
    }
    guard let object = value as? [String: Any] else {
      return .problem(LoadProblem(path: path, line: lineNumber, message: "not a JSON object but \(kind(of: value))"))
    }
    var body: String
    switch text(in: object) {
    case .text(let text): body = text
    case .problem(let message): return .problem(LoadProblem(path: path, line: lineNumber, message: message))
    }
    // Strings from JSONSerialization are bridged UTF-16; offsets into them must be native UTF-8.
    body.makeContiguousUTF8()
    var extra: [String: MetadataField] = [:]
    for (key, value) in object where !knownKeys.contains(key) {
      extra[key] = field(value)
    }
    let id = firstString(in: object, keys: ["id"])
    return .article(
      RawArticle(
        id: id ?? "\(fileName):\(lineNumber)",
        origin: SourceOrigin(path: path, line: lineNumber),
        text: body,
        title: firstString(in: object, keys: titleKeys),
        outlet: firstString(in: object, keys: outletKeys),
        author: firstString(in: object, keys: authorKeys).map(author(fromByline:)),
        date: firstString(in: object, keys: dateKeys),
        url: firstString(in: object, keys: urlKeys),
        extraMetadata: extra, isIdGiven: id != nil))
  }

  /// The problem of a line JSON cannot parse, at the column where it first goes wrong.
  private static func invalidJSON(_ bytes: ArraySlice<UInt8>, path: String, line: Int) -> LoadProblem {
    guard let failure = JSONSyntax.firstError(in: bytes) else {
      return LoadProblem(path: path, line: line, message: "invalid JSON")
    }
    let column = JSONSyntax.column(ofByteOffset: failure.byteOffset, in: bytes)
    return LoadProblem(
      path: path, line: line, column: column,
      message: "invalid JSON at line \(line), column \(column): expected \(failure.expected)")
  }

  private enum TextField {
    case text(String)
    case problem(String)
  }

  /// The record's text: the first of `textKeys` it gives as non-empty text. A text field that is there but is
  /// not text (a number, a list, an object, null) is a problem, not something to turn into text.
  private static func text(in object: [String: Any]) -> TextField {
    for key in textKeys {
      guard let value = object[key] else { continue }
      guard let text = value as? String else {
        return .problem("the \"\(key)\" field is \(kind(of: value)), not text")
      }
      if !text.isEmpty { return .text(text) }
    }
    return .problem("no text, body or content field")
  }

  /// A JSON value's kind, with its article: "an array", "a number".
  static func kind(of value: Any) -> String {
    switch value {
    case is NSNull: return "null"
    case is String: return "a string"
    case let number as NSNumber:
      return String(cString: number.objCType) == "c" && value is Bool ? "a boolean" : "a number"
    case is [Any]: return "an array"
    case is [String: Any]: return "an object"
    default: return "not a JSON value"
    }
  }

  private static func firstString(in object: [String: Any], keys: [String]) -> String? {
    for key in keys {
      if let value = object[key], !(value is NSNull) {
        let text = stringValue(value)
        if !text.isEmpty { return text }
      }
    }
    return nil
  }

  /// "By Kim Wu" → "Kim Wu".
  private static func author(fromByline text: String) -> String {
    text.lowercased().hasPrefix("by ") ? String(text.dropFirst(3)) : text
  }

  /// An extra field as its JSON type gave it: text, a number, a boolean, a list of scalars (or of objects with a
  /// "name"); an object by its "name", else as JSON text; nil for null.
  static func field(_ value: Any) -> MetadataField? {
    switch value {
    case is NSNull: return nil
    case let string as String: return .string(string)
    case let number as NSNumber:
      return String(cString: number.objCType) == "c" && value is Bool ? .bool(number.boolValue) : .number(number.doubleValue)
    case let list as [Any]:
      return .list(list.compactMap { element in element is NSNull ? nil : field(element)?.description })
    default: return .string(stringValue(value))
    }
  }

  /// A field's text: a string as it is, a list of names joined ("Sam Lee, Ann Roe"), an object by
  /// its "name" ({"name": "Daily Planet"}), anything else as JSON.
  private static func stringValue(_ value: Any) -> String {
    switch value {
    case let string as String: return string
    case let number as NSNumber: return number.stringValue
    case let list as [Any] where list.allSatisfy({ $0 is String || ($0 as? [String: Any])?["name"] is String }):
      return list.compactMap { ($0 as? String) ?? ($0 as? [String: Any])?["name"] as? String }.joined(separator: ", ")
    case let object as [String: Any] where object["name"] is String:
      return object["name"] as? String ?? ""
    default:
      guard JSONSerialization.isValidJSONObject(value),
        let data = try? JSONSerialization.data(withJSONObject: value)
      else { return "\(value)" }
      return String(decoding: data, as: UTF8.self)
    }
  }
}
