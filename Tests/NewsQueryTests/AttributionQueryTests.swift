import Testing

@testable import NewsQuery

/// What issue 11 promises at the query level: each quotation says why its speaker was chosen
/// (`quotes show speaker, why`), and people carry a gender inferred from the text (`people where gender = …`).
@Suite("Attribution in queries")
struct AttributionQueryTests {
  static let corpus = WireFixture.corpus(of: [
    [
      "id": "why-1", "title": "Ferry service resumes", "source": "Harbour Post", "date": "2023-03-02",
      "text": "The ferry sailed again on Thursday after a week in dock.\n\n“We are relieved,” said Nadia Quill, "
        + "who runs the harbour cafe.\n\nShe added that trade had halved. “It was a long week,” she said.\n\n"
        + "Mr Oscar Venn, the skipper, was calmer. “The sea decides,” he said.",
    ]
  ])
  let engine = QueryEngine(corpus: AttributionQueryTests.corpus)

  @Test("quotes show speaker, why: every quotation names its rule, a pronoun its antecedent")
  func whyExplainsEachChoice() throws {
    let result = try engine.query("quotes show speaker, why")
    #expect(column("speaker", of: result) == ["Nadia Quill", "Nadia Quill", "Oscar Venn"])
    let reasons = column("why", of: result)
    #expect(reasons.count == 3)
    #expect(reasons.allSatisfy { !$0.isEmpty && $0 != "null" })
    #expect(reasons[0].contains("named"))
    #expect(reasons[1].contains("she → Nadia Quill"))
    #expect(reasons[2].contains("he → Oscar Venn"))
  }

  @Test("people where gender = …: from pronouns and honorifics in the text")
  func genderField() throws {
    let women = try engine.query(#"people where gender = "female" show name"#)
    #expect(column("name", of: women) == ["Nadia Quill"])
    let men = try engine.query(#"people where gender = "male" show name"#)
    #expect(column("name", of: men) == ["Oscar Venn"])
  }
}
