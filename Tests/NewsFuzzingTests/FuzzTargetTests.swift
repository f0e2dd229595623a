import Foundation
import Testing

import NewsQuery

@testable import NewsFuzzing

/// The fuzz targets in the test suite: every input a fuzzer once crashed on runs again on each `make test`,
/// and a bounded deterministic mutation run over the seed articles' paragraphs looks for new crashes.
/// `make fuzz` runs libFuzzer over the same targets for as long as asked.
@Suite("Fuzz targets")
struct FuzzTargetTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A saved input of one target: Tests/Fixtures/fuzz/TARGET/NAME.
  struct SavedInput: CustomTestStringConvertible, Sendable {
    let target: FuzzTarget
    let path: String
    var testDescription: String { target.rawValue + "/" + (path as NSString).lastPathComponent }
  }

  static let savedInputs: [SavedInput] = FuzzTarget.allCases.flatMap { target in
    let folder = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(target.rawValue)").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
    return names.map { SavedInput(target: target, path: folder + "/" + $0) }
  }

  @Test("every input a fuzzer once crashed on runs to the end", arguments: savedInputs)
  func savedInput(_ saved: SavedInput) throws {
    let data = try #require(FileManager.default.contents(atPath: saved.path))
    saved.target.run([UInt8](data))
  }

  @Test("the crashes issue 9 reported are kept as saved inputs")
  func reportedCrashesAreKept() {
    let names = Set(Self.savedInputs.filter { $0.target == .extractor }.map(\.testDescription))
    #expect(names.isSuperset(of: ["extractor/according-to-the-at-a-sentence-end", "extractor/said-the-at-a-paragraph-end"]))
  }

  @Test("a bounded mutation run from the seed files finds no crash", arguments: FuzzTarget.allCases)
  func mutationRun(_ target: FuzzTarget) {
    let folders = FuzzTarget.seedFolders.map { Self.packageRoot.appendingPathComponent($0).path }
    let seeds = target.seedInputs(folders: folders)
    #expect(seeds.count > target.seedInputs(folders: []).count, "the package's files give starting inputs")
    let ran = MutationRun(target: target, seed: 20_260_105).run(seeds: seeds, count: 2_000, maximumLength: 4_096)
    #expect(ran == seeds.count + 2_000)
  }

  @Test("one seed always gives the same mutations, and mutations change their input")
  func mutationsAreDeterministic() {
    let input = Array("Title\n\n“We will go,” Jane Doe said.".utf8)
    var first = Mutator(seed: 7, dictionary: FuzzTarget.extractor.dictionary)
    var second = Mutator(seed: 7, dictionary: FuzzTarget.extractor.dictionary)
    var other = Mutator(seed: 8, dictionary: FuzzTarget.extractor.dictionary)
    let fromFirst = (0..<50).map { _ in first.mutate(input) }
    let fromSecond = (0..<50).map { _ in second.mutate(input) }
    let fromOther = (0..<50).map { _ in other.mutate(input) }
    #expect(fromFirst == fromSecond)
    #expect(fromFirst != fromOther)
    #expect(fromFirst.filter { $0 != input }.count > 40)
  }

  @Test("a mutation never makes an input longer than the limit")
  func mutationsRespectTheLimit() {
    var mutator = Mutator(seed: 3, dictionary: FuzzTarget.extractor.dictionary, maximumLength: 64)
    var input = Array(String(repeating: "word ", count: 12).utf8)
    for _ in 0..<500 {
      input = mutator.mutate(input)
      #expect(input.count <= 64)
    }
  }

  @Test("the extractor target reads the article it is given")
  func extractorReadsItsInput() {
    let quoted = FuzzTarget.extractor.run(Array("Title\n\n“We will go,” Jane Doe said.".utf8))
    let plain = FuzzTarget.extractor.run(Array("Title\n\nWe will go, Jane Doe said.".utf8))
    #expect(quoted != plain)
  }

  @Test("the query target cuts its input into statements where the shell would, each with its position")
  func queryStatements() {
    let statements = QueryFuzzing.statements(of: "quotes count; .mode csv\n  people\n\n-- note\né;x")
    #expect(statements.map(\.0) == ["quotes count", "  people", "-- note", "é", "x"])
    #expect(statements.map(\.1.offset) == [0, 24, 34, 42, 45])
    #expect(statements.map(\.1.line) == [1, 2, 4, 5, 5])
    #expect(statements.map(\.1.column) == [1, 1, 1, 1, 3])
  }

  @Test("the query target's corpus has rows in every kind of collection its seeds query")
  func queryCorpusHasRows() throws {
    for collection in ["documents", "quotes", "people", "sentences", "mentions"] {
      let result = try QueryFuzzing.engine.query(collection + " count")
      #expect(result.rows.first?.first != .number(0), "\(collection)")
    }
  }

  @Test("a statement that spends its work budget ends as a cancelled one does")
  func workBudgetCancels() {
    #expect(throws: QueryError.self) {
      try QueryFuzzing.engine.query("sentences show text", isCancelled: WorkBudget(checks: 0).isCancelled)
    }
    let generous = WorkBudget(checks: 1_000_000)
    #expect(throws: Never.self) { try QueryFuzzing.engine.query("sentences show text", isCancelled: generous.isCancelled) }
  }

  @Test("the manifest target reads JSON when the input starts with a bracket, CSV otherwise")
  func manifestForm() {
    let json = Array(#"  [{"file": "a.txt", "title": "A"}]"#.utf8)
    #expect(FuzzTarget.manifest.run(json) != FuzzTarget.manifest.run(Array("file,title\n".utf8)))
    #expect(FuzzTarget.manifest.run(json) == FuzzTarget.manifest.run(Array("file,title\na.txt,A\n".utf8)))
  }
}
