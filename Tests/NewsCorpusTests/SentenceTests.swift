import Testing

@testable import NewsCorpus

/// Sentence boundaries: abbreviations, initials, ellipses, and quotations that hold several sentences.
@Suite("Sentences")
struct SentenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var paragraph: String
    var sentences: [String]
    var testDescription: String { paragraph }
  }

  static let cases: [Case] = [
    Case(paragraph: "The U.S. said no. Mr. Smith left early! Then rain.",
      sentences: ["The U.S. said no.", "Mr. Smith left early!", "Then rain."]),
    Case(paragraph: "Russian President Vladimir V. Putin spoke on Jan. 12 in Moscow. He left.",
      sentences: ["Russian President Vladimir V. Putin spoke on Jan. 12 in Moscow.", "He left."]),
    Case(paragraph: "He said “we differ with the U.S. The U.S. suggests otherwise.” Then he left.",
      sentences: ["He said “we differ with the U.S. The U.S. suggests otherwise.”", "Then he left."]),
    Case(paragraph: "“Putin is going in strong . . . I think this is misjudged,” she said. They agreed.",
      sentences: ["“Putin is going in strong . . . I think this is misjudged,” she said.", "They agreed."]),
    Case(paragraph: "“Is that so?” Jane Doe asked. “We are clear-eyed.” Stoltenberg left.",
      sentences: ["“Is that so?” Jane Doe asked.", "“We are clear-eyed.”", "Stoltenberg left."]),
  ]

  @Test("splits a paragraph", arguments: cases)
  func splits(_ testCase: Case) throws {
    let corpus = try CorpusFixture.load("Headline for the test\n" + testCase.paragraph)
    let document = corpus.documents[0]
    let body = corpus.sentences.filter { corpus.paragraphs[$0.paragraphID].boilerplate == nil }
    #expect(body.map { String(document.text(in: $0.byteRange)) } == testCase.sentences)
  }
}
