import NewsCorpus

/// Building the indexes of a corpus into the sections of an image.
extension CorpusIndex {
  /// Adds every index of `corpus` to `writer` (the snapshot's, or one for the heap). The positional index
  /// is built on every core, documents cut into consecutive pieces whose postings are then joined in order.
  public static func addSections(of corpus: Corpus, to writer: inout ImageWriter, includingText: Bool = true) {
    addNameSections(of: corpus, to: &writer)
    var documentNames = WordTable.Builder()
    var documentsByName: [Int32] = []
    for document in corpus.documents.indices {
      let id = documentNames.insert(corpus.documents.name(document))
      if id == documentsByName.count { documentsByName.append(0) }
      documentsByName[id] = Int32(document)
    }
    documentNames.addSections("index.documents", to: &writer)
    writer.add("index.documents.ids", documentsByName)
    writer.add("index.flags", [UInt8(linksAreConsistent(corpus) ? 1 : 0)])
    guard includingText else { return }
    addWordSections(of: corpus, to: &writer)
    groupedBySentence(corpus.mentions.indices.map { (corpus.mentions.sentenceID($0), $0) }, corpus.sentences.count)
      .addSections(named: "index.sentences.mentions", to: &writer)
    groupedBySentence(corpus.quotations.indices.map { (corpus.quotations[$0].sentenceID, $0) }, corpus.sentences.count)
      .addSections(named: "index.sentences.quotes", to: &writer)
  }

  /// Name form → entities, entity → name forms, kind → entities.
  private static func addNameSections(of corpus: Corpus, to writer: inout ImageWriter) {
    var names = WordTable.Builder()
    var entitiesByName: [[Int32]] = []
    var formsByEntity = ImageListBuilder<Int32>()
    var byKind = Entity.kinds.map { _ in [Int32]() }
    for (id, entity) in corpus.entities.enumerated() {
      var forms: [Int32] = []
      for form in nameForms(of: entity).sorted() {
        let name = names.insert(form)
        if name == entitiesByName.count { entitiesByName.append([]) }
        entitiesByName[name].append(Int32(id))
        forms.append(Int32(name))
      }
      formsByEntity.append(forms)
      if let kind = Entity.kinds.firstIndex(of: entity.kind) { byKind[kind].append(Int32(id)) }
    }
    names.addSections("index.names", to: &writer)
    var lists = ImageListBuilder<Int32>()
    for list in entitiesByName { lists.append(list) }
    lists.addSections(named: "index.names.entities", to: &writer)
    formsByEntity.addSections(named: "index.entityForms", to: &writer)
    var kinds = ImageListBuilder<Int32>()
    for list in byKind { kinds.append(list) }
    kinds.addSections(named: "index.kinds", to: &writer)
  }

  /// Whether the entities' lists of quotations and mentions are exactly the items that name them.
  static func linksAreConsistent(_ corpus: Corpus) -> Bool {
    var speakers = corpus.quotations.indices.map { corpus.quotations.speakerID($0) }
    var named = corpus.mentions.indices.map { Optional(corpus.mentions.entityID($0)) }
    for entity in corpus.entities.indices {
      for quotation in corpus.entities.quotationIDs(entity) {
        guard speakers.indices.contains(quotation), speakers[quotation] == entity else { return false }
        speakers[quotation] = nil
      }
      for mention in corpus.entities.mentionIDs(entity) {
        guard named.indices.contains(mention), named[mention] == entity else { return false }
        named[mention] = nil
      }
    }
    return speakers.allSatisfy { $0 == nil } && named.allSatisfy { $0 == nil }
  }

  /// Ids by sentence, as lists: the values of sentence `s` in the order given; keys out of range are dropped.
  private static func groupedBySentence(_ pairs: [(Int, Int)], _ sentences: Int) -> ImageListBuilder<Int32> {
    var counts = [Int](repeating: 0, count: sentences + 1)
    for (key, _) in pairs where key >= 0 && key < sentences { counts[key + 1] += 1 }
    for key in 0..<sentences { counts[key + 1] += counts[key] }
    var next = counts
    var values = [Int32](repeating: 0, count: counts[sentences])
    for (key, value) in pairs where key >= 0 && key < sentences {
      values[next[key]] = Int32(value)
      next[key] += 1
    }
    var lists = ImageListBuilder<Int32>()
    for key in 0..<sentences { lists.append(values[counts[key]..<counts[key + 1]]) }
    return lists
  }

  /// The positional index, and the items whose text it cannot answer for.
  private static func addWordSections(of corpus: Corpus, to writer: inout ImageWriter) {
    let pieces = ParallelWork.chunks(of: corpus.documents.count, pieces: ParallelWork.pieces)
    let parts = ParallelWork.map(pieces.count) { piece in
      var builder = PositionalIndex.Builder()
      var irregular: [String: [Int32]] = [:]
      var spans: [Range<Int>] = []
      for document in pieces[piece] {
        spans.removeAll(keepingCapacity: true)
        corpus.withTextBytes(ofDocument: document) { bytes in
          builder.add(document: document, bytes: bytes) { spans.append($0) }
          for (collection, item, range) in itemRanges(of: document, in: corpus)
          where cutsWords(range, bytes, spans) {
            irregular[collection, default: []].append(Int32(item))
          }
        }
      }
      return (builder, irregular)
    }
    var whole = PositionalIndex.Builder()
    var irregular: [String: [Int32]] = [:]
    for (builder, found) in parts {
      whole.append(builder)
      for (collection, ids) in found { irregular[collection, default: []] += ids }
    }
    whole.addSections(to: &writer)
    for (collection, ids) in misplacedItems(corpus) { irregular[collection, default: []] += ids }
    for collection in textCollections where collection != "documents" {
      writer.add("index.irregular." + collection, Array(Set(irregular[collection] ?? [])).sorted())
    }
  }

  /// The paragraphs, sentences and quotations a document's ranges list, with their byte ranges.
  private static func itemRanges(of document: Int, in corpus: Corpus) -> [(String, Int, Range<Int>)] {
    var items: [(String, Int, Range<Int>)] = []
    for item in corpus.documents.paragraphIDs(document) where corpus.paragraphs.indices.contains(item) {
      items.append(("paragraphs", item, corpus.paragraphs.byteRange(item)))
    }
    for item in corpus.documents.sentenceIDs(document) where corpus.sentences.indices.contains(item) {
      items.append(("sentences", item, corpus.sentences.byteRange(item)))
    }
    for item in corpus.documents.quotationIDs(document) where corpus.quotations.indices.contains(item) {
      items.append(("quotes", item, corpus.quotations.byteRange(item)))
    }
    return items
  }

  /// Whether reading `range` of a document's text on its own gives other words than the document's words
  /// that lie in it: a bound inside a word or a character, or outside the text.
  static func cutsWords(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ spans: [Range<Int>]) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return true }
    for bound in [range.lowerBound, range.upperBound] where bound > 0 && bound < bytes.count {
      if bytes[bound] & 0xC0 == 0x80 { return true }
      // The last word starting before the bound, and whether it runs past it.
      var low = 0
      var high = spans.count
      while low < high {
        let middle = (low + high) / 2
        if spans[middle].lowerBound < bound { low = middle + 1 } else { high = middle }
      }
      if low > 0, spans[low - 1].upperBound > bound { return true }
    }
    return false
  }

  /// Items their document's ranges do not list, or whose text is not their range of it: the index cannot
  /// place them, so they are scanned.
  private static func misplacedItems(_ corpus: Corpus) -> [String: [Int32]] {
    var found: [String: [Int32]] = [:]
    for item in corpus.paragraphs.indices {
      let document = corpus.paragraphs.documentID(item)
      if !corpus.documents.indices.contains(document) || !corpus.documents.paragraphIDs(document).contains(item) {
        found["paragraphs", default: []].append(Int32(item))
      }
    }
    for item in corpus.sentences.indices {
      let document = corpus.sentences.documentID(item)
      if !corpus.documents.indices.contains(document) || !corpus.documents.sentenceIDs(document).contains(item) {
        found["sentences", default: []].append(Int32(item))
      }
    }
    for item in corpus.quotations.indices {
      let document = corpus.quotations.documentID(item)
      if !corpus.documents.indices.contains(document) || !corpus.documents.quotationIDs(document).contains(item)
        || corpus.quotations.hasOwnText(item, in: corpus.documents)
      {
        found["quotes", default: []].append(Int32(item))
      }
    }
    return found
  }
}
