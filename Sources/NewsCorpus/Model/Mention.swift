/// One place where the text names an entity.
public struct Mention: Sendable {
  public var id: Int
  public var entityID: Int
  public var documentID: Int
  public var sentenceID: Int
  public var byteRange: Range<Int>
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
