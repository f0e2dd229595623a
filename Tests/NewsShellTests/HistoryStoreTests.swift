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
