/// Runs extraction over one document: paragraphs and boilerplate, quotations, sentences, tokens,
/// names, cues, speakers, and the document's entities and mentions.
///
/// Each stage is linear in the document's bytes; the only look-backs (pronouns, the previous
/// speaker) walk a bounded number of mentions or paragraphs.
struct DocumentExtractor {
  let bytes: [UInt8]
  let givenTitle: String?

  /// One body or boilerplate paragraph as the later stages see it.
  struct Analysed {
    var range: Range<Int>
    var boilerplate: BoilerplateKind?
    var spans: [QuoteSpan]
    var sentences: [Range<Int>]
    var tokens: [Token]
    var candidates: [NameCandidate]
    /// Transcript labels ("PENCE:") that open quoted spans, by span index: the label's tokens.
    var labels: [Int: Range<Int>] = [:]
    var layout: TokenLayout
    /// The last tokens of one-word person names that no full name of the document confirms ("Small
    /// groups of protesters …"): not trusted as a clause's subject.
    var tentativePersonEnds: TokenSet
    var isBody: Bool { boilerplate == nil }
  }

  func extract() -> ExtractedDocument {
    var result = ExtractedDocument()
    let paragraphRanges = ParagraphSplitter.split(bytes)
    result.metadata = MetadataInferrer.infer(bytes, paragraphRanges, givenTitle: givenTitle)
    let kinds = BoilerplateClassifier.classify(bytes, paragraphRanges, titleIndex: result.metadata.headlineParagraph)
    MetadataInferrer.complete(&result.metadata, bytes, paragraphRanges, kinds)
    let singlePrimary = QuotationStyle.singleMarksArePrimary(bytes)
    var analysed: [Analysed] = []
    analysed.reserveCapacity(paragraphRanges.count)
    for (index, range) in paragraphRanges.enumerated() {
      let spans = QuoteFinder.find(bytes, range, singleMarksArePrimary: singlePrimary)
      let sentences = SentenceSplitter.split(bytes, range, protecting: spans)
      // Page furniture keeps its sentences and spans but no later stage reads its tokens.
      let isBody = kinds[index] == nil
      let tokens = isBody ? Tokenizer.tokenize(bytes, range, spans: spans, sentences: sentences) : []
      let candidates = isBody ? NameFinder.find(tokens).map { $0.withSignificantWords() } : []
      var spansWithoutLabels = spans
      var labels: [Int: Range<Int>] = [:]
      let layout = TokenLayout(tokens: tokens, spans: spans, sentenceCount: sentences.count)
      for spanIndex in spans.indices {
        let first = layout.spanTokens[spanIndex].open + 1
        guard first < tokens.count, tokens[first].quote == spanIndex, let label = transcriptLabel(tokens, from: first),
          tokens[label.upperBound].quote == spanIndex
        else { continue }
        labels[spanIndex] = label
        let contentStart = tokens[label.upperBound].range.upperBound
        spansWithoutLabels[spanIndex].content = ByteText.trimmed(bytes, contentStart..<spans[spanIndex].content.upperBound)
      }
      analysed.append(
        Analysed(
          range: range, boilerplate: kinds[index], spans: spansWithoutLabels, sentences: sentences, tokens: tokens,
          candidates: candidates, labels: labels, layout: layout, tentativePersonEnds: TokenSet(count: tokens.count)))
      result.paragraphs.append(.init(byteRange: range, boilerplate: kinds[index], sentences: sentences))
    }
    var entities = LocalEntities()
    // Full names and gazetteer names first, so that lone surnames can find them.
    for paragraph in analysed where paragraph.isBody {
      for candidate in paragraph.candidates where candidate.kind == .person {
        _ = entities.addFullPerson(candidate)
      }
    }
    for index in analysed.indices where analysed[index].isBody {
      for candidate in analysed[index].candidates
      where candidate.kind == .person && candidate.needsConfirmation && !entities.knowsPerson(candidate) {
        analysed[index].tentativePersonEnds.insert(candidate.tokens.upperBound - 1)
      }
    }
    // One attributor per body paragraph, made once its tentative names are known.
    let attributors = analysed.map { $0.isBody ? makeAttributor($0) : nil }
    var attributions: [[Attribution?]] = []
    var forcedNames: [Set<Int>] = []
    let repeatedLabels = repeatedParagraphLabels(analysed)
    for (paragraphIndex, paragraph) in analysed.enumerated() {
      guard let attributor = attributors[paragraphIndex] else {
        attributions.append([])
        forcedNames.append([])
        continue
      }
      var found = paragraph.spans.indices.map { attributor.attribute(span: $0) }
      var forced = Set<Int>()
      for (spanIndex, label) in paragraph.labels {
        found[spanIndex] = Attribution(
          subject: .name(label), cue: ":", cueRange: paragraph.tokens[label.upperBound].range)
      }
      attributions.append(found)
      for case .name(let range)? in found.map({ $0?.subject }) { forced.insert(range.upperBound - 1) }
      if let label = paragraphLabel(paragraph, repeated: repeatedLabels) { forced.insert(label.upperBound - 1) }
      if let intro = introduction(paragraph, attributor), case .name(let range) = intro.subject { forced.insert(range.upperBound - 1) }
      forcedNames.append(forced)
    }
    // Every mention, in text order, resolved to a document entity.
    var entityAtToken = analysed.map { TokenMap<Int>(count: $0.tokens.count) }
    for (paragraphIndex, paragraph) in analysed.enumerated() where paragraph.isBody {
      var candidates = paragraph.candidates
      let candidateEnds = Set(candidates.map { $0.tokens.upperBound - 1 })
      for last in forcedNames[paragraphIndex] where !candidateEnds.contains(last) {
        if let forced = forcedCandidate(paragraph.tokens, endingAt: last) { candidates.append(forced) }
      }
      candidates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
      for candidate in candidates {
        let isForced = forcedNames[paragraphIndex].contains(candidate.tokens.upperBound - 1)
        let entity: Int?
        switch candidate.kind {
        case .person:
          entity =
            entities.addFullPerson(candidate)
            ?? entities.resolveSingle(
              candidate, offset: candidate.byteRange.lowerBound, create: isForced || !candidate.needsConfirmation)
        default:
          entity = entities.addNamed(candidate)
        }
        guard let entity else { continue }
        for token in candidate.tokens { entityAtToken[paragraphIndex][token] = entity }
        let sentenceKey = paragraphIndex * 10_000 + candidate.sentence
        if !candidate.isInQuote {
          entities.noteMention(
            entity: entity, offset: candidate.byteRange.lowerBound, sentence: sentenceKey,
            isSpeaking: isFollowedBySpeechVerb(paragraph.tokens, candidate.tokens.upperBound))
        }
        result.mentions.append(
          .init(
            entity: entity, paragraph: paragraphIndex, sentence: candidate.sentence, byteRange: candidate.byteRange,
            text: ByteText.string(bytes, candidate.byteRange)))
      }
      learnGenders(paragraph, entityAtToken[paragraphIndex], &entities)
    }
    attachSpeakers(
      analysed, attributors, attributions, entityAtToken, repeatedLabels: repeatedLabels, &entities, into: &result)
    result.entities = entities.items
    return result
  }

  /// A sentence that names one person, outside quotation marks, and then refers back with "he",
  /// "his", "she" or "her" tells that person's gender, which pronoun resolution then respects.
}
