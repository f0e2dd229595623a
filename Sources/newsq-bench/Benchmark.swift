import Foundation
import NewsCorpus
import NewsQuery

/// Measures corpus loading: `newsq-bench [--runs N] [--scale N,N,…] [PATH …]`; `newsq-bench generate COUNT FILE`
/// writes a benchmark corpus (`CorpusGenerator`), `newsq-bench measure CORPUS…` measures newsq on one for
/// `make bench` (`Measurement`).
///
/// Loads the corpus (by default ../shared/corpus-gold/dev and seeds) several times and prints the
/// medians of load seconds, articles per second and megabytes per second, and the peak resident
/// memory. `--scale` writes the loaded articles, repeated to each count, as JSONL files in a
/// temporary folder and loads each once, so that throughput at growing sizes shows whether
/// extraction stays linear. Figures are printed, never asserted.
@main
struct Benchmark {
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "generate": return generate(Array(arguments.dropFirst()))
    case "measure": return measure(Array(arguments.dropFirst()))
    case "queries": return queries(Array(arguments.dropFirst()))
    default: break
    }
    var runs = 5
    var scales: [Int] = []
    var paths: [String] = []
    var isDump = false
    while !arguments.isEmpty {
      let argument = arguments.removeFirst()
      switch argument {
      case "--runs":
        runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
      case "--scale":
        let list = arguments.isEmpty ? "" : arguments.removeFirst()
        scales = list.split(separator: ",").compactMap { Int($0) }
      case "--dump":
        isDump = true
      case "-h", "--help":
        print(
          """
          usage: newsq-bench [--runs N] [--scale N,N,...] [--dump] [PATH ...]
                 newsq-bench generate COUNT FILE [SOURCE ...]
                 newsq-bench measure [--runs N] [--export DIR] [--work DIR] CORPUS ...
                 newsq-bench queries [--runs N] [--only KEY,KEY] SNAPSHOT
          """)
        return
      default:
        paths.append(argument)
      }
    }
    if paths.isEmpty {
      paths = ["../shared/corpus-gold/dev", "seeds"].filter { FileManager.default.fileExists(atPath: $0) }
    }
    do {
      if isDump { return ModelDump.write(try CorpusLoader().load(paths: paths)) }
      try measure(paths: paths, runs: max(1, runs))
      QueryTimings.measure(try CorpusLoader().load(paths: paths), runs: max(1, runs))
      if !scales.isEmpty { try measureScaling(paths: paths, counts: scales) }
    } catch {
      FileHandle.standardError.write(Data("newsq-bench: \(error)\n".utf8))
      exit(2)
    }
  }

  /// `generate COUNT FILE [SOURCE …]`.
  static func generate(_ arguments: [String]) {
    guard arguments.count >= 2, let count = Int(arguments[0]), count > 0 else {
      fail("usage: newsq-bench generate COUNT FILE [SOURCE ...]")
    }
    let sources = arguments.count > 2 ? Array(arguments[2...]) : CorpusGenerator.defaultSources
    do {
      let generator = try CorpusGenerator(sources: sources)
      let bytes = try generator.write(count: count, to: arguments[1])
      FileHandle.standardError.write(
        Data("newsq-bench: \(count) articles, \(bytes / 1_000_000) MB of text in \(arguments[1])\n".utf8))
    } catch {
      fail("newsq-bench: \(error)")
    }
  }

  /// `measure [--runs N] [--export DIR] CORPUS …`.
  static func measure(_ arguments: [String]) {
    var arguments = arguments
    var runs = 5
    var export: String?
    var work: String?
    var paths: [String] = []
    while !arguments.isEmpty {
      let argument = arguments.removeFirst()
      switch argument {
      case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
      case "--export": export = arguments.isEmpty ? nil : arguments.removeFirst()
      case "--work": work = arguments.isEmpty ? nil : arguments.removeFirst()
      default: paths.append(argument)
      }
    }
    guard !paths.isEmpty else { fail("usage: newsq-bench measure [--runs N] [--export DIR] [--work DIR] CORPUS ...") }
    do {
      try Measurement.run(paths: paths, runs: max(1, runs), exportFolder: export, workFolder: work)
    } catch {
      fail("newsq-bench: \(error)")
    }
  }

  /// `queries [--runs N] [--only KEY,…] SNAPSHOT`: the mix (or the questions of the keys given) asked of a snapshot `measure` wrote, without loading the corpus
  /// again; what one checks while making a query faster.
  static func queries(_ arguments: [String]) {
    var arguments = arguments
    var runs = 5
    var path: String?
    var keys: Set<String>?
    while !arguments.isEmpty {
      let argument = arguments.removeFirst()
      switch argument {
      case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
      case "--only": keys = arguments.isEmpty ? nil : Set(arguments.removeFirst().split(separator: ",").map(String.init))
      default: path = argument
      }
    }
    guard let path else { fail("usage: newsq-bench queries [--runs N] [--only KEY,KEY] SNAPSHOT") }
    do {
      try Measurement.runQueries(snapshot: path, runs: max(1, runs), keys: keys)
    } catch {
      fail("newsq-bench: \(error)")
    }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
  }

  static func measure(paths: [String], runs: Int) throws {
    var seconds: [Double] = []
    var corpus = Corpus()
    for _ in 0..<runs {
      let started = Date()
      corpus = try CorpusLoader().load(paths: paths)
      seconds.append(Date().timeIntervalSince(started))
    }
    let megabytes = Double(corpus.documents.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    let median = seconds.sorted()[seconds.count / 2]
    print("corpus: \(paths.joined(separator: " "))")
    print(
      "  \(corpus.documents.count) articles, \(String(format: "%.2f", megabytes)) MB, "
        + "\(corpus.quotations.count) quotations, \(corpus.entities.count) entities, \(corpus.mentions.count) mentions")
    print(
      "  median of \(runs) loads: \(String(format: "%.3f", median)) s, "
        + "\(String(format: "%.0f", Double(corpus.documents.count) / median)) articles/s, "
        + "\(String(format: "%.2f", megabytes / median)) MB/s")
    print("  peak RSS: \(peakResidentMegabytes()) MB")
  }

  static func measureScaling(paths: [String], counts: [Int]) throws {
    let source = try CorpusLoader().load(paths: paths)
    guard !source.documents.isEmpty else { return }
    let folder = NSTemporaryDirectory() + "newsq-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    print("scaling: the \(source.documents.count) articles repeated, as JSONL, one load each")
    for count in counts {
      let file = (folder as NSString).appendingPathComponent("scale-\(count).jsonl")
      try writeRepeated(source, count: count, to: file)
      let started = Date()
      let cpuStarted = cpuSeconds()
      let phases = PhaseTimes()
      let corpus = try CorpusLoader().load(paths: [file]) { phases.note($0.phase) }
      let elapsed = Date().timeIntervalSince(started)
      let cpu = cpuSeconds() - cpuStarted
      let megabytes = Double(corpus.documents.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
      print(
        "  \(count) articles, \(String(format: "%.1f", megabytes)) MB: \(String(format: "%.2f", elapsed)) s, "
          + "\(String(format: "%.0f", Double(count) / elapsed)) articles/s, "
          + "\(String(format: "%.2f", megabytes / elapsed)) MB/s, peak RSS \(peakResidentMegabytes()) MB")
      print("    \(phases.summary(total: elapsed)); CPU \(String(format: "%.1f", cpu)) s (\(String(format: "%.1f", cpu / elapsed)) cores)")
      // The query indexes a shell builds right after loading: part of what a user waits for.
      let index = CorpusIndex(corpus: corpus)
      let total = elapsed + index.buildSeconds
      print(
        "    indexes \(String(format: "%.2f", index.buildSeconds)) s; load and indexes \(String(format: "%.2f", total)) s, "
          + "\(String(format: "%.2f", megabytes / total)) MB/s, peak RSS \(peakResidentMegabytes()) MB")
      try FileManager.default.removeItem(atPath: file)
    }
  }

  static func writeRepeated(_ corpus: Corpus, count: Int, to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw CocoaError(.fileWriteUnknown) }
    defer { try? handle.close() }
    var buffer = Data()
    for index in 0..<count {
      let document = corpus.documents[index % corpus.documents.count]
      let record: [String: String] = [
        "id": "\(document.id)#\(index)", "title": document.title?.value ?? "", "text": document.text,
        "source": document.outlet?.value ?? "",
      ]
      buffer.append(try JSONSerialization.data(withJSONObject: record))
      buffer.append(0x0A)
      if buffer.count > 8_000_000 {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    handle.write(buffer)
  }

  /// User and system CPU seconds of the process so far (every thread).
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// VmHWM from /proc/self/status: the most memory the process has held, in megabytes.
  static func peakResidentMegabytes() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return "?" }
    return String(kilobytes / 1024)
  }
}
