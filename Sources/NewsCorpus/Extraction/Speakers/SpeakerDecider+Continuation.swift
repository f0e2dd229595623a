/// The rules for a quotation with no cue of its own, tried in the order of `continuationRules`.
extension SpeakerDecider {
  /// Where a continuation rule looks: the span, its paragraph's choices so far, and the paragraph.
  struct SpanContext {
    var index: Int
    var spans: SpanChoices
    var neighbours: SpanNeighbours
    var paragraphIndex: Int
    var attributor: SpeakerAttributor
    var introduced: SpeakerChoice?
  }

  typealias ContinuationRule = (AttributionRule, @Sendable (inout SpeakerDecider, SpanContext) -> SpeakerChoice?)

  /// The table, in order: the first rule that gives a choice decides.
  static let continuationRules: [ContinuationRule] = [
    (.introduced, { decider, context in decider.introduced(context) }),
    (.unnamedContinuation, { decider, context in decider.unnamedEarlier(context) }),
    (.earlierInParagraph, { decider, context in decider.earlierSpeaker(context) }),
    (.reportedBefore, { decider, context in decider.reportedBefore(context) }),
    (.subjectOfPreviousSentence, { decider, context in decider.subjectOfPreviousSentence(context) }),
    (.backReference, { decider, context in decider.backReference(context) }),
    (.endOfRun, { decider, context in decider.endOfRun(context) }),
    (.namedLaterInParagraph, { decider, context in decider.namedLaterSpeaker(context) }),
    (.previousParagraph, { decider, context in decider.previousParagraph(context) }),
    (.laterInParagraph, { decider, context in decider.laterSpeaker(context) }),
  ]

  mutating func continuation(
    _ index: Int, in spans: SpanChoices, _ neighbours: SpanNeighbours, _ paragraphIndex: Int,
    _ attributor: SpeakerAttributor, introduced: SpeakerChoice?
  ) -> SpeakerChoice? {
    let context = SpanContext(
      index: index, spans: spans, neighbours: neighbours, paragraphIndex: paragraphIndex, attributor: attributor,
      introduced: introduced)
    for (rule, apply) in Self.continuationRules {
      if var choice = apply(&self, context) {
        choice.rule = rule
        return choice
      }
    }
    return nil
  }

  /// The first span of a paragraph after a paragraph ending in a cue and a colon.
  func introduced(_ context: SpanContext) -> SpeakerChoice? {
    guard context.index == 0, let introduced = context.introduced, introduced.entity != nil else { return nil }
    return introduced
  }

  /// "“…,” a senior official told the AP. “…”": still the official, whom the text does not name.
  func unnamedEarlier(_ context: SpanContext) -> SpeakerChoice? {
    let spans = context.spans
    guard let earlier = context.neighbours.earlierChosen,
      let choice = spans.choices[earlier], choice.entity == nil, spans.isUnnamed[earlier]
    else { return nil }
    return SpeakerChoice(entity: nil, kind: .none, cue: choice.cue, cueRange: choice.cueRange, rule: .unnamedContinuation)
  }

  func earlierSpeaker(_ context: SpanContext) -> SpeakerChoice? {
    let spans = context.spans
    guard let earlier = context.neighbours.earlierSpoken, let choice = spans.choices[earlier]
    else { return nil }
    return choice.continued(by: .earlierInParagraph)
  }

  mutating func reportedBefore(_ context: SpanContext) -> SpeakerChoice? {
    guard let reported = context.attributor.cueInPreviousSentence(span: context.index) else { return nil }
    return borrowed(reported, context.paragraphIndex)
  }

  mutating func subjectOfPreviousSentence(_ context: SpanContext) -> SpeakerChoice? {
    guard let described = context.attributor.subjectOfPreviousSentence(span: context.index) else { return nil }
    return borrowed(described, context.paragraphIndex)
  }

  /// A cue read elsewhere, resolved, as a continuation: nil when its subject names no one.
  private mutating func borrowed(_ attribution: Attribution, _ paragraphIndex: Int) -> SpeakerChoice? {
    var choice = cueChoice(attribution, paragraphIndex)
    guard choice.entity != nil else { return nil }
    choice.kind = .continuation
    return choice
  }

  /// "“It is not a question of who threw the first punch.” / Mr Cahill made the remark …"
  func backReference(_ context: SpanContext) -> SpeakerChoice? {
    let paragraph = analysed[context.paragraphIndex]
    let span = paragraph.spans[context.index]
    guard span.openMark.lowerBound == paragraph.range.lowerBound, paragraph.spans.count == 1, span.closeMark != nil,
      let next = analysed.indices.dropFirst(context.paragraphIndex + 1).first(where: { analysed[$0].isBody }),
      let pointing = attributors[next]?.backReference(),
      case .name(let range) = pointing.subject, let entity = entityAtToken[next][range.upperBound - 1]
    else { return nil }
    return SpeakerChoice(
      entity: entity, kind: .continuation, cue: pointing.cue, cueRange: pointing.cueRange, rule: .backReference,
      reading: .named)
  }

  /// An open quotation that starts a run of quoted paragraphs: the cue of the paragraph where the run
  /// ends, within six paragraphs ("“… / “… / “…,” said the CS.").
  mutating func endOfRun(_ context: SpanContext) -> SpeakerChoice? {
    let paragraph = analysed[context.paragraphIndex]
    guard !carry.previousEndedOpen, context.index == paragraph.spans.count - 1,
      paragraph.spans[context.index].closeMark == nil
    else { return nil }
    var next = context.paragraphIndex + 1
    var seen = 0
    while next < analysed.count, seen < 6 {
      defer { next += 1 }
      guard analysed[next].isBody else { continue }
      seen += 1
      guard let first = analysed[next].spans.first, first.openMark.lowerBound == analysed[next].range.lowerBound
      else { return nil }
      if let cue = attributions[next].first ?? nil {
        var choice = cueChoice(cue, next)
        guard choice.entity != nil else { return nil }
        choice.kind = .continuation
        return choice
      }
      if first.closeMark != nil || analysed[next].spans.count > 1 { return nil }
    }
    return nil
  }

  func previousParagraph(_ context: SpanContext) -> SpeakerChoice? {
    let paragraph = analysed[context.paragraphIndex]
    let startsParagraph = paragraph.spans[context.index].openMark.lowerBound == paragraph.range.lowerBound
    guard startsParagraph || carry.previousEndedOpen, let previous = carry.previous,
      carry.previousEndedOpen || !isCrosshead(paragraph)
    else { return nil }
    return previous.continued(by: .previousParagraph)
  }

  /// "‘The engineers are already booked’" over the paragraph that says it: a line that is words in marks
  /// alone with no sentence's end is a page's crosshead, not the speaker above going on.
  func isCrosshead(_ paragraph: DocumentExtractor.Analysed) -> Bool {
    guard paragraph.spans.count == 1, let span = paragraph.spans.first, let close = span.closeMark,
      close.upperBound == paragraph.range.upperBound, let last = extractor.bytes[span.content].last
    else { return false }
    return !".,!?;:".utf8.contains(last) && paragraph.tokens.count <= Self.crossheadTokens
  }

  /// The most tokens a crosshead in marks has: a headline's length.
  static let crossheadTokens = 18

  /// "“…” And that is all he has: “…” ― Jane Doe": a later quotation's cue that names its speaker
  /// outranks the paragraph above.
  func namedLaterSpeaker(_ context: SpanContext) -> SpeakerChoice? {
    guard let later = context.neighbours.later(than: context.index), let choice = context.spans.choices[later],
      choice.entity != nil, case .named = choice.reading
    else { return nil }
    return choice.continued(by: .namedLaterInParagraph)
  }

  func laterSpeaker(_ context: SpanContext) -> SpeakerChoice? {
    let spans = context.spans
    guard let later = context.neighbours.later(than: context.index), let choice = spans.choices[later],
      choice.entity != nil
    else { return nil }
    return choice.continued(by: .laterInParagraph)
  }

  /// "“…,” a senior official said. “…,” he said.": a pronoun after an unnamed source (back through the
  /// paragraph, else the last cue of the paragraph before) is that source, whom the text does not name.
  func keepUnnamedSources(_ spans: inout SpanChoices, _ attributor: SpeakerAttributor) {
    var previousQuotation: Int?
    for index in spans.choices.indices {
      defer { if spans.terms[index] == nil { previousQuotation = index } }
      guard spans.terms[index] == nil, case .pronoun? = spans.attributions[index]?.subject else { continue }
      let previous = previousQuotation
      let unnamed = previous.map { spans.isUnnamed[$0] }
        ?? attributor.followsUnnamedSource(span: index) ?? carry.previousEndedUnnamed
      guard unnamed, var choice = spans.choices[index] else { continue }
      choice.entity = nil
      choice.kind = .none
      choice.rule = .afterUnnamedSource
      choice.reading = .none
      spans.choices[index] = choice
      spans.isUnnamed[index] = true
    }
  }
}
