/// A sentence of a paragraph, as the abbreviation-aware splitter found it.
public struct Sentence: Sendable {
  // In 32 bits (`Compact`): a corpus of records holds millions.
  @Compact public var id: Int
  @Compact public var documentID: Int
  @Compact public var paragraphID: Int
  @CompactRange public var byteRange: Range<Int>

  public init(id: Int, documentID: Int, paragraphID: Int, byteRange: Range<Int>) {
    self.id = id
    self.documentID = documentID
    self.paragraphID = paragraphID
    self.byteRange = byteRange
  }
}
