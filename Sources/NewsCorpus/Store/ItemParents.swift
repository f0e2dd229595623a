/// The columns that say where each paragraph and sentence lies — a paragraph's document, a sentence's paragraph,
/// a document's first paragraph — shared by the tables being written, which derive their own document and
/// paragraph columns from them and store only the records that differ (`SparseColumn`).
final class ItemParents {
  var paragraphDocument = ColumnChunks<Int32>()
  var sentenceParagraph = ColumnChunks<Int32>()
  var documentFirstParagraph = ColumnChunks<Int32>()
  /// Where each sentence starts, which the items in it count their starts from.
  var sentenceStart = ColumnChunks<Int32>()
  /// Where each paragraph starts, which its sentences count their starts from.
  var paragraphStart = ColumnChunks<Int32>()

  /// Drops the columns, once the image's sections hold them and nothing more is derived from them.
  func release() {
    paragraphDocument = ColumnChunks()
    sentenceParagraph = ColumnChunks()
    documentFirstParagraph = ColumnChunks()
    sentenceStart = ColumnChunks()
    paragraphStart = ColumnChunks()
  }

  /// Where paragraph `id` starts, 0 for no such paragraph (as `ImageParents` reads it).
  func start(ofParagraph id: Int) -> Int {
    id >= 0 && id < paragraphStart.count ? Int(paragraphStart[id]) : 0
  }

  /// Where sentence `id` starts, 0 for no such sentence (as `ImageParents` reads it).
  func start(ofSentence id: Int) -> Int {
    id >= 0 && id < sentenceStart.count ? Int(sentenceStart[id]) : 0
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
  let paragraphStart: RawColumn<Int32>
  let sentenceRanges: RangeColumns

  init(image: CorpusImage) throws(SnapshotError) {
    paragraphStart = try image.column("paragraphs.start")
    sentenceRanges = try RangeColumns(image: image, "sentences", isRelative: true)
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

  /// Where sentence `id` starts, 0 for no such sentence (as `ItemParents` wrote it).
  @inline(__always)
  func start(ofSentence id: Int) -> Int {
    guard id >= 0, id < sentenceRanges.count else { return 0 }
    return sentenceRanges.lowerBound(id, base: start(ofParagraph: paragraph(ofSentence: id)))
  }

  /// Where paragraph `id` starts, 0 for no such paragraph (as `ItemParents` wrote it).
  @inline(__always)
  func start(ofParagraph id: Int) -> Int { id >= 0 && id < paragraphStart.count ? Int(paragraphStart[id]) : 0 }
}
