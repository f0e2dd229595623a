import Foundation
import NewsCorpus

/// A tiny corpus written by the tests themselves (invented wire stories with outlets and dates),
/// for what the seeds lack: metadata to compare, two outlets, accented names.
enum WireFixture {
  static let articles: [[String: String]] = [
    [
      "id": "wire-1", "title": "Talks open in Geneva", "source": "Northern Wire", "date": "2022-01-10",
      "author": "Lena Park",
      "text": "Envoys met in Geneva on Monday for talks on security.\n\n“We want firm guarantees from the alliance,” "
        + "said Anna Keller, the deputy minister.\n\n“The talks are serious and long,” Keller added.",
    ],
    [
      "id": "wire-2", "title": "Allies answer", "source": "Daily Ledger", "date": "2022-01-12",
      "text": "“The door stays open to every country,” said Tom Birch.\n\nBirch spoke in Brussels after the talks. "
        + "Zoë Ørsted said nothing about guarantees.",
    ],
    [
      "id": "wire-3", "title": "A year of tension", "source": "Northern Wire", "date": "2021-12-30",
      "text": "“Nobody wants a war in Europe,” said Tom Birch.\n\nThe envoys will meet again in January.",
    ],
  ]

  static let corpus: Corpus = corpus(of: articles)

  /// A corpus of `articles` (JSONL records), loaded as a user's export would be.
  static func corpus(of articles: [[String: String]]) -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-wire-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let lines = try articles.map { article -> String in
        let data = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
      }
      let file = folder.appendingPathComponent("wire.jsonl")
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
      defer { try? FileManager.default.removeItem(at: folder) }
      return try CorpusLoader().load(paths: [file.path])
    } catch {
      preconditionFailure("the wire fixture must load: \(error)")
    }
  }
}
