import Foundation

/// Reads one article per line of a JSONL export, mapping the usual field names onto `RawArticle`.
enum JSONLinesReader {
  static let textKeys = ["text", "body", "content"]
  static let outletKeys = ["source", "outlet"]
  static let dateKeys = ["date", "published"]
  static let knownKeys: Set<String> = Set(["id", "title", "url", "author"] + textKeys + outletKeys + dateKeys)

  static func read(
    _ text: String, path: String, fileName: String, into articles: inout [RawArticle], report: inout LoadReport
  ) {
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        report.skipped.append(LoadProblem(path: path, line: lineNumber, message: "not a JSON object"))
        continue
      }
      guard var body = firstString(in: object, keys: textKeys) else {
        report.skipped.append(LoadProblem(path: path, line: lineNumber, message: "no text, body or content field"))
        continue
      }
      // Strings from JSONSerialization are bridged UTF-16; offsets into them must be native UTF-8.
      body.makeContiguousUTF8()
      var extra: [String: String] = [:]
      for (key, value) in object where !knownKeys.contains(key) {
        extra[key] = stringValue(value)
      }
      articles.append(
        RawArticle(
          id: firstString(in: object, keys: ["id"]) ?? "\(fileName):\(lineNumber)",
          origin: SourceOrigin(path: path, line: lineNumber),
          text: body,
          title: firstString(in: object, keys: ["title"]),
          outlet: firstString(in: object, keys: outletKeys),
          author: firstString(in: object, keys: ["author"]),
          date: firstString(in: object, keys: dateKeys),
          url: firstString(in: object, keys: ["url"]),
          extraMetadata: extra))
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

  private static func stringValue(_ value: Any) -> String {
    switch value {
    case let string as String: return string
    case let number as NSNumber: return number.stringValue
    default:
      guard JSONSerialization.isValidJSONObject(value),
        let data = try? JSONSerialization.data(withJSONObject: value)
      else { return "\(value)" }
      return String(decoding: data, as: UTF8.self)
    }
  }
}
