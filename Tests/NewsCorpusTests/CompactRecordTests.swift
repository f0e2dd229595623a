import Testing

@testable import NewsCorpus

/// Records that store ids and offsets in 32 bits read back what they were given, and clamp (never trap) past it.
@Suite("Compact records")
struct CompactRecordTests {
  @Test("a mention, a sentence and a paragraph read back their ids and ranges")
  func roundTrip() {
    var mention = Mention(id: 7, entityID: 3, documentID: 2, sentenceID: 11, byteRange: 40..<52, text: "Mr Lee")
    #expect(
      [mention.id, mention.entityID, mention.documentID, mention.sentenceID] == [7, 3, 2, 11] && mention.byteRange == 40..<52)
    mention.entityID = 1_000_000
    #expect(mention.entityID == 1_000_000)
    let sentence = Sentence(id: 9, documentID: 1, paragraphID: 4, byteRange: 0..<120)
    #expect([sentence.id, sentence.documentID, sentence.paragraphID] == [9, 1, 4] && sentence.byteRange == 0..<120)
    var paragraph = Paragraph(id: 5, documentID: 1, ordinal: 2, byteRange: 10..<90, boilerplate: .caption)
    paragraph.sentenceIDs = 8..<12
    #expect([paragraph.id, paragraph.documentID, paragraph.ordinal] == [5, 1, 2])
    #expect(paragraph.byteRange == 10..<90 && paragraph.sentenceIDs == 8..<12 && paragraph.boilerplate == .caption)
  }

  @Test("an offset beyond 32 bits clamps instead of trapping")
  func clamps() {
    let huge = Int(Int32.max) + 10
    let sentence = Sentence(id: huge, documentID: 0, paragraphID: 0, byteRange: 5..<huge)
    #expect(sentence.id == Int(Int32.max))
    #expect(sentence.byteRange == 5..<Int(Int32.max))
  }
}
