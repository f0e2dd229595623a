import Foundation
import Synchronization
import Testing

@testable import NewsCorpus

/// Collects progress reports from whatever thread sends them.
private final class Reports: Sendable {
  let received = Mutex<[LoadProgress]>([])
  var all: [LoadProgress] { received.withLock { $0 } }
  func append(_ progress: LoadProgress) { received.withLock { $0.append(progress) } }
}

@Suite("Load progress")
struct LoadProgressTests {
  @Test("a load reports reading, extracting, assembling and done, counts growing to their totals")
  func phasesAndTotals() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "First title\nBody of the first.")
    try folder.write("b.txt", "Second title\nBody of the second.")
    try folder.write(
      "c.jsonl", "{\"id\": \"c1\", \"text\": \"One.\"}\n{\"id\": \"c2\", \"text\": \"Two.\"}\n")
    let reports = Reports()
    let corpus = try CorpusLoader().load(paths: [folder.path]) { reports.append($0) }
    #expect(corpus.documents.count == 4)
    let phases = reports.all.map(\.phase).reduce(into: [LoadProgress.Phase]()) { if $0.last != $1 { $0.append($1) } }
    #expect(phases == LoadProgress.Phase.allCases)
    let last = try #require(reports.all.last)
    #expect(last.filesDone == 3 && last.filesTotal == 3)
    #expect(last.articlesDone == 4 && last.articlesTotal == 4)
    for report in reports.all {
      #expect(report.filesDone <= report.filesTotal)
      #expect(report.articlesDone <= report.articlesTotal)
    }
  }

  @Test("load(paths:) and a load with progress build the same corpus")
  func sameCorpus() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "A title\n“We will go,” Jane Doe said.")
    let plain = try CorpusLoader().load(paths: [folder.path])
    let reported = try CorpusLoader().load(paths: [folder.path]) { _ in }
    #expect(plain.quotations.map(\.text) == reported.quotations.map(\.text))
    #expect(plain.entities.map(\.name) == reported.entities.map(\.name))
  }

  /// Clocks as a machine reads them: booted a minute ago, an hour ago, a year ago. The first report
  /// of a phase must not depend on how long the machine has been up (CI machines are new).
  static let uptimes: [UInt64] = [0, 5_000_000, 60_000_000_000, 3_600_000_000_000, 31_536_000_000_000_000]

  @Test("within a phase, reports come at most once per interval; a change of phase always reports", arguments: uptimes)
  func boundedRate(uptimeNanoseconds: UInt64) {
    let reports = Reports()
    let clock = Mutex(uptimeNanoseconds)
    let reporter = ProgressReporter(
      { reports.append($0) }, intervalSeconds: 3600, clock: { clock.withLock { $0 += 1_000; return $0 } })
    for _ in 0..<1000 { reporter.update { $0.articlesDone += 1 } }
    reporter.update { $0.phase = .extracting }
    for _ in 0..<1000 { reporter.update { $0.articlesDone += 1 } }
    reporter.update { $0.phase = .done }
    #expect(reports.all.map(\.phase) == [.reading, .extracting, .done])
    #expect(reports.all.map(\.articlesDone) == [1, 1000, 2000])
  }

  @Test("once the interval has passed on the clock, the next update within a phase reports")
  func reportsAfterInterval() {
    let reports = Reports()
    let clock = Mutex<UInt64>(42)
    let reporter = ProgressReporter({ reports.append($0) }, intervalSeconds: 1, clock: { clock.withLock { $0 } })
    reporter.update { $0.articlesDone = 1 }
    reporter.update { $0.articlesDone = 2 }
    clock.withLock { $0 += 1_000_000_000 }
    reporter.update { $0.articlesDone = 3 }
    #expect(reports.all.map(\.articlesDone) == [1, 3])
  }

  @Test("reports from many threads arrive one at a time and in order")
  func concurrentUpdates() {
    let reports = Reports()
    let reporter = ProgressReporter({ reports.append($0) }, intervalSeconds: 0)
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      for _ in 0..<250 { reporter.update { $0.articlesDone += 1 } }
    }
    #expect(reports.all.map(\.articlesDone) == Array(1...1000))
  }
}
