/// One place where the text names an entity.
public struct Mention: Sendable {
  // In 32 bits (`Compact`): a corpus of records holds millions.
  @Compact public var id: Int
  @Compact public var entityID: Int
  @Compact public var documentID: Int
  @Compact public var sentenceID: Int
  @CompactRange public var byteRange: Range<Int>
  /// The name as written here ("Mr Putin").
  public var text: String

  public init(id: Int, entityID: Int, documentID: Int, sentenceID: Int, byteRange: Range<Int>, text: String) {
    self.id = id
    self.entityID = entityID
    self.documentID = documentID
    self.sentenceID = sentenceID
    self.byteRange = byteRange
    self.text = text
  }
}
