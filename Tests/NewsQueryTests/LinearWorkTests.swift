import Testing

@testable import NewsQuery

/// Work that once grew faster than its input (issue 10, item 9), measured by counting what is done — names
/// tried, characters of a plan — at n and 2n, never by the clock.
@Suite("Linear work")
struct LinearWorkTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)

  /// Whether `work(2n)` is at most `2.2 × work(n)` (linear, with room for rounding), for n and 2n given.
  static func doubles(_ small: Int, _ large: Int) -> Bool { Double(large) <= 2.2 * Double(small) }

  @Test("naming N columns of one name tries about N names, not N²")
  func columnNames() {
    func probes(_ count: Int) -> Int {
      var namer = ColumnNamer()
      for _ in 0..<count { _ = namer.name("text") }
      return namer.probes
    }
    #expect(Self.doubles(probes(2_000), probes(4_000)), "\(probes(2_000)) → \(probes(4_000))")
    var namer = ColumnNamer()
    #expect(["text", "text_2", "text", "text", "x"].map { namer.name($0) } == ["text", "text_2", "text_3", "text_4", "x"])
  }

  @Test("a show of N columns names them text, text_2 … and runs")
  func wideShow() throws {
    let query = "quotes limit 1 show " + Array(repeating: "text", count: 3_000).joined(separator: ", ")
    let result = try seeds.query(query)
    #expect(result.columns.count == 3_000)
    #expect(result.columns.last == "text_3000")
    #expect(Set(result.columns).count == 3_000)
  }

  /// `speaker in [names…]`: the plan quoted the whole list once per value, so its size grew with the square.
  @Test("the plan of 'in [N values]' grows with N")
  func membershipPlan() throws {
    func planSize(_ count: Int) throws -> Int {
      let names = (0..<count).map { "\"Name\($0) Person\"" }.joined(separator: ", ")
      let plan = try seeds.query("explain quotes where speaker in [\(names)]")
      return column("detail", of: plan).reduce(0) { $0 + $1.utf8.count }
    }
    let small = try planSize(500)
    let large = try planSize(1_000)
    #expect(Self.doubles(small, large), "\(small) → \(large)")
  }

  struct MembershipCase: CustomTestStringConvertible, Sendable {
    var field: String
    var values: [String]
    var testDescription: String { "\(field) in \(values)" }
  }

  static let membershipCases: [MembershipCase] = [
    MembershipCase(field: "speaker", values: [#""Stoltenberg""#, #""dmitry peskov""#, #""Nobody Atall""#]),
    MembershipCase(field: "speaker.affiliation", values: [#""Russia""#, #""NATO""#]),
    MembershipCase(field: "cue", values: [#""SAID""#, #""told""#, #""added""#]),
    MembershipCase(field: "document.outlet", values: [#""The Week""#, #""nothing""#]),
    MembershipCase(field: "length(text)", values: ["31", "57", "100"]),
    MembershipCase(field: "document.date", values: [#""2022""#, #""2021-12""#, #""2022-01-11""#]),
    MembershipCase(field: "speaker.quotes.cue", values: [#""told""#]),
  ]

  @Test("'in' answers what the same 'or' chain of '=' answers", arguments: membershipCases)
  func membershipAgreesWithOrChain(_ testCase: MembershipCase) throws {
    let list = try seeds.query("quotes where \(testCase.field) in [\(testCase.values.joined(separator: ", "))]")
    let chain = testCase.values.map { "\(testCase.field) = \($0)" }.joined(separator: " or ")
    let ored = try seeds.query("quotes where \(chain)")
    #expect(list.rows == ored.rows)
    let notIn = try seeds.query("quotes where \(testCase.field) not in [\(testCase.values.joined(separator: ", "))]")
    let notOred = try seeds.query("quotes where \(testCase.field) is not null and not (\(chain))")
    #expect(notIn.rows == notOred.rows)
  }
}
