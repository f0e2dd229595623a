import Foundation
import NewsCorpus

/// A corpus of JSONL lines a test writes out as they are, so records can hold numbers, booleans and lists.
enum JSONLFixture {
  static func corpus(_ lines: [String]) -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-jsonl-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let file = folder.appendingPathComponent("export.jsonl")
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
      return try CorpusLoader().load(paths: [file.path])
    } catch {
      preconditionFailure("the JSONL fixture must load: \(error)")
    }
  }

}
