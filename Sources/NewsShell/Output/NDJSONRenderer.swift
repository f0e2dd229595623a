import NewsQuery

/// One JSON object per row, keys in column order: the stable machine-readable contract.
enum NDJSONRenderer {
  static func render(_ result: ResultSet) -> String {
    result.rows.map { JSONText.object(columns: result.columns, values: $0) + "\n" }.joined()
  }
}
