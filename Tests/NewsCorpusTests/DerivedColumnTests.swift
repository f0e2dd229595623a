import Foundation
import Testing

@testable import NewsCorpus

/// An image stores a record's document, paragraph, place, sentence end and own text only where they are not
/// what its parents give, and a range's end only where its length does not fit in one or two bytes: a corpus
/// whose records break every such rule still reads back field for field, and one that extraction made breaks
/// none, so that what a load keeps is the derived columns only.
@Suite("Derived columns")
struct DerivedColumnTests {
  /// Records that no extraction makes: parents that disagree, ranges wider than their columns, texts of their own.
  static func unusual() -> Corpus {
    let long = String(repeating: "word ", count: 14_000) + "end."
    var first = Document(id: "long", origin: SourceOrigin(path: "/tmp/long.txt"), text: long)
    first.paragraphIDs = 0..<2
    first.sentenceIDs = 0..<3
    first.quotationIDs = 0..<1
    var second = Document(id: "short", origin: SourceOrigin(path: "/tmp/short.txt"), text: "Short one.")
    second.paragraphIDs = 2..<3
    second.sentenceIDs = 3..<4
    second.quotationIDs = 1..<2
    var wide = Paragraph(id: 0, documentID: 0, ordinal: 0, byteRange: 0..<70_004)
    wide.sentenceIDs = 0..<1
    // Its place is not its id less its document's first paragraph, nor its end the next one's first sentence.
    var odd = Paragraph(id: 1, documentID: 0, ordinal: 5, byteRange: 10..<20)
    odd.sentenceIDs = 1..<2
    var last = Paragraph(id: 2, documentID: 1, ordinal: 0, byteRange: 0..<10)
    last.sentenceIDs = 3..<4
    var speaker = Entity(id: 0, kind: .person, name: "Ann Lee")
    speaker.mentionIDs = [0, 1]
    speaker.quotationIDs = [0, 1]
    return Corpus(
      documents: [first, second], paragraphs: [wide, odd, last],
      sentences: [
        Sentence(id: 0, documentID: 0, paragraphID: 0, byteRange: 0..<70_004),
        Sentence(id: 1, documentID: 0, paragraphID: 1, byteRange: 10..<20),
        // In a paragraph of the other document.
        Sentence(id: 2, documentID: 0, paragraphID: 2, byteRange: 20..<25),
        Sentence(id: 3, documentID: 1, paragraphID: 2, byteRange: 0..<10),
      ],
      quotations: [
        Quotation(
          id: 0, documentID: 0, paragraphID: 0, sentenceID: 0, byteRange: 5..<69_000, text: "", speakerID: 0),
        // Its document and paragraph are not its sentence's.
        Quotation(
          id: 1, documentID: 1, paragraphID: 2, sentenceID: 0, byteRange: 0..<5, text: "its own", speakerID: 0),
      ],
      entities: [speaker],
      mentions: [
        Mention(id: 0, entityID: 0, documentID: 0, sentenceID: 0, byteRange: 0..<300, text: "a name of its own"),
        Mention(id: 1, entityID: 0, documentID: 1, sentenceID: 1, byteRange: 0..<5, text: "Short"),
      ])
  }

  @Test("records whose columns cannot be derived read back field for field")
  func unusualReadsBack() {
    var corpus = Self.unusual()
    corpus.quotations[0].text = String(corpus.documents[0].text(in: 5..<69_000))
    let compacted = corpus.compacted()
    #expect(compacted.image != nil)
    #expect(CorpusImageTests.describe(compacted) == CorpusImageTests.describe(corpus))
    #expect(compacted.mentions.documentID(1) == 1)
    #expect(compacted.paragraphs.byteRange(0) == 0..<70_004)
    #expect(compacted.mentions.byteRange(0) == 0..<300)
  }

  @Test("what extraction makes is all derived: no record stores its document, paragraph, place or text")
  func extractionIsDerived() throws {
    let corpus = try CorpusLoader().load(paths: [CorpusImageTests.seedsPath])
    let image = try #require(corpus.image)
    for table in ["mentions", "quotes", "terms", "sentences"] {
      #expect(try image.bytes(table + ".otherDocument.at").isEmpty, "\(table)")
    }
    for section in ["quotes.otherParagraph", "quotes.ownText", "mentions.ownText", "paragraphs.otherOrdinal"] {
      #expect(try image.bytes(section + ".at").isEmpty, "\(section)")
    }
    // Only the last paragraph's sentences end where no next paragraph begins.
    #expect(try image.bytes("paragraphs.otherEndSentence.at").count == 4)
  }
}

/// Starts counted from the sentence's (items) or the paragraph's (sentences) in two bytes: an item that starts
/// farther than they reach, or before its sentence, or in no sentence at all, keeps its start in the escape
/// list and reads back exact.
@Suite("Relative starts")
struct RelativeStartTests {
  static func farApart() -> Corpus {
    let text = String(repeating: "word ", count: 30_000) + "end."
    let end = text.utf8.count
    var document = Document(id: "far", origin: SourceOrigin(path: "/tmp/far.txt"), text: text)
    document.paragraphIDs = 0..<1
    document.sentenceIDs = 0..<2
    document.quotationIDs = 0..<2
    var paragraph = Paragraph(id: 0, documentID: 0, ordinal: 0, byteRange: 0..<end)
    paragraph.sentenceIDs = 0..<2
    var speaker = Entity(id: 0, kind: .person, name: "Ann Lee")
    speaker.mentionIDs = [0, 1, 2, 3]
    speaker.quotationIDs = [0, 1]
    return Corpus(
      documents: [document], paragraphs: [paragraph],
      sentences: [
        Sentence(id: 0, documentID: 0, paragraphID: 0, byteRange: 0..<end),
        // Starts farther from its paragraph's start than two bytes reach.
        Sentence(id: 1, documentID: 0, paragraphID: 0, byteRange: 70_000..<70_010),
      ],
      quotations: [
        Quotation(
          id: 0, documentID: 0, paragraphID: 0, sentenceID: 0, byteRange: 65_535..<65_540, text: "", speakerID: 0),
        Quotation(
          id: 1, documentID: 0, paragraphID: 0, sentenceID: 1, byteRange: 70_001..<70_005, text: "", speakerID: 0),
      ],
      entities: [speaker],
      mentions: [
        Mention(id: 0, entityID: 0, documentID: 0, sentenceID: 0, byteRange: 65_534..<65_538, text: "word"),
        // Before its sentence's start.
        Mention(id: 1, entityID: 0, documentID: 0, sentenceID: 1, byteRange: 5..<9, text: "word"),
        Mention(id: 2, entityID: 0, documentID: 0, sentenceID: 1, byteRange: 70_005..<70_009, text: "word"),
        // In no sentence the corpus has.
        Mention(id: 3, entityID: 0, documentID: 0, sentenceID: 7, byteRange: 100_000..<100_004, text: "word"),
      ])
  }

  @Test("starts beyond two bytes of their sentence or paragraph read back exact")
  func farStartsReadBack() {
    var corpus = Self.farApart()
    for index in corpus.quotations.indices {
      corpus.quotations[index].text = String(corpus.documents[0].text(in: corpus.quotations[index].byteRange))
    }
    let compacted = corpus.compacted()
    #expect(compacted.image != nil)
    #expect(CorpusImageTests.describe(compacted) == CorpusImageTests.describe(corpus))
    #expect(compacted.sentences.byteRange(1) == 70_000..<70_010)
    #expect(compacted.quotations.byteRange(0) == 65_535..<65_540)
    #expect(compacted.mentions.byteRange(0) == 65_534..<65_538)
    #expect(compacted.mentions.byteRange(1) == 5..<9)
    #expect(compacted.mentions.byteRange(3) == 100_000..<100_004)
  }
}
