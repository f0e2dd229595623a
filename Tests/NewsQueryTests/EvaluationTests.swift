import Testing

@testable import NewsQuery

@Suite("Evaluation over seeds/")
struct EvaluationTests {
  let engine = QueryEngine(corpus: Fixtures.seedCorpus)

  private func column(_ name: String, of result: ResultSet) -> [Value] {
    guard let index = result.columns.firstIndex(of: name) else { return [] }
    return result.rows.map { $0[index] }
  }

  @Test("quotes lists every quotation of the five seeds with document, speaker and text")
  func allQuotes() throws {
    let result = try engine.run("quotes")
    #expect(result.columns.starts(with: ["document", "speaker"]))
    #expect(result.columns.contains("text"))
    #expect(result.rows.count >= 40)
    #expect(Set(column("document", of: result).map(\.displayText)).count == 5)
  }

  @Test("a surname finds the person's quotations, and no one else's")
  func speakerBySurname() throws {
    let result = try engine.run(#"quotes where speaker = "Stoltenberg""#)
    let gold = try Fixtures.goldQuotes()
    #expect(result.rows.count >= 3)
    for text in column("text", of: result).map(\.displayText) {
      let owner = gold.first { $0.quote == text || $0.quote.hasPrefix(text) || text.hasPrefix($0.quote) }
      #expect(owner?.speaker == "Jens Stoltenberg", "\(text) is not Stoltenberg's")
    }
    #expect(column("speaker", of: result).allSatisfy { $0.displayText.hasSuffix("Stoltenberg") })
  }

  @Test("speaker equality ignores case and accepts the full name")
  func speakerCaseAndFullName() throws {
    let bySurname = try engine.run(#"quotes where speaker = "Stoltenberg""#)
    #expect(try engine.run(#"quotes where speaker = "stoltenberg""#) == bySurname)
    #expect(try engine.run(#"quotes where speaker = "Jens Stoltenberg""#) == bySurname)
    #expect(try engine.run(#"quotes where speaker = "Jens""#).rows.isEmpty)
  }

  @Test("contains finds a word, case-insensitively, and and narrows")
  func containsAndConjunction() throws {
    let nato = try engine.run(#"quotes where text contains "nato""#)
    #expect(!nato.rows.isEmpty)
    #expect(column("text", of: nato).allSatisfy { $0.displayText.contains("NATO") })
    let both = try engine.run(#"quotes where speaker = "Stoltenberg" and text contains "NATO""#)
    #expect(both.rows.count < nato.rows.count)
    #expect(both.rows.allSatisfy { nato.rows.contains($0) })
  }

  @Test("documents lists the five seeds by file name")
  func documents() throws {
    let result = try engine.run("documents")
    #expect(column("id", of: result).map(\.displayText) == [
      "000_97494e595005c34c.txt", "001_937675497ac4bf2f.txt", "002_7ba778614bf12864.txt",
      "003_9e6858d48bd004ca.txt", "004_af7bfee30397256f.txt",
    ])
  }

  @Test("an unknown collection or field is an error at its position")
  func unknownNames() {
    #expect(throws: QueryError.self) { try engine.run("quotas") }
    do {
      _ = try engine.run(#"quotes where speakr = "x""#)
      Issue.record("ran without error")
    } catch {
      #expect(error.diagnostic.message.contains("unknown field 'speakr'"))
      #expect(error.diagnostic.range.start.column == 14)
    }
  }
}
