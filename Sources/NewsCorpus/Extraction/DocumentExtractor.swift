/// Runs extraction over one document: paragraphs and boilerplate, quotations, sentences, tokens,
/// names, cues, speakers, and the document's entities and mentions.
///
/// Each stage is linear in the document's bytes; the only look-backs (pronouns, the previous
/// speaker) walk a bounded number of mentions or paragraphs.
struct DocumentExtractor {
  let bytes: [UInt8]
  let givenTitle: String?

  /// One body or boilerplate paragraph as the later stages see it.
  private struct Analysed {
    var range: Range<Int>
    var boilerplate: BoilerplateKind?
    var spans: [QuoteSpan]
    var sentences: [Range<Int>]
    var tokens: [Token]
    var candidates: [NameCandidate]
    /// Transcript labels ("PENCE:") that open quoted spans, by span index: the label's tokens.
    var labels: [Int: Range<Int>] = [:]
    var layout: TokenLayout
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
      let tokens = Tokenizer.tokenize(bytes, range, spans: spans, sentences: sentences)
      let candidates = kinds[index] == nil ? NameFinder.find(tokens) : []
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
          candidates: candidates, labels: labels, layout: layout))
      result.paragraphs.append(.init(byteRange: range, boilerplate: kinds[index], sentences: sentences))
    }
    var entities = LocalEntities()
    // Full names and gazetteer names first, so that lone surnames can find them.
    for paragraph in analysed where paragraph.isBody {
      for candidate in paragraph.candidates where candidate.kind == .person {
        _ = entities.addFullPerson(candidate)
      }
    }
    var attributions: [[Attribution?]] = []
    var forcedNames: [Set<Int>] = []
    for paragraph in analysed {
      guard paragraph.isBody else {
        attributions.append([])
        forcedNames.append([])
        continue
      }
      let attributor = makeAttributor(paragraph)
      var found = paragraph.spans.indices.map { attributor.attribute(span: $0) }
      var forced = Set<Int>()
      for (spanIndex, label) in paragraph.labels {
        found[spanIndex] = Attribution(
          subject: .name(label), cue: ":", cueRange: paragraph.tokens[label.upperBound].range)
      }
      attributions.append(found)
      for case .name(let range)? in found.map({ $0?.subject }) { forced.insert(range.upperBound - 1) }
      if let label = transcriptLabel(paragraph.tokens, from: 0) { forced.insert(label.upperBound - 1) }
      if let intro = introduction(paragraph), case .name(let range) = intro.subject { forced.insert(range.upperBound - 1) }
      forcedNames.append(forced)
    }
    // Every mention, in text order, resolved to a document entity.
    var entityAtToken: [[Int: Int]] = Array(repeating: [:], count: analysed.count)
    for (paragraphIndex, paragraph) in analysed.enumerated() where paragraph.isBody {
      var candidates = paragraph.candidates
      for last in forcedNames[paragraphIndex] where !candidates.contains(where: { $0.tokens.upperBound - 1 == last }) {
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
    attachSpeakers(analysed, attributions, entityAtToken, &entities, into: &result)
    result.entities = entities.items
    return result
  }

  /// A sentence that names one person, outside quotation marks, and then refers back with "he",
  /// "his", "she" or "her" tells that person's gender, which pronoun resolution then respects.
  private func learnGenders(_ paragraph: Analysed, _ entityAtToken: [Int: Int], _ entities: inout LocalEntities) {
    for sentence in paragraph.layout.sentenceTokens where !sentence.isEmpty {
      var person: Int?
      var several = false
      var gender: Gender?
      var conflicting = false
      for index in sentence where paragraph.tokens[index].quote == nil {
        if let entity = entityAtToken[index], entities.items[entity].kind == .person {
          if let known = person, known != entity { several = true }
          person = entity
          continue
        }
        guard person != nil else { continue }
        let word = paragraph.tokens[index].text.lowercased()
        let found: Gender? =
          Gazetteer.malePronouns.contains(word) ? .male : Gazetteer.femalePronouns.contains(word) ? .female : nil
        guard let found else { continue }
        if let gender, gender != found { conflicting = true }
        gender = found
      }
      if let person, let gender, !several, !conflicting { entities.setGender(gender, of: person) }
    }
  }

  private func isFollowedBySpeechVerb(_ tokens: [Token], _ start: Int) -> Bool {
    var index = start
    while index < tokens.count, tokens[index].isWord, Gazetteer.verbModifiers.contains(tokens[index].text) { index += 1 }
    guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalised else { return false }
    return Gazetteer.speechVerbIndex[tokens[index].text] != nil
  }

  private func makeAttributor(_ paragraph: Analysed) -> SpeakerAttributor {
    var ending: [Int: Range<Int>] = [:]
    var starting: [Int: Range<Int>] = [:]
    var people = Set<Int>()
    for candidate in paragraph.candidates {
      ending[candidate.tokens.upperBound - 1] = candidate.tokens
      starting[candidate.tokens.lowerBound] = candidate.tokens
      if candidate.kind == .person { people.insert(candidate.tokens.upperBound - 1) }
    }
    return SpeakerAttributor(
      tokens: paragraph.tokens, spans: paragraph.spans, nameEndingAt: ending, personNameEnds: people,
      nameStartingAt: starting, layout: paragraph.layout)
  }

  /// A name the attributor read as a subject that the name finder left out (a lone word opening a sentence).
  private func forcedCandidate(_ tokens: [Token], endingAt last: Int) -> NameCandidate? {
    guard last < tokens.count, tokens[last].isWord else { return nil }
    var first = last
    while first > 0, last - first < 3, tokens[first - 1].isWord, tokens[first - 1].isCapitalised,
      !NameFinder.isTitleWord(tokens[first - 1].text), tokens[first - 1].sentence == tokens[last].sentence
    {
      first -= 1
    }
    let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
    return NameCandidate(
      kind: .person, tokens: first..<(last + 1), byteRange: range,
      text: tokens[first...last].map(\.text).joined(separator: " "), canonical: nil, role: nil, affiliation: nil,
      country: nil, gender: nil, isInQuote: tokens[last].quote != nil, needsConfirmation: false,
      sentence: tokens[last].sentence)
  }

  // MARK: introductions: a paragraph ending in a colon, a transcript label

  /// The cue of a paragraph that ends with a colon ("Ryabkov reiterated his country’s red line:").
  private func introduction(_ paragraph: Analysed) -> Attribution? {
    guard let last = paragraph.tokens.last, last.isPunctuation(":"), last.quote == nil else { return nil }
    let attributor = makeAttributor(paragraph)
    let lastIndex = paragraph.tokens.count - 1
    var first = lastIndex
    while first > 0, paragraph.tokens[first - 1].sentence == last.sentence, paragraph.tokens[first - 1].quote == nil,
      paragraph.tokens[first - 1].kind != .mark
    {
      first -= 1
    }
    var index = lastIndex - 1
    while index >= first {
      if let verb = attributor.speechVerb(at: index) {
        if let subject = attributor.subjectBefore(index, lower: first) {
          return Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
        }
      }
      index -= 1
    }
    if lastIndex - 1 >= first, paragraph.tokens[lastIndex - 1].isCapitalised, lastIndex - first <= 4 {
      return Attribution(subject: .name(first..<lastIndex), cue: ":", cueRange: last.range)
    }
    return nil
  }

  /// `WALLACE: …` — a paragraph (or a quoted span, from token `start`) opening with a speaker's name
  /// in capitals and a colon: the name's tokens.
  private func transcriptLabel(_ tokens: [Token], from start: Int) -> Range<Int>? {
    var index = start
    while index < tokens.count, index - start < 3, tokens[index].isWord, tokens[index].text.count > 1,
      tokens[index].text.first?.isLetter == true, !tokens[index].text.contains(where: \.isLowercase)
    {
      index += 1
    }
    guard index > start, index < tokens.count - 1, tokens[index].isPunctuation(":"),
      tokens[start].quote == tokens[index].quote, Gazetteer.entry(words: tokens[start..<index].map(\.text)) == nil
    else { return nil }
    return start..<index
  }

  // MARK: speakers

  private func attachSpeakers(
    _ analysed: [Analysed], _ attributions: [[Attribution?]], _ entityAtToken: [[Int: Int]],
    _ entities: inout LocalEntities, into result: inout ExtractedDocument
  ) {
    var previousSpeaker: (speaker: Int, cue: (String, Range<Int>)?)?
    var previousParagraphEndedOpen = false
    var pendingIntroduction: (speaker: Int?, cue: String, range: Range<Int>)?
    for (paragraphIndex, paragraph) in analysed.enumerated() where paragraph.isBody {
      let introduced = pendingIntroduction
      pendingIntroduction = nil
      func speaker(of subject: Subject) -> (Int?, AttributionKind) {
        switch subject {
        case .name(let range):
          return (entityAtToken[paragraphIndex][range.upperBound - 1], .named)
        case .pronoun(let token, let gender):
          let offset = paragraph.tokens[token].range.lowerBound
          let limit = analysed[max(0, paragraphIndex - 4)].range.lowerBound
          let found = entities.resolvePronoun(at: offset, gender: gender, notBefore: limit)
          if let found, let gender { entities.setGender(gender, of: found) }
          return (found, .pronoun)
        case .role(let word, let token):
          let found = entities.resolveRole(word, at: paragraph.tokens[token].range.lowerBound)
          return (found, found == nil ? .none : .pronoun)
        case .organizationPronoun(let token):
          let sentenceKey = paragraphIndex * 10_000 + paragraph.tokens[token].sentence
          let found = entities.resolveOrganizationPronoun(at: paragraph.tokens[token].range.lowerBound, sentence: sentenceKey)
          return (found, found == nil ? .none : .pronoun)
        case .unnamed:
          return (nil, .none)
        }
      }
      if let label = transcriptLabel(paragraph.tokens, from: 0), paragraph.spans.isEmpty,
        let entity = entityAtToken[paragraphIndex][label.upperBound - 1]
      {
        let start = paragraph.tokens[label.upperBound].range.upperBound
        let body = ByteText.trimmed(bytes, start..<paragraph.range.upperBound)
        result.quotations.append(
          .init(
            paragraph: paragraphIndex, sentence: 0, byteRange: body, speaker: entity, cue: ":",
            cueByteRange: paragraph.tokens[label.upperBound].range, form: .block, attribution: .introduction))
        previousSpeaker = (entity, (":", paragraph.tokens[label.upperBound].range))
        continue
      }
      if paragraph.spans.isEmpty, let introduced, introduced.speaker != nil {
        result.quotations.append(
          .init(
            paragraph: paragraphIndex, sentence: 0, byteRange: paragraph.range, speaker: introduced.speaker,
            cue: introduced.cue, cueByteRange: introduced.range, form: .block, attribution: .introduction))
        previousSpeaker = introduced.speaker.map { ($0, (introduced.cue, introduced.range)) }
        continue
      }
      let attributor = makeAttributor(paragraph)
      var speakers: [Int?] = []
      var kinds: [AttributionKind] = []
      var cues: [(String, Range<Int>)?] = []
      for attribution in attributions[paragraphIndex] {
        if let attribution {
          let (entity, kind) = speaker(of: attribution.subject)
          speakers.append(entity)
          kinds.append(entity == nil && kind == .pronoun ? .none : kind)
          cues.append((attribution.cue, attribution.cueRange))
        } else {
          speakers.append(nil)
          kinds.append(.none)
          cues.append(nil)
        }
      }
      let terms = paragraph.spans.indices.map {
        QuotationClassifier.termKind(
          paragraph.spans[$0], index: $0, tokens: paragraph.tokens, layout: paragraph.layout, bytes: bytes,
          hasCue: cues[$0] != nil)
      }
      // Quotations with no cue of their own continue a speaker.
      for index in paragraph.spans.indices where cues[index] == nil && terms[index] == nil {
        let startsParagraph = paragraph.spans[index].openMark.lowerBound == paragraph.range.lowerBound
        if index == 0, let introduced, introduced.speaker != nil {
          speakers[index] = introduced.speaker
          kinds[index] = .introduction
          cues[index] = (introduced.cue, introduced.range)
        } else if let earlier = (0..<index).last(where: { speakers[$0] != nil && terms[$0] == nil }) {
          speakers[index] = speakers[earlier]
          kinds[index] = .continuation
          cues[index] = cues[earlier]
        } else if let reported = attributor.cueInPreviousSentence(span: index),
          case let (entity?, _) = speaker(of: reported.subject)
        {
          speakers[index] = entity
          kinds[index] = .continuation
          cues[index] = (reported.cue, reported.cueRange)
        } else if startsParagraph || previousParagraphEndedOpen, let previousSpeaker {
          speakers[index] = previousSpeaker.speaker
          kinds[index] = .continuation
          cues[index] = previousSpeaker.cue
        } else if let later = (index + 1..<paragraph.spans.count).first(where: {
          cues[$0] != nil && terms[$0] == nil
        }), speakers[later] != nil {
          speakers[index] = speakers[later]
          kinds[index] = .continuation
          cues[index] = cues[later]
        }
      }
      for (index, span) in paragraph.spans.enumerated() {
        let openToken = paragraph.layout.spanTokens[index].open
        let sentence = openToken < paragraph.tokens.count ? paragraph.tokens[openToken].sentence : 0
        if let term = terms[index] {
          result.terms.append(.init(paragraph: paragraphIndex, sentence: sentence, byteRange: span.content, kind: term))
          continue
        }
        result.quotations.append(
          .init(
            paragraph: paragraphIndex, sentence: sentence, byteRange: span.content, speaker: speakers[index],
            cue: cues[index]?.0, cueByteRange: cues[index]?.1, form: .marked, attribution: kinds[index]))
      }
      if let last = (0..<paragraph.spans.count).last(where: { terms[$0] == nil }) {
        previousSpeaker = speakers[last].map { ($0, cues[last]) }
      } else if let reported = attributor.lastReportedSpeech(),
        case let (entity?, _) = speaker(of: reported.subject)
      {
        previousSpeaker = (entity, (reported.cue, reported.cueRange))
      }
      previousParagraphEndedOpen = paragraph.spans.last.map { $0.closeMark == nil } ?? false
      if let intro = introduction(paragraph) {
        let (entity, _) = speaker(of: intro.subject)
        pendingIntroduction = (entity, intro.cue, intro.cueRange)
      }
    }
  }
}
