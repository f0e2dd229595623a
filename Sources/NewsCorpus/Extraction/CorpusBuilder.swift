import Foundation

/// Runs extraction over raw articles and assembles the corpus with corpus-wide ids.
///
/// Articles are extracted in batches, each on every core, and each batch is added to the corpus
/// (paragraphs, sentences, quotations, mentions) while the next one is extracted, so that only two
/// batches of extraction results are ever held, never all of them. `EntityRegistry` merges each
/// document's entities as its batch comes in; mentions and quotations carry their document's entity
/// numbers until every batch is in. Ids follow input order, so the corpus is the same whatever the
/// number of cores or the batch size.
enum CorpusBuilder {
  /// A batch holds this many bytes of text at most (and one article at least).
  static let batchBytes = 8_000_000

  /// A buffer each worker writes its own slots of; no two workers share a slot.
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<ExtractedDocument>
  }

  static func extractInParallel(_ articles: ArraySlice<RawArticle>, reporter: ProgressReporter) -> [ExtractedDocument] {
    let slots = Slots(buffer: .allocate(capacity: articles.count))
    guard let base = slots.buffer.baseAddress else { return [] }
    slots.buffer.initialize(repeating: ExtractedDocument())
    defer { slots.buffer.deallocate() }
    let first = articles.startIndex
    let workers = max(1, min(ParallelWork.workers, articles.count))
    ParallelWork.eachWorker(workers) { worker in
      var index = worker
      while index < articles.count {
        let article = articles[first + index]
        slots.buffer[index] = DocumentExtractor(bytes: Array(article.text.utf8), givenTitle: article.title).extract()
        index += workers
        if reporter.isActive { reporter.update { $0.articlesDone += 1 } }
      }
    }
    return (0..<articles.count).map { (base + $0).move() }
  }

  /// The extraction of one batch, run on other threads while the caller assembles the batch before.
  ///
  /// It runs on a `WorkerThread`, not on Dispatch's global queue: a caller that is itself one of that queue's
  /// threads (a Swift task, a test) blocks in `wait()`, and with every such thread blocked the work would wait
  /// for a thread that never comes free; where the system gives no thread, `wait()` does the work itself.
  private final class PendingBatch: @unchecked Sendable {
    private var result: [ExtractedDocument] = []
    private var worker: WorkerThread?

    init(_ articles: ArraySlice<RawArticle>, reporter: ProgressReporter) {
      worker = WorkerThread { [self] in result = CorpusBuilder.extractInParallel(articles, reporter: reporter) }
    }

    func wait() -> [ExtractedDocument] {
      worker?.join()
      worker = nil
      defer { result = [] }
      return result
    }
  }

  /// Consecutive ranges of `articles` of at most `batchBytes` of text each.
  static func batches(_ articles: [RawArticle], batchBytes: Int) -> [Range<Int>] {
    var batches: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (index, article) in articles.enumerated() {
      if index > start, bytes + article.text.utf8.count > batchBytes {
        batches.append(start..<index)
        start = index
        bytes = 0
      }
      bytes += article.text.utf8.count
    }
    if start < articles.count { batches.append(start..<articles.count) }
    return batches
  }

  static func build(
    _ articles: [RawArticle], reporter: ProgressReporter = ProgressReporter(nil), batchBytes: Int = batchBytes
  ) -> Corpus {
    var corpus = Corpus()
    // Entities are merged document by document as batches come in.
    var registry = EntityRegistry()
    var entityMaps: [[Int]] = []
    entityMaps.reserveCapacity(articles.count)
    var pool = StringPool()
    let batches = batches(articles, batchBytes: batchBytes)
    var pending = batches.first.map { PendingBatch(articles[$0], reporter: reporter) }
    for (batchIndex, batch) in batches.enumerated() {
      guard let extracted = pending?.wait() else { break }
      pending = batchIndex + 1 < batches.count ? PendingBatch(articles[batches[batchIndex + 1]], reporter: reporter) : nil
      for (offset, found) in extracted.enumerated() {
        let documentIndex = batch.lowerBound + offset
        add(found, of: articles[documentIndex], as: documentIndex, to: &corpus, pool: &pool)
        entityMaps.append(registry.register(found.entities, document: documentIndex))
      }
    }
    reporter.update {
      $0.phase = .assembling
      $0.articlesDone = 0
    }
    for index in corpus.mentions.indices {
      corpus.mentions[index].entityID = entityMaps[corpus.mentions[index].documentID][corpus.mentions[index].entityID]
    }
    for index in corpus.quotations.indices {
      if let local = corpus.quotations[index].speakerID {
        corpus.quotations[index].speakerID = entityMaps[corpus.quotations[index].documentID][local]
      }
    }
    for documentIndex in corpus.documents.indices {
      if let outlet = corpus.documents[documentIndex].outlet?.value {
        corpus.documents[documentIndex].outletEntityID = registry.outlet(named: outlet)
      }
      if reporter.isActive { reporter.update { $0.articlesDone = documentIndex + 1 } }
    }
    corpus.entities = Table(registry.entities)
    var mentionCounts = Array(repeating: 0, count: corpus.entities.count)
    for index in corpus.mentions.indices { mentionCounts[corpus.mentions[index].entityID] += 1 }
    for index in corpus.entities.indices { corpus.entities[index].mentionIDs.reserveCapacity(mentionCounts[index]) }
    for index in corpus.mentions.indices {
      corpus.entities[corpus.mentions[index].entityID].mentionIDs.append(corpus.mentions[index].id)
    }
    for index in corpus.quotations.indices {
      if let speakerID = corpus.quotations[index].speakerID {
        corpus.entities[speakerID].quotationIDs.append(corpus.quotations[index].id)
      }
    }
    return corpus
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

  /// Adds one extracted document and its items to the corpus; mentions and quotations keep the
  /// document's own entity numbers, which `build` turns into corpus ids.
  private static func add(
    _ found: ExtractedDocument, of article: RawArticle, as documentIndex: Int, to corpus: inout Corpus,
    pool: inout StringPool
  ) {
    var document = makeDocument(found, of: article)
    let firstParagraph = corpus.paragraphs.count
    let firstSentence = corpus.sentences.count
    for (ordinal, item) in found.paragraphs.enumerated() {
      var paragraph = Paragraph(
        id: corpus.paragraphs.count, documentID: documentIndex, ordinal: ordinal, byteRange: item.byteRange,
        boilerplate: item.boilerplate)
      let sentenceBase = corpus.sentences.count
      for range in item.sentences {
        corpus.sentences.append(
          Sentence(id: corpus.sentences.count, documentID: documentIndex, paragraphID: paragraph.id, byteRange: range))
      }
      paragraph.sentenceIDs = sentenceBase..<corpus.sentences.count
      corpus.paragraphs.append(paragraph)
    }
    func sentenceID(_ paragraph: Int, _ sentence: Int) -> Int {
      let ids = corpus.paragraphs[firstParagraph + paragraph].sentenceIDs
      return ids.isEmpty ? max(0, ids.lowerBound - 1) : min(ids.lowerBound + sentence, ids.upperBound - 1)
    }
    let firstQuotation = corpus.quotations.count
    for item in found.quotations {
      corpus.quotations.append(
        Quotation(
          id: corpus.quotations.count, documentID: documentIndex, paragraphID: firstParagraph + item.paragraph,
          sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange,
          documentText: document.text, speakerID: item.speaker, cue: item.cue.map { pool.shared($0) }, form: item.form,
          cueByteRange: item.cueByteRange, attribution: item.attribution, why: pool.shared(item.why)))
    }
    for item in found.terms {
      corpus.quotedTerms.append(
        QuotedTerm(
          id: corpus.quotedTerms.count, documentID: documentIndex, paragraphID: firstParagraph + item.paragraph,
          sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange,
          documentText: document.text, kind: item.kind))
    }
    for item in found.mentions {
      corpus.mentions.append(
        Mention(
          id: corpus.mentions.count, entityID: item.entity, documentID: documentIndex,
          sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange, text: pool.shared(item.text)))
    }
    document.paragraphIDs = firstParagraph..<corpus.paragraphs.count
    document.sentenceIDs = firstSentence..<corpus.sentences.count
    document.quotationIDs = firstQuotation..<corpus.quotations.count
    corpus.documents.append(document)
  }
}
