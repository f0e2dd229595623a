import Foundation
import Testing

@Suite("newsq on the command line")
struct CommandLineTests {
  @Test("--format ndjson prints one JSON object per quotation with document, text and speaker")
  func ndjsonContract() throws {
    let outcome = try NewsqProcess.run(["--corpus", "seeds", "--format", "ndjson", "-c", "quotes"])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.count >= 40)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["document"] is String)
      #expect(object?["text"] is String)
      #expect(object?["speaker"] is String || object?["speaker"] is NSNull)
    }
  }

  @Test("a speaker query prints only that speaker's quotations")
  func speakerQuery() throws {
    let outcome = try NewsqProcess.run(["--format", "ndjson", "-c", #"quotes where speaker = "Stoltenberg""#])
    #expect(outcome.status == 0)
    let speakers = try outcome.standardOutput.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }.map { $0?["speaker"] as? String }
    #expect(!speakers.isEmpty)
    #expect(speakers.allSatisfy { $0 == "Jens Stoltenberg" })
  }

  @Test("a query that does not parse prints line, column and caret, and exits 1")
  func parseError() throws {
    let outcome = try NewsqProcess.run(["-c", #"quotes wher speaker = "x""#])
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError == """
        error: line 1, column 8: expected a clause (where, show, group by, order by, top, limit, offset, sample, \
        distinct, count, chart, context) or the end of the query, found 'wher' — did you mean 'where'?
        quotes wher speaker = "x"
               ^~~~

        """)
  }

  @Test("a corpus path that does not exist is a one-line error with exit status 2")
  func missingCorpus() throws {
    let outcome = try NewsqProcess.run(["--corpus", "no-such-folder", "-c", "quotes"])
    #expect(outcome.status == 2)
    #expect(outcome.standardError == "newsq: error: no such file or folder: no-such-folder\n")
  }

  @Test("a sentence ending in 'according to the \"X\" plan' loads and is queried (it once trapped the whole load)")
  func accordingToTheAtASentenceEnd() throws {
    let folder = try ScratchFiles()
    _ = try folder.write("a.txt", "Title\n\nThe cost rose, according to the \"Medicare\" plan.\n")
    let quotes = try NewsqProcess.run(["--corpus", folder.path, "-c", "quotes"])
    #expect(quotes.status == 0)
    #expect(quotes.standardOutput.hasSuffix("(0 rows)\n"))
    let terms = try NewsqProcess.run(["--corpus", folder.path, "--format", "csv", "-c", "terms show text"])
    #expect(terms.standardOutput.split(whereSeparator: \.isNewline) == ["text", "Medicare"])
  }

  @Test("paths that hold no article are an error with exit status 2, after what was skipped; .open keeps the corpus")
  func noArticles() throws {
    let folder = try ScratchFiles()
    let binary = try folder.write("scan.txt", [0x50, 0x4B, 0x00, 0x03, 0xFF, 0x00])
    let empty = folder.path + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let outcome = try NewsqProcess.run(["--corpus", binary, "-c", "documents count"])
    #expect(outcome.status == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasSuffix("newsq: error: no articles in \(binary)\n"))
    #expect(outcome.standardError.contains("skipped"))
    #expect(try NewsqProcess.run(["--corpus", empty, "-c", "documents count"]).status == 2)
    let open = try NewsqProcess.run(
      ["--keep-going", "--format", "csv", "-c", ".open \(empty)", "-c", "documents count"])
    #expect(open.status == 1)
    #expect(open.standardError == "error: no articles in \(empty); still using seeds\n")
    #expect(open.standardOutput.split(whereSeparator: \.isNewline) == ["count", "5"])
  }

  @Test(
    "a wrong command line exits 2, as newsq's other usage errors and jq's do, and --help and the README say so",
    arguments: [["--bogus"], ["-c"], ["--format", "yaml", "-c", "documents"]])
  func usageError(arguments: [String]) throws {
    let outcome = try NewsqProcess.run(arguments)
    #expect(outcome.status == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("Error: "))
    #expect(outcome.standardError.contains("Usage: newsq"))
    let help = try NewsqProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
      "2 when the command line is wrong (an unknown flag, a missing value)"))
    let readme = try String(contentsOf: NewsqProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
      "2 when the command line is wrong (an unknown flag, a missing value)"))
  }

  @Test("the description make man reads has no subcommand, so the man page's synopsis is `newsq [options]`")
  func toolDescription() throws {
    let outcome = try NewsqProcess.run(["--experimental-dump-help"])
    #expect(outcome.status == 0)
    let description = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
    let command = description?["command"] as? [String: Any]
    #expect(command?["commandName"] as? String == "newsq")
    #expect(command?["subcommands"] == nil)
    let flags = (command?["arguments"] as? [[String: Any]])?.compactMap { ($0["preferredName"] as? [String: Any])?["name"] }
    #expect(flags?.contains { $0 as? String == "keep-going" } == true)
  }

  @Test("standard input that is not a terminal is read as a script")
  func pipedScript() throws {
    let outcome = try NewsqProcess.run(["--format", "ndjson"], input: "documents\n")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.split(separator: "\n").count == 5)
  }
}
