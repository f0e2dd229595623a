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

  /// Renders `result` in this format.
  public func render(_ result: ResultSet, options: RenderOptions) -> String {
    switch self {
    case .table: return TableRenderer(maxWidth: options.width).render(result)
    case .ndjson: return NDJSONRenderer.render(result)
    }
  }
}

/// How the shell wants output drawn, decided where the terminal is known.
public struct RenderOptions: Sendable, Hashable {
  /// The terminal's width in columns for tables; 0 means unlimited (not a terminal).
  public var width: Int
  /// Whether to use ANSI colours (a terminal, and NO_COLOR unset).
  public var useColor: Bool

  public init(width: Int = 0, useColor: Bool = false) {
    self.width = width
    self.useColor = useColor
  }
}
