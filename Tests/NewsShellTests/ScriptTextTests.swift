import Foundation
import Testing

@testable import NewsShell

@Suite("Script text")
struct ScriptTextTests {
  @Test("UTF-8 text is accepted, a byte-order mark dropped")
  func accepted() throws {
    #expect(try ScriptText.decode(Array("quotes -- Niinistö\n".utf8)).get() == "quotes -- Niinistö\n")
    #expect(try ScriptText.decode([0xEF, 0xBB, 0xBF] + Array("documents".utf8)).get() == "documents")
  }

  @Test("a byte that is not UTF-8 is refused with its line, column and offset")
  func invalidByte() {
    let bytes = Array("quotes\ndocuments wh".utf8) + [0xE9] + Array("re\n".utf8)
    guard case .failure(let problem) = ScriptText.decode(bytes) else {
      Issue.record("accepted Latin-1")
      return
    }
    #expect(problem.line == 2)
    #expect(problem.column == 13)
    #expect(problem.byteOffset == 19)
    #expect(problem.message.contains("0xe9"))
  }

  @Test("a NUL byte means a binary file")
  func binary() {
    guard case .failure(let problem) = ScriptText.decode([0x71, 0x00, 0xFF]) else {
      Issue.record("accepted binary")
      return
    }
    #expect(problem.column == 2)
    #expect(problem.message.contains("binary"))
  }

  @Test("meta-command arguments split at spaces, quotes keep spaces")
  func arguments() {
    #expect(MetaArgumentSplitter.split(#"csv "my file.csv""#) == ["csv", "my file.csv"])
    #expect(MetaArgumentSplitter.split("  a  'b c'  ") == ["a", "b c"])
    #expect(MetaArgumentSplitter.split(#""" x"#) == ["", "x"])
    #expect(MetaArgumentSplitter.lastRawWord(#"csv "my fi"#) == #""my fi"#)
  }

  @Test("the source line of an error in a huge line is cut around the caret")
  func hugeLine() {
    let source = String(repeating: "a", count: 5000) + " wher x"
    let rendered =
      "error: line 1, column 5002: expected\n" + source + "\n"
      + String(repeating: " ", count: 5001) + "^~~~\n"
    let lines = DiagnosticExcerpt.crop(rendered).split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= DiagnosticExcerpt.maximumWidth + 2 || $0.hasPrefix("error") })
    let caretColumn = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let wordStart = lines[1].range(of: "wher").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
    #expect(caretColumn != nil && caretColumn == wordStart)
  }
}

@Suite("Syntax colours")
struct SyntaxHighlighterTests {
  @Test("keywords, strings and regexes are coloured; the visible text is unchanged")
  func colours() {
    let text = #"quotes where speaker = "Pe\"s" and text matches /a;b/i"#
    let coloured = SyntaxHighlighter.highlight(text)
    #expect(coloured.contains("\u{1B}[34mwhere\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[32m\"Pe\\\"s\"\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[35m/a;b/\u{1B}[0mi"))
    #expect(!coloured.contains("\u{1B}[34mquotes"))
    let visible = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(visible == text)
  }
}
