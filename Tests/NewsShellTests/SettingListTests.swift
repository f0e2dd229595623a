import Testing

@testable import NewsShell

/// `.show` on a narrow terminal: long values wrap under themselves; off a terminal one setting a line.
@Suite("Setting list")
struct SettingListTests {
  static let settings: [(name: String, value: String)] = [
    ("corpus", "seeds (5 documents, 49 quotations, 12 speakers)"),
    ("mode", "table"),
    ("history", "/home/someone/.local/state/newsq/history (12 entries)"),
  ]

  @Test("every line fits the terminal, and nothing of a value is lost", arguments: [20, 30, 40, 50])
  func fits(_ width: Int) {
    let output = SettingList.render(Self.settings, width: width)
    for line in output.split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    let words = output.split(whereSeparator: \.isWhitespace).joined()
    #expect(words.contains("seeds(5documents,49quotations,12speakers)"))
    #expect(words.contains("/home/someone/.local/state/newsq/history(12entries)"))
  }

  @Test("at 40 columns a long value continues under itself")
  func hangingIndent() {
    #expect(
      SettingList.render(Self.settings, width: 40).split(separator: "\n").prefix(3) == [
        " corpus: seeds (5 documents, 49",
        "         quotations, 12 speakers)",
        "   mode: table",
      ])
  }

  @Test("off a terminal each setting is one line")
  func unlimited() {
    #expect(
      SettingList.render(Self.settings, width: 0) == """
         corpus: seeds (5 documents, 49 quotations, 12 speakers)
           mode: table
        history: /home/someone/.local/state/newsq/history (12 entries)

        """)
  }
}
