import NewsQuery
import Testing

@testable import NewsShell

/// A concordance on a terminal fits its width: the contexts give up room first, then the document name,
/// and the keyword column stays aligned; off a terminal every column keeps its natural width.
@Suite("Concordance layout")
struct ConcordanceLayoutTests {
  static let sample = ResultSet(
    collection: "sentences", columns: ["document", "position", "left", "match", "right"],
    rows: [
      [
        .string("002_7ba778614bf12864.txt"), .number(393), .string("or its part, Russia is seeking security "),
        .string("guarantees"), .string(" such as limiting the expansion of the 3"),
      ],
      [
        .string("003_9e6858d48bd004ca.txt"), .number(1365), .string("terproof, bullet-proof, legally binding "),
        .string("guarantees"), .string(", and not just “assurances.” In a separ"),
      ],
      [
        .string("a-very-long-document-name-from-a-jsonl-export-0001"), .number(12), .string("the "),
        .string("guarantees"), .string(" were"),
      ],
    ],
    kind: .concordance)

  private func lines(width: Int) -> [Substring] {
    OutputFormat.table.render(Self.sample, options: RenderOptions(width: width)).split(separator: "\n")
  }

  @Test("every line fits the terminal and the keyword starts in one column", arguments: [30, 40, 50, 60, 80])
  func fits(_ width: Int) {
    let rows = lines(width: width).dropLast()
    #expect(rows.count == 3)
    for line in lines(width: width) {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    let keywordColumns = Set(
      rows.compactMap { line in line.range(of: "guarantees").map { DisplayWidth.of(line[..<$0.lowerBound]) } })
    #expect(keywordColumns.count == 1)
  }

  @Test("at 60 columns the contexts keep 12 columns a side and long document names give way, ending in …")
  func sixtyColumns() {
    let rows = lines(width: 60).dropLast()
    #expect(rows[0].hasPrefix("002_7ba77"))
    #expect(rows[2].hasPrefix("a-very-lon"))
    #expect(rows.allSatisfy { $0.contains("… ") })
    #expect(rows[0].contains("security   guarantees   such as"))
  }

  @Test("off a terminal nothing is cut")
  func unlimited() {
    let output = OutputFormat.table.render(Self.sample, options: RenderOptions(width: 0))
    #expect(output.contains("a-very-long-document-name-from-a-jsonl-export-0001"))
    #expect(output.contains("or its part, Russia is seeking security   guarantees   such as limiting the expansion of the 3"))
    #expect(!output.contains("…"))
  }
}
