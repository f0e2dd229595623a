/// Runs extraction over raw articles and assembles the corpus with global ids.
enum CorpusBuilder {
  static func build(_ articles: [RawArticle]) -> Corpus {
    var corpus = Corpus()
    var people = PersonRegistry()
    var pendingMentions: [(entityID: Int, mention: Mention)] = []
    for article in articles {
      let documentID = corpus.documents.count
      let bytes = Array(article.text.utf8)
      var document = Document(
        id: article.id, origin: article.origin, text: article.text,
        title: title(of: article, bytes: bytes),
        outlet: article.outlet.map { MetadataValue($0, isInferred: false) },
        author: article.author.map { MetadataValue($0, isInferred: false) },
        date: article.date.flatMap { NewsDate(iso: $0) }.map { MetadataValue($0, isInferred: false) },
        url: article.url.map { MetadataValue($0, isInferred: false) },
        extraMetadata: article.extraMetadata)
      let firstParagraph = corpus.paragraphs.count
      let firstSentence = corpus.sentences.count
      let firstQuotation = corpus.quotations.count
      var peopleHere: [Int] = []
      for (ordinal, paragraphRange) in ParagraphSplitter.split(bytes).enumerated() {
        let paragraphID = corpus.paragraphs.count
        var paragraph = Paragraph(id: paragraphID, documentID: documentID, ordinal: ordinal, byteRange: paragraphRange)
        let sentenceStart = corpus.sentences.count
        for sentenceRange in SentenceSplitter.split(bytes, paragraphRange) {
          corpus.sentences.append(
            Sentence(
              id: corpus.sentences.count, documentID: documentID, paragraphID: paragraphID, byteRange: sentenceRange))
        }
        paragraph.sentenceIDs = sentenceStart..<corpus.sentences.count
        corpus.paragraphs.append(paragraph)
        for quoteRange in QuoteFinder.find(bytes, paragraphRange) {
          let openStart = quoteRange.lowerBound - (bytes[quoteRange.lowerBound - 1] == UInt8(ascii: "\"") ? 1 : 3)
          let closeEnd = quoteRange.upperBound + (bytes[quoteRange.upperBound] == UInt8(ascii: "\"") ? 1 : 3)
          let sentenceID = sentence(containing: quoteRange.lowerBound, in: corpus.sentences[sentenceStart...])
          var quotation = Quotation(
            id: corpus.quotations.count, documentID: documentID, paragraphID: paragraphID,
            sentenceID: sentenceID ?? sentenceStart, byteRange: quoteRange,
            text: ByteText.string(bytes, quoteRange))
          if let attribution = SpeakerRule.attribute(
            bytes, quote: quoteRange, closeMarkEnd: closeEnd, openMarkStart: openStart, region: paragraphRange)
          {
            let entityID = people.resolve(attribution.name, knownInDocument: peopleHere)
            if !peopleHere.contains(entityID) { peopleHere.append(entityID) }
            quotation.speakerID = entityID
            quotation.cue = attribution.cue
            let mentionSentence =
              sentence(containing: attribution.nameRange.lowerBound, in: corpus.sentences[sentenceStart...])
            pendingMentions.append(
              (
                entityID,
                Mention(
                  id: 0, entityID: entityID, documentID: documentID, sentenceID: mentionSentence ?? sentenceStart,
                  byteRange: attribution.nameRange, text: attribution.name)
              ))
          }
          corpus.quotations.append(quotation)
        }
      }
      document.paragraphIDs = firstParagraph..<corpus.paragraphs.count
      document.sentenceIDs = firstSentence..<corpus.sentences.count
      document.quotationIDs = firstQuotation..<corpus.quotations.count
      corpus.documents.append(document)
    }
    corpus.entities = people.entities
    for (entityID, var mention) in pendingMentions {
      mention.id = corpus.mentions.count
      corpus.mentions.append(mention)
      corpus.entities[entityID].mentionIDs.append(mention.id)
    }
    for quotation in corpus.quotations {
      if let speakerID = quotation.speakerID { corpus.entities[speakerID].quotationIDs.append(quotation.id) }
    }
    return corpus
  }

  private static func title(of article: RawArticle, bytes: [UInt8]) -> MetadataValue<String>? {
    if let title = article.title { return MetadataValue(title, isInferred: false) }
    guard let first = ParagraphSplitter.split(bytes).first else { return nil }
    return MetadataValue(ByteText.string(bytes, first), isInferred: true)
  }

  private static func sentence(containing offset: Int, in sentences: ArraySlice<Sentence>) -> Int? {
    sentences.first(where: { $0.byteRange.contains(offset) || $0.byteRange.upperBound == offset })?.id
  }
}
