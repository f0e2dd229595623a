import Foundation
import Testing

/// newsq under lowered `ulimit`s (issue 10, item 5): a load that would not fit in the memory left is refused
/// with the figures and exit status 2, `.open` of one keeps the corpus and the results kept with `let`, and too
/// few file descriptors is a message, never a signal (SIGILL from Dispatch, SIGABRT from a failed allocation,
/// a hang when no thread can be made).
@Suite("Resource limits")
struct ResourceLimitTests {
  /// Runs newsq under `limits` (`ulimit` arguments, such as `-v 400000`) set by bash just before it starts.
  static func run(_ arguments: [String], limits: String, input: String? = nil) throws -> NewsqProcess.Outcome {
    try NewsqProcess.run(
      ["-c", "ulimit \(limits) && exec \"$0\" \"$@\"", NewsqProcess.binary.path] + arguments, input: input,
      executable: "/bin/bash")
  }

  /// A generated JSONL corpus of about `megabytes` MB (invented text), in a fresh folder.
  static func corpus(megabytes: Int) throws -> String {
    let folder = NSTemporaryDirectory() + "newsq-limits-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let paragraph = String(repeating: "The committee met on a grey morning and talked for a long time. ", count: 40)
    let line = #"{"id": "a", "text": ""# + paragraph + #""}"# + "\n"
    let count = megabytes * 1_048_576 / line.utf8.count + 1
    let path = folder + "/large.jsonl"
    try Data(String(repeating: line, count: count).utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Whether the process ended by itself rather than by a signal (bash reports a signal as 128 + its number).
  static func endedByItself(_ outcome: NewsqProcess.Outcome) -> Bool { outcome.status < 128 }

  @Test("a corpus larger than the address space left is refused with the figures, exit status 2")
  func addressSpace() throws {
    let path = try Self.corpus(megabytes: 80)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let outcome = try Self.run(["--corpus", path, "-c", "documents count"], limits: "-v 600000")
    #expect(outcome.status == 2, "\(outcome.standardError)")
    #expect(outcome.standardError.hasPrefix("newsq: error: not enough memory to load 80.0 MB of articles: they need about"))
    #expect(outcome.standardError.contains("of address space left under the limit (ulimit -v 600000)"))
    #expect(outcome.standardOutput.isEmpty)
  }

  /// 110,000 KB leaves the load about 30 MB once the libraries are mapped: without the check the seeds'
  /// extraction trapped there ("failed to allocate"), crashed or hung.
  @Test("a limit too low even for the seeds is a message, not a crash or a hang")
  func veryLowLimit() throws {
    let outcome = try Self.run(["--no-cache", "-c", "documents count"], limits: "-v 110000")
    #expect(Self.endedByItself(outcome), "status \(outcome.status): \(outcome.standardError)")
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("not enough memory to load "), "\(outcome.standardError)")
    #expect(outcome.standardError.contains(" KB of articles"))
    // A snapshot takes less than extraction: under the same limit it opens, or is refused the same way.
    let cached = try Self.run(["-c", "documents count"], limits: "-v 110000")
    #expect(Self.endedByItself(cached), "status \(cached.status): \(cached.standardError)")
    #expect(cached.status == 0 || cached.standardError.contains("not enough memory to load "))
  }

  @Test("the seeds load under a limit that leaves what they need", arguments: [[], ["--no-cache"]])
  func seedsFit(cache: [String]) throws {
    let outcome = try Self.run(cache + ["-c", "documents count"], limits: "-v 160000")
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("5"))
  }

  @Test(".open of a corpus too large for the memory left keeps the corpus in use and the results kept with let")
  func openKeepsTheCorpus() throws {
    let path = try Self.corpus(megabytes: 80)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let script = "let russia = quotes where speaker.affiliation = \"Russia\"\n.open \(path)\n.results\ndocuments count\n"
    let outcome = try Self.run(["--format", "csv", "--keep-going"], limits: "-v 600000", input: script)
    #expect(outcome.status == 1, "\(outcome.standardError)")
    #expect(outcome.standardError.contains("not enough memory to load 80.0 MB of articles"))
    #expect(outcome.standardError.contains("still using"))
    #expect(outcome.standardOutput.contains("russia,"))
    #expect(outcome.standardOutput.hasSuffix("count\r\n5\r\n"))
  }

  /// With `ulimit -u 1` the system refuses every new thread (as root, newsq runs as an unused uid: root is not
  /// held to the limit). Dispatch, refused a thread, asked again for ever, so a load hung; each piece of parallel
  /// work now runs on the calling thread when it gets no thread of its own. The uid is one no process holds:
  /// the limit counts every process of the user, so as `nobody` the exec itself failed whenever another test
  /// (or the machine) had a `nobody` process running.
  @Test("with no thread to be had, a load, its snapshot and parallel queries still finish", arguments: [[], ["--no-cache"]])
  func noThreads(cache: [String]) throws {
    let home = NSTemporaryDirectory() + "newsq-threads-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    #expect(chmod(home, 0o777) == 0)
    let user = String(NewsqProcess.unusedUser())
    let asUser = geteuid() == 0 ? "setpriv --reuid=\(user) --regid=\(user) --clear-groups " : ""
    let queries = ["documents count", "paragraphs where text matches /nato|russia/i count", "sentences order by text limit 1 count"]
    let outcome = try NewsqProcess.run(
      ["-c", "ulimit -u 1 && exec \(asUser)\"$0\" \"$@\"", NewsqProcess.binary.path, "--format", "csv", "--corpus", "seeds"]
        + cache + queries.flatMap { ["-c", $0] },
      environment: ["HOME": home], executable: "/bin/bash")
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.hasPrefix("count\r\n5\r\n"), "\(outcome.standardOutput)")
    #expect(outcome.standardOutput.components(separatedBy: "count\r\n").count == 4)
  }

  @Test("too few file descriptors is a message and exit status 2, not SIGILL")
  func fileDescriptors() throws {
    for limit in [5, 6] {
      let outcome = try Self.run(["-c", "documents count"], limits: "-n \(limit)")
      #expect(outcome.status == 2, "ulimit -n \(limit): status \(outcome.status)")
      #expect(outcome.standardError.hasPrefix("newsq: error: too few file descriptors: the limit is \(limit)"))
    }
    let enough = try Self.run(["-c", "documents count"], limits: "-n 64")
    #expect(enough.status == 0)
  }

  @Test("a soft descriptor limit below the hard one is raised, and newsq runs")
  func softLimitRaised() throws {
    let outcome = try Self.run(["-c", "documents count"], limits: "-Sn 5")
    #expect(outcome.status == 0, "\(outcome.standardError)")
  }

  /// One paragraph longer than `CorpusLoader.maximumLineBytes` would cost gigabytes to extract: the file is
  /// skipped with its line and size, and the rest of the corpus loads.
  @Test("a paragraph longer than one line may hold is skipped with a message, the other files load")
  func longLine() throws {
    let folder = NSTemporaryDirectory() + "newsq-long-line-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let line = [UInt8](repeating: 0x61, count: (64 << 20) + 10)
    try Data(Array("Title\n\n".utf8) + line + [0x0A]).write(to: URL(fileURLWithPath: folder + "/long.txt"))
    try Data("Short title\n\nA sentence of an ordinary article.\n".utf8).write(to: URL(fileURLWithPath: folder + "/short.txt"))
    let outcome = try NewsqProcess.run(["--no-cache", "--corpus", folder, "-c", "documents count"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("1"))
    #expect(outcome.standardError.contains("long.txt:3"), "\(outcome.standardError)")
    #expect(outcome.standardError.contains("a paragraph of 64.0 MB on one line is longer than the 64.0 MB one line may hold"))
  }
}
