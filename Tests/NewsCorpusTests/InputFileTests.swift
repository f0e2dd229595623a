import Foundation
import Testing

@testable import NewsCorpus

/// Malformed input files: each is refused or read with a message that says what is wrong and where
/// (README, "Limits and guarantees", **Input files.**).
@Suite("Input files")
struct InputFileTests {
  /// Loads `lines` as one JSONL file and gives the skipped problems as their descriptions, without the folder.
  static func jsonlProblems(_ lines: [String]) throws -> [String] {
    let folder = try TemporaryFolder()
    let file = try folder.write("records.jsonl", lines.joined(separator: "\n"))
    let corpus = try CorpusLoader().load(paths: [file])
    return corpus.report.skipped.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
  }

  struct JSONCase: CustomTestStringConvertible, Sendable {
    var line: String
    var expected: String
    var testDescription: String { line }
  }

  static let invalidJSON: [JSONCase] = [
    JSONCase(
      line: #"{"id": "a", "text": "Fine" "title": "x"}"#,
      expected: "records.jsonl:2:28: invalid JSON at line 2, column 28: expected ',' or '}'"),
    JSONCase(line: #"{"text": "unfinished"#, expected: "records.jsonl:2:21: invalid JSON at line 2, column 21: expected a closing '\"'"),
    JSONCase(line: "not json", expected: "records.jsonl:2:1: invalid JSON at line 2, column 1: expected a value"),
    JSONCase(line: #"{"text": "Grüße" "x"}"#, expected: "records.jsonl:2:18: invalid JSON at line 2, column 18: expected ',' or '}'"),
    JSONCase(line: #"{"text": "a\qb"}"#, expected: #"records.jsonl:2:13: invalid JSON at line 2, column 13: expected one of " \ / b f n r t u after the backslash"#),
    JSONCase(line: #"{"text": 01}"#, expected: "records.jsonl:2:11: invalid JSON at line 2, column 11: expected ',' or '}'"),
    JSONCase(line: #"{"text": "a"} x"#, expected: "records.jsonl:2:15: invalid JSON at line 2, column 15: expected the end of the line after the value"),
  ]

  @Test("invalid JSON names its line and column and what was expected there", arguments: invalidJSON)
  func invalidJSONLine(_ example: JSONCase) throws {
    let problems = try Self.jsonlProblems([#"{"text": "A first article."}"#, example.line])
    #expect(problems == [example.expected])
  }

  @Test("valid JSON that is not an object is still refused as not an object, saying what it is")
  func notAnObject() throws {
    let problems = try Self.jsonlProblems([#"["text", "a list"]"#, #""just a string""#, "42", "null"])
    #expect(
      problems == [
        "records.jsonl:1: not a JSON object but an array", "records.jsonl:2: not a JSON object but a string",
        "records.jsonl:3: not a JSON object but a number", "records.jsonl:4: not a JSON object but null",
      ])
  }

  @Test("a text field that is not a string is refused with its line")
  func textNotAString() throws {
    let problems = try Self.jsonlProblems([
      #"{"id": "n", "text": 42}"#, #"{"id": "l", "text": ["a", "b"]}"#, #"{"id": "z", "text": null}"#,
      #"{"id": "o", "body": {"name": "x"}}"#, #"{"id": "ok", "text": "Kept."}"#,
    ])
    #expect(
      problems == [
        #"records.jsonl:1: the "text" field is a number, not text"#, #"records.jsonl:2: the "text" field is an array, not text"#,
        #"records.jsonl:3: the "text" field is null, not text"#, #"records.jsonl:4: the "body" field is an object, not text"#,
      ])
  }

  @Test("the syntax check accepts what the grammar accepts", arguments: [
    #"{"a": [1, -2.5e+3, true, false, null, {"b": "\u00e9\n"}], "c": {}}"#, "[]", "  0 ", #""\"""#,
  ])
  func syntaxAccepts(_ text: String) {
    #expect(JSONSyntax.firstError(in: ArraySlice(Array(text.utf8))) == nil)
  }

  /// `text` in `encoding` with its byte-order mark.
  static func encoded(_ text: String, _ encoding: TextEncoding) -> [UInt8] {
    switch encoding {
    case .utf8: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .utf16LittleEndian: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case .utf16BigEndian: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case .utf32LittleEndian:
      return [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) } }
    case .utf32BigEndian:
      return [0, 0, 0xFE, 0xFF] + text.unicodeScalars.flatMap { scalar in (0..<4).reversed().map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) } }
    }
  }

  @Test(
    "a file with a byte-order mark is read in the encoding it names, the mark dropped",
    arguments: [TextEncoding.utf8, .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian])
  func byteOrderMark(_ encoding: TextEncoding) throws {
    let folder = try TemporaryFolder()
    let text = "Café opens\n“We are ready,” the owner said. 𝄞"
    try folder.write("article.txt", Self.encoded(text, encoding))
    try folder.write("records.jsonl", Self.encoded(#"{"id": "r1", "text": "Grüße aus Köln."}"# + "\n", encoding))
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.report.skipped.isEmpty, "\(corpus.report.skipped)")
    #expect(corpus.report.warnings.isEmpty, "\(corpus.report.warnings)")
    #expect(corpus.documents.map(\.id) == ["article.txt", "r1"])
    #expect(corpus.documents.first?.text == text)
    #expect(corpus.documents.last?.text == "Grüße aus Köln.")
  }

  @Test("UTF-16 without a byte-order mark stays unread, and the message says what it looks like")
  func unmarkedUTF16() throws {
    let folder = try TemporaryFolder()
    try folder.write("little.txt", Array(Self.encoded("Title\nSome plain text.", .utf16LittleEndian).dropFirst(2)))
    try folder.write("big.txt", Array(Self.encoded("Title\nSome plain text.", .utf16BigEndian).dropFirst(2)))
    try folder.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03])
    let corpus = try CorpusLoader().load(paths: [folder.path])
    let messages = corpus.report.skipped.map(\.message)
    #expect(
      messages == [
        "binary file (contains NUL bytes; it looks like UTF-16BE text without a byte-order mark: save it as UTF-8, "
          + "or as UTF-16 with a byte-order mark)", "binary file (contains NUL bytes)",
        "binary file (contains NUL bytes; it looks like UTF-16LE text without a byte-order mark: save it as UTF-8, "
          + "or as UTF-16 with a byte-order mark)",
      ])
  }

  @Test("an unpaired surrogate in UTF-16 is replaced and its byte offset reported as UTF-16")
  func unpairedSurrogate() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.txt", Self.encoded("Title\nab", .utf16LittleEndian) + [0x00, 0xD8] + Array(Self.encoded("cd", .utf16LittleEndian).dropFirst(2)))
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.first?.text == "Title\nab\u{FFFD}cd")
    #expect(corpus.report.warnings.map(\.description).map { $0.hasSuffix("bad.txt: byte 18: invalid UTF-16LE replaced with U+FFFD") } == [true])
  }

  /// The skipped problems of a load of `paths`, each as "name: message" with the folder left out.
  static func skipped(loading paths: [String], in folder: TemporaryFolder) throws -> [String] {
    let corpus = try CorpusLoader().load(paths: paths)
    return corpus.report.skipped.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
  }

  @Test("a link loop and a link to nothing say so, in a folder and named on their own")
  func links() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Title\nText.")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop.txt", withDestinationPath: "loop.txt")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.txt", withDestinationPath: "missing.txt")
    let loop = "loop.txt: cannot be read: too many levels of symbolic links (a symbolic link loop)"
    let gone = "gone.txt: cannot be read: a symbolic link to a file that does not exist"
    #expect(try Self.skipped(loading: [folder.path], in: folder) == [gone, loop])
    #expect(try Self.skipped(loading: [folder.path + "/loop.txt", folder.path + "/gone.txt"], in: folder) == [loop, gone])
  }

  @Test("a file without read permission says permission denied", .enabled(if: geteuid() != 0, "root reads any file"))
  func permissionDenied() throws {
    let folder = try TemporaryFolder()
    let locked = try folder.write("locked.txt", "Title\nText.")
    #expect(chmod(locked, 0) == 0)
    #expect(try Self.skipped(loading: [folder.path], in: folder) == ["locked.txt: cannot be read: permission denied"])
  }

  @Test("a FIFO, a device or a folder among a folder's articles is refused without being opened")
  func notRegularInFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Title\nText.")
    #expect(mkfifo(folder.path + "/pipe.jsonl", 0o600) == 0)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/zero.txt", withDestinationPath: "/dev/zero")
    try FileManager.default.createDirectory(atPath: folder.path + "/old.txt", withIntermediateDirectories: false)
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.map(\.id) == ["good.txt"])
    #expect(
      corpus.report.skipped.map(\.message) == [
        "cannot be read: not a regular file (a folder)", "cannot be read: not a regular file (a FIFO)",
        "cannot be read: not a regular file (a character device)",
      ])
  }

  @Test("a FIFO named on its own with no writer is refused at once, not waited for")
  func fifoWithoutWriter() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.path + "/feed.jsonl"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(
      try Self.skipped(loading: [fifo, "/dev/null"], in: folder) == [
        "feed.jsonl: cannot be read: a FIFO with no writer: nothing to read (start its writer first)",
        "/dev/null: cannot be read: not a regular file (a character device)",
      ])
  }

  @Test("duplicate ids within a file, across files and in a manifest: the first is kept, the later named with both places")
  func duplicateIds() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "a.jsonl",
      [#"{"id": "r1", "text": "First r1."}"#, #"{"id": "r2", "text": "Only r2."}"#, #"{"id": "r1", "text": "Again r1."}"#]
        .joined(separator: "\n"))
    try folder.write("b.jsonl", #"{"id": "r2", "text": "Another r2."}"# + "\n" + #"{"text": "No id."}"#)
    try folder.write("m.txt", "Title\nText of m.")
    try folder.write("n.txt", "Title\nText of n.")
    try folder.write("manifest.csv", "file,id\nm.txt,doc-1\nn.txt,doc-1\n")
    let corpus = try CorpusLoader().load(paths: [folder.path])
    #expect(corpus.documents.map(\.id) == ["r1", "r2", "b.jsonl:2", "doc-1"])
    #expect(corpus.documents.map(\.text) == ["First r1.", "Only r2.", "No id.", "Title\nText of m."])
    #expect(
      try Self.skipped(loading: [folder.path], in: folder) == [
        #"a.jsonl:3: duplicate id "r1", first given at a.jsonl:1; the first is kept"#,
        #"b.jsonl:1: duplicate id "r2", first given at a.jsonl:2; the first is kept"#,
        #"manifest.csv:3: duplicate id "doc-1", first given at manifest.csv:2; the first is kept"#,
      ])
  }

  @Test("ids made from file names are not checked: two folders' exports without ids are both read")
  func madeUpIdsAreNotChecked() throws {
    let folder = try TemporaryFolder()
    for name in ["one", "two"] {
      try FileManager.default.createDirectory(atPath: folder.path + "/" + name, withIntermediateDirectories: false)
      try folder.write(name + "/export.jsonl", #"{"text": "From \#(name)."}"#)
    }
    let corpus = try CorpusLoader().load(paths: [folder.path + "/one", folder.path + "/two"])
    #expect(corpus.documents.map(\.text) == ["From one.", "From two."])
    #expect(corpus.report.skipped.isEmpty)
  }

  /// A corpus folder beside another folder holding a file of the same name, with `manifest` in the corpus folder.
  static func manifestWarnings(_ name: String, _ manifest: String) throws -> (Corpus, [String]) {
    let root = try TemporaryFolder()
    for folder in ["corpus", "other"] {
      try FileManager.default.createDirectory(atPath: root.path + "/" + folder, withIntermediateDirectories: false)
    }
    try root.write("corpus/x.txt", "Local headline\nThe local article.")
    try root.write("corpus/y.txt", "Y headline\nAnother article.")
    try root.write("corpus/notes.md", "Not an article.")
    try root.write("other/x.txt", "Other headline\nThe other folder's article.")
    try root.write("corpus/" + name, manifest.replacingOccurrences(of: "ROOT", with: root.path))
    let corpus = try CorpusLoader().load(paths: [root.path + "/corpus"])
    return (corpus, corpus.report.warnings.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") })
  }

  @Test("manifest rows naming a file outside the folder, a missing file, a non-article or a file again are reported with their line")
  func manifestRows() throws {
    let (corpus, warnings) = try Self.manifestWarnings(
      "manifest.csv",
      """
      file,title
      ../other/x.txt,Wrong title
      missing.txt,Nothing
      ROOT/other/x.txt,Also wrong
      notes.md,Not read
      ./y.txt,Right title
      y.txt,Second row
      ROOT/corpus/x.txt,Absolute inside

      """)
    #expect(corpus.documents.map { $0.title?.value } == ["Absolute inside", "Right title"])
    #expect(
      warnings == [
        "corpus/manifest.csv:2: manifest row names ../other/x.txt, which is outside the corpus folder; ignored",
        "corpus/manifest.csv:3: manifest row names missing.txt, which is not there; ignored",
        "corpus/manifest.csv:4: manifest row names other/x.txt, which is outside the corpus folder; ignored",
        "corpus/manifest.csv:5: manifest row names notes.md, which is not one of the folder's article files; ignored",
        "corpus/manifest.csv:7: manifest row names y.txt again (first at corpus/manifest.csv:6); ignored",
      ])
  }

  @Test("a JSON manifest's rows are named by their line too, and ../other/x.txt never applies to the local x.txt")
  func jsonManifestRows() throws {
    let (corpus, warnings) = try Self.manifestWarnings(
      "manifest.json",
      """
      [
        {"file": "../other/x.txt", "title": "Wrong title"},
        {"file": "y.txt",
         "title": "Right title"}
      ]
      """)
    #expect(corpus.documents.map { $0.title?.value } == ["Local headline", "Right title"])
    #expect(warnings == ["corpus/manifest.json:2: manifest row names ../other/x.txt, which is outside the corpus folder; ignored"])
  }
}
