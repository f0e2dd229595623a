/// The corpus being assembled from extraction's results, document by document, straight into the columns of
/// its image: a load then never holds an array of records per kind of item (a mention's record with its
/// String was 40 bytes and more, its columns are 24), nor the records and their columns at once when it ends.
/// Each document's text is copied into the image's text buffer as it comes in, so the caller can drop the
/// String it was read as. Ids and values are those the records would have had.
struct CorpusAssembly {
  private let context: ImageWriteContext
  private var documents = Document.Builder()
  private var paragraphs = Paragraph.Builder()
  private var sentences = Sentence.Builder()
  private var quotations = Quotation.Builder()
  private var terms = QuotedTerm.Builder()
  private var mentions = Mention.Builder()
  /// Each document's outlet, whose entity is found once every document's entities are in.
  private(set) var outlets: [String?] = []

  /// An assembly for documents of `textByteCount` bytes of text in all.
  init(textByteCount: Int) {
    context = ImageWriteContext(strings: ImageStringsBuilder(), texts: DocumentTextsBuilder(byteCount: textByteCount))
  }

  var documentCount: Int { documents.count }

  /// Adds one extracted document and its items; `entityIDs` are the corpus ids of its entities, in its order.
  mutating func add(_ found: ExtractedDocument, of article: RawArticle, entityIDs: [Int]) {
    let documentIndex = documents.count
    var document = Self.makeDocument(found, of: article)
    document.withTextBytes { context.texts.append($0) }
    let firstParagraph = paragraphs.count
    let firstSentence = sentences.count
    var sentenceIDs: [Range<Int>] = []
    sentenceIDs.reserveCapacity(found.paragraphs.count)
    for (ordinal, item) in found.paragraphs.enumerated() {
      // The paragraph goes in before its sentences, whose document is derived from it.
      var paragraph = Paragraph(
        id: paragraphs.count, documentID: documentIndex, ordinal: ordinal, byteRange: item.byteRange,
        boilerplate: item.boilerplate)
      paragraph.sentenceIDs = sentences.count..<(sentences.count + item.sentences.count)
      sentenceIDs.append(paragraph.sentenceIDs)
      paragraphs.append(paragraph, documentFirstParagraph: firstParagraph, context)
      for range in item.sentences {
        sentences.append(
          Sentence(id: sentences.count, documentID: documentIndex, paragraphID: paragraph.id, byteRange: range), context)
      }
    }
    func sentenceID(_ paragraph: Int, _ sentence: Int) -> Int {
      let ids = sentenceIDs[paragraph]
      return ids.isEmpty ? max(0, ids.lowerBound - 1) : min(ids.lowerBound + sentence, ids.upperBound - 1)
    }
    let firstQuotation = quotations.count
    for item in found.quotations {
      let quotation = Quotation(
        id: quotations.count, documentID: documentIndex, paragraphID: firstParagraph + item.paragraph,
        sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange, text: "",
        speakerID: item.speaker.map { entityIDs[$0] }, cue: item.cue, form: item.form, cueByteRange: item.cueByteRange,
        attribution: item.attribution, why: item.why)
      quotations.append(
        quotation, ownText: context.ownTextOfSlice(document: documentIndex, quotation.byteRange), context)
    }
    for item in found.terms {
      let term = QuotedTerm(
        id: terms.count, documentID: documentIndex, paragraphID: firstParagraph + item.paragraph,
        sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange, text: "", kind: item.kind)
      terms.append(term, ownText: context.ownTextOfSlice(document: documentIndex, term.byteRange), context)
    }
    for item in found.mentions {
      let mention = Mention(
        id: mentions.count, entityID: entityIDs[item.entity], documentID: documentIndex,
        sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange, text: item.text)
      mentions.append(
        mention, ownText: context.ownText(mention.text, document: documentIndex, mention.byteRange), context)
    }
    document.paragraphIDs = firstParagraph..<paragraphs.count
    document.sentenceIDs = firstSentence..<sentences.count
    document.quotationIDs = firstQuotation..<quotations.count
    outlets.append(document.outlet?.value)
    documents.append(document, context)
  }

  /// Sets document `index`'s outlet entity.
  mutating func setOutletEntity(of index: Int, to entityID: Int) {
    documents.outletEntity[index] = Int32(column: entityID)
  }

  /// The corpus assembled, with `entities` (each one's mentions and quotations derived from their columns when asked for), its
  /// tables read in place from an image on the heap that takes every column over. Each column is dropped once
  /// the image holds it, so the columns are never held twice.
  consuming func corpus(entities: consuming [Entity]) -> Corpus {
    var writer = ImageWriter()
    Entity.write(entities, to: &writer, context)
    // The quotations' whys are stored without their speaker's name, so they go while the names are here.
    Self.take(&quotations, Quotation.Builder()).addSections(
      to: &writer, speakerName: { $0 < entities.count ? entities[$0].name : nil }, context)
    _ = consume entities
    // The registry's and the entities' memory goes back before the image takes its own.
    FreedMemory.release()
    Self.take(&documents, Document.Builder()).addSections(to: &writer, context)
    Self.take(&paragraphs, Paragraph.Builder()).addSections(to: &writer, context)
    Self.take(&sentences, Sentence.Builder()).addSections(to: &writer, context)
    Self.take(&terms, QuotedTerm.Builder()).addSections(to: &writer)
    Self.take(&mentions, Mention.Builder()).addSections(to: &writer)
    context.texts.addSections(to: &writer)
    context.strings.addSections(to: &writer)
    context.parents.release()
    Corpus().addReport(to: &writer)
    FreedMemory.release()
    let image = (consume writer).makeImage(metadata: ImageMetadata(producer: CorpusImage.currentProducer))
    do {
      return try Corpus(image: image)
    } catch {
      preconditionFailure("an image just made reads back: \(error)")
    }
  }

  /// `value`, leaving `empty` in its place: a builder handed on without a copy left behind.
  private static func take<Value>(_ value: inout Value, _ empty: Value) -> Value {
    let taken = value
    value = empty
    return taken
  }

  /// The document of an article: its metadata as given, else as inferred from its text.
  private static func makeDocument(_ found: ExtractedDocument, of article: RawArticle) -> Document {
    Document(
      id: article.id, origin: article.origin, text: article.text,
      title: article.title.map { MetadataValue($0, isInferred: false) }
        ?? found.metadata.title.map { MetadataValue($0, isInferred: true) },
      outlet: article.outlet.map { MetadataValue($0, isInferred: false) }
        ?? found.metadata.outlet.map { MetadataValue($0, isInferred: true) },
      author: article.author.map { MetadataValue($0, isInferred: false) }
        ?? found.metadata.author.map { MetadataValue($0, isInferred: true) },
      date: article.date.flatMap { DateReader.date($0) }.map { MetadataValue($0, isInferred: false) }
        ?? found.metadata.date.map { MetadataValue($0, isInferred: true) },
      url: article.url.map { MetadataValue($0, isInferred: false) },
      extraMetadata: article.extraMetadata)
  }
}
