import Foundation
import NewsCorpus
import Testing

@testable import NewsQuery

/// The positional word index answers `contains` exactly as a scan does: the same items for every word and
/// phrase, on every collection it covers, including items whose range cuts a word or whose text is their own.
@Suite("Word index")
struct WordIndexTests {
  static let collections = ["documents", "paragraphs", "sentences", "quotes"]

  /// The rows `contains` selects through the index, and through a scan (an `or` with a term no index
  /// answers forces one).
  static func answers(_ engine: QueryEngine, _ collection: String, _ phrase: String) throws
    -> (index: [[Value]], scan: [[Value]])
  {
    let quoted = "\"" + phrase.replacingOccurrences(of: "\"", with: " ") + "\""
    let source = ["paragraphs", "sentences"].contains(collection) ? collection + " including boilerplate" : collection
    let plan = try engine.query("explain \(source) where text contains \(quoted)")
    #expect(plan.rows.first.map { $0[1].displayText } == "index", "\(collection) \(phrase): no index used")
    let indexed = try engine.query("\(source) where text contains \(quoted)")
    let scanned = try engine.query("\(source) where text contains \(quoted) or length(text) < 0")
    return (indexed.rows, scanned.rows)
  }

  /// Words of the seeds and phrases of two and three of them, taken at a regular stride so the test is the
  /// same on every run.
  static func phrases(of corpus: Corpus, count: Int) -> [String] {
    var phrases: [String] = []
    for document in corpus.documents {
      let words = TextFolding.foldedWords(document.text)
      let stride = max(1, words.count / count)
      for start in Swift.stride(from: 0, to: words.count, by: stride) {
        phrases.append(words[start])
        if start + 1 < words.count { phrases.append(words[start...(start + 1)].joined(separator: " ")) }
        if start + 2 < words.count { phrases.append(words[start...(start + 2)].joined(separator: " ")) }
      }
    }
    return phrases
  }

  @Test("on the seeds, every collection, words and phrases across sentences", arguments: collections)
  func seeds(collection: String) throws {
    let engine = QueryEngine(corpus: Fixtures.seedCorpus)
    for phrase in Self.phrases(of: Fixtures.seedCorpus, count: 12) + ["in europe we", "zzz unknown"] {
      let (index, scan) = try Self.answers(engine, collection, phrase)
      #expect(index == scan, "\(collection) contains \"\(phrase)\"")
    }
  }

  /// Fresh text with accents, combining marks, letters folded to two, apostrophes and dashes.
  static let tricky: [[String: String]] = [
    [
      "id": "a", "title": "Café",
      "text":
        "Zoë Ærø said “the café is naïve” on Monday. Straße co-op’s plan — e\u{301}tude, 3rd.\n\nThe café is open. Naïve café owners said “the plan is good”.",
    ],
    ["id": "b", "title": "Again", "text": "Nobody said the cafe is NAIVE.\n\nCO-OP: the co op said “strasse plans”."],
    // ASCII letters glued to a word's other letters on either side, and a phrase word at the very start.
    [
      "id": "c", "title": "Glued",
      "text": "Said the plan. Ébc said it; the planà is late, THE Plan\u{301} too — said plan X. Plan",
    ],
  ]

  @Test("on text with accents and marks, and on items whose range cuts a word or whose text is their own")
  func tricky() throws {
    var corpus = WireFixture.corpus(of: Self.tricky)
    // Quotations placed by hand: one cut inside its first word ("he café …"), one whose text was set to
    // something else, one as extraction would make it.
    func quotation(_ text: String, in document: Int) -> Quotation {
      let whole = corpus.documents[document].text
      let found = whole.range(of: text) ?? whole.startIndex..<whole.startIndex
      let lower = whole.utf8.distance(from: whole.startIndex, to: found.lowerBound)
      let upper = whole.utf8.distance(from: whole.startIndex, to: found.upperBound)
      let sentence = corpus.documents[document].sentenceIDs.first { corpus.sentences[$0].byteRange.contains(lower) } ?? 0
      return Quotation(
        id: corpus.quotations.count, documentID: document, paragraphID: corpus.sentences[sentence].paragraphID,
        sentenceID: sentence, byteRange: lower..<upper, text: text)
    }
    corpus.quotations = []
    var cut = quotation("the café is naïve", in: 0)
    cut.byteRange = (cut.byteRange.lowerBound + 1)..<cut.byteRange.upperBound
    cut.text = String(corpus.text(of: cut.byteRange, inDocument: 0))
    corpus.quotations.append(cut)
    var own = quotation("the plan is good", in: 0)
    own.text = "a text of its own about the plan"
    corpus.quotations.append(own)
    corpus.quotations.append(quotation("strasse plans", in: 1))
    corpus.documents[0].quotationIDs = 0..<2
    corpus.documents[1].quotationIDs = 2..<3
    let engine = QueryEngine(corpus: corpus)
    let phrases = [
      "cafe", "café", "naive", "the cafe", "cafe is naive", "the cafe is", "he cafe", "he", "strasse", "co op",
      "co op s plan", "etude", "etude 3rd", "zoe aero", "monday straße", "the plan", "plan is good", "own about",
      "open naive", "open naïve cafe", "said the", "bc said", "ebc said", "the plan", "the plana", "said plan x",
      "x plan", "said the plan", "it the", "late the plan too",
    ]
    for collection in Self.collections {
      for phrase in phrases {
        let (index, scan) = try Self.answers(engine, collection, phrase)
        #expect(index == scan, "\(collection) contains \"\(phrase)\"")
      }
    }
  }

  @Test("the index is built the same whatever the pieces it is cut into")
  func sameAcrossPieces() throws {
    // Postings built in one piece and in many give the same answers (the seeds repeated, one piece a document).
    let corpus = Fixtures.seedCorpus
    var whole = PositionalIndex.Builder()
    var joined = PositionalIndex.Builder()
    for document in corpus.documents.indices {
      var piece = PositionalIndex.Builder()
      corpus.withTextBytes(ofDocument: document) { bytes in
        whole.add(document: document, bytes: bytes)
        piece.add(document: document, bytes: bytes)
      }
      joined.append(piece)
    }
    func sections(_ builder: PositionalIndex.Builder) -> [String] {
      var writer = ImageWriter()
      builder.addSections(to: &writer)
      let image = writer.makeImage(metadata: ImageMetadata(producer: "test"))
      return image.metadata.sections.map { section in
        "\(section.name) \((try? image.bytes(section.name)).map { Array($0).hashValue } ?? 0)"
      }
    }
    #expect(sections(whole) == sections(joined))
  }
}
