import NewsCorpus

/// The values that point at other items, each labelled the way a reader recognises it:
/// a document by its id, a sentence, paragraph or quotation by its text, an entity by its name.
extension QueryContext {
  func documentValue(_ id: Int) -> Value {
    .item(collection: "documents", id: id, label: corpus.documents[id].id)
  }

  func paragraphValue(_ id: Int) -> Value {
    let paragraph = corpus.paragraphs[id]
    return .item(collection: "paragraphs", id: id, label: text(paragraph.byteRange, paragraph.documentID))
  }

  func sentenceValue(_ id: Int) -> Value {
    let sentence = corpus.sentences[id]
    return .item(collection: "sentences", id: id, label: text(sentence.byteRange, sentence.documentID))
  }

  func quoteValue(_ id: Int) -> Value {
    .item(collection: "quotes", id: id, label: corpus.quotations[id].text)
  }

  func mentionValue(_ id: Int) -> Value {
    .item(collection: "mentions", id: id, label: corpus.mentions[id].text)
  }

  func entityValue(_ id: Int?) -> Value {
    guard let id, corpus.entities.indices.contains(id) else { return .null }
    return .entity(id: id, name: corpus.entities.name(id))
  }

  func text(_ byteRange: Range<Int>, _ documentID: Int) -> String {
    String(corpus.text(of: byteRange, inDocument: documentID))
  }

  /// The character offset in its document where a byte range starts: what `position` shows.
  func position(_ byteRange: Range<Int>, _ documentID: Int) -> Value {
    .number(Double(corpus.documents[documentID].characterOffset(ofByte: byteRange.lowerBound)))
  }

  /// Whether a sentence's paragraph is page furniture.
  func boilerplate(ofParagraph id: Int) -> Value {
    corpus.paragraphs[id].boilerplate.map { .string($0.rawValue) } ?? .null
  }
}
