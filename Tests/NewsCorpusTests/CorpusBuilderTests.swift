import Foundation
import Testing

@testable import NewsCorpus

/// The corpus is assembled batch by batch while later batches are extracted; the batches must not
/// show in it.
@Suite("Corpus assembly")
struct CorpusBuilderTests {
  /// Every item of a corpus with its ids and ranges, one line each (as `newsq-bench --dump` prints them).
  static func lines(_ corpus: Corpus) -> [String] {
    corpus.documents.map { "D \($0.id) \($0.outletEntityID ?? -1) \($0.paragraphIDs) \($0.sentenceIDs) \($0.quotationIDs)" }
      + corpus.paragraphs.map { "P \($0.id) \($0.documentID) \($0.byteRange) \($0.boilerplate?.rawValue ?? "-") \($0.sentenceIDs)" }
      + corpus.sentences.map { "S \($0.id) \($0.documentID) \($0.paragraphID) \($0.byteRange)" }
      + corpus.quotations.map {
        "Q \($0.id) \($0.documentID) \($0.sentenceID) \($0.byteRange) \($0.speakerID ?? -1) \($0.cue ?? "-") \($0.text)"
      }
      + corpus.quotedTerms.map { "T \($0.id) \($0.documentID) \($0.byteRange) \($0.text)" }
      + corpus.mentions.map { "M \($0.id) \($0.entityID) \($0.documentID) \($0.sentenceID) \($0.byteRange) \($0.text)" }
      + corpus.entities.map {
        "E \($0.id) \($0.kind) \($0.name) \($0.aliases) \($0.roles) \($0.affiliation ?? "-") \($0.country ?? "-") "
          + "\($0.mentionIDs) \($0.quotationIDs)"
      }
  }

  @Test("batches of one article build the same corpus as one batch of all of them")
  func batchesDoNotShow() throws {
    let seeds = try CorpusLoader().load(paths: ["seeds"])
    // The seeds twice, with outlets given, so that documents share entities across batches.
    let articles = (seeds.documents + seeds.documents).enumerated().map { index, document in
      RawArticle(
        id: "\(index)", origin: document.origin, text: document.text,
        outlet: index % 3 == 0 ? "Reuters" : document.outlet?.value)
    }
    #expect(articles.count == 10)
    let whole = CorpusBuilder.build(articles, batchBytes: Int.max)
    let batched = CorpusBuilder.build(articles, batchBytes: 1)
    #expect(CorpusBuilder.batches(articles, batchBytes: 1).count == articles.count)
    #expect(Self.lines(batched) == Self.lines(whole))
    #expect(whole.quotations.count > 40 && whole.mentions.count > 100)
  }
}
