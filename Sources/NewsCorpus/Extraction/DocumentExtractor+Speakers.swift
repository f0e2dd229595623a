/// The last step of document extraction: each quotation's speaker from its cue, a pronoun, a
/// continuation of the previous speaker, or an introduction; and scare quotes set apart.
extension DocumentExtractor {
  func attachSpeakers(
    _ analysed: [Analysed], _ attributors: [SpeakerAttributor?], _ attributions: [[Attribution?]],
    _ entityAtToken: [TokenMap<Int>], repeatedLabels: Set<String>,
    _ entities: inout LocalEntities, into result: inout ExtractedDocument
  ) {
    var previousSpeaker: (speaker: Int, cue: (String, Range<Int>)?)?
    var previousParagraphEndedOpen = false
    var previousParagraphEndedUnnamed = false
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
          let offset = paragraph.tokens[token].range.lowerBound
          var found = entities.resolveRole(word, at: offset)
          if found == nil, !Gazetteer.anonymousSourceHeads.contains(word) {
            // "the former prime minister said" of a person the text named without that title: the
            // person named last, as a pronoun would; not "the spokesman", who may be nobody named.
            let limit = analysed[max(0, paragraphIndex - 2)].range.lowerBound
            found = entities.resolvePronoun(at: offset, gender: nil, notBefore: limit)
          }
          return (found, found == nil ? .none : .pronoun)
        case .organizationPronoun(let token):
          let sentenceKey = paragraphIndex * 10_000 + paragraph.tokens[token].sentence
          let found = entities.resolveOrganizationPronoun(at: paragraph.tokens[token].range.lowerBound, sentence: sentenceKey)
          return (found, found == nil ? .none : .pronoun)
        case .organizationNoun(let token):
          let noun = paragraph.tokens[token].lowercased
          let limit = analysed[max(0, paragraphIndex - 2)].range.lowerBound
          let found = entities.resolveOrganizationNoun(
            noun, at: paragraph.tokens[token].range.lowerBound, notBefore: limit,
            outlets: Gazetteer.outletReferences.contains(noun))
          return (found, found == nil ? .none : .pronoun)
        case .unnamed:
          return (nil, .none)
        }
      }
      if let label = paragraphLabel(paragraph, repeated: repeatedLabels), paragraph.spans.isEmpty,
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
      // A block quotation may hold short quoted words of its own ("to ‘drive back’ our country").
      let holdsOnlyShortSpans = paragraph.spans.allSatisfy { $0.content.count * 4 < paragraph.range.count }
      if holdsOnlyShortSpans, let introduced, introduced.speaker != nil {
        result.quotations.append(
          .init(
            paragraph: paragraphIndex, sentence: 0, byteRange: paragraph.range, speaker: introduced.speaker,
            cue: introduced.cue, cueByteRange: introduced.range, form: .block, attribution: .introduction))
        previousSpeaker = introduced.speaker.map { ($0, (introduced.cue, introduced.range)) }
        continue
      }
      guard let attributor = attributors[paragraphIndex] else { continue }
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
      // "“…,” a senior official said. “…,” he said.": the official, whom the text does not name.
      var isUnnamed = attributions[paragraphIndex].map { attribution -> Bool in
        if case .unnamed? = attribution?.subject { return true }
        return false
      }
      // The searches back and forward below keep their answer as they go (the last quotation so far), so a
      // paragraph of 100,000 quotations costs linear work, not a search through its quotations for each.
      var previousQuotation: Int?
      for index in paragraph.spans.indices {
        defer { if terms[index] == nil { previousQuotation = index } }
        guard terms[index] == nil, case .pronoun? = attributions[paragraphIndex][index]?.subject else { continue }
        let previous = previousQuotation
        // Back through this paragraph, else the last cue of the paragraph before.
        let unnamed = previous.map { isUnnamed[$0] }
          ?? attributor.followsUnnamedSource(span: index) ?? previousParagraphEndedUnnamed
        guard unnamed else { continue }
        speakers[index] = nil
        kinds[index] = .none
        isUnnamed[index] = true
      }
      // Quotations with no cue of their own continue a speaker.
      var nextCued = [Int?](repeating: nil, count: paragraph.spans.count)
      var following: Int?
      for index in paragraph.spans.indices.reversed() {
        nextCued[index] = following
        if cues[index] != nil && terms[index] == nil { following = index }
      }
      var lastCued: Int?
      var lastSpoken: Int?
      ExtractionWork.add(paragraph.spans.count)
      for index in paragraph.spans.indices {
        defer {
          if cues[index] != nil && terms[index] == nil { lastCued = index }
          if speakers[index] != nil && terms[index] == nil { lastSpoken = index }
        }
        guard cues[index] == nil && terms[index] == nil else { continue }
        let startsParagraph = paragraph.spans[index].openMark.lowerBound == paragraph.range.lowerBound
        if index == 0, let introduced, introduced.speaker != nil {
          speakers[index] = introduced.speaker
          kinds[index] = .introduction
          cues[index] = (introduced.cue, introduced.range)
        } else if let earlier = lastCued, speakers[earlier] == nil, isUnnamed[earlier]
        {
          // "“…,” a senior official told the AP. “…”": still the official, whom the text does not name.
          cues[index] = cues[earlier]
        } else if let earlier = lastSpoken {
          speakers[index] = speakers[earlier]
          kinds[index] = .continuation
          cues[index] = cues[earlier]
        } else if let reported = attributor.cueInPreviousSentence(span: index),
          case let (entity?, _) = speaker(of: reported.subject)
        {
          speakers[index] = entity
          kinds[index] = .continuation
          cues[index] = (reported.cue, reported.cueRange)
        } else if let described = attributor.subjectOfPreviousSentence(span: index),
          case let (entity?, _) = speaker(of: described.subject)
        {
          speakers[index] = entity
          kinds[index] = .continuation
          cues[index] = (described.cue, described.cueRange)
        } else if startsParagraph, paragraph.spans.count == 1, paragraph.spans[0].closeMark != nil,
          let next = analysed.indices.dropFirst(paragraphIndex + 1).first(where: { analysed[$0].isBody }),
          let pointing = attributors[next]?.backReference(),
          case .name(let range) = pointing.subject, let entity = entityAtToken[next][range.upperBound - 1]
        {
          // "“It is not a question of who threw the first punch.” / Mr Cahill made the remark …"
          speakers[index] = entity
          kinds[index] = .continuation
          cues[index] = (pointing.cue, pointing.cueRange)
        } else if startsParagraph || previousParagraphEndedOpen, let previousSpeaker {
          speakers[index] = previousSpeaker.speaker
          kinds[index] = .continuation
          cues[index] = previousSpeaker.cue
        } else if let later = nextCued[index], speakers[later] != nil {
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
      previousParagraphEndedUnnamed = paragraph.spans.isEmpty && attributor.endsWithUnnamedSource()
      if let intro = introduction(paragraph, attributor) {
        let (entity, _) = speaker(of: intro.subject)
        pendingIntroduction = (entity, intro.cue, intro.cueRange)
      }
    }
  }
}
