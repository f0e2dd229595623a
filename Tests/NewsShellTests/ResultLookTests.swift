import NewsCorpus
import NewsQuery
import Testing

@testable import NewsShell

/// How results and statements look: nulls named, lists wrapped between words, colours that stop at line breaks,
/// division told from a regular expression, and bars drawn to scale.
@Suite("The look of results")
struct ResultLookTests {
  @Test("a null prints as null in a table, as set by .nullvalue, and as nothing in CSV")
  func nulls() {
    let result = ResultSet(collection: "x", columns: ["outlet", "count"], rows: [[.null, .number(3)], [.string("A"), .number(1)]])
    #expect(OutputFormat.table.render(result, options: RenderOptions()).contains("null        3"))
    var options = RenderOptions()
    options.nullText = "(none)"
    #expect(OutputFormat.table.render(result, options: options).contains("(none)      3"))
    #expect(OutputFormat.csv.render(result, options: RenderOptions()).hasPrefix("outlet,count\r\n,3\r\n"))
    options.showsHeaders = false
    #expect(OutputFormat.csv.render(result, options: options).hasPrefix("(none),3\r\n"))
  }

  @Test("a list of roles in a narrow table wraps between words, never inside one")
  func rolesWrapBetweenWords() {
    let roles = "Deputy Secretary of State; Kremlin spokesman; NATO Secretary General"
    let result = ResultSet(
      collection: "people", columns: ["name", "affiliation", "roles", "quotes"],
      rows: [
        [
          .string("Dmitry Peskov"), .string("Russia"),
          .list(roles.split(separator: ";").map { .string($0.trimmingCharacters(in: .whitespaces)) }), .number(6),
        ]
      ])
    let table = TableRenderer(maxWidth: 36).render(result)
    let words = Set(roles.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init))
    for line in table.split(separator: "\n").dropFirst(2).dropLast() {
      for piece in line.split(whereSeparator: { $0 == " " || $0 == ";" }) where piece.first?.isLetter == true {
        #expect(words.contains(String(piece)) || ["Dmitry", "Peskov", "Russia"].contains(piece), "'\(piece)' in \(line)")
      }
    }
  }

  @Test("a string that goes on to the next line is coloured on each line, never across the break")
  func coloursStopAtLineBreaks() {
    let lines = SyntaxHighlighter.highlight("quotes where text contains \"open\ndoor\" show text").split(separator: "\n")
    #expect(lines[0].hasSuffix("\u{1B}[0m"))
    #expect(lines[1].hasPrefix("\u{1B}[32mdoor\"\u{1B}[0m"))
    let division = SyntaxHighlighter.highlight("quotes show count / 2")
    #expect(!division.contains("\u{1B}[35m"))
  }

  @Test("a statement with a division does not run on to the next line, as one with a regex would not either")
  func divisionEndsAStatement() {
    let statements = StatementSplitter.split("quotes show round(count * 100 / 3, 1)\ndocuments\n")
    #expect(statements.map(\.text) == ["quotes show round(count * 100 / 3, 1)", "documents"])
  }

  @Test("bars are scaled to the largest value, in eighths of a block; a time series fills its gaps with 0")
  func charts() throws {
    let renderer = ChartRenderer(options: RenderOptions())
    #expect(renderer.bar(10, of: 10, width: 4) == "████")
    #expect(renderer.bar(1, of: 8, width: 8) == "█")
    #expect(renderer.bar(1, of: 16, width: 8) == "▌")
    #expect(renderer.bar(0, of: 16, width: 8) == "")
    let months = ResultSet(
      collection: "quotes", columns: ["month", "count"],
      rows: [[.date(NewsDate(year: 2023, month: 3)), .number(2)], [.date(NewsDate(year: 2023, month: 1)), .number(4)]],
      kind: .chart)
    let chart = try #require(renderer.render(months))
    let lines = chart.split(separator: "\n")
    #expect(lines[0].hasSuffix("█ ▅"))
    #expect(lines.dropFirst(2).map { String($0.prefix(7)) }.prefix(3) == ["2023-01", "2023-02", "2023-03"])
  }
}
