import NewsCorpus
import Testing

@testable import NewsShell

@Suite("Loading progress")
struct ProgressTextTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var progress: LoadProgress
    var text: String
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(
      progress: LoadProgress(phase: .reading, filesDone: 12, filesTotal: 40, articlesDone: 3456, articlesTotal: 3456),
      text: "reading 12 of 40 files, 3,456 articles"),
    Case(
      progress: LoadProgress(phase: .reading, filesDone: 0, filesTotal: 1, articlesDone: 1, articlesTotal: 1),
      text: "reading 0 of 1 file, 1 article"),
    Case(
      progress: LoadProgress(
        phase: .extracting, filesDone: 40, filesTotal: 40, articlesDone: 1234, articlesTotal: 40000),
      text: "extracting 1,234 of 40,000 articles (3%)"),
    Case(
      progress: LoadProgress(phase: .extracting, filesDone: 0, filesTotal: 0, articlesDone: 0, articlesTotal: 0),
      text: "extracting 0 of 0 articles (0%)"),
    Case(
      progress: LoadProgress(
        phase: .assembling, filesDone: 1, filesTotal: 1, articlesDone: 10, articlesTotal: 1_234_567),
      text: "assembling 1,234,567 articles"),
  ]

  @Test("the banner groups its counts by thousands too")
  func bannerCounts() {
    #expect(Banner.counted(1, "document") == "1 document")
    #expect(Banner.counted(20000, "document") == "20,000 documents")
    #expect(Banner.grouped(999) == "999")
    #expect(Banner.grouped(1_000_000) == "1,000,000")
  }

  @Test("a report says the phase and its counts, grouped by thousands", arguments: cases)
  func describes(_ example: Case) {
    #expect(ProgressText.describe(example.progress) == example.text)
  }
}
