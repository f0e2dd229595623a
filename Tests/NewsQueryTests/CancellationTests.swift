import Synchronization
import Testing

@testable import NewsQuery

/// Ctrl-C in the shell reaches a query through `isCancelled`: between rows, after each step, and inside a
/// regular expression that backtracks for hours on one text.
@Suite("Cancellation")
struct CancellationTests {
  /// Says "not cancelled" `calls` times, then "cancelled" ever after; counts how often it was asked.
  final class CancelAfter: Sendable {
    let asked = Atomic<Int>(0)
    let calls: Int
    init(calls: Int) { self.calls = calls }
    var isCancelled: @Sendable () -> Bool { { self.asked.add(1, ordering: .relaxed).newValue > self.calls } }
  }

  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)

  @Test("a query cancelled before it starts throws 'query cancelled'")
  func cancelledQueryThrows() {
    let error = #expect(throws: QueryError.self) {
      try seeds.query(#"sentences where text contains "NATO""#, isCancelled: { true })
    }
    #expect(error?.diagnostic.message == "query cancelled")
  }

  @Test("a query cancelled after its last row check still throws, never returns rows")
  func cancelledAfterTheLastRowCheck() {
    // The seeds have fewer than 1024 sentences: the row loop asks once, then the end of the step asks again.
    let cancel = CancelAfter(calls: 1)
    let error = #expect(throws: QueryError.self) { try seeds.query("sentences", isCancelled: cancel.isCancelled) }
    #expect(error?.diagnostic.message == "query cancelled")
  }

  @Test("a regular expression that backtracks gives up when cancelled mid-match")
  func regexGivesUpWhenCancelled() throws {
    let origin = SourceLocation(offset: 0, line: 1, column: 1)
    // The first branch fails only after about 2^22 steps; the second then matches.
    let regex = try RegexBox(pattern: "(x+x+)+y|x+q", flags: "", range: SourceRange(start: origin, end: origin))
    let text = String(repeating: "x", count: 22) + "q"
    let uncancelled = regex.matches(text, isCancelled: { false })
    #expect(uncancelled)
    let uncancellable = regex.matches(text, isCancelled: nil)
    #expect(uncancellable)
    let cancel = CancelAfter(calls: 1)
    let cancelled = regex.matches(text, isCancelled: cancel.isCancelled)
    #expect(!cancelled)
    #expect(cancel.asked.load(ordering: .relaxed) > 1)
  }
}
