import Foundation
import Testing

@testable import NewsShell

@Suite("History")
struct HistoryStoreTests {
  @Test("the file is $XDG_STATE_HOME/newsq/history, else ~/.local/state/newsq/history")
  func location() {
    #expect(HistoryStore.Settings.from(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/newsq/history")
    #expect(HistoryStore.Settings.from(environment: ["HOME": "/h"]).path == "/h/.local/state/newsq/history")
    #expect(
      HistoryStore.Settings.from(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).path
        == "/h/.local/state/newsq/history")
  }

  @Test("NEWSQ_HISTORY_SIZE bounds it; a bad value is a warning and the default")
  func size() {
    #expect(HistoryStore.Settings.from(environment: ["NEWSQ_HISTORY_SIZE": "3"]).limit == 3)
    let bad = HistoryStore.Settings.from(environment: ["NEWSQ_HISTORY_SIZE": "lots"])
    #expect(bad.limit == HistoryStore.Settings.defaultLimit)
    #expect(bad.warning?.contains("'lots'") == true)
  }

  @Test("each entry is in the file as soon as it is added; a new store reads them back")
  func writtenAtOnce() throws {
    let folder = try ScratchFolder()
    let settings = HistoryStore.Settings(path: folder.file("state/newsq/history"), limit: 10)
    let store = HistoryStore(settings: settings) { _ in }
    store.add("quotes")
    #expect(folder.contents("state/newsq/history") == "quotes\n")
    store.add("documents where (\n  id = \"a\\b\")")
    #expect(HistoryStore(settings: settings) { _ in }.entries == ["quotes", "documents where (\n  id = \"a\\b\")"])
  }

  @Test("consecutive duplicates, blank lines and lines starting with a space are not stored")
  func skipped() throws {
    let folder = try ScratchFolder()
    let store = HistoryStore(settings: .init(path: folder.file("h"), limit: 10)) { _ in }
    #expect(store.add("quotes"))
    #expect(!store.add("quotes"))
    #expect(!store.add(" secret"))
    #expect(!store.add("   "))
    #expect(store.add("documents"))
    #expect(store.add("quotes"))
    #expect(store.entries == ["quotes", "documents", "quotes"])
  }

  @Test("the file keeps at most the limit, trimmed when read and when it grows well past it")
  func bounded() throws {
    let folder = try ScratchFolder()
    let settings = HistoryStore.Settings(path: folder.file("h"), limit: 3)
    let store = HistoryStore(settings: settings) { _ in }
    for number in 1...30 { store.add("q\(number)") }
    #expect(store.entries == ["q28", "q29", "q30"])
    let lines = folder.contents("h")?.split(separator: "\n").count ?? 0
    #expect(lines < 30)
    #expect(HistoryStore(settings: settings) { _ in }.entries == ["q28", "q29", "q30"])
    #expect(folder.contents("h") == "q28\nq29\nq30\n")
  }

  @Test("an unwritable file is one warning, and the history still works in memory")
  func unwritable() throws {
    let folder = try ScratchFolder()
    try Data().write(to: URL(fileURLWithPath: folder.file("blocker")))
    var warnings: [String] = []
    let store = HistoryStore(settings: .init(path: folder.file("blocker/newsq/history"), limit: 10)) {
      warnings.append($0)
    }
    store.add("quotes")
    store.add("documents")
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("history will not be saved") == true)
    #expect(store.entries == ["quotes", "documents"])
  }
}

/// Several shells sharing one history file, files written elsewhere, and files grown huge.
@Suite("History shared and grown")
struct SharedHistoryTests {
  @Test("two shells adding in turn keep the newest entries of both when the file is trimmed")
  func twoShells() throws {
    let folder = try ScratchFolder()
    let settings = HistoryStore.Settings(path: folder.file("history"), limit: 20)
    let first = HistoryStore(settings: settings) { _ in }
    let second = HistoryStore(settings: settings) { _ in }
    var typed: [String] = []
    for number in 1...50 {
      first.add("documents where id = \"a\(number)\"")
      second.add("documents where id = \"b\(number)\"")
      typed += ["documents where id = \"a\(number)\"", "documents where id = \"b\(number)\""]
    }
    let lines = folder.contents("history")?.split(separator: "\n").map(String.init) ?? []
    // Trimmed along the way, never below the limit, and never losing what either shell added last.
    #expect(lines.count >= 20 && lines.count < 100)
    #expect(lines == Array(typed.suffix(lines.count)))
    #expect(HistoryStore(settings: settings) { _ in }.entries == Array(typed.suffix(20)))
  }

  @Test("a history file with CRLF line ends gives one entry a line")
  func crlf() throws {
    let folder = try ScratchFolder()
    try Data("documents\r\nquotes where (\\n  speaker = \"x\")\r\n\r\n.mode csv\r\n".utf8).write(
      to: URL(fileURLWithPath: folder.file("history")))
    let store = HistoryStore(settings: .init(path: folder.file("history"), limit: 10)) { _ in }
    #expect(store.entries == ["documents", "quotes where (\n  speaker = \"x\")", ".mode csv"])
  }

  @Test("start-up reads only the end of a long file: twice the file, the same bytes read")
  func tailOnly() throws {
    let folder = try ScratchFolder()
    func bytesRead(entries: Int) throws -> (Int, [String]) {
      let path = folder.file("history-\(entries)")
      let text = (1...entries).map { "documents where id = \"\($0)\"\n" }.joined()
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let store = HistoryStore(settings: .init(path: path, limit: 10)) { _ in }
      return (store.bytesReadAtStart, store.entries)
    }
    let (small, smallEntries) = try bytesRead(entries: 20_000)
    let (large, largeEntries) = try bytesRead(entries: 40_000)
    #expect(small == large)
    #expect(small <= HistoryFile.chunkSize)
    #expect(smallEntries.last == "documents where id = \"20000\"")
    #expect(largeEntries.first == "documents where id = \"39991\"")
    #expect(folder.contents("history-40000")?.split(separator: "\n").count == 10)
  }

  @Test("the tail reader finds lines across chunk boundaries and skips a line too long to be an entry")
  func tailAcrossChunks() throws {
    let folder = try ScratchFolder()
    let long = String(repeating: "x", count: HistoryFile.chunkSize + 10)
    let huge = String(repeating: "y", count: HistoryFile.maximumEntryBytes + 1)
    let text = "first\n" + huge + "\n" + long + "\nlast"
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file("h")))
    let descriptor = open(folder.file("h"), O_RDONLY)
    defer { close(descriptor) }
    #expect(HistoryFile.tail(of: descriptor, count: 5).lines == ["first", long, "last"])
    let two = HistoryFile.tail(of: descriptor, count: 2)
    #expect(two.lines == [long, "last"])
    #expect(two.hasMore)
  }
}
