import Foundation
import NewsCorpus
import Testing

@testable import NewsQuery

/// The questions issue 4 says newsq must answer on seeds/, with answers derived from the gold file.
enum SeedQuestions {
  static let stoltenberg = #"quotes where speaker = "Stoltenberg""#
  static let perSpeaker = "quotes where speaker is not null group by speaker order by count desc"
  static let severalDocuments =
    "quotes where speaker is not null group by speaker where count(distinct document) > 1 show speaker"
  static let russianGuarantees = #"quotes where speaker.affiliation = "Russia" and text contains "guarantees""#
  static let putinAndNATO = #"sentences where mentions("Putin") and mentions("NATO") show document, text"#

  static var gold: [Fixtures.GoldQuote] { (try? Fixtures.goldQuotes()) ?? [] }

  /// Each gold speaker's number of quotations.
  static var goldCounts: [String: Int] {
    gold.reduce(into: [:]) { counts, quote in if let speaker = quote.speaker { counts[speaker, default: 0] += 1 } }
  }

  static func checkStoltenberg(_ engine: QueryEngine) throws {
    let result = try engine.query(stoltenberg)
    let expected = gold.filter { $0.speaker == "Jens Stoltenberg" }.map(\.quote)
    #expect(expected.count == 9)
    #expect(column("text", of: result).sorted() == expected.sorted())
  }

  /// The gold name a result's speaker is, by the engine's own name equality (any name form).
  static func goldName(of value: Value, _ engine: QueryEngine) -> String? {
    Set(gold.compactMap(\.speaker)).first { ValueComparison.equal(value, .string($0), engine.context) }
  }

  static func checkPerSpeaker(_ engine: QueryEngine) throws {
    let result = try engine.query(perSpeaker)
    let counts = column("count", of: result).compactMap { Int($0) }
    #expect(counts == counts.sorted(by: >), "most first")
    let speakers = result.rows.map { goldName(of: $0[0], engine) ?? $0[0].displayText }
    let found = Dictionary(zip(speakers, counts), uniquingKeysWith: +)
    #expect(found == goldCounts)
  }

  static func checkSeveralDocuments(_ engine: QueryEngine) throws {
    var documents: [String: Set<String>] = [:]
    for quote in gold { if let speaker = quote.speaker { documents[speaker, default: []].insert(quote.document) } }
    let expected = Set(documents.filter { $0.value.count > 1 }.keys)
    #expect(expected.count == 4)
    let result = try engine.query(severalDocuments)
    #expect(Set(result.rows.map { goldName(of: $0[0], engine) ?? $0[0].displayText }) == expected)
  }

  static func checkRussianGuarantees(_ engine: QueryEngine) throws {
    let expected = gold.filter { quote in
      quote.speaker.map { GoldModel.isRussian($0, in: Fixtures.seedCorpus) } == true
        && GoldModel.containsWord("guarantees", in: quote.quote)
    }.map(\.quote)
    #expect(!expected.isEmpty)
    #expect(column("text", of: try engine.query(russianGuarantees)).sorted() == expected.sorted())
  }

  static func checkPutinAndNATO(_ engine: QueryEngine) throws {
    let corpus = Fixtures.seedCorpus
    let expected = corpus.sentences.filter { sentence in
      let text = corpus.documents[sentence.documentID].text(in: sentence.byteRange)
      return !corpus.paragraphs[sentence.paragraphID].isBoilerplate && GoldModel.containsWord("Putin", in: text)
        && GoldModel.containsWord("NATO", in: text)
    }.map { [corpus.documents[$0.documentID].id, String(corpus.documents[$0.documentID].text(in: $0.byteRange))] }
    #expect(!expected.isEmpty)
    let result = try engine.query(putinAndNATO)
    #expect(result.rows.map { $0.map(\.displayText) } == expected)
  }
}

/// Which model of seeds/ the questions are asked of: the gold annotations (the language's part of the answers)
/// or what the extraction finds (the answers users get).
enum SeedModel: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case gold
  case extracted

  var engine: QueryEngine { QueryEngine(corpus: self == .gold ? GoldModel.corpus : Fixtures.seedCorpus) }
  var testDescription: String { rawValue }
}

/// The seed questions, over both models.
@Suite("Seed questions")
struct SeedAnswerTests {
  @Test("quotes where speaker = \"Stoltenberg\" gives his nine quotations", arguments: SeedModel.allCases)
  func stoltenberg(_ model: SeedModel) throws { try SeedQuestions.checkStoltenberg(model.engine) }

  @Test("quotations counted per speaker, most first", arguments: SeedModel.allCases)
  func perSpeaker(_ model: SeedModel) throws { try SeedQuestions.checkPerSpeaker(model.engine) }

  @Test("speakers quoted in more than one document", arguments: SeedModel.allCases)
  func severalDocuments(_ model: SeedModel) throws { try SeedQuestions.checkSeveralDocuments(model.engine) }

  @Test("quotations of Russian officials that contain \"guarantees\"", arguments: SeedModel.allCases)
  func russianGuarantees(_ model: SeedModel) throws { try SeedQuestions.checkRussianGuarantees(model.engine) }

  @Test("sentences that mention both Putin and NATO, each with its document", arguments: SeedModel.allCases)
  func putinAndNATO(_ model: SeedModel) throws { try SeedQuestions.checkPutinAndNATO(model.engine) }

  @Test("the seed questions are answered from indexes, not by scanning")
  func indexed() throws {
    let engine = SeedModel.gold.engine
    for question in [SeedQuestions.stoltenberg, SeedQuestions.russianGuarantees, SeedQuestions.putinAndNATO] {
      let plan = try engine.query("explain " + question)
      #expect(column("operation", of: plan).first == "index", "\(question)")
    }
  }
}
