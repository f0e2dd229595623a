import Testing

@testable import NewsCorpus

@Suite("Loading")
struct LoaderTests {
  @Test("a path that does not exist stops loading with its name")
  func missingPath() {
    #expect(throws: CorpusError.pathNotFound("/no/such/folder")) {
      try CorpusLoader().load(paths: ["/no/such/folder"])
    }
  }

  @Test("each .txt file is one document named after the file; other files are ignored")
  func textFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", "Second title\nBody of the second.")
    try folder.write("a.txt", "First title\nBody of the first.")
    try folder.write("notes.md", "not an article")
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.map(\.id) == ["a.txt", "b.txt"])
    #expect(corpus.documents[0].title == MetadataValue("First title", isInferred: true))
    #expect(corpus.report.filesRead == 2)
  }

  @Test("empty and binary files are skipped and reported; loading goes on")
  func badFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("empty.txt", "")
    try folder.write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    try folder.write("good.txt", "Title\nText.")
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.map(\.id) == ["good.txt"])
    #expect(corpus.report.skipped.map(\.message).sorted() == ["binary file (contains NUL bytes)", "empty file"])
  }

  @Test("invalid UTF-8 is replaced and the first bad byte's offset is reported")
  func invalidUTF8() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.txt", Array("Title\nab".utf8) + [0xFF] + Array("cd".utf8))
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.count == 1)
    #expect(corpus.documents[0].text.contains("\u{FFFD}"))
    #expect(corpus.report.warnings.map(\.byteOffset) == [8])
  }

  @Test("a JSONL file gives one document per line, id from the record, metadata kept")
  func jsonLines() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "export.jsonl",
      """
      {"id": "a1", "title": "T1", "text": "“Hello,” Jane Doe said.", "source": "Daily", "date": "2016-09-12", "tag": "x"}
      not json
      {"title": "T2", "body": "Second."}
      """)
    let corpus = try CorpusLoader().load(paths: [file])
    #expect(corpus.documents.map(\.id) == ["a1", "export.jsonl:3"])
    #expect(corpus.documents[0].outlet?.value == "Daily")
    #expect(corpus.documents[0].date?.value == NewsDate(year: 2016, month: 9, day: 12))
    #expect(corpus.documents[0].extraMetadata == ["tag": "x"])
    #expect(corpus.report.skipped.map(\.line) == [2])
  }

  @Test("other exports' field names: headline, content, publisher objects, author lists, bylines, written dates")
  func jsonLinesFieldVariants() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "scrape.jsonl",
      """
      {"headline": "Budget Day", "content": "The mayor spoke.", "publisher": {"name": "City Times"}, "authors": ["Sam Lee", "Ann Roe"], "published_at": "2023-05-02T10:00:00Z", "link": "http://x/1"}
      {"title": "Second", "maintext": "Council met.", "source": "Daily Planet", "byline": "By Kim Wu", "date": "May 3, 2023"}
      """)
    let corpus = try CorpusLoader().load(paths: [file])
    #expect(corpus.documents.map { $0.title?.value } == ["Budget Day", "Second"])
    #expect(corpus.documents.map { $0.outlet?.value } == ["City Times", "Daily Planet"])
    #expect(corpus.documents.map { $0.author?.value } == ["Sam Lee, Ann Roe", "Kim Wu"])
    #expect(corpus.documents.map { $0.date?.value } == [
      NewsDate(year: 2023, month: 5, day: 2), NewsDate(year: 2023, month: 5, day: 3),
    ])
    #expect(corpus.documents[0].url?.value == "http://x/1")
    #expect(corpus.documents.allSatisfy { $0.extraMetadata.isEmpty })
  }
}
