import Foundation
import Testing

@testable import NewsCorpus

/// The readers on bytes in memory (what the fuzz targets feed) give what a load of a file with those bytes gives.
@Suite("Reading bytes")
struct BytesReadingTests {
  @Test("JSONL bytes give the records a load of the file gives, and the same problems")
  func jsonLines() throws {
    let bytes = Array(
      (#"{"id": "a", "title": "T", "text": "Body a.", "date": "03/04/2024", "section": "World"}"# + "\nnot json\n"
        + #"{"body": "Body b.", "authors": ["Ann Lee", "Bo Ek"]}"# + "\n").utf8)
    let read = BytesReading.jsonLines(bytes, fileName: "x.jsonl")
    #expect(read.articles.map(\.id) == ["a", "x.jsonl:3"])
    #expect(read.articles.map(\.author) == [nil, "Ann Lee, Bo Ek"])
    #expect(read.report.skipped.map(\.line) == [2])
    #expect(read.report.warnings.count == 1, "the date that reads either way round")

    let folder = try TemporaryFolder()
    try folder.write("x.jsonl", String(decoding: bytes, as: UTF8.self))
    let loaded = try CorpusLoader().load(paths: [folder.path])
    #expect(loaded.documents.map(\.id) == read.articles.map(\.id))
    #expect(loaded.report.skipped.map(\.line) == read.report.skipped.map(\.line))
  }

  @Test("text bytes are decoded as a load decodes a file: BOM dropped, invalid UTF-8 repaired, NUL refused")
  func text() {
    #expect(BytesReading.text([0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.".utf8)).articles.map(\.text) == ["Title\n\nBody."])
    #expect(BytesReading.text(Array("a".utf8) + [0xC0, 0x80]).articles.map(\.text) == ["a\u{FFFD}\u{FFFD}"])
    #expect(BytesReading.text(Array("a\u{0}b".utf8)).articles.isEmpty)
    #expect(BytesReading.text(Array(" \n\t".utf8)).articles.isEmpty)
  }

  @Test("manifest bytes give one article per row naming a file, with the row's fields, in either form")
  func manifest() {
    let csv = BytesReading.manifest(Array("file,title,date\nb.txt,B,2024-03-04\n,no file,\nsub/a.txt,A,03/04/2024\n".utf8))
    #expect(csv.articles.map(\.id) == ["b.txt", "sub/a.txt"], "keyed by the path inside the folder")
    #expect(csv.articles.map(\.title) == ["B", "A"])
    #expect(csv.report.warnings.map(\.line) == [3, 4], "the row without a file, then the ambiguous date")
    let json = BytesReading.manifest(Array(#"[{"path": "a.txt", "author": "Ann Lee"}]"#.utf8), fileName: "manifest.json")
    #expect(json.articles.map(\.author) == ["Ann Lee"])
    #expect(BytesReading.manifest(Array("[1]".utf8), fileName: "manifest.json").report.warnings.count == 1)
  }

  @Test("a manifest's file named with a double slash before a non-ASCII letter is keyed by its path, no trap")
  func doubleSlash() {
    let read = BytesReading.manifest(Array("file,title\na//é,A\nb/c.txt/,C\n../x.txt,X\n".utf8))
    #expect(read.articles.map(\.id) == ["a/é", "b/c.txt"])
    #expect(read.report.warnings.map(\.line) == [4], "the row outside the folder")
  }
}
