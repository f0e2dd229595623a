import NewsQuery

/// One JSON array of objects, one object a line, keys in column order.
enum JSONRenderer {
  static func render(_ result: ResultSet) -> String {
    guard !result.rows.isEmpty else { return "[]\n" }
    let objects = result.rows.map { JSONText.object(columns: result.columns, values: $0) }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }
}
