import Testing

@testable import NewsCorpus

/// Page furniture is told from body text and kept, marked, out of quotations and mentions.
@Suite("Boilerplate")
struct BoilerplateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var paragraph: String
    var kind: BoilerplateKind?
    var testDescription: String { paragraph }
  }

  static let cases: [Case] = [
    Case(paragraph: "Sign up for The Daily Brief newsletter", kind: .newsletter),
    Case(paragraph: "Get the best of our coverage delivered directly to your inbox.", kind: .newsletter),
    Case(paragraph: "Read more: Five things to know about the summit", kind: .relatedLinks),
    Case(paragraph: "CLICK HERE TO READ MORE FROM THE DAILY HERALD", kind: .relatedLinks),
    Case(paragraph: "Leave a Reply", kind: .commentPrompt),
    Case(paragraph: "Credit…Jane Roe / EPA, via Shutterstock", kind: .photoCredit),
    Case(
      paragraph: "Ann Lee is a staff writer covering foreign policy. Follow her on Twitter @annlee.", kind: .authorBio),
    Case(paragraph: "SENATE HEADS FOR A SHOWDOWN AS THE DEADLINE NEARS", kind: .promotion),
    Case(paragraph: "4 minute read", kind: .navigation),
    Case(paragraph: "The talks ended without a deal, officials said on Wednesday.", kind: nil),
    Case(paragraph: "“Read more books,” the minister told students, who cheered for a long time afterwards.", kind: nil),
  ]

  @Test("classifies a paragraph", arguments: cases)
  func classifies(_ testCase: Case) throws {
    let corpus = try CorpusFixture.load("Headline for the test\nThe first body paragraph is long enough to be body.\n" + testCase.paragraph)
    #expect(corpus.paragraphs.last?.boilerplate == testCase.kind)
  }

  @Test("a repeated line and the links after a lone dash are boilerplate; their quotations are not quotations")
  func repeatedAndLinks() throws {
    let corpus = try CorpusFixture.load(
      """
      Headline for the test
      The summit ended on Monday, officials said in a statement to the press.
      The summit ended on Monday, officials said in a statement to the press.
      -
      Another story “with a quotation,” a writer said in the link text of the list
      """)
    #expect(corpus.paragraphs.map(\.boilerplate) == [.headline, nil, .repeated, .relatedLinks, .relatedLinks])
    #expect(corpus.quotations.isEmpty)
  }
}
