import Foundation
import Testing
import NewsCorpus

@testable import NewsQuery

/// Every example the documentation shows — the help text, the README, the saved scripts — parses, and
/// those of the help text and README also check and run on the seeds.
@Suite("Examples in the documentation")
struct ExampleTests {
  /// Runs statements in order on one engine, so `let` results serve later examples.
  private func runAll(_ sources: [String], origin: String) {
    var engine = QueryEngine(corpus: Fixtures.seedCorpus)
    for source in sources {
      do {
        _ = try engine.run(source)
      } catch {
        Issue.record("\(origin): \(source)\n\(DiagnosticRenderer.render(error.diagnostic, source: source))")
      }
    }
  }

  @Test("every example of the help text runs on the seeds")
  func helpExamples() {
    #expect(LanguageHelp.examples.count >= 15)
    runAll(LanguageHelp.examples.map(\.query), origin: "LanguageHelp")
  }

  @Test("the help text covers every keyword, clause, function and collection")
  func helpCoverage() {
    let text = LanguageHelp.text
    for function in FunctionTable.all { #expect(text.contains(function.name + "("), "\(function.name)") }
    for collection in Catalog.collections { #expect(text.contains(collection.name), "\(collection.name)") }
    for keyword in Parser.clauseKeywords { #expect(text.contains(keyword.rawValue), "\(keyword)") }
    for topic in LanguageHelp.topics { #expect(LanguageHelp.topic(topic) != nil) }
    #expect(LanguageHelp.topic("quotes")?.contains("speaker") == true)
    #expect(LanguageHelp.topic("no such topic") == nil)
  }

  /// A query of the README and the corpus it is run on (`--corpus PATH` on its line, else the seeds).
  struct ReadmeQuery {
    var corpus: String
    var query: String
  }

  /// The queries of the README: lines starting `$ newsq … -c '…'` and the indented lines of its
  /// language section's example block. Meta commands (`.timer on`) are the shell's, not NewsQL, and
  /// are left to the shell's tests.
  static func readmeQueries() throws -> [ReadmeQuery] {
    let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var queries: [ReadmeQuery] = []
    for line in readme.split(separator: "\n") {
      if line.hasPrefix("$ newsq"), let start = line.range(of: "-c '"),
        let end = line.range(of: "'", options: .backwards),
        start.upperBound < end.lowerBound
      {
        let words = line.split(separator: " ")
        let corpus = words.firstIndex(of: "--corpus").flatMap { $0 + 1 < words.count ? String(words[$0 + 1]) : nil }
        queries.append(ReadmeQuery(corpus: corpus ?? "seeds", query: String(line[start.upperBound..<end.lowerBound])))
      } else if line.hasPrefix("    newsq> ") {
        queries.append(ReadmeQuery(corpus: "seeds", query: String(line.dropFirst("    newsq> ".count))))
      }
    }
    return queries.filter { !$0.query.hasPrefix(".") }
  }

  /// An engine over each corpus the README names, loaded once.
  static func engines(for queries: [ReadmeQuery]) throws -> [String: QueryEngine] {
    var engines: [String: QueryEngine] = [:]
    for corpus in Set(queries.map(\.corpus)) {
      let loaded =
        corpus == "seeds"
        ? Fixtures.seedCorpus
        : try CorpusLoader().load(paths: [Fixtures.packageRoot.appendingPathComponent(corpus).path])
      engines[corpus] = QueryEngine(corpus: loaded)
    }
    return engines
  }

  @Test("every query of the README runs on its corpus and shows rows, except the one that shows an error")
  func readmeExamples() throws {
    let queries = try Self.readmeQueries().filter { !$0.query.contains("speakr") }
    #expect(queries.count >= 10)
    var engines = try Self.engines(for: queries)
    for example in queries {
      guard var engine = engines[example.corpus] else { continue }
      do {
        let outcome = try engine.run(example.query)
        engines[example.corpus] = engine
        if let result = outcome.resultSet {
          #expect(!result.rows.isEmpty, "README.md: \(example.query) shows no row on \(example.corpus)")
        }
      } catch {
        Issue.record("README.md: \(example.query)\n\(DiagnosticRenderer.render(error.diagnostic, source: example.query))")
      }
    }
  }

  @Test("every saved script parses, statement by statement")
  func scripts() throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("scripts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".nq") }
    #expect(names.count >= 15)
    for name in names {
      let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      var sawComment = false
      for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
        let text = String(line)
        if text.hasPrefix("--") { sawComment = true }
      }
      #expect(sawComment, "\(name) explains itself with -- comments")
      let joined = source.replacingOccurrences(of: "\\\n", with: " ")
      // `.param set NAME VALUE` lines give the `$NAME` of the statements after them.
      var parameters: [String: Literal.Value] = [:]
      for (number, line) in joined.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let statement =
          line.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let words = statement.split(separator: " ", maxSplits: 3).map(String.init)
        if words.count == 4, words[0] == ".param", words[1] == "set" {
          parameters[words[2]] = Double(words[3]).map { .number($0) } ?? .string(words[3])
        }
        guard statement.contains(where: { !$0.isWhitespace }), !statement.hasPrefix(".") else { continue }
        if name.hasPrefix("18-errors"), statement.contains("speakr") { continue }
        #expect(throws: Never.self, "\(name):\(number + 1)") {
          _ = try Parser.parseStatement(statement, parameters: parameters)
        }
      }
    }
  }

  @Test("the grammar's keyword list is the lexer's, and each rule has its parser method")
  func grammar() throws {
    let grammar = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("grammar/newsq.ebnf"), encoding: .utf8)
    guard let keywordsStart = grammar.range(of: "(* Keywords: ") else {
      Issue.record("the grammar lists no keywords")
      return
    }
    let listed = grammar[keywordsStart.upperBound...].prefix { $0 != "." }.split(whereSeparator: \.isWhitespace)
      .map(String.init)
    #expect(Set(listed) == Set(Keyword.allCases.map(\.rawValue)))
    let parser = try ["Parser.swift", "Parser+Conditions.swift", "Parser+Sources.swift"].map {
      try String(
        contentsOf: Fixtures.packageRoot.appendingPathComponent("Sources/NewsQuery/Syntax/\($0)"), encoding: .utf8)
    }.joined()
    let rules = grammar.split(separator: "\n").compactMap { line -> String? in
      let parts = line.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, let name = parts[0].split(separator: " ").first,
        parts[0].trimmingCharacters(in: .whitespaces) == name,
        name.first?.isLetter == true
      else { return nil }
      return String(name)
    }
    let syntactic = rules.prefix { $0 != "identifier" }
    #expect(syntactic.count >= 20)
    for rule in syntactic { #expect(parser.contains("// \(rule) ="), "the parser documents rule \(rule)") }
  }
}
