import NewsQuery
import Testing

@testable import NewsShell

/// Control characters shown as `cat -v` and less show them, and tables fitted with what is shown.
@Suite("Control characters made visible")
struct VisibleTextTests {
  @Test("C0 controls and DEL in caret notation, C1 controls as <U+XXXX>, everything else as it is")
  func notation() {
    #expect(VisibleText.of("a\u{1B}[2Jb\u{07}\u{08}\r\u{7F}\u{9B}\u{85}é日") == "a^[[2Jb^G^H^M^?<U+009B><U+0085>é日")
    #expect(VisibleText.of("two\nlines\tand a tab") == "two^Jlines^Iand a tab")
    #expect(VisibleText.of("two\nlines\tand a tab", keepingLayout: true) == "two\nlines\tand a tab")
    #expect(VisibleText.of("\u{0}") == "^@")
  }

  @Test("directional overrides, embeddings and isolates are shown, so a row reads as its data; other marks stay")
  func directionalFormatting() {
    // U+202E turns "said Smith" round on the screen; U+2067 starts an isolate, U+2069 ends it.
    #expect(
      VisibleText.of("\u{202E}htimS dias\u{202C} and \u{2067}x\u{2069}")
        == "<U+202E>htimS dias<U+202C> and <U+2067>x<U+2069>")
    // Marks that only hint a direction (U+200F) and Arabic or Hebrew letters are text, kept as they are.
    #expect(VisibleText.of("\u{200F}שלום مرحبا") == "\u{200F}שלום مرحبا")
  }

  @Test("a table fitted to the terminal counts ^[ as the two columns it takes", arguments: [24, 40, 80])
  func fitted(_ width: Int) {
    let result = ResultSet(
      collection: "documents", columns: ["title", "id"],
      rows: [
        [.string("Talks \u{1B}]0;owned\u{07} end \u{1B}[2J\u{1B}[H in Geneva"), .string("escapes")],
        [.string("Plain"), .string("plain")],
      ])
    let output = OutputFormat.table.render(result, options: RenderOptions(width: width, useColor: true))
    let lines = output.split(separator: "\n").map(String.init)
    let withoutStyles = lines.map { $0.replacingAll("\u{1B}[1m", with: "").replacingAll("\u{1B}[0m", with: "") }
    for line in withoutStyles {
      #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(line)")
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    let idColumn = withoutStyles[0].count - 2
    #expect(withoutStyles.contains { Array($0).count > idColumn && String(Array($0)[idColumn...]) == "plain" })
  }
}
