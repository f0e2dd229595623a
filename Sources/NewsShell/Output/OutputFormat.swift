import NewsQuery

/// The ways a result can be printed. One table: `--format`, `.mode` and help read it.
/// Every format prints the same content; only the layout differs.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, ndjson, csv, markdown, chart, html

  public var summary: String {
    switch self {
    case .table: return "aligned columns for reading, fitted to the terminal"
    case .json: return "one JSON array of objects"
    case .ndjson: return "one JSON object per row, for pipelines"
    case .csv: return "comma-separated values (RFC 4180), with a header line"
    case .markdown: return "a Markdown table, for reports"
    case .chart: return "bars for the numbers of each row, fitted to the terminal (a sparkline for a time series)"
    case .html: return "a page with the table and an SVG chart, self-contained (no network), for a browser"
    }
  }

  /// Renders `result` in this format.
  public func render(_ result: ResultSet, options: RenderOptions) -> String {
    switch self {
    case .table:
      if result.kind == .chart, let chart = ChartRenderer(options: options).render(result) { return chart }
      return TableRenderer(options: options).render(result)
    case .json: return JSONRenderer.render(result)
    case .ndjson: return NDJSONRenderer.render(result)
    case .csv: return CSVRenderer.render(result, options: options)
    case .markdown: return MarkdownRenderer.render(result, options: options)
    case .chart: return ChartRenderer(options: options).render(result) ?? TableRenderer(options: options).render(result)
    case .html: return HTMLRenderer.render(result, options: options)
    }
  }

  /// Renders what a statement produced: its rows, or for `let` a one-line note in the reading formats
  /// (nothing in the machine formats, so pipelines see only rows).
  public func render(_ outcome: StatementOutcome, options: RenderOptions) -> String {
    switch outcome {
    case .rows(let result):
      return render(result, options: options)
    case .bound(let summary):
      guard [.table, .markdown, .chart].contains(self) else { return "" }
      let source = summary.collection.map { " of \($0)" } ?? ""
      return "\(summary.name): \(summary.rowCount) \(summary.rowCount == 1 ? "row" : "rows")\(source)\n"
    }
  }
}

/// How the shell wants output drawn, decided where the terminal is known.
public struct RenderOptions: Sendable, Hashable {
  /// The terminal's width in columns for tables; 0 means unlimited (not a terminal).
  public var width: Int
  /// Whether to use ANSI colours (a terminal, and NO_COLOR unset).
  public var useColor: Bool
  /// How a missing value prints (`.nullvalue`); nil: `null` in tables, nothing in CSV.
  public var nullText: String? = nil
  /// Whether tables and CSV start with the column names (`.headers`).
  public var showsHeaders = true
  /// Widths set with `.width`, column by column; 0 leaves a column its natural width.
  public var columnWidths: [Int] = []

  public init(width: Int = 0, useColor: Bool = false) {
    self.width = width
    self.useColor = useColor
  }
}
