import Testing

@testable import NewsCorpus

@Suite("Extraction")
struct ExtractionTests {
  private func corpus(_ text: String) throws -> Corpus {
    let folder = try TemporaryFolder()
    return try CorpusLoader().load(paths: [try folder.write("doc.txt", text)])
  }

  @Test("paragraphs and sentences carry offsets that slice the document back")
  func offsets() throws {
    let corpus = try corpus("Title here\n\nThe U.S. said no. Mr. Smith left early! Then rain.\nLast line.")
    let document = corpus.documents[0]
    #expect(corpus.paragraphs.map { String(document.text(in: $0.byteRange)) } == [
      "Title here", "The U.S. said no. Mr. Smith left early! Then rain.", "Last line.",
    ])
    #expect(corpus.sentences.map { String(document.text(in: $0.byteRange)) } == [
      "Title here", "The U.S. said no.", "Mr. Smith left early!", "Then rain.", "Last line.",
    ])
  }

  @Test("quotations between straight and curly marks, with a speaker beside said")
  func quotations() throws {
    let corpus = try corpus(
      """
      Title
      “We are ready,” Jane Doe said. "It works," said Ann Lee.
      Bob Stone said: “Fine.”
      “Anonymous,” a source said.
      """)
    #expect(corpus.quotations.map(\.text) == ["We are ready,", "It works,", "Fine.", "Anonymous,"])
    #expect(corpus.quotations.map { corpus.speaker(of: $0)?.name } == ["Jane Doe", "Ann Lee", "Bob Stone", nil])
  }

  @Test("a surname alone joins the full name given elsewhere")
  func surnameAlias() throws {
    let corpus = try corpus("Title\n“One,” Jane Doe said.\n“Two,” Doe said.")
    #expect(corpus.entities.count == 1)
    #expect(corpus.entities[0].name == "Jane Doe")
    #expect(corpus.entities[0].quotationIDs == [0, 1])
  }
}
