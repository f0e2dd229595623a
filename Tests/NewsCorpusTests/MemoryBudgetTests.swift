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
}
