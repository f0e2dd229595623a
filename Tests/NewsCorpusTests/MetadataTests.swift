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

  @Test("a byline's job after a comma is not the author; a wire dateline names the outlet")
  func bylineJobAndDateline() throws {
    let corpus = try CorpusFixture.load([
      "Minister Resigns\nBy Sarah Jones, Political reporter\nThe minister resigned on Monday after a row.",
      "China Warns Over Sale\nBEIJING (Reuters) - China on Tuesday warned against the sale of weapons.",
    ])
    #expect(corpus.documents[0].author == MetadataValue("Sarah Jones", isInferred: true))
    #expect(corpus.documents[1].outlet == MetadataValue("Reuters", isInferred: true))
  }

  @Test("a scraped page: menu lines before the headline, a publication stamp, a source line, a caption credit")
  func scrapedPage() throws {
    let corpus = try CorpusFixture.load(
      """
      Skip to Content
      News
      Middle East
      Army chief vows to fight on as talks stall
      Published On 12 Mar 2024
      The army chief vowed on Monday to keep fighting, dismissing calls for a ceasefire during the month.
      Displaced people gather at a camp in the east [File: AFP]
      Source: Al Jazeera and news agencies
      """)
    let document = try #require(corpus.documents.first)
    #expect(document.title == MetadataValue("Army chief vows to fight on as talks stall", isInferred: true))
    #expect(document.outlet == MetadataValue("Al Jazeera", isInferred: true))
    #expect(document.date?.value.description == "2024-03-12")
    #expect(
      corpus.paragraphs.map(\.boilerplate) == [
        .navigation, .navigation, .navigation, .headline, .other, nil, .photoCredit, .other,
      ])
  }

  @Test("a dateline with a date or a mixed-case place names the outlet; a wire credit names the reporter")
  func wireDatelines() throws {
    let corpus = try CorpusFixture.load([
      "Scholz Says No Rush\nBERLIN, Jan 20 (Reuters) - The chancellor said on Friday there was no rush.\n(Reporting by Ann Lee; Editing by Tom Hill)",
      "Senate Passes Bill\nWashington (CNN) — The Senate on Saturday passed a short-term spending bill.",
    ])
    #expect(corpus.documents[0].outlet == MetadataValue("Reuters", isInferred: true))
    #expect(corpus.documents[0].author == MetadataValue("Ann Lee", isInferred: true))
    #expect(corpus.documents[1].outlet == MetadataValue("CNN", isInferred: true))
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

/// A manifest beside the articles gives their metadata.
@Suite("Manifest")
struct ManifestTests {
  @Test("a CSV manifest names each file's id, title, outlet, date; other columns are kept")
  func csvManifest() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Some headline\nBody text of the article here.")
    try folder.write(
      "manifest.csv",
      "file,id,title,source,date,section\na.txt,art-1,\"Talks, at last\",Daily Herald,2022-01-12,World\nmissing.txt,x,y,z,2022,w\n")
    let corpus = try CorpusLoader().load(paths: [folder.path])
    let document = try #require(corpus.documents.first)
    #expect(document.id == "art-1")
    #expect(document.title == MetadataValue("Talks, at last", isInferred: false))
    #expect(document.outlet == MetadataValue("Daily Herald", isInferred: false))
    #expect(document.date?.value == NewsDate(year: 2022, month: 1, day: 12))
    #expect(document.extraMetadata == ["section": "World"])
  }

  @Test("a CSV header's names are read in any case: publishedAt, Published_At and DATE give the date")
  func headerCase() throws {
    for column in ["publishedAt", "Published_At", "DATE"] {
      let folder = try TemporaryFolder()
      try folder.write("a.txt", "Some headline\nBody text of the article here.")
      try folder.write("manifest.csv", "File,\(column),Desk\na.txt,2022-01-12,World\n")
      let corpus = try CorpusLoader().load(paths: [folder.path])
      let document = try #require(corpus.documents.first)
      #expect(document.date?.value == NewsDate(year: 2022, month: 1, day: 12), "\(column)")
      #expect(document.date?.isInferred == false, "\(column)")
      #expect(document.extraMetadata == ["desk": "World"], "\(column)")
    }
  }

  @Test("a JSON manifest works the same way")
  func jsonManifest() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Some headline\nBody text of the article here.")
    try folder.write("manifest.json", #"[{"file": "a.txt", "author": "Ann Lee", "url": "https://example.org/a"}]"#)
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.first?.author == MetadataValue("Ann Lee", isInferred: false))
    #expect(corpus.documents.first?.url?.value == "https://example.org/a")
  }

  @Test("a date line near the top gives an inferred date")
  func dateLine() throws {
    let corpus = try CorpusFixture.load("Talks End in Deadlock\nJan. 12, 2022\nThe talks ended on Monday.")
    #expect(corpus.documents.first?.date == MetadataValue(NewsDate(year: 2022, month: 1, day: 12), isInferred: true))
  }
}
