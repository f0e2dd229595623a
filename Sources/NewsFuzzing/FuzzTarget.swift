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

  /// What the target is for, as `newsq-fuzz --help` lists it.
  public var summary: String {
    switch self {
    case .extractor: return "extract one article (its text is the input) and assemble a corpus of it"
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
    }
  }

  /// Where the fuzzer starts: the paragraphs of the articles in `folders` (each paragraph one input, and
  /// each article whole), then the target's own starting inputs.
  public func seedInputs(folders: [String]) -> [[UInt8]] {
    var inputs: [[UInt8]] = []
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
      for name in names where name.hasSuffix(".txt") {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
        let bytes = [UInt8](data)
        inputs.append(bytes)
        inputs += bytes.split(separator: 0x0A).filter { $0.count > 20 }.map { Array($0) }
      }
    }
    switch self {
    case .extractor: inputs += FuzzDictionary.extractorSnippets.map { Array($0.utf8) }
    }
    return inputs
  }

  /// The words and marks that steer this target: libFuzzer's dictionary, and what the mutation run splices in.
  public var dictionary: [String] {
    switch self {
    case .extractor: return FuzzDictionary.extractor
    }
  }
}
