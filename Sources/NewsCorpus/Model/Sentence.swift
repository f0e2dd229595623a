/// A sentence of a paragraph, as the abbreviation-aware splitter found it.
public struct Sentence: Sendable {
  public var id: Int
  public var documentID: Int
  public var paragraphID: Int
  public var byteRange: Range<Int>

  public init(id: Int, documentID: Int, paragraphID: Int, byteRange: Range<Int>) {
    self.id = id
    self.documentID = documentID
    self.paragraphID = paragraphID
    self.byteRange = byteRange
  }
}
