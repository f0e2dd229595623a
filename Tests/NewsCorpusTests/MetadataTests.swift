import Testing

@testable import NewsCorpus

/// Title, author and outlet read from a plain-text page, each marked as inferred.
@Suite("Inferred metadata")
struct MetadataTests {
  @Test("the title is the first line unless it reads as body text")
  func title() throws {
    let corpus = try CorpusFixture.load([
      "Currently Reading\n\nTalks End in Deadlock by Ann Lee\n\nThe talks ended on Monday without any agreement at all.",
      "The talks ended on Monday without any agreement at all, and the delegations went home to report.\nMore text.",
    ])
    #expect(corpus.documents[0].title == MetadataValue("Talks End in Deadlock", isInferred: true))
    #expect(corpus.documents[0].author == MetadataValue("Ann Lee", isInferred: true))
    #expect(corpus.documents[1].title == nil)
  }

  @Test("a byline gives the author; page furniture naming an outlet gives the outlet")
  func bylineAndOutlet() throws {
    let corpus = try CorpusFixture.load(
      "Talks End in Deadlock\nBy Ann Lee\nThe talks ended on Monday without any agreement.\nCLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER")
    #expect(corpus.documents[0].author == MetadataValue("Ann Lee", isInferred: true))
    #expect(corpus.documents[0].outlet == MetadataValue("Washington Examiner", isInferred: true))
  }

  @Test("metadata the input gives is not inferred")
  func given() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "export.jsonl",
      #"{"id": "a1", "title": "Talks", "text": "Talks\n\nBody text here.", "author": "Ann Lee", "date": "2016-09-12"}"#)
    let corpus = try CorpusLoader().load(paths: [file])
    #expect(corpus.documents[0].title == MetadataValue("Talks", isInferred: false))
    #expect(corpus.documents[0].author == MetadataValue("Ann Lee", isInferred: false))
    #expect(corpus.paragraphs.first?.boilerplate == .headline)
  }
}
