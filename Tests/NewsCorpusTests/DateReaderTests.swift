import Testing

@testable import NewsCorpus

/// The date forms exports write, read the one way every loader reads them; what cannot be read is reported.
@Suite("Reading dates")
struct DateReaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    /// The date as ISO text, or "ambiguous" / "unreadable".
    var expected: String
    var testDescription: String { "\(text) → \(expected)" }
  }

  static let cases: [Case] = [
    Case(text: "2023-05-03", expected: "2023-05-03"),
    Case(text: "2023-05", expected: "2023-05"),
    Case(text: "2023", expected: "2023"),
    Case(text: "2023-05-03T10:15:00Z", expected: "2023-05-03"),
    Case(text: "2023-05-03 10:15", expected: "2023-05-03"),
    Case(text: "2023/05/03", expected: "2023-05-03"),
    Case(text: "2023.5.3", expected: "2023-05-03"),
    Case(text: "20230503", expected: "2023-05-03"),
    Case(text: "25/12/2022", expected: "2022-12-25"),
    Case(text: "12/25/2022", expected: "2022-12-25"),
    Case(text: "25.12.2022", expected: "2022-12-25"),
    Case(text: "05/05/2023", expected: "2023-05-05"),
    Case(text: "03/05/2023", expected: "ambiguous"),
    Case(text: "May 3, 2023", expected: "2023-05-03"),
    Case(text: "3 May 2023", expected: "2023-05-03"),
    Case(text: "3rd May 2023", expected: "2023-05-03"),
    Case(text: "Wednesday, May 3rd, 2023", expected: "2023-05-03"),
    Case(text: "Wed, 03 May 2023 10:15:00 +0000", expected: "2023-05-03"),
    Case(text: "Jan. 12, 2022", expected: "2022-01-12"),
    Case(text: "12-Jan-2022", expected: "2022-01-12"),
    Case(text: "May 2023", expected: "2023-05"),
    Case(text: "1683072000", expected: "2023-05-03"),
    Case(text: "1683072000000", expected: "2023-05-03"),
    Case(text: "2023-02-30", expected: "unreadable"),
    Case(text: "31/02/2023", expected: "unreadable"),
    Case(text: "yesterday", expected: "unreadable"),
    Case(text: "May 3", expected: "unreadable"),
    Case(text: "", expected: "unreadable"),
  ]

  @Test("a date field is read in the forms exports use", arguments: cases)
  func reads(_ example: Case) {
    switch DateReader.read(example.text) {
    case .date(let date): #expect(date.description == example.expected)
    case .ambiguous(let dayFirst, let monthFirst):
      #expect(example.expected == "ambiguous")
      #expect([dayFirst.day, dayFirst.month] == [monthFirst.month, monthFirst.day])
    case .unreadable: #expect(example.expected == "unreadable")
    }
  }

  @Test("a date the loader cannot read is a warning with its file and line, and the article is kept undated")
  func reportsUnreadable() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "export.jsonl",
      """
      {"id": "a1", "text": "One.", "date": "03/05/2023"}
      {"id": "a2", "text": "Two.", "date": "May 3, 2023"}
      {"id": "a3", "text": "Three.", "date": "soon"}
      """)
    let corpus = try CorpusLoader().load(paths: [file])
    #expect(corpus.documents.map { $0.date?.value.description } == [nil, "2023-05-03", nil])
    #expect(corpus.report.warnings.map(\.line) == [1, 3])
    #expect(corpus.report.warnings.first?.description.hasPrefix(file + ":1: cannot read the date \"03/05/2023\"") == true)
    #expect(corpus.report.warnings.first?.message.contains("either way round; write it as 2023-05-03 or 2023-03-05") == true)
  }

  @Test("a manifest's date that cannot be read is a warning at the manifest's line, not at the article's file")
  func reportsManifestLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "A headline\nBody text of the first article.")
    try folder.write("b.txt", "Another headline\nBody text of the second article.")
    try folder.write("manifest.csv", "file,date\na.txt,2023-05-03\nb.txt,04/06/2023\n")
    let corpus = try CorpusLoader().load(paths: [folder.path])
    let warning = try #require(corpus.report.warnings.first)
    #expect(corpus.report.warnings.count == 1)
    #expect(warning.path == folder.path + "/manifest.csv")
    #expect(warning.line == 3)
    #expect(warning.message.contains("write it as 2023-06-04 or 2023-04-06"))
  }

  @Test("past five unreadable dates in a file, the rest are counted in one line")
  func countsTheRest() throws {
    let folder = try TemporaryFolder()
    let lines = (1...8).map { #"{"id": "a\#($0)", "text": "Text.", "date": "someday"}"# }
    let file = try folder.write("export.jsonl", lines.joined(separator: "\n"))
    let corpus = try CorpusLoader().load(paths: [file])
    #expect(corpus.report.warnings.count == 6)
    #expect(corpus.report.warnings.last?.message == "3 more articles with a date that cannot be read")
  }

  @Test("a page's date line is read in the numeric forms too, but not when day and month could swap")
  func pageLines() {
    #expect(DateFinder.date(in: "Published 2023/05/03 10:00")?.description == "2023-05-03")
    #expect(DateFinder.date(in: "Updated: 25.12.2022,")?.description == "2022-12-25")
    #expect(DateFinder.date(in: "Updated 2022-01-12T10:00Z")?.description == "2022-01-12")
    #expect(DateFinder.date(in: "Posted 03/05/2023") == nil)
    #expect(DateFinder.date(in: "Version 2.5 of the plan") == nil)
  }

  @Test("the calendar: day numbers, weekdays, ISO weeks and the ends of periods")
  func calendar() {
    let day = NewsDate(year: 2022, month: 1, day: 12)
    #expect(NewsDate(dayNumber: day.dayNumber) == day)
    #expect(NewsDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    #expect(day.weekday == 3)
    #expect(day.isoWeek == (2022, 2))
    #expect(NewsDate(year: 2021, month: 1, day: 1).isoWeek == (2020, 53))
    #expect(NewsDate(year: 2024, month: 2).end == NewsDate(year: 2024, month: 2, day: 29))
    #expect(NewsDate(year: 2023).start == NewsDate(year: 2023, month: 1, day: 1))
    #expect(day.adding(days: -30).description == "2021-12-13")
  }
}
