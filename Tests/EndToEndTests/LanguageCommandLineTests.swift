import Foundation
import Testing

/// The language through the real binary: formats, statements that span -c options, errors and exit status.
@Suite("NewsQL on the command line")
struct LanguageCommandLineTests {
  @Test("every format prints the same rows", arguments: ["json", "ndjson", "csv", "markdown", "table"])
  func formats(_ format: String) throws {
    let query = #"quotes where speaker = "Stoltenberg" show document, text"#
    let outcome = try NewsqProcess.run(["--format", format, "-c", query])
    #expect(outcome.status == 0)
    let reference = try NewsqProcess.run(["--format", "ndjson", "-c", query]).standardOutput.split(separator: "\n")
    #expect(!reference.isEmpty)
    for line in reference {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
      let text = try #require(object["text"])
      let written =
        format == "csv" && text.contains(",") ? "\"\(text.split(separator: "\"").joined(separator: "\"\""))\"" : text
      #expect(outcome.standardOutput.contains(written), "\(format): \(text)")
    }
  }

  @Test("let in one -c is seen by the next; explain and concordance print rows")
  func statements() throws {
    let outcome = try NewsqProcess.run([
      "--format", "ndjson", "-c", #"let s = quotes where speaker = "Stoltenberg""#, "-c", "s count",
      "-c", #"explain s where text contains "NATO""#, "-c", #"concordance "NATO" in s"#,
    ])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.first?.hasPrefix(#"{"count":"#) == true)
    #expect(lines.contains { $0.contains(#""operation":"index""#) })
    #expect(lines.contains { $0.contains(#""match":"NATO""#) })
  }

  @Test("a type error names both types, points at the value and exits 1")
  func typeError() throws {
    let outcome = try NewsqProcess.run(["-c", #"documents where date = "yesterday""#])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError.hasPrefix(
        """
        error: line 1, column 24: 'date' is a date and cannot be compared with the string "yesterday"
        """))
    #expect(outcome.standardError.contains("\n                       ^~~~~~~~~~~\n"))
  }

  @Test(".schema lists collections and one collection's typed fields")
  func schema() throws {
    let outcome = try NewsqProcess.run(["--format", "csv"], input: ".schema\n.schema people\n.schema quotas\n")
    #expect(outcome.standardOutput.contains("people,the people the corpus names,"))
    #expect(outcome.standardOutput.contains("quotes,list of quotes,"))
    #expect(outcome.standardError.contains("unknown collection 'quotas' — did you mean 'quotes'?"))
    #expect(outcome.status == 1)
  }
}
