import Foundation
import Testing

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

  @Test("a bounded mutation run over the seed articles' paragraphs finds no crash", arguments: FuzzTarget.allCases)
  func mutationRun(_ target: FuzzTarget) {
    let seeds = target.seedInputs(folders: [Self.packageRoot.appendingPathComponent("seeds").path])
    #expect(seeds.count > 50, "the seed articles' paragraphs are the starting inputs")
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
}
