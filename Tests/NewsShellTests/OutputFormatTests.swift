import Foundation
import NewsQuery
import Testing

@testable import NewsShell

/// The output formats: a table that fits the terminal and counts wide and combining characters right,
/// CSV by RFC 4180, and the same content in every format.
@Suite("Output formats")
struct OutputFormatTests {
  static let sample = ResultSet(
    collection: "quotes", columns: ["speaker", "count", "text"],
    rows: [
      [.string("Zoë Ørsted"), .number(2), .string("He said \"no\", then left,\nquickly.")],
      [.string("東京 特派員"), .number(12), .string("日本語の引用文はここで長く続きます、とても長く、本当に長く。")],
      [.null, .number(1.5), .string("e\u{301}e\u{301} combining | pipe")],
    ])

  @Test("an empty result aligns no column as numbers; a Markdown cell keeps a tab off its line")
  func emptyAndTabs() {
    let empty = ResultSet(collection: "quotes", columns: ["speaker", "text"], rows: [])
    #expect(OutputFormat.markdown.render(empty, options: RenderOptions()) == "| speaker | text |\n| --- | --- |\n")
    let tabbed = ResultSet(collection: "sentences", columns: ["text"], rows: [[.string("a\tb")]])
    #expect(OutputFormat.markdown.render(tabbed, options: RenderOptions()).hasSuffix("| a b |\n"))
  }

  @Test("display width: wide characters two columns, combining marks none")
  func widths() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("日本") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("🙂") == 2)
    #expect(DisplayWidth.truncated("日本語です", to: 5) == "日本…")
    #expect(DisplayWidth.wrapped("one two three four", to: 9) == ["one two", "three", "four"])
  }

  @Test("a table fits the terminal's width, wrapping long text, whatever the characters", arguments: [30, 40, 60, 80])
  func tableFits(_ width: Int) {
    let output = OutputFormat.table.render(Self.sample, options: RenderOptions(width: width))
    for line in output.split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    let joined = output.split(separator: "\n").joined(separator: " ")
    for word in ["Ørsted", "left,", "quickly.", "combining"] { #expect(joined.contains(word)) }
  }

  @Test("without a width a table keeps each row on one line; numbers align right")
  func tableUnbounded() {
    let output = OutputFormat.table.render(Self.sample, options: RenderOptions(width: 0))
    let lines = output.split(separator: "\n")
    #expect(lines.count == 2 + 3 + 1)
    #expect(lines.last == "(3 rows)")
    #expect(lines[2].contains("    2  He said"))
    #expect(lines[3].contains("   12  日本語"))
  }

  @Test("CSV quotes fields with commas, quotes and line breaks, doubles inner quotes, ends lines with CRLF")
  func csv() {
    let output = OutputFormat.csv.render(Self.sample, options: RenderOptions())
    #expect(output.hasPrefix("speaker,count,text\r\n"))
    #expect(output.contains("Zoë Ørsted,2,\"He said \"\"no\"\", then left,\nquickly.\"\r\n"))
    #expect(output.contains(",1.5,e\u{301}e\u{301} combining | pipe\r\n"))
    #expect(output.hasSuffix("\r\n"))
  }

  @Test("json, ndjson, csv and markdown hold the same values")
  func sameContent() throws {
    let json = OutputFormat.json.render(Self.sample, options: RenderOptions())
    let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let ndjson = OutputFormat.ndjson.render(Self.sample, options: RenderOptions()).split(separator: "\n")
    let fromLines = try ndjson.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(array.count == 3 && fromLines.count == 3)
    for (index, row) in Self.sample.rows.enumerated() {
      for (column, value) in zip(Self.sample.columns, row) {
        let expected: Any = value == .null ? NSNull() : (value.displayText as Any)
        let fromArray = array[index][column]
        let fromLine = fromLines[index][column]
        if case .number(let number) = value {
          #expect((fromArray as? Double) == number && (fromLine as? Double) == number)
        } else {
          #expect("\(fromArray ?? "")" == "\(expected)" && "\(fromLine ?? "")" == "\(expected)")
        }
      }
    }
    let markdown = OutputFormat.markdown.render(Self.sample, options: RenderOptions())
    #expect(markdown.hasPrefix("| speaker | count | text |\n| --- | ---: | --- |\n"))
    #expect(markdown.contains("combining \\| pipe"))
    #expect(markdown.contains("He said \"no\", then left, quickly."))
  }

  @Test("a concordance aligns its matches in one column")
  func concordance() {
    let result = ResultSet(
      collection: "concordance", columns: ["document", "position", "left", "match", "right"],
      rows: [
        [.string("a.txt"), .number(5), .string("short "), .string("NATO"), .string(" right")],
        [.string("b.txt"), .number(1200), .string("a much longer left context "), .string("NATO"), .string("’s door")],
      ], kind: .concordance)
    for width in [0, 50] {
      let lines = OutputFormat.table.render(result, options: RenderOptions(width: width)).split(separator: "\n")
      let columns = lines.dropLast().map { line in
        DisplayWidth.of(line[..<(line.range(of: "NATO")?.lowerBound ?? line.endIndex)])
      }
      #expect(Set(columns).count == 1, "\(lines)")
    }
  }

  @Test("a context view marks the match: ANSI only with colour, brackets without")
  func context() {
    let result = ResultSet(
      collection: "quotes", columns: ["document", "position", "before", "match", "after"],
      rows: [[.string("a.txt"), .number(3), .string("He said “"), .string("no deal"), .string("” on Monday.")]],
      kind: .context)
    let plain = OutputFormat.table.render(result, options: RenderOptions(width: 80))
    #expect(plain.contains("He said “[[no deal]]” on Monday."))
    #expect(!plain.contains("\u{1B}["))
    let colored = OutputFormat.table.render(result, options: RenderOptions(width: 80, useColor: true))
    #expect(colored.contains("\u{1B}[1;33mno deal\u{1B}[0m"))
    #expect(OutputFormat.markdown.render(result, options: RenderOptions()).contains("**no deal**"))
  }

  @Test("every format has a summary for --format and .mode")
  func summaries() {
    #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "json", "ndjson", "csv", "markdown", "chart", "html"])
    for format in OutputFormat.allCases { #expect(!format.summary.isEmpty) }
  }
}
