import Foundation
import Testing

@testable import NewsCorpus

/// Extraction on the five seeds, scored against the gold quotations with the shared scorer's rules.
@Suite("Accuracy on the seeds")
struct SeedsAccuracyTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func goldQuotes() throws -> [QuoteScorer.GoldQuote] {
    let file = packageRoot.appendingPathComponent("Tests/Fixtures/seeds-quotes.jsonl")
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    return try lines.map { try JSONDecoder().decode(QuoteScorer.GoldQuote.self, from: Data($0.utf8)) }
  }

  static func predictions() throws -> [QuoteScorer.Prediction] {
    let corpus = try CorpusLoader().load(paths: [packageRoot.appendingPathComponent("seeds").path])
    return corpus.quotations.map { quotation in
      QuoteScorer.Prediction(
        document: corpus.documents[quotation.documentID].id, text: quotation.text,
        speaker: corpus.speaker(of: quotation)?.name)
    }
  }

  @Test("quote F1 and speaker accuracy reach the thresholds")
  func seedsReachThresholds() throws {
    let score = QuoteScorer.score(gold: try Self.goldQuotes(), predicted: try Self.predictions())
    print("seeds: \(score)")
    #expect(score.f1 >= AccuracyThresholds.seedsQuoteF1, "\(score)")
    #expect(score.speakerAccuracy >= AccuracyThresholds.seedsSpeakerAccuracy, "\(score)")
  }
}

/// The scorer itself, so that a wrong re-implementation cannot pass the accuracy test by accident.
@Suite("Quote scorer")
struct QuoteScorerTests {
  @Test("texts match when equal after folding, 80% contained, or 80% of words shared")
  func textMatching() {
    #expect(QuoteScorer.textScore("“We are ready,”", "we are ready") == 1)
    #expect(QuoteScorer.textScore("one two three four five six seven eight nine", "one two three four five six seven eight nine ten") > 0)
    #expect(QuoteScorer.textScore("one two", "one two three four five") == 0)
  }

  @Test("a bare surname matches the full name; different first initials do not")
  func speakerMatching() {
    #expect(QuoteScorer.sameSpeaker("Stoltenberg", "Jens Stoltenberg"))
    #expect(QuoteScorer.sameSpeaker("The Washington Post", "washington post"))
    #expect(QuoteScorer.sameSpeaker("Sergei A. Ryabkov", "Sergei Ryabkov"))
    #expect(!QuoteScorer.sameSpeaker("Bill Clinton", "Hillary Clinton"))
    #expect(!QuoteScorer.sameSpeaker(nil, "Jens Stoltenberg"))
  }

  @Test("a missed quotation and a wrong speaker lower the score")
  func scoring() {
    let gold = [
      QuoteScorer.GoldQuote(document: "a.txt", quote: "first words here", speaker: "Jane Doe"),
      QuoteScorer.GoldQuote(document: "a.txt", quote: "second words here", speaker: "Ann Lee"),
      QuoteScorer.GoldQuote(document: "a.txt", quote: "open door", speaker: nil),
    ]
    let predicted = [
      QuoteScorer.Prediction(document: "a", text: "first words here", speaker: "Doe"),
      QuoteScorer.Prediction(document: "a", text: "open door", speaker: nil),
    ]
    let score = QuoteScorer.score(gold: gold, predicted: predicted)
    #expect(score.matched == 1)
    #expect(score.predicted == 1)
    #expect(score.recall == 0.5)
    #expect(score.rightSpeaker == 1)
  }
}
