import Foundation
import Testing

/// The snapshot of a corpus: written to the cache after the first load and opened on the next; replaced when
/// the corpus changes; refused with a message naming it — and the corpus extracted again — when truncated,
/// damaged, not a snapshot or of another format; written and opened explicitly with `newsq index` and
/// `--corpus FILE.newsq`; never with `--no-cache`.
@Suite("Snapshots")
struct SnapshotTests {
  /// A folder for one test: a cache, and a corpus of fresh articles.
  final class Scratch {
    let path = NSTemporaryDirectory() + "newsq-snapshot-" + UUID().uuidString
    var cache: String { path + "/cache" }
    var corpus: String { path + "/corpus" }

    init() throws {
      try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
      try write("a.txt", "Harbour Plan\n\n“We will open the harbour in May,” said Mara Linden, the port director.\n")
      try write("b.txt", "Rail News\n\n“The line is late again,” Tomas Verhoek told reporters on Monday.\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
    }

    /// newsq on the scratch corpus with the scratch cache.
    func run(_ arguments: [String]) throws -> NewsqProcess.Outcome {
      try NewsqProcess.run(["--corpus", corpus] + arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    /// The snapshot files in the cache.
    var snapshots: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/newsq")) ?? []).filter { $0.hasSuffix(".newsq") }
        .map { cache + "/newsq/" + $0 }
    }

    func modified(_ file: String) throws -> Date {
      try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date ?? Date.distantPast
    }
  }

  static let query = ["-c", "quotes show speaker, text"]

  @Test("the first run writes the corpus's snapshot to the cache, the next opens it and gives the same answers")
  func writtenThenOpened() throws {
    let scratch = try Scratch()
    let first = try scratch.run(Self.query)
    #expect(first.status == 0 && first.standardError.isEmpty)
    #expect(first.standardOutput.contains("Mara Linden"))
    let files = scratch.snapshots
    try #require(files.count == 1)
    let written = try scratch.modified(files[0])
    let second = try scratch.run(Self.query)
    #expect(second.standardOutput == first.standardOutput && second.standardError.isEmpty)
    #expect(try scratch.modified(files[0]) == written)
  }

  @Test("a corpus file that changes replaces its snapshot, and the answers follow the file")
  func staleReplaced() throws {
    let scratch = try Scratch()
    _ = try scratch.run(Self.query)
    try scratch.write("b.txt", "Rail News\n\n“The line opens on time,” Ines Kovac told reporters on Monday.\n")
    let after = try scratch.run(Self.query)
    #expect(after.standardError.isEmpty)
    #expect(after.standardOutput.contains("Ines Kovac") && !after.standardOutput.contains("Tomas Verhoek"))
    try scratch.write("c.txt", "Weather\n\n“Rain all week,” said Olu Bakare.\n")
    #expect(try scratch.run(Self.query).standardOutput.contains("Olu Bakare"))
    #expect(scratch.snapshots.count == 1)
  }

  @Test("an entities.csv added beside the corpus makes its snapshot stale, and the correction shows")
  func entitiesFileChanges() throws {
    let scratch = try Scratch()
    _ = try scratch.run(Self.query)
    try scratch.write("entities.csv", "name,canonical\nMara Linden,Mara Linden-Ost\n")
    let after = try scratch.run(Self.query)
    #expect(after.standardError.isEmpty)
    #expect(after.standardOutput.contains("Mara Linden-Ost"))
    #expect(scratch.snapshots.count == 1)
  }

  /// Changes the cache's snapshot, runs newsq again, and returns its standard error; the answers must be those
  /// of a fresh extraction, and the snapshot must be good again afterwards.
  func afterDamage(_ damage: (inout [UInt8]) -> Void) throws -> String {
    let scratch = try Scratch()
    let fresh = try scratch.run(Self.query)
    let file = try #require(scratch.snapshots.first)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    damage(&bytes)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let damaged = try scratch.run(Self.query)
    #expect(damaged.status == 0)
    #expect(damaged.standardOutput == fresh.standardOutput)
    let repaired = try scratch.run(Self.query)
    #expect(repaired.standardError.isEmpty && repaired.standardOutput == fresh.standardOutput)
    return damaged.standardError.replacingOccurrences(of: file, with: "SNAPSHOT")
  }

  @Test("a snapshot truncated by one byte is refused with a message naming it, and the corpus extracted again")
  func truncated() throws {
    let message = try afterDamage { $0.removeLast() }
    #expect(message.hasPrefix("newsq: SNAPSHOT: is truncated ("))
    #expect(message.hasSuffix("; extracting the corpus again\n"))
  }

  @Test("a snapshot with one byte changed is refused, and the corpus extracted again", arguments: [0.005, 0.3, 0.6, 0.99])
  func flipped(place: Double) throws {
    let message = try afterDamage { bytes in bytes[Int(Double(bytes.count - 1) * place)] ^= 0x01 }
    #expect(message.hasPrefix("newsq: SNAPSHOT: is damaged (checksum of "))
  }

  @Test("a file in the snapshot's place that is not one is refused as such")
  func foreign() throws {
    let message = try afterDamage { bytes in bytes = Array("not a snapshot at all\n".utf8) }
    #expect(message == "newsq: SNAPSHOT: is not a newsq snapshot; extracting the corpus again\n")
  }

  @Test("a snapshot of another format version is refused with both versions")
  func otherVersion() throws {
    let message = try afterDamage { bytes in
      bytes[8] &+= 1
      // The prefix's checksum made right again, as in a genuine file of the other version.
      var prefix = Array(bytes[0..<60])
      var crc: UInt32 = 0xFFFF_FFFF
      for byte in prefix {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
      }
      crc = ~crc
      prefix = withUnsafeBytes(of: crc.littleEndian) { Array($0) }
      bytes.replaceSubrange(60..<64, with: prefix)
    }
    #expect(message.hasPrefix("newsq: SNAPSHOT: was written in snapshot format "))
  }

  @Test("a cache newsq cannot write to costs no message: the corpus is extracted and answered as without one")
  func unwritableCache() throws {
    let scratch = try Scratch()
    try Data("a file where the cache folder would be\n".utf8).write(to: URL(fileURLWithPath: scratch.cache))
    let outcome = try scratch.run(Self.query)
    #expect(outcome.status == 0 && outcome.standardError.isEmpty)
    #expect(outcome.standardOutput.contains("Mara Linden"))
  }

  @Test("--no-cache extracts and writes no snapshot")
  func noCache() throws {
    let scratch = try Scratch()
    let outcome = try scratch.run(["--no-cache"] + Self.query)
    #expect(outcome.status == 0 && outcome.standardOutput.contains("Mara Linden"))
    #expect(scratch.snapshots.isEmpty)
  }

  @Test("newsq index writes a snapshot that --corpus FILE.newsq and .open read, without the articles")
  func explicit() throws {
    let scratch = try Scratch()
    let file = scratch.path + "/port.newsq"
    let indexed = try NewsqProcess.run(["index", scratch.corpus, "-o", file])
    #expect(indexed.status == 0)
    #expect(indexed.standardError.hasPrefix("newsq: wrote \(file): 2 documents, 2 quotations, 2 speakers, "))
    let expected = try scratch.run(Self.query).standardOutput
    try FileManager.default.removeItem(atPath: scratch.corpus)
    let opened = try NewsqProcess.run(["--corpus", file] + Self.query, environment: ["XDG_CACHE_HOME": scratch.cache])
    #expect(opened.status == 0 && opened.standardError.isEmpty)
    #expect(opened.standardOutput == expected)
    let reopened = try NewsqProcess.run(
      ["-c", ".open \(file)", "-c", "quotes show speaker, text"], environment: ["XDG_CACHE_HOME": scratch.cache])
    #expect(reopened.standardOutput == expected)
  }

  @Test("an explicit snapshot that is damaged is extracted again from its corpus and rewritten, or refused without it")
  func explicitDamaged() throws {
    let scratch = try Scratch()
    let file = scratch.path + "/port.newsq"
    _ = try NewsqProcess.run(["index", scratch.corpus, "-o", file])
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    // A byte of the data sections, between the data start and the trailer start the prefix gives (bytes 24
    // and 32, little-endian): damaged metadata would not say which corpus the snapshot was made from.
    func offset(at position: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[position + $1]) << (8 * $1) } }
    bytes[(offset(at: 24) + offset(at: 32)) / 2] ^= 0x40
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let repaired = try NewsqProcess.run(["--corpus", file] + Self.query)
    #expect(repaired.status == 0 && repaired.standardOutput.contains("Mara Linden"))
    #expect(repaired.standardError.hasPrefix("newsq: \(file): is damaged (checksum of "))
    #expect(repaired.standardError.hasSuffix("; extracting its corpus again\n"))
    #expect(try NewsqProcess.run(["--corpus", file] + Self.query).standardError.isEmpty)
    // Without its corpus, a truncated snapshot cannot be made good: an error, exit status 2.
    try FileManager.default.removeItem(atPath: scratch.corpus)
    bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    bytes.removeLast()
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let refused = try NewsqProcess.run(["--corpus", file] + Self.query)
    #expect(refused.status == 2)
    #expect(refused.standardError.hasPrefix("newsq: error: \(file): is truncated ("))
  }
}
