import NewsQuery

/// The ways a result can be printed. One table: `--format`, `.mode` and help read it.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, ndjson

  public var summary: String {
    switch self {
    case .table: return "aligned columns for reading"
    case .ndjson: return "one JSON object per row, for pipelines"
    }
  }

  /// Renders `result` in this format; `width` is the terminal's width for tables (0: unlimited).
  public func render(_ result: ResultSet, width: Int) -> String {
    switch self {
    case .table: return TableRenderer(maxWidth: width).render(result)
    case .ndjson: return NDJSONRenderer.render(result)
    }
  }
}
