/// One field of one record, read from its column when the table reads an image, without decoding the rest
/// of the record: what scans and indexes that touch millions of records call. Each answers as
/// `table[id].field` would.
extension Table where Element == Document {
  public func paragraphIDs(_ id: Int) -> Range<Int> {
    guard let columns else { return self[id].paragraphIDs }
    return Int(columns.paragraphs.first[id])..<Int(columns.paragraphs.end[id])
  }

  public func sentenceIDs(_ id: Int) -> Range<Int> {
    guard let columns else { return self[id].sentenceIDs }
    return Int(columns.sentences.first[id])..<Int(columns.sentences.end[id])
  }

  public func quotationIDs(_ id: Int) -> Range<Int> {
    guard let columns else { return self[id].quotationIDs }
    return Int(columns.quotations.first[id])..<Int(columns.quotations.end[id])
  }

  /// The document's id (file name or record id).
  public func name(_ id: Int) -> String {
    guard let columns else { return self[id].id }
    return columns.context.strings.string(columns.id[id]) ?? ""
  }

  public func textByteCount(_ id: Int) -> Int {
    guard let columns else { return self[id].textByteCount }
    return Int(columns.context.textOffsets[id + 1] - columns.context.textOffsets[id])
  }
}

/// A record that lies in a range of its document's text, with columns for both.
public protocol DocumentRangeRecord: ImageRecord where Columns: DocumentRangeColumns {
  var documentID: Int { get }
  var byteRange: Range<Int> { get }
}

/// The columns of a record's document and byte range.
public protocol DocumentRangeColumns: Sendable {
  /// The document of record `id`.
  func documentID(_ id: Int) -> Int
  /// The byte range of record `id`.
  func byteRange(_ id: Int) -> Range<Int>
}

extension Table where Element: DocumentRangeRecord {
  public func byteRange(_ id: Int) -> Range<Int> { recordByteRange(id) }
  public func documentID(_ id: Int) -> Int { recordDocumentID(id) }

  @inline(__always)
  func recordByteRange(_ id: Int) -> Range<Int> {
    guard let columns else { return self[id].byteRange }
    return columns.byteRange(id)
  }

  @inline(__always)
  func recordDocumentID(_ id: Int) -> Int {
    guard let columns else { return self[id].documentID }
    return columns.documentID(id)
  }
}

// The same two fields for each concrete table: a call from another module to the generic ones above looks up
// the table's type metadata on every call, which was most of a phrase query's time on a snapshot.
extension Table where Element == Paragraph {
  public func byteRange(_ id: Int) -> Range<Int> { recordByteRange(id) }
  public func documentID(_ id: Int) -> Int { recordDocumentID(id) }
}

extension Table where Element == Sentence {
  public func byteRange(_ id: Int) -> Range<Int> { recordByteRange(id) }
  public func documentID(_ id: Int) -> Int { recordDocumentID(id) }
}

extension Table where Element == Quotation {
  public func byteRange(_ id: Int) -> Range<Int> { recordByteRange(id) }
  public func documentID(_ id: Int) -> Int { recordDocumentID(id) }
}

extension Table where Element == Mention {
  public func byteRange(_ id: Int) -> Range<Int> { recordByteRange(id) }
  public func documentID(_ id: Int) -> Int { recordDocumentID(id) }
}

extension Paragraph: DocumentRangeRecord {}
extension Paragraph.Columns: DocumentRangeColumns {
  @inline(__always)
  public func documentID(_ id: Int) -> Int { Int(documentID[id]) }
  @inline(__always)
  public func byteRange(_ id: Int) -> Range<Int> { ranges.byteRange(id) }
}
extension Sentence: DocumentRangeRecord {}
extension Sentence.Columns: DocumentRangeColumns {
  @inline(__always)
  public func byteRange(_ id: Int) -> Range<Int> {
    ranges.byteRange(id, base: parents.start(ofParagraph: Int(paragraphID[id])))
  }
}
extension Quotation: DocumentRangeRecord {}
extension Quotation.Columns: DocumentRangeColumns {
  @inline(__always)
  public func documentID(_ id: Int) -> Int { span.documentID(id) }
  @inline(__always)
  public func byteRange(_ id: Int) -> Range<Int> { span.range(id) }
}
extension Mention: DocumentRangeRecord {}
extension Mention.Columns: DocumentRangeColumns {
  @inline(__always)
  public func documentID(_ id: Int) -> Int { span.documentID(id) }
  @inline(__always)
  public func byteRange(_ id: Int) -> Range<Int> { span.range(id) }
}

extension Table where Element == Paragraph {
  public func isBoilerplate(_ id: Int) -> Bool {
    guard let columns else { return self[id].isBoilerplate }
    return columns.boilerplate[id] != 0
  }
}

extension Table where Element == Sentence {
  public func paragraphID(_ id: Int) -> Int {
    guard let columns else { return self[id].paragraphID }
    return Int(columns.paragraphID[id])
  }
}

extension Table where Element == Quotation {
  public func speakerID(_ id: Int) -> Int? {
    guard let columns else { return self[id].speakerID }
    return Int(column: columns.speakerID[id])
  }

  /// Calls `body` with the quotation's text as UTF-8 bytes, in place where it can.
  public func withTextBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard let image, let columns else { return self[id].sharedText.withBytes(body) }
    return columns.span.text(id, image: image).withBytes(body)
  }

  /// Whether the quotation's text is one of its own rather than its range of the document.
  public func hasOwnText(_ id: Int, in documents: Table<Document>) -> Bool {
    if let columns { return columns.span.ownText(id) >= 0 }
    let quotation = self[id]
    guard documents.indices.contains(quotation.documentID) else { return true }
    return documents[quotation.documentID].withTextBytes { document in
      quotation.sharedText.withBytes { text in
        let lower = Swift.max(0, Swift.min(quotation.byteRange.lowerBound, document.count))
        let upper = Swift.max(lower, Swift.min(quotation.byteRange.upperBound, document.count))
        return !text.elementsEqual(document[lower..<upper])
      }
    }
  }
}

extension Table where Element == Entity {
  public func kind(_ id: Int) -> EntityKind {
    guard let columns else { return self[id].kind }
    return EntityKind.decode(columns.kind[id], in: Entity.kinds) ?? .person
  }

  public func name(_ id: Int) -> String {
    guard let columns else { return self[id].name }
    return columns.context.strings.string(columns.name[id]) ?? ""
  }

  /// The quotations attributed to the entity, in order.
  public func quotationIDs(_ id: Int) -> [Int] {
    guard let columns else { return self[id].quotationIDs }
    return columns.quotationIDs[id].map(Int.init)
  }

  /// The mentions of the entity, in order.
  public func mentionIDs(_ id: Int) -> [Int] {
    guard let columns else { return self[id].mentionIDs }
    return columns.mentionIDs[id].map(Int.init)
  }
}

extension Table where Element == Mention {
  public func entityID(_ id: Int) -> Int {
    guard let columns else { return self[id].entityID }
    return Int(columns.entityID[id])
  }

  public func sentenceID(_ id: Int) -> Int {
    guard let columns else { return self[id].sentenceID }
    return Int(columns.span.sentenceID[id])
  }
}
