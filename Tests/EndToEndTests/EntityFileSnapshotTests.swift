import Foundation
import Testing

/// The entities file is part of what a load gives: a snapshot of the corpus taken before it was written, edited
/// or removed is stale, so a correction applies on the next run instead of waiting for the articles to change.
@Suite("Entities file and snapshots")
struct EntityFileSnapshotTests {
  static let query = ["-c", "people show name"]

  @Test("writing, editing and removing entities.csv each replace the snapshot, and the names follow the file")
  func entitiesFileInvalidates() throws {
    let scratch = try SnapshotTests.Scratch()
    let before = try scratch.run(Self.query)
    #expect(before.standardOutput.contains("Mara Linden"))
    try scratch.write("entities.csv", "name,canonical\nMara Linden,Mara K. Linden\n")
    let written = try scratch.run(Self.query)
    #expect(written.standardOutput.contains("Mara K. Linden"), "\(written.standardOutput)")
    try scratch.write("entities.csv", "name,canonical\nMara Linden,Mara J. Linden\n")
    let edited = try scratch.run(Self.query)
    #expect(edited.standardOutput.contains("Mara J. Linden") && !edited.standardOutput.contains("Mara K. Linden"))
    try FileManager.default.removeItem(atPath: scratch.corpus + "/entities.csv")
    #expect(try scratch.run(Self.query).standardOutput == before.standardOutput)
    #expect(scratch.snapshots.count == 1)
  }
}
