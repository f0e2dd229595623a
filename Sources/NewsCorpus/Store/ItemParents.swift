/// The columns that say where each paragraph and sentence lies — a paragraph's document, a sentence's paragraph,
/// a document's first paragraph — shared by the tables being written, which derive their own document and
/// paragraph columns from them and store only the records that differ (`SparseColumn`).
final class ItemParents {
  var paragraphDocument = ColumnChunks<Int32>()
  var sentenceParagraph = ColumnChunks<Int32>()
  var documentFirstParagraph = ColumnChunks<Int32>()

  /// Drops the columns, once the image's sections hold them and nothing more is derived from them.
  func release() {
    paragraphDocument = ColumnChunks()
    sentenceParagraph = ColumnChunks()
    documentFirstParagraph = ColumnChunks()
  }

  /// The paragraph sentence `id` lies in, as its column says; nil for no such sentence.
  func paragraph(ofSentence id: Int) -> Int32? {
    id >= 0 && id < sentenceParagraph.count ? sentenceParagraph[id] : nil
  }

  /// The document paragraph `id` lies in; nil for no such paragraph.
  func document(ofParagraph id: Int) -> Int32? {
    id >= 0 && id < paragraphDocument.count ? paragraphDocument[id] : nil
  }

  /// The document sentence `id` lies in, through its paragraph.
  func document(ofSentence id: Int) -> Int32? {
    paragraph(ofSentence: id).flatMap { document(ofParagraph: Int($0)) }
  }
}

/// The same derivations reading an image's columns: what `ItemParents` checked the stored records against.
public struct ImageParents: Sendable {
  let paragraphDocument: RawColumn<Int32>
  let sentenceParagraph: RawColumn<Int32>
  let documentFirstParagraph: RawColumn<Int32>

  init(image: CorpusImage) throws(SnapshotError) {
    paragraphDocument = try image.column("paragraphs.document")
    sentenceParagraph = try image.column("sentences.paragraph")
    documentFirstParagraph = try image.column("documents.firstParagraph")
  }

  @inline(__always)
  func paragraph(ofSentence id: Int) -> Int { Int(sentenceParagraph[id]) }

  @inline(__always)
  func document(ofParagraph id: Int) -> Int { Int(paragraphDocument[id]) }

  @inline(__always)
  func document(ofSentence id: Int) -> Int { document(ofParagraph: paragraph(ofSentence: id)) }
}
