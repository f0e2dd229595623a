@testable import NewsCorpus

/// Loads articles given as text through the real loader, one `.txt` file each.
enum CorpusFixture {
  static func load(_ texts: [String]) throws -> Corpus {
    let folder = try TemporaryFolder()
    for (index, text) in texts.enumerated() { try folder.write("doc\(index).txt", text) }
    return try CorpusLoader().load(paths: [folder.path])
  }

  static func load(_ text: String) throws -> Corpus { try load([text]) }

  /// Each quotation as "text | speaker" (speaker "-" when none), the shape the case tables use.
  static func attributions(_ corpus: Corpus) -> [String] {
    corpus.quotations.map { "\($0.text) | \(corpus.speaker(of: $0)?.name ?? "-")" }
  }
}
