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
    // The row loop asks every 16 rows, then the end of the step asks again: the last question says "cancelled".
    let rowQuestions = (Fixtures.seedCorpus.sentences.count + Cancellation.rowsBetweenChecks - 1)
      / Cancellation.rowsBetweenChecks
    let cancel = CancelAfter(calls: rowQuestions)
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

  @Test("a long or chain asks for Ctrl-C between its terms, and a cancel in the middle of a row stops the query")
  func chainAsksBetweenTerms() throws {
    // A thousand terms no index answers, each false, then one that holds for every quotation.
    let terms = (1...1000).map { "length(text) = -\($0)" } + ["length(text) > 0"]
    let query = "quotes where " + terms.joined(separator: " or ")
    let never = CancelAfter(calls: Int.max)
    let all = try seeds.query(query, isCancelled: never.isCancelled)
    #expect(all.rows.count == Fixtures.seedCorpus.quotations.count)
    let asked = never.asked.load(ordering: .relaxed)
    #expect(asked > all.rows.count * (1000 / ExpressionCompiler.termsBetweenCancelChecks))
    let midway = CancelAfter(calls: asked / 2)
    let error = #expect(throws: QueryError.self) { try seeds.query(query, isCancelled: midway.isCancelled) }
    #expect(error?.diagnostic.message == "query cancelled")
    #expect(midway.asked.load(ordering: .relaxed) < asked)
  }

  @Test("planning a chain of many indexed terms asks for Ctrl-C between them")
  func planningAsksBetweenTerms() {
    let query = "quotes where " + (0..<10_000).map { "text contains \"zz\($0)\"" }.joined(separator: " or ")
    let never = CancelAfter(calls: Int.max)
    #expect(throws: Never.self) { try seeds.query(query, isCancelled: never.isCancelled) }
    #expect(never.asked.load(ordering: .relaxed) > 10_000 / ExpressionCompiler.termsBetweenCancelChecks)
    let early = CancelAfter(calls: 5)
    let error = #expect(throws: QueryError.self) { try seeds.query(query, isCancelled: early.isCancelled) }
    #expect(error?.diagnostic.message == "query cancelled")
  }
}
