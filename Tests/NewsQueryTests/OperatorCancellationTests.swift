import Testing

@testable import NewsQuery

/// Every operator asks for Ctrl-C as it works, not only between rows (issue 10, item 8): sorting, `top`,
/// a path through every document of an entity, a `show` of thousands of columns. A token that says
/// "cancelled" after K questions must stop each within a few more questions, and an uncancelled run must ask
/// in proportion to its work. `top N` and `order by … limit N` keep a heap of N rows: their comparisons are
/// counted.
@Suite("Operator cancellation and bounded sorting")
struct OperatorCancellationTests {
  typealias CancelAfter = CancellationTests.CancelAfter
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)
  static let nowhere = SourceRange(
    start: SourceLocation(offset: 0, line: 1, column: 1), end: SourceLocation(offset: 0, line: 1, column: 1))

  /// Rows 0..<count whose key is a word made from the row's number, with repeats (ties) and nulls.
  static func rows(_ count: Int) -> [Row] { (0..<count).map { Row(item: $0) } }
  static func key(_ row: Row) -> [Value] {
    row.item % 11 == 0 ? [.null] : [.string("Wörd \((row.item &* 7_919) % 1_000)")]
  }

  static func sorter(_ cancel: CancelAfter, descending: Bool = false) -> RowSorter {
    RowSorter(descending: [descending], cancel: Cancellation(isCancelled: cancel.isCancelled, range: nowhere))
  }

  @Test("the heap gives the first N rows a full sort gives, ties in row order and nulls last, both ways")
  func heapAgreesWithFullSort() throws {
    for descending in [false, true] {
      var full = Self.sorter(CancelAfter(calls: .max), descending: descending)
      let all = try full.sorted(Self.rows(3_000), bound: nil, keys: Self.key)
      for bound in [0, 1, 3, 100, 2_999, 3_000, 5_000] {
        var heap = Self.sorter(CancelAfter(calls: .max), descending: descending)
        let first = try heap.sorted(Self.rows(3_000), bound: bound, keys: Self.key)
        #expect(first.map(\.item) == Array(all.prefix(bound)).map(\.item), "bound \(bound), descending \(descending)")
      }
    }
  }

  @Test("top 3 of n rows makes O(n) comparisons, and twice the rows about twice as many")
  func heapComparisons() throws {
    func comparisons(_ count: Int, bound: Int?) throws -> Int {
      var sorter = Self.sorter(CancelAfter(calls: .max))
      _ = try sorter.sorted(Self.rows(count), bound: bound, keys: Self.key)
      return sorter.comparisons
    }
    let small = try comparisons(20_000, bound: 3)
    let large = try comparisons(40_000, bound: 3)
    #expect(small < 20_000 * 3, "a heap of 3 compares each row with its root, and rarely more")
    #expect(Double(large) <= 2.2 * Double(small), "\(small) → \(large)")
    #expect(try comparisons(20_000, bound: nil) > 10 * small, "a full sort is n log n")
  }

  @Test("a sort asks for Ctrl-C as it compares, and stops within a few questions of being cancelled")
  func sortStops() throws {
    let never = CancelAfter(calls: .max)
    var sorter = Self.sorter(never)
    _ = try sorter.sorted(Self.rows(20_000), bound: nil, keys: Self.key)
    let asked = never.asked.load(ordering: .relaxed)
    #expect(asked >= sorter.comparisons / RowSorter.stepsBetweenChecks)
    for bound in [nil, 5] as [Int?] {
      let cancel = CancelAfter(calls: 20)
      var cancelled = Self.sorter(cancel)
      let error = #expect(throws: QueryError.self) {
        try cancelled.sorted(Self.rows(20_000), bound: bound, keys: Self.key)
      }
      #expect(error?.diagnostic.message == "query cancelled")
      #expect(cancel.asked.load(ordering: .relaxed) == 21)
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var query: String
    var testDescription: String { query }
  }

  /// Queries whose rows are few but whose work per row, or per statement, is long.
  static let slowQueries: [Case] = [
    Case(query: "sentences order by text"),
    Case(query: "sentences order by text limit 1"),
    Case(query: "sentences top 5 by text"),
    Case(query: #"mentions where entity.documents.text contains "zzzz""#),
    Case(query: #"mentions where entity.documents.text = "zzzz""#),
    Case(query: #"mentions where entity.documents.text contains "zzzz" or entity.documents.text contains "yyyy""#),
    Case(query: "sentences limit 1 show " + Array(repeating: "text", count: 2_000).joined(separator: ", ")),
    Case(query: "sentences show distinct document"),
    Case(query: "sentences group by document"),
  ]

  @Test("each operator stops soon after Ctrl-C, wherever it is", arguments: slowQueries)
  func operatorStops(_ testCase: Case) throws {
    let never = CancelAfter(calls: .max)
    _ = try seeds.query(testCase.query, isCancelled: never.isCancelled)
    let asked = never.asked.load(ordering: .relaxed)
    #expect(asked > 4, "it asks as it goes")
    for calls in [1, asked / 2, asked - 2] where calls > 0 {
      let cancel = CancelAfter(calls: calls)
      let error = #expect(throws: QueryError.self) { try seeds.query(testCase.query, isCancelled: cancel.isCancelled) }
      #expect(error?.diagnostic.message == "query cancelled")
      // A row whose evaluation gave up asks once more; the row loop throws at its next question.
      let bound = calls + Cancellation.rowsBetweenChecks + 2
      #expect(cancel.asked.load(ordering: .relaxed) <= bound, "it stops within a few questions")
    }
  }

  @Test("a path through every document of an entity asks inside the row, between the documents")
  func pathAsksInsideRows() throws {
    let query = #"mentions where entity.documents.text contains "zzzz""#
    let never = CancelAfter(calls: .max)
    _ = try seeds.query(query, isCancelled: never.isCancelled)
    let documentsLookedAt = Fixtures.seedCorpus.mentions.reduce(0) { total, mention in
      total + Set(Fixtures.seedCorpus.entities[mention.entityID].mentionIDs.map {
        Fixtures.seedCorpus.mentions[$0].documentID
      }).count
    }
    #expect(never.asked.load(ordering: .relaxed) >= documentsLookedAt)
  }
}
