import Testing

@testable import NewsCorpus

/// Which spans of a paragraph are quotations: marks of every kind, nesting and recovery.
@Suite("Quote finding")
struct QuoteFindingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var paragraph: String
    var quotes: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "curly marks", paragraph: "“We are ready,” Jane Doe said.", quotes: ["We are ready,"]),
    Case(name: "straight marks", paragraph: "\"It works,\" said Ann Lee.", quotes: ["It works,"]),
    Case(name: "guillemets", paragraph: "«Nous sommes prêts,» Jean Dupont said.", quotes: ["Nous sommes prêts,"]),
    Case(
      name: "a single-quoted span nested in a double one stays inside it",
      paragraph: "“This idea, ‘You are close to me,’ is old,” Jane Doe said.",
      quotes: ["This idea, ‘You are close to me,’ is old,"]),
    Case(
      name: "a nested mark never closed: one closing mark ends both",
      paragraph: "He said they “need legally binding guarantees, and not just “assurances.”",
      quotes: ["need legally binding guarantees, and not just “assurances."]),
    Case(
      name: "an opening mark never closed ends at the next opening mark",
      paragraph:
        "Jane Doe said that “the offer was firm on proposals that are ‘non-starters,’ adding that “Washington will not allow anyone to shut the door.”",
      quotes: ["the offer was firm on proposals that are ‘non-starters,’ adding that",
        "Washington will not allow anyone to shut the door."]),
    Case(
      name: "an opening mark never closed ends at the paragraph's end",
      paragraph: "“We will keep going, Jane Doe said, and we will not stop",
      quotes: ["We will keep going, Jane Doe said, and we will not stop"]),
    Case(
      name: "a stray closing mark is ignored",
      paragraph: "Mr Doe warned of the “security of all Europe” continent. ” in danger.",
      quotes: ["security of all Europe"]),
    Case(name: "apostrophes are not marks", paragraph: "“Don’t worry about Russia’s plans,” Jane Doe said.",
      quotes: ["Don’t worry about Russia’s plans,"]),
    Case(name: "two single marks stand for a double one", paragraph: "''It is over,'' Jane Doe said.",
      quotes: ["It is over,"]),
  ]

  @Test("finds the quoted spans", arguments: cases)
  func finds(_ testCase: Case) throws {
    let corpus = try CorpusFixture.load("Headline for the test\n\(testCase.paragraph)")
    #expect(corpus.quotations.map(\.text) == testCase.quotes)
  }

  @Test("a quotation over several paragraphs: an opening mark at each start, one closing mark at the end")
  func multiParagraph() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\n“The first part goes on,” Jane Doe said. “And on\n“until the second part ends here.”")
    #expect(CorpusFixture.attributions(corpus) == [
      "The first part goes on, | Jane Doe", "And on | Jane Doe", "until the second part ends here. | Jane Doe",
    ])
  }

  @Test("British style: single marks quote, double marks nest inside them, apostrophes are left alone")
  func britishStyle() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\n‘We won’t back down,’ Mr Johnson said. He added: ‘They called it “a disgrace” and left.’")
    #expect(CorpusFixture.attributions(corpus) == [
      "We won’t back down, | Johnson", "They called it “a disgrace” and left. | Johnson",
    ])
  }

  @Test("British style with straight marks: a mark after a comma or full stop closes the quotation")
  func britishStraightMarks() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\n'We inherited a mess,' Jane Doe told MPs. 'It will take time, but we'll fix it.'")
    #expect(CorpusFixture.attributions(corpus) == [
      "We inherited a mess, | Jane Doe", "It will take time, but we'll fix it. | Jane Doe",
    ])
  }

  @Test("British style with straight marks: a plural possessive's apostrophe does not close the quotation")
  func britishPluralPossessive() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\n'The owners' proposal cuts wages,' said Jane Doe. 'The players' demands are fair.'")
    #expect(CorpusFixture.attributions(corpus) == [
      "The owners' proposal cuts wages, | Jane Doe", "The players' demands are fair. | Jane Doe",
    ])
  }

  @Test("scare quotes and titles in marks are kept apart from quotations")
  func scareQuotes() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\nJane Doe said the bloc’s “open door” policy stays. She spoke on “Morning Joe” on Monday.")
    #expect(corpus.quotations.isEmpty)
    #expect(corpus.quotedTerms.map(\.text) == ["open door", "Morning Joe"])
    #expect(corpus.quotedTerms.map(\.kind) == [.scareQuote, .title])
  }

  @Test("offsets of quotations slice the document back to their text")
  func offsets() throws {
    let corpus = try CorpusFixture.load("Headline for the test\r\n\u{FEFF}“Non\u{A0}breaking,” Jane\u{2009}Doe said.\r\n")
    let quotation = try #require(corpus.quotations.first)
    #expect(String(corpus.documents[0].text(in: quotation.byteRange)) == quotation.text)
    #expect(quotation.text == "Non\u{A0}breaking,")
    #expect(corpus.speaker(of: quotation)?.name == "Jane Doe")
  }
}
