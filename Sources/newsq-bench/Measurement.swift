import Foundation
import NewsCorpus
import NewsQuery

/// `newsq-bench measure CORPUS… [--runs N] [--export DIR] [--work DIR]`: what `make bench` reports for newsq, as one
/// JSON object on standard output — loading (seconds, CPU, memory), the query indexes, with `--work` the
/// snapshot written there and reopened, and the median time and answer of each query of the mix. `Tests/Benchmarks/bench.py` runs the same questions through SQLite FTS5 and
/// ripgrep and prints both side by side. With `--export`, the texts and tables those peers are built from
/// are written to DIR first: `paragraphs.txt` (the body paragraphs newsq queries, one a line),
/// `quotes.tsv` (each quotation's speaker id) and `names.tsv` (each name form an entity answers to).
enum Measurement {
  /// One question of the mix, as newsq asks it; `key` names its peer query in bench.py.
  struct MixQuery {
    var key: String
    var label: String
    var query: String
  }

  /// The questions a researcher asks most, one of each kind the issue measures.
  static func mix(speaker: String) -> [MixQuery] {
    [
      MixQuery(key: "word", label: "word contains, documents", query: #"documents where text contains "economy" count"#),
      MixQuery(
        key: "phrase", label: "phrase contains, paragraphs",
        query: #"paragraphs where text contains "the white house" count"#),
      MixQuery(
        key: "regex", label: "regex, paragraphs", query: #"paragraphs where text matches /\belect(ion|oral)\w*/i count"#),
      MixQuery(key: "speaker", label: "speaker =", query: "quotes where speaker = \"\(speaker)\" count"),
      MixQuery(key: "group", label: "group by speaker", query: "quotes where speaker is not null group by speaker"),
      MixQuery(key: "count", label: "count", query: "quotes count"),
    ]
  }

  static func run(paths: [String], runs: Int, exportFolder: String?, workFolder: String?) throws {
    var report: [String: Any] = ["paths": paths]
    let clock = ContinuousClock()
    let cpuStarted = Benchmark.cpuSeconds()
    let started = clock.now
    let phases = PhaseTimes()
    let corpus = try CorpusLoader().load(paths: paths) { phases.note($0.phase) }
    let loadSeconds = seconds(clock.now - started)
    report["loadSeconds"] = loadSeconds
    report["loadCPUSeconds"] = Benchmark.cpuSeconds() - cpuStarted
    report["loadPhases"] = phases.summary(total: loadSeconds)
    report["peakRSSAfterLoadMB"] = Int(Benchmark.peakResidentMegabytes()) ?? -1
    report["rssAfterLoadMB"] = PhaseTimes.residentMegabytes()
    report["articles"] = corpus.documents.count
    report["textBytes"] = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    report["quotations"] = corpus.quotations.count
    report["entities"] = corpus.entities.count
    report["mentions"] = corpus.mentions.count
    report["sentences"] = corpus.sentences.count
    report["paragraphs"] = corpus.paragraphs.count
    let indexStarted = clock.now
    let engine = QueryEngine(corpus: corpus)
    report["indexSeconds"] = seconds(clock.now - indexStarted)
    report["rssAfterIndexesMB"] = PhaseTimes.residentMegabytes()
    report["peakRSSMB"] = Int(Benchmark.peakResidentMegabytes()) ?? -1
    let speaker = busiestSpeaker(corpus)
    report["speaker"] = speaker
    if let exportFolder { try export(corpus, to: exportFolder) }
    let mix = mix(speaker: speaker)
    var queried = engine
    if let workFolder {
      // As the shell does: write the snapshot, then open it as the next run would (every byte checked) and
      // answer a first query; the mix then runs on the mapped corpus, as the shell's queries do.
      let path = workFolder + "/corpus." + Snapshot.fileExtension
      let writeStarted = clock.now
      try Snapshot.write(corpus, metadata: ImageMetadata(producer: CorpusImage.currentProducer), to: path)
      report["snapshotWriteSeconds"] = seconds(clock.now - writeStarted)
      report["snapshotBytes"] = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
      let reopenStarted = clock.now
      let (mapped, index) = try Snapshot.open(path)
      queried = QueryEngine(corpus: mapped, index: index)
      _ = try queried.query(mix[0].query)
      report["reopenSeconds"] = seconds(clock.now - reopenStarted)
    }
    let queries = time(mix, on: queried, runs: runs)
    report["queries"] = queries
    report["peakRSSMB"] = Int(Benchmark.peakResidentMegabytes()) ?? -1
    let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }

  /// The median time and the answer of each question of `mix` asked of `engine`, `runs` times each.
  static func time(_ mix: [MixQuery], on engine: QueryEngine, runs: Int) -> [[String: Any]] {
    let clock = ContinuousClock()
    var queries: [[String: Any]] = []
    for item in mix {
      var times: [Double] = []
      var answer = -1
      do {
        for _ in 0..<runs {
          let start = clock.now
          let result = try engine.query(item.query)
          times.append(seconds(clock.now - start))
          answer = item.key == "group" ? result.rows.count : result.rows.first?.first.flatMap { Int($0.displayText) } ?? -1
        }
      } catch {
        queries.append(["key": item.key, "label": item.label, "query": item.query, "error": "\(error)"])
        continue
      }
      queries.append([
        "key": item.key, "label": item.label, "query": item.query, "medianSeconds": times.sorted()[times.count / 2],
        "answer": answer,
      ])
    }
    return queries
  }

  /// The person quoted most often among those the generator named (`GeneratedPeople.isGenerated`): a
  /// paragraph the sources repeat can make a heading such as "Paid Notice" look like a speaker, and a person
  /// of the sources the generator left unreplaced is quoted as often as in them — neither is the typical
  /// person of a generated corpus a question would be about.
  static func busiestSpeaker(_ corpus: Corpus) -> String {
    let firstNames = GeneratedPeople.firstNames(seed: CorpusGenerator.defaultSeed)
    return corpus.entities.filter { $0.kind == .person && GeneratedPeople.isGenerated($0.name, firstNames: firstNames) }
      .max { $0.quotationIDs.count < $1.quotationIDs.count }?.name ?? "Smith"
  }

  /// `queries SNAPSHOT`: the mix asked of a snapshot, printed as lines of milliseconds and answers, then the
  /// process's peak resident memory.
  static func runQueries(snapshot path: String, runs: Int, keys: Set<String>?) throws {
    let (corpus, index) = try Snapshot.open(path)
    let engine = QueryEngine(corpus: corpus, index: index)
    let chosen = mix(speaker: busiestSpeaker(corpus)).filter { keys?.contains($0.key) ?? true }
    for query in time(chosen, on: engine, runs: runs) {
      let milliseconds = ((query["medianSeconds"] as? Double) ?? -1) * 1000
      print(
        "\((query["label"] as? String ?? "").padding(toLength: 30, withPad: " ", startingAt: 0))"
          + " \(String(format: "%10.2f", milliseconds)) ms  \(query["answer"] ?? query["error"] ?? "")  "
          + "\(query["query"] as? String ?? "")")
    }
    print("peak RSS: \(Benchmark.peakResidentMegabytes()) MB")
  }

  /// The texts and tables the peers are built from, as newsq sees the corpus.
  static func export(_ corpus: Corpus, to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let engine = QueryEngine(corpus: corpus)
    try write(to: folder + "/paragraphs.txt") { emit in
      for paragraph in corpus.paragraphs where !paragraph.isBoilerplate {
        emit(String(corpus.text(of: paragraph.byteRange, inDocument: paragraph.documentID)) + "\n")
      }
    }
    try write(to: folder + "/quotes.tsv") { emit in
      for quotation in corpus.quotations { emit((quotation.speakerID.map(String.init) ?? "") + "\n") }
    }
    try write(to: folder + "/names.tsv") { emit in
      for entity in corpus.entities {
        for form in engine.nameForms(of: entity.id).sorted() { emit("\(form)\t\(entity.id)\n") }
      }
    }
  }

  private static func write(to path: String, _ body: ((String) -> Void) -> Void) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
    else { throw CocoaError(.fileWriteUnknown) }
    var buffer = ""
    body { line in
      buffer += line
      if buffer.utf8.count > 1 << 22 {
        handle.write(Data(buffer.utf8))
        buffer = ""
      }
    }
    handle.write(Data(buffer.utf8))
    try handle.close()
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
