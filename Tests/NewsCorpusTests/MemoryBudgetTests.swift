import Foundation
import Testing

@testable import NewsCorpus

/// The room a control group leaves a load, read from its files as cgroup v2 writes them.
@Suite("Memory budget")
struct MemoryBudgetTests {
  @Test("a control group's page cache counts as room: the kernel gives it back before refusing memory")
  func pageCacheIsRoom() throws {
    let group = try TemporaryFolder()
    try group.write("memory.max", "1000000\n")
    try group.write("memory.current", "900000\n")
    try group.write("memory.stat", "anon 150000\nfile 700000\nkernel 50000\n")
    #expect(MemoryBudget.controlGroupRoom(folder: group.path + "/") == 800_000)
  }

  @Test("a group without a limit, or without the files, gives no figure; one over its limit gives none left")
  func noLimit() throws {
    let unlimited = try TemporaryFolder()
    try unlimited.write("memory.max", "max\n")
    try unlimited.write("memory.current", "900000\n")
    #expect(MemoryBudget.controlGroupRoom(folder: unlimited.path + "/") == nil)
    let empty = try TemporaryFolder()
    #expect(MemoryBudget.controlGroupRoom(folder: empty.path + "/") == nil)
    let full = try TemporaryFolder()
    try full.write("memory.max", "1000000\n")
    try full.write("memory.current", "1200000\n")
    #expect(MemoryBudget.controlGroupRoom(folder: full.path + "/") == 0)
  }

  /// A million generated articles in one JSONL file: 4.8 GB of text, about 19.5 GB at the peak by the 100k
  /// measurement. Reading and the model's peak come one after the other, so free memory is asked for the
  /// larger, while the address space (where every part is reserved) still counts them all.
  @Test("free memory is asked for the larger of reading and the model, not their sum")
  func residentPeakIsTheLarger() {
    let gigabyte = 1 << 30
    let text = 4_800 * (1 << 20)
    let estimate = LoadEstimate(inputBytes: text, largestFile: text, largestDocuments: [20_000, 20_000], workers: 2)
    #expect(estimate.residentBytes < 22 * gigabyte)
    #expect(estimate.residentBytes >= text * 4)
    #expect(estimate.dataBytes >= text * (LoadEstimate.bytesPerInputByte + LoadEstimate.copiesWhileReading))
    #expect(MemoryBudget(physical: 23 * gigabyte).shortfall(estimate) == nil)
    #expect(MemoryBudget(physical: 16 * gigabyte).shortfall(estimate) != nil)
    #expect(MemoryBudget(addressSpace: 23 * gigabyte, physical: 64 * gigabyte).shortfall(estimate) != nil)
    // Many small files: reading holds the texts and one file's copies, which the model's peak outgrows.
    let spread = LoadEstimate(inputBytes: text, largestFile: 1 << 20, largestDocuments: [20_000], workers: 2)
    #expect(spread.residentBytes == LoadEstimate.baseBytes + text * LoadEstimate.residentHalvesPerInputByte / 2
      + 20_000 * LoadEstimate.bytesPerDocumentByte)
  }
}
