import Foundation
import Testing

/// `.import FILE AS NAME` as a sqlite3 user writes it: a CSV or JSONL list kept as a result that `in` reads, the
/// format from the extension or from `--csv` / `--json`.
@Suite(".import")
struct ImportCommandTests {
  func run(_ script: String, files: [String: String]) throws -> NewsqProcess.Outcome {
    let folder = try ScratchFiles()
    var text = script
    for (name, contents) in files { text = text.replacingOccurrences(of: name, with: try folder.write(name, contents)) }
    return try NewsqProcess.run(["--format", "csv"], input: text)
  }

  @Test("a CSV file, a JSONL file, and one named otherwise with --csv or --json, each a list for in")
  func formats() throws {
    let files = [
      "people.csv": "name,note\nPeskov,Kremlin\n", "people.jsonl": #"{"name": "Stoltenberg"}"# + "\n",
      "people.txt": "name\nNuland\n", "people.list": #"{"name": "Sherman"}"# + "\n",
    ]
    let outcome = try run(
      """
      .import people.csv AS a
      .import people.jsonl b
      .import --csv people.txt AS c
      .import --json people.list AS d
      quotes where speaker in a or speaker in b or speaker in c or speaker in d group by speaker order by speaker
      """, files: files)
    #expect(outcome.standardError == "")
    #expect(
      outcome.standardOutput.split(whereSeparator: \.isNewline) == [
        "speaker,count", "Dmitry Peskov,6", "Jens Stoltenberg,9", "Victoria Nuland,3", "Wendy R. Sherman,9",
      ])
  }

  @Test("an unknown option or a missing name is an error that says what .import takes")
  func errors() throws {
    let option = try run(".import --tsv people.csv AS a\n", files: ["people.csv": "name\nPeskov\n"])
    #expect(option.standardError.contains("unknown .import option '--tsv'; --csv or --json say how to read the file"))
    let missing = try run(".import people.csv\n", files: ["people.csv": "name\nPeskov\n"])
    #expect(missing.standardError.contains("usage: .import [--csv|--json] FILE AS NAME"))
  }
}
