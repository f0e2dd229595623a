import Foundation
import Testing

/// The meta commands, run from scripts as a user would type them at the prompt.
@Suite("Meta commands")
struct MetaCommandTests {
  @Test(".help lists every command of the table; .help NAME explains one")
  func help() throws {
    let outcome = try NewsqProcess.run(["-c", ".help"])
    #expect(outcome.status == 0)
    for name in [
      ".help", ".schema", ".mode", ".timer", ".pager", ".read", ".open", ".output", ".once", ".export",
      ".history", ".complete", ".quit", ".exit",
    ] {
      #expect(outcome.standardOutput.contains("\n" + name + " ") || outcome.standardOutput.hasPrefix(name + " "))
    }
    let one = try NewsqProcess.run(["-c", ".help once"])
    #expect(one.standardOutput.hasPrefix(".once FILE\n  send the next result to FILE\n"))
    let missing = try NewsqProcess.run(["-c", ".help nothing"])
    #expect(missing.status == 1)
    #expect(missing.standardError.hasPrefix("error: no help on 'nothing'"))
  }

  @Test(".show lists the settings as they are now")
  func show() throws {
    let outcome = try NewsqProcess.run(["-c", ".mode csv", "-c", "let x = quotes", "-c", ".timer on", "-c", ".show"])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.first?.hasPrefix("corpus: seeds (5 documents, ") == true)
    for setting in ["mode: csv", "timer: on", "output: standard output", "results: 1 result kept with let"] {
      #expect(lines.contains(setting), "\(setting)")
    }
  }

  @Test(".quit takes no argument and leaves nothing run after it; .exit CODE sets the status")
  func quitAndExit() throws {
    let quit = try NewsqProcess.run(["-c", ".quit now"])
    #expect(quit.status == 1)
    #expect(quit.standardError == "error: usage: .quit (.exit CODE leaves with an exit status)\n")
    let exit = try NewsqProcess.run(["--format", "csv"], input: "documents count\n.exit 3\ndocuments count\n")
    #expect(exit.status == 3)
    #expect(exit.standardOutput.split(whereSeparator: \.isNewline) == ["count", "5"])
    #expect(
      try NewsqProcess.run(["-c", ".exit 300"]).standardError
        == "error: exit status '300' must be a number from 0 to 255\n")
  }

  @Test("an unknown command says how to get help, with a suggestion when one is close")
  func unknown() throws {
    let outcome = try NewsqProcess.run(["-c", ".tiemr on"])
    #expect(outcome.status == 1)
    #expect(
      outcome.standardError == "error: unknown command '.tiemr'; enter .help for the list — did you mean '.timer'?\n")
    let far = try NewsqProcess.run(["-c", ".frobnicate"])
    #expect(far.standardError == "error: unknown command '.frobnicate'; enter .help for the list\n")
  }

  @Test(".complete prints what Tab offers, a string value with its closing quote")
  func complete() throws {
    let outcome = try NewsqProcess.run(["-c", #".complete quotes where speaker = "Stol"#])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "\"Jens Stoltenberg\"\n")
    let fields = try NewsqProcess.run(["-c", ".complete quotes where "])
    #expect(fields.standardOutput.split(separator: "\n").contains("speaker "))
    let collections = try NewsqProcess.run(["-c", ".complete quo"])
    #expect(collections.standardOutput == "quotes \n")
  }

  @Test(".mode changes the format of the results after it; .mode alone lists the formats")
  func mode() throws {
    let outcome = try NewsqProcess.run([], input: ".mode ndjson\ndocuments\n")
    #expect(outcome.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"id\":") })
    let list = try NewsqProcess.run(["-c", ".mode"])
    #expect(list.standardOutput.contains("* table"))
    #expect(list.standardOutput.contains("  ndjson"))
  }

  @Test(".timer on reports each statement's time on standard error")
  func timer() throws {
    let outcome = try NewsqProcess.run([], input: ".timer on\ndocuments\n")
    #expect(outcome.standardError.components(separatedBy: "Run Time (s): real ").count == 2)
    #expect(!outcome.standardOutput.contains("Run Time"))
  }

  @Test(".output sends results to a file until `.output` alone; standard output stays clean")
  func output() throws {
    let folder = try ScratchFiles()
    let outcome = try NewsqProcess.run(
      [], input: ".output \(folder.path)/out.ndjson\n.mode ndjson\ndocuments\ndocuments\n.output\n.mode table\n")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.isEmpty)
    #expect(folder.read("out.ndjson")?.split(separator: "\n").count == 10)
  }

  @Test(".once writes only the next result, and leaves the file as it was when that statement fails")
  func once() throws {
    let folder = try ScratchFiles()
    let target = try folder.write("kept.txt", "precious\n")
    let failed = try NewsqProcess.run([], input: ".once \(target)\nquotes wher\n")
    #expect(failed.status == 1)
    #expect(folder.read("kept.txt") == "precious\n")
    let succeeded = try NewsqProcess.run([], input: ".once \(target)\n.mode ndjson\ndocuments\ndocuments\n")
    #expect(succeeded.status == 0)
    #expect(folder.read("kept.txt")?.split(separator: "\n").count == 5)
    #expect(succeeded.standardOutput.split(separator: "\n").count == 5)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kept.txt"])
  }

  @Test(".once through a symbolic link writes the file it leads to; .output /dev/fd/2 writes standard error")
  func linksAndStreams() throws {
    let folder = try ScratchFiles()
    _ = try folder.write("target.txt", "old\n")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: "target.txt")
    let once = try NewsqProcess.run(["--format", "csv", "-c", ".once \(folder.path)/link.txt", "-c", "documents count"])
    #expect(once.status == 0)
    #expect(folder.read("target.txt")?.split(whereSeparator: \.isNewline) == ["count", "5"])
    let link = try FileManager.default.attributesOfItem(atPath: folder.path + "/link.txt")[.type] as? FileAttributeType
    #expect(link == .typeSymbolicLink)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "target.txt"])
    let stream = try NewsqProcess.run(["--format", "csv", "-c", ".output /dev/fd/2", "-c", "documents count"])
    #expect(stream.status == 0)
    #expect(stream.standardOutput.isEmpty)
    #expect(stream.standardError.split(whereSeparator: \.isNewline) == ["count", "5"])
  }

  @Test(".export writes the last result; .export all json writes every collection")
  func export() throws {
    let folder = try ScratchFiles()
    let outcome = try NewsqProcess.run(
      [], input: "documents\n.export ndjson \(folder.path)/last.ndjson\n.export all json \(folder.path)/model.json\n")
    #expect(outcome.status == 0)
    #expect(folder.read("last.ndjson")?.split(separator: "\n").count == 5)
    let model = try JSONSerialization.jsonObject(with: Data((folder.read("model.json") ?? "").utf8)) as? [String: Any]
    #expect((model?["documents"] as? [Any])?.count == 5)
    let quote = (model?["quotes"] as? [[String: Any]])?.first
    #expect(quote?["speaker"] != nil)
    #expect(quote?["key"] as? Int == 0)
    #expect(quote?["sentence"] is Int)
    _ = try NewsqProcess.run(["-c", ".export all csv \(folder.path)/tables"])
    #expect(folder.read("tables/quotes.csv")?.hasPrefix("key,document,speaker,") == true)
    #expect(folder.read("tables/people.csv") != nil)
    let nothing = try NewsqProcess.run(["-c", ".export ndjson \(folder.path)/x"])
    #expect(nothing.status == 1)
    #expect(nothing.standardError.contains("no result to export yet"))
  }

  @Test(".open loads another corpus in place of the first; a bad path keeps the first")
  func open() throws {
    let folder = try ScratchFiles()
    _ = try folder.write(
      "one.jsonl", #"{"id": "x1", "title": "One", "text": "Ann Smith said, \"We will see.\" She left."}"# + "\n")
    let outcome = try NewsqProcess.run(
      ["--format", "ndjson"], input: ".open \(folder.path)/one.jsonl\ndocuments\n.open /no/such/place\ndocuments\n")
    #expect(outcome.status == 1)
    #expect(outcome.standardOutput.split(separator: "\n").count == 1)
    #expect(outcome.standardOutput.contains("\"x1\""))
    #expect(outcome.standardError.contains("<stdin>:3:1: error: "))
  }

  @Test("the README's table of meta commands is the one .help prints")
  func readmeTable() throws {
    let help = try NewsqProcess.run(["-c", ".help"]).standardOutput
    let table = help.components(separatedBy: "\n\n").first ?? ""
    let readme = try String(contentsOf: NewsqProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(table.hasPrefix(".help"))
    #expect(readme.contains("```\n" + table + "\n```"))
  }

  @Test(".schema lists the collections, or one's typed fields, in the output format; an unknown one is an error")
  func schema() throws {
    let outcome = try NewsqProcess.run(["--format", "ndjson", "-c", ".schema quotes"])
    #expect(outcome.standardOutput.contains(#"{"field":"speaker","type":"entity (people, organizations, places, outlets)""#))
    let unknown = try NewsqProcess.run(["-c", ".schema quotse"])
    #expect(unknown.status == 1)
    #expect(unknown.standardError == "error: unknown collection 'quotse' — did you mean 'quotes'?\n")
  }

  @Test(".results lists the results kept with let, and Tab knows their names")
  func results() throws {
    let outcome = try NewsqProcess.run(
      ["--format", "ndjson"],
      input: "let peskov = quotes where speaker = \"Peskov\"\n.results\n.complete pes\n.complete peskov where spe\n")
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.first?.hasPrefix(#"{"name":"peskov","#) == true)
    #expect(lines.dropFirst() == ["peskov ", "speaker "])
  }

  @Test(".history lists the saved history even outside the prompt")
  func history() throws {
    let folder = try ScratchFiles()
    _ = try folder.write("newsq/history", "quotes\ndocuments where (\\n  id = \"x\")\n")
    let outcome = try NewsqProcess.run(["-c", ".history"], environment: ["XDG_STATE_HOME": folder.path])
    #expect(outcome.standardOutput == "1  quotes\n2  documents where (\n     id = \"x\")\n")
  }
}
