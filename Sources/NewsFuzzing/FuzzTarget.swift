import Foundation
import NewsCorpus

/// A part of newsq that takes arbitrary input and must never trap on it, whatever the bytes.
///
/// Each target runs one input the way the program would meet it; a crash or a trap inside `run` is the
/// failure a fuzzer looks for. libFuzzer (`make fuzz`), the deterministic mutation run in the test suite
/// and the replay of saved crash inputs all go through here, so they exercise the same code.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The whole extraction of one article: paragraphs, boilerplate, quotations, sentences, names,
  /// speakers, and the corpus assembly around it. The input is the article's text (invalid UTF-8 is
  /// repaired as the loader repairs it).
  case extractor
  /// A NewsQL script run against a small corpus: lexed, parsed, planned and evaluated statement by
  /// statement, as the shell runs it (`QueryFuzzing`).
  case query
  /// A JSONL file: decoded, cut into records, each parsed and mapped onto an article, dates read.
  case jsonl
  /// A manifest: `manifest.json` when the input starts with `[` or `{`, else `manifest.csv`; its rows
  /// applied to articles, dates read.
  case manifest
  /// A plain-text page: byte-order mark, binary and invalid UTF-8 detected, repaired into an article.
  case text

  /// What the target is for, as `newsq-fuzz --help` lists it.
  public var summary: String {
    switch self {
    case .extractor: return "extract one article (its text is the input) and assemble a corpus of it"
    case .query: return "run a NewsQL script (the input) against a small corpus: lex, parse, plan, evaluate"
    case .jsonl: return "read a JSONL file (the input) into articles"
    case .manifest: return "read a manifest (the input; JSON if it starts with [ or {, else CSV) and apply its rows"
    case .text: return "read a plain-text file (the input): detect binary and encodings, repair invalid UTF-8"
    }
  }

  /// Runs one input; returns a small digest of what came out, so the work cannot be optimised away and
  /// two runs of one input can be compared.
  @discardableResult
  public func run(_ input: [UInt8]) -> Int {
    switch self {
    case .extractor:
      let text = String(decoding: input, as: UTF8.self)
      let article = RawArticle(id: "fuzz", origin: SourceOrigin(path: "fuzz.txt"), text: text)
      let corpus = CorpusLoader().build(articles: [article])
      return corpus.quotations.count &* 31 &+ corpus.entities.count &* 7 &+ corpus.sentences.count
    case .query:
      return QueryFuzzing.run(input)
    case .jsonl:
      return Self.digest(BytesReading.jsonLines(input))
    case .manifest:
      let isJSON = input.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.map { $0 == 0x5B || $0 == 0x7B } ?? false
      return Self.digest(BytesReading.manifest(input, fileName: isJSON ? "manifest.json" : "manifest.csv"))
    case .text:
      return Self.digest(BytesReading.text(input))
    }
  }

  private static func digest(_ outcome: BytesReading.Outcome) -> Int {
    outcome.articles.reduce(outcome.report.skipped.count &* 131 &+ outcome.report.warnings.count) { digest, article in
      digest &* 31 &+ 1 &+ article.text.utf8.count &+ (article.title?.utf8.count ?? 0) &* 3
        &+ article.extraMetadata.count &* 7 &+ (article.date?.utf8.count ?? 0)
    }
  }

  /// The folders, relative to the package, whose files the seed inputs are made from: the seed articles, the
  /// example scripts, and the example corpus (JSONL and CSV).
  public static let seedFolders = ["seeds", "scripts", "scripts/newsroom"]

  /// Where the fuzzer starts: inputs made from the files in `folders` that fit the target — each article
  /// whole and each of its paragraphs (extractor, text); each statement of a `.nq` script and the script
  /// whole (query); each record of a `.jsonl` file and the file whole (jsonl); each `.csv` file (manifest) —
  /// then the target's own starting inputs.
  public func seedInputs(folders: [String]) -> [[UInt8]] {
    var inputs: [[UInt8]] = []
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
      for name in names {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
        inputs += seeds(fromFile: name, [UInt8](data))
      }
    }
    switch self {
    case .extractor: inputs += FuzzDictionary.extractorSnippets.map { Array($0.utf8) }
    case .query: inputs += FuzzDictionary.querySnippets.map { Array($0.utf8) }
    case .jsonl: inputs += FuzzDictionary.jsonlSnippets.map { Array($0.utf8) }
    case .manifest: inputs += FuzzDictionary.manifestSnippets.map { Array($0.utf8) }
    case .text: inputs += FuzzDictionary.textSnippets
    }
    return inputs
  }

  /// The seed inputs one file gives this target: none when its kind is not the target's.
  private func seeds(fromFile name: String, _ bytes: [UInt8]) -> [[UInt8]] {
    let lines = bytes.split(separator: 0x0A).map { Array($0) }
    switch (self, (name as NSString).pathExtension) {
    case (.extractor, "txt"), (.text, "txt"): return [bytes] + lines.filter { $0.count > 20 }
    case (.query, "nq"):
      let statements = lines.filter { !$0.starts(with: Array("--".utf8)) && $0.first != 0x2E && !$0.isEmpty }
      return [Array(statements.joined(separator: [0x0A]))] + statements
    case (.jsonl, "jsonl"): return [bytes] + lines
    case (.manifest, "csv"): return [bytes]
    default: return []
    }
  }

  /// The words and marks that steer this target: libFuzzer's dictionary, and what the mutation run splices in.
  public var dictionary: [String] {
    switch self {
    case .extractor: return FuzzDictionary.extractor
    case .query: return FuzzDictionary.query
    case .jsonl: return FuzzDictionary.jsonl
    case .manifest: return FuzzDictionary.manifest
    case .text: return FuzzDictionary.text
    }
  }
}
