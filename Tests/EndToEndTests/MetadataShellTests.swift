import Foundation
import Testing

/// A corpus's extra metadata fields are fields of `documents` in the shell too: `.schema`, Tab and exports.
@Suite("Extra metadata in the shell")
struct MetadataShellTests {
  static let records = """
    {"id": "m1", "title": "Act", "text": "“We will act,” Jane Doe said.", "wire": "AP", "words": 420}
    {"id": "m2", "title": "Wait", "text": "“We will wait and see,” John Roe said.", "wire": "Reuters", "words": 300}

    """

  @Test(".schema documents lists them with their types; Tab completes their names and values")
  func schemaAndCompletion() throws {
    let folder = try ScratchFiles()
    let file = try folder.write("export.jsonl", Self.records)
    let outcome = try NewsqProcess.run(
      ["--corpus", file, "--format", "csv", "-c", ".schema documents", "-c", ".complete documents where wi",
       "-c", #".complete documents where wire = "Reu"#])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let lines = outcome.standardOutput.split(whereSeparator: \.isNewline).map(String.init)
    #expect(lines.contains { $0.hasPrefix("wire,string,") })
    #expect(lines.contains { $0.hasPrefix("words,number,") })
    #expect(lines.contains("wire "))
    #expect(lines.last == #""Reuters""#)
  }

  @Test(".export all json and a result's export carry them")
  func exports() throws {
    let folder = try ScratchFiles()
    let file = try folder.write("export.jsonl", Self.records)
    let outcome = try NewsqProcess.run(
      ["--corpus", file, "-c", ".export all json \(folder.path)/model.json", "-c", "documents show id, wire, words",
       "-c", ".export csv \(folder.path)/last.csv"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let model = try #require(folder.read("model.json"))
    #expect(model.contains(#""wire":"AP""#))
    #expect(model.contains(#""words":420"#))
    #expect(folder.read("last.csv")?.split(whereSeparator: \.isNewline).last == "m2,Reuters,300")
  }
}
