import Foundation

/// Runs extraction over raw articles and assembles the corpus with corpus-wide ids.
///
/// Articles are extracted in batches, each on every core, and each batch is added to the corpus's columns
/// (`CorpusAssembly`) while the next one is extracted, so that only two batches of extraction results are ever
/// held, never all of them, and never as arrays of records. `EntityRegistry` merges each document's entities as
/// its batch comes in, which gives their corpus ids at once. Ids follow input order, so the corpus is the same
/// whatever the number of cores or the batch size.
enum CorpusBuilder {
  /// A batch holds this many bytes of text at most (and one article at least).
  static let batchBytes = 8_000_000

  /// Each article's document, in article order. `ParallelWork.map` hands the articles out one at a time, so one long
  /// article does not leave the other cores idle behind a fixed share (articles' costs vary a hundredfold).
  static func extractInParallel(_ articles: ArraySlice<RawArticle>, reporter: ProgressReporter) -> [ExtractedDocument] {
    let first = articles.startIndex
    return ParallelWork.map(articles.count) { index in
      let article = articles[first + index]
      let document = DocumentExtractor(bytes: Array(article.text.utf8), givenTitle: article.title).extract()
      if reporter.isActive { reporter.update { $0.articlesDone += 1 } }
      return document
    }
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
    var articles = articles
    return build(releasing: &articles, reporter: reporter, batchBytes: batchBytes)
  }

  /// Builds the corpus of `articles`, emptying each article's text once its document holds it: the caller that
  /// owns the articles then never holds a text twice.
  static func build(
    releasing articles: inout [RawArticle], reporter: ProgressReporter = ProgressReporter(nil),
    batchBytes: Int = batchBytes
  ) -> Corpus {
    var assembly = CorpusAssembly(textByteCount: articles.reduce(0) { $0 + $1.text.utf8.count })
    // Entities are merged document by document as batches come in.
    var registry = EntityRegistry()
    let batches = batches(articles, batchBytes: batchBytes)
    // Each batch gets its own array of articles, so that emptying a text here copies no array.
    var pending = batches.first.map { PendingBatch(Array(articles[$0])[...], reporter: reporter) }
    for (batchIndex, batch) in batches.enumerated() {
      guard let extracted = pending?.wait() else { break }
      pending = batchIndex + 1 < batches.count
        ? PendingBatch(Array(articles[batches[batchIndex + 1]])[...], reporter: reporter) : nil
      for (offset, found) in extracted.enumerated() {
        let documentIndex = batch.lowerBound + offset
        let entityIDs = registry.register(found.entities, document: documentIndex)
        assembly.add(found, of: articles[documentIndex], entityIDs: entityIDs)
        articles[documentIndex].text = ""
      }
      // The texts just emptied lie between the records of their files; the pages they free go back to the system.
      FreedMemory.release()
    }
    reporter.update {
      $0.phase = .assembling
      $0.articlesDone = 0
    }
    for (documentIndex, outlet) in assembly.outlets.enumerated() {
      if let outlet { assembly.setOutletEntity(of: documentIndex, to: registry.outlet(named: outlet)) }
      if reporter.isActive { reporter.update { $0.articlesDone = documentIndex + 1 } }
    }
    // The registry's keys go before the image is made; its entities, once their columns are.
    let entities = registry.entities
    registry = EntityRegistry()
    // Moved, not copied: what the assembly and the entities hold is dropped as the image takes it.
    return (consume assembly).corpus(entities: consume entities)
  }
}
