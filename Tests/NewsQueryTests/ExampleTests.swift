import Foundation
import Testing

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

  /// The queries of the README: lines starting `$ newsq … -c '…'` and the indented lines of its
  /// language section's example block. Meta commands (`.timer on`) are the shell's, not NewsQL, and
  /// are left to the shell's tests.
  static func readmeQueries() throws -> [String] {
    let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var queries: [String] = []
    for line in readme.split(separator: "\n") {
      if line.hasPrefix("$ newsq"), let start = line.range(of: "-c '"),
        let end = line.range(of: "'", options: .backwards),
        start.upperBound < end.lowerBound
      {
        queries.append(String(line[start.upperBound..<end.lowerBound]))
      } else if line.hasPrefix("    newsq> ") {
        queries.append(String(line.dropFirst("    newsq> ".count)))
      }
    }
    return queries.filter { !$0.hasPrefix(".") }
  }

  @Test("every query of the README runs on the seeds, except the one that shows an error")
  func readmeExamples() throws {
    let queries = try Self.readmeQueries()
    #expect(queries.count >= 10)
    runAll(queries.filter { !$0.contains("speakr") }, origin: "README.md")
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
      for (number, line) in joined.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let statement =
          line.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard statement.contains(where: { !$0.isWhitespace }), !statement.hasPrefix(".") else { continue }
        if name.hasPrefix("18-errors"), statement.contains("speakr") { continue }
        #expect(throws: Never.self, "\(name):\(number + 1)") { _ = try Parser.parseStatement(statement) }
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
