import Foundation
import Testing

/// An article whose text holds terminal control sequences — a window title (OSC), a screen clear (CSI),
/// the one-character C1 CSI, a bell, a backspace, a carriage return — cannot drive the terminal: every
/// reading format shows them visibly and keeps its columns in line, and the machine formats keep them
/// exactly.
@Suite("Control characters in article text")
struct TerminalEscapeTests {
  /// The sequences the article carries, as written in JSON.
  static let title = #"Talks \u001b]0;owned\u0007 end"#
  static let text =
    #"The minister said, \"We will \u001b[2J\u001b[H clear the air \u009b31m today.\" She left.\n\n"#
    + #"A bell \u0007, a backspace \u0008 and a return \r came with the wire copy."#

  /// Runs newsq over a corpus of the article and a plain one, kept in a folder for the length of the run.
  static func run(_ arguments: [String]) throws -> NewsqProcess.Outcome {
    let folder = try ScratchFiles()
    let corpus = try folder.write(
      "articles.jsonl",
      "{\"id\":\"escapes\",\"title\":\"\(title)\",\"text\":\"\(text)\"}\n"
        + "{\"id\":\"plain\",\"title\":\"Plain\",\"text\":\"Nothing to see here, said the minister.\"}\n")
    return try withExtendedLifetime(folder) { try NewsqProcess.run(["--corpus", corpus] + arguments) }
  }

  /// Whether `text` holds a character a terminal acts on, other than line feeds.
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
  }

  @Test(
    "table, concordance, context and markdown show them as ^[ and <U+009B>",
    arguments: [
      ("table", "documents show title, id", "Talks ^[]0;owned^G end"),
      ("table", #"concordance "clear the air" width 20"#, "^[[2J^[[H   clear the air   <U+009B>31m"),
      ("table", #"sentences where text contains "bell" context"#, "[[A bell ^G, a backspace ^H and a return]]"),
      ("table", "sentences show text", "We will ^[[2J^[[H clear the air <U+009B>31m today."),
      ("markdown", "documents show title, id", "| Talks ^[]0;owned^G end | escapes |"),
    ])
  func shown(format: String, statement: String, expected: String) throws {
    let outcome = try Self.run(["--format", format, "-c", statement])
    #expect(outcome.status == 0)
    #expect(!Self.hasControl(outcome.standardOutput))
    #expect(outcome.standardOutput.contains(expected))
  }

  @Test("a table's columns stay in line: the column after an escaped cell starts where its header does")
  func columnsInLine() throws {
    let outcome = try Self.run(["-c", "documents show title, id"])
    let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    let column = lines[0].distance(
      from: lines[0].startIndex, to: lines[0].range(of: "id")?.lowerBound ?? lines[0].endIndex)
    #expect(lines[2].hasPrefix("Talks ^[]0;owned^G end"))
    for line in lines[2...3] {
      #expect(Array(line)[column...].starts(with: line.hasPrefix("Talks") ? "escapes" : "plain"), "\(line)")
    }
  }

  @Test("JSON escapes them as \\u001b; CSV and NDJSON keep every byte")
  func machineFormatsExact() throws {
    let json = try Self.run([
      "--format", "ndjson", "-c", #"documents where id = "escapes" show title"#,
    ])
    #expect(json.standardOutput == "{\"title\":\"\(Self.title)\"}\n")
    let csv = try Self.run([
      "--format", "csv", "-c", #"documents where id = "escapes" show title"#,
    ])
    #expect(csv.standardOutput == "title\r\nTalks \u{1B}]0;owned\u{07} end\r\n")
  }

  @Test("an error quoting a statement with control characters shows them, with the caret under the right word")
  func errorExcerpt() throws {
    let outcome = try NewsqProcess.run(["-c", "quotes where text = \"\u{1B}[2J\u{9B}1m\" and speakr = \"x\""])
    #expect(outcome.status == 1)
    #expect(!Self.hasControl(outcome.standardError))
    let lines = outcome.standardError.split(separator: "\n").map(String.init)
    let source = try #require(lines.first { $0.hasPrefix("quotes where") })
    let caret = try #require(lines.first { $0.hasSuffix("^~~~~~") })
    #expect(source == "quotes where text = \"^[[2J<U+009B>1m\" and speakr = \"x\"")
    #expect(
      caret.count - 6
        == source.distance(from: source.startIndex, to: source.range(of: "speakr")?.lowerBound ?? source.startIndex))
  }

  @Test(".history shows a control character in an entry as ^[, a line break as a new line")
  func history() throws {
    let folder = try ScratchFiles()
    _ = try folder.write(
      "newsq/history", "quotes where text = \"\u{1B}]0;owned\u{07}\"\ndocuments where (\\n  id = \"x\")\n")
    let outcome = try NewsqProcess.run(["-c", ".history"], environment: ["XDG_STATE_HOME": folder.path])
    #expect(
      outcome.standardOutput == "1  quotes where text = \"^[]0;owned^G\"\n2  documents where (\n     id = \"x\")\n")
  }
}
