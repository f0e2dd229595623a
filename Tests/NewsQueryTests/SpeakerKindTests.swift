import Testing

@testable import NewsQuery

/// A speaker is any entity the text lets speak — a person, an organization, a country, an outlet — and the
/// schema says so; `speaker.<field>` reads the same fields whichever kind it is.
@Suite("Speaker kinds")
struct SpeakerKindTests {
  static let corpus = WireFixture.corpus(of: [
    [
      "id": "kinds-1", "title": "Talks end without agreement", "source": "Northern Wire", "date": "2022-01-12",
      "text": "“We want firm guarantees,” Russia said in a statement on Wednesday.\n\n“The alliance will not "
        + "bargain,” NATO said.\n\n“Nothing is agreed,” Reuters reported.\n\n“We will talk again,” said Anna Keller.",
    ]
  ])
  let engine = QueryEngine(corpus: SpeakerKindTests.corpus)

  @Test(".schema quotes gives the speaker as an entity of any kind")
  func schemaNamesEveryKind() throws {
    let schema = try #require(Catalog.schemaTable("quotes"))
    let speaker = try #require(schema.rows.first { $0[0] == .string("speaker") })
    #expect(speaker[1] == .string("entity (people, organizations, places, outlets)"))
  }

  @Test(
    "speaker.<field> reads the speaker's fields for each kind",
    arguments: ["person", "organization", "place", "outlet"])
  func speakerPathsForEachKind(kind: String) throws {
    let result = try engine.query(
      "quotes where speaker.kind = \"\(kind)\" and speaker.quotes > 0 and speaker.mentions >= 0 "
        + "show speaker.name as name, speaker.kind as kind, speaker.quotes as quotes, speaker.quotes.text as said, "
        + "speaker.documents as documents")
    #expect(result.rows.count == 1, "\(kind)")
    #expect(column("kind", of: result) == [kind])
    #expect(column("quotes", of: result) == ["1"])
    #expect(column("documents", of: result) == ["1"])
    #expect(column("said", of: result).allSatisfy { !$0.isEmpty })
  }

  @Test("speakers that are not people are found by name, by kind and through the index")
  func nonPersonSpeakers() throws {
    let others = try engine.query(#"quotes where speaker.kind != "person" show speaker"#)
    #expect(Set(column("speaker", of: others)) == ["Russia", "NATO", "Reuters"])
    #expect(column("speaker", of: try engine.query(#"quotes where speaker = "nato" show speaker"#)) == ["NATO"])
    #expect(try engine.query(#"quotes where speaker.affiliation = "Russia""#).rows.count == 1)
  }
}
