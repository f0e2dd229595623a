import Foundation

/// Runs extraction over raw articles and assembles the corpus with corpus-wide ids.
///
/// Documents are extracted independently, on every core; ids are then given in input order, so
/// the corpus is the same whatever the number of cores.
enum CorpusBuilder {
  /// A buffer each worker writes its own slots of; no two workers share a slot.
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<ExtractedDocument>
  }

  static func extractInParallel(_ articles: [RawArticle], reporter: ProgressReporter) -> [ExtractedDocument] {
    let slots = Slots(buffer: .allocate(capacity: articles.count))
    guard let base = slots.buffer.baseAddress else { return [] }
    slots.buffer.initialize(repeating: ExtractedDocument())
    defer { slots.buffer.deallocate() }
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < articles.count {
        let article = articles[index]
        slots.buffer[index] = DocumentExtractor(bytes: Array(article.text.utf8), givenTitle: article.title).extract()
        index += workers
        if reporter.isActive { reporter.update { $0.articlesDone += 1 } }
      }
    }
    return (0..<articles.count).map { (base + $0).move() }
  }

  static func build(_ articles: [RawArticle], reporter: ProgressReporter = ProgressReporter(nil)) -> Corpus {
    var extracted = extractInParallel(articles, reporter: reporter)
    reporter.update {
      $0.phase = .assembling
      $0.articlesDone = 0
    }
    var registry = EntityRegistry()
    let entityMaps = registry.register(extracted)
    var corpus = Corpus()
    for (documentIndex, article) in articles.enumerated() {
      let found = extracted[documentIndex]
      // Each extracted document is dropped once copied into the corpus, so the two are never both whole.
      extracted[documentIndex] = ExtractedDocument()
      let entityMap = entityMaps[documentIndex]
      var document = Document(
        id: article.id, origin: article.origin, text: article.text,
        title: article.title.map { MetadataValue($0, isInferred: false) }
          ?? found.metadata.title.map { MetadataValue($0, isInferred: true) },
        outlet: article.outlet.map { MetadataValue($0, isInferred: false) }
          ?? found.metadata.outlet.map { MetadataValue($0, isInferred: true) },
        author: article.author.map { MetadataValue($0, isInferred: false) }
          ?? found.metadata.author.map { MetadataValue($0, isInferred: true) },
        date: article.date.flatMap { NewsDate(iso: $0) }.map { MetadataValue($0, isInferred: false) }
          ?? found.metadata.date.map { MetadataValue($0, isInferred: true) },
        url: article.url.map { MetadataValue($0, isInferred: false) },
        extraMetadata: article.extraMetadata)
      if let outlet = document.outlet?.value { document.outletEntityID = registry.outlet(named: outlet) }
      let firstParagraph = corpus.paragraphs.count
      let firstSentence = corpus.sentences.count
      var sentenceBase: [Int] = []
      for (ordinal, item) in found.paragraphs.enumerated() {
        var paragraph = Paragraph(
          id: corpus.paragraphs.count, documentID: documentIndex, ordinal: ordinal, byteRange: item.byteRange,
          boilerplate: item.boilerplate)
        sentenceBase.append(corpus.sentences.count)
        for range in item.sentences {
          corpus.sentences.append(
            Sentence(id: corpus.sentences.count, documentID: documentIndex, paragraphID: paragraph.id, byteRange: range))
        }
        paragraph.sentenceIDs = sentenceBase[ordinal]..<corpus.sentences.count
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
            text: String(document.text(in: item.byteRange)),
            speakerID: item.speaker.map { entityMap[$0] }, cue: item.cue, form: item.form,
            cueByteRange: item.cueByteRange, attribution: item.attribution))
      }
      for item in found.terms {
        corpus.quotedTerms.append(
          QuotedTerm(
            id: corpus.quotedTerms.count, documentID: documentIndex, paragraphID: firstParagraph + item.paragraph,
            sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange,
            text: String(document.text(in: item.byteRange)), kind: item.kind))
      }
      for item in found.mentions {
        corpus.mentions.append(
          Mention(
            id: corpus.mentions.count, entityID: entityMap[item.entity], documentID: documentIndex,
            sentenceID: sentenceID(item.paragraph, item.sentence), byteRange: item.byteRange, text: item.text))
      }
      document.paragraphIDs = firstParagraph..<corpus.paragraphs.count
      document.sentenceIDs = firstSentence..<corpus.sentences.count
      document.quotationIDs = firstQuotation..<corpus.quotations.count
      corpus.documents.append(document)
      if reporter.isActive { reporter.update { $0.articlesDone = documentIndex + 1 } }
    }
    corpus.entities = registry.entities
    for mention in corpus.mentions { corpus.entities[mention.entityID].mentionIDs.append(mention.id) }
    for quotation in corpus.quotations {
      if let speakerID = quotation.speakerID { corpus.entities[speakerID].quotationIDs.append(quotation.id) }
    }
    return corpus
  }
}
