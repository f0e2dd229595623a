import Testing

@testable import NewsQuery

/// `quotes group by speaker` groups by the speaker column's entity ids; it must give the groups, counts and
/// order that grouping by the speaker's value gives (a `show` first keeps the general path).
@Suite("Group by speaker")
struct SpeakerGroupingTests {
  static let queries = [
    ("quotes group by speaker", "quotes show speaker group by speaker"),
    ("quotes where speaker is not null group by speaker", "quotes where speaker is not null show speaker group by speaker"),
    ("quotes group by speaker order by count desc limit 3", "quotes show speaker group by speaker order by count desc limit 3"),
  ]

  @Test("the same groups as grouping by the speaker's value, on the seeds and the wire stories", arguments: queries)
  func sameGroups(_ columnar: String, _ general: String) throws {
    for engine in [QueryEngine(corpus: Fixtures.seedCorpus), QueryEngine(corpus: WireFixture.corpus)] {
      let byColumn = try engine.query(columnar)
      #expect(!byColumn.rows.isEmpty)
      #expect(byColumn.rows == (try engine.query(general)).rows)
      #expect(byColumn.columns == (try engine.query(general)).columns)
    }
  }

  @Test("as the last clause, the groups are counted without rows of their members", arguments: [queries[0], queries[1]])
  func countedWithoutMembers(_ columnar: String, _ general: String) throws {
    let plan = try QueryEngine(corpus: Fixtures.seedCorpus).query("explain " + columnar)
    #expect(column("detail", of: plan).last?.hasSuffix("showing the keys and count") == true)
    #expect(column("operation", of: plan).last == "group")
  }
}
