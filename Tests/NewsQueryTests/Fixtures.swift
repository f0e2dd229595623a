import Foundation
import NewsCorpus

/// Paths into the repository, found from this file so tests run from any working directory.
enum Fixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seeds = packageRoot.appendingPathComponent("seeds").path
  static let goldQuotesPath = packageRoot.appendingPathComponent("Tests/Fixtures/seeds-quotes.jsonl").path

  /// The seeds, loaded once for every test of the process.
  static let seedCorpus: Corpus = {
    do {
      return try CorpusLoader().load(paths: [seeds])
    } catch {
      preconditionFailure("the seeds must load: \(error)")
    }
  }()

  /// The hand-annotated quotations of the seeds.
  struct GoldQuote: Decodable {
    var document: String
    var quote: String
    var speaker: String?
    var cue: String?
  }

  static func goldQuotes() throws -> [GoldQuote] {
    let text = try String(contentsOfFile: goldQuotesPath, encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(GoldQuote.self, from: Data($0.utf8)) }
  }
}
