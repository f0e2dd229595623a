/// The rules for a quotation with no cue of its own, tried in the order of `continuationRules`.
extension SpeakerDecider {
  /// Where a continuation rule looks: the span, its paragraph's choices so far, and the paragraph.
  struct SpanContext {
    var index: Int
    var spans: SpanChoices
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
    (.previousParagraph, { decider, context in decider.previousParagraph(context) }),
    (.laterInParagraph, { decider, context in decider.laterSpeaker(context) }),
  ]

  mutating func continuation(
    _ index: Int, in spans: SpanChoices, _ paragraphIndex: Int, _ attributor: SpeakerAttributor,
    introduced: SpeakerChoice?
  ) -> SpeakerChoice? {
    let context = SpanContext(
      index: index, spans: spans, paragraphIndex: paragraphIndex, attributor: attributor, introduced: introduced)
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
    guard let earlier = (0..<context.index).last(where: { spans.choices[$0] != nil && spans.terms[$0] == nil }),
      let choice = spans.choices[earlier], choice.entity == nil, spans.isUnnamed[earlier]
    else { return nil }
    return SpeakerChoice(entity: nil, kind: .none, cue: choice.cue, cueRange: choice.cueRange, rule: .unnamedContinuation)
  }

  func earlierSpeaker(_ context: SpanContext) -> SpeakerChoice? {
    let spans = context.spans
    guard let earlier = (0..<context.index).last(where: { spans.choices[$0]?.entity != nil && spans.terms[$0] == nil }),
      let choice = spans.choices[earlier]
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

  func previousParagraph(_ context: SpanContext) -> SpeakerChoice? {
    let paragraph = analysed[context.paragraphIndex]
    let startsParagraph = paragraph.spans[context.index].openMark.lowerBound == paragraph.range.lowerBound
    guard startsParagraph || carry.previousEndedOpen, let previous = carry.previous else { return nil }
    return previous.continued(by: .previousParagraph)
  }

  func laterSpeaker(_ context: SpanContext) -> SpeakerChoice? {
    let spans = context.spans
    guard let later = (context.index + 1..<spans.choices.count).first(where: {
      spans.choices[$0] != nil && spans.terms[$0] == nil
    }), let choice = spans.choices[later], choice.entity != nil
    else { return nil }
    return choice.continued(by: .laterInParagraph)
  }

  /// "“…,” a senior official said. “…,” he said.": a pronoun after an unnamed source (back through the
  /// paragraph, else the last cue of the paragraph before) is that source, whom the text does not name.
  func keepUnnamedSources(_ spans: inout SpanChoices, _ attributor: SpeakerAttributor) {
    for index in spans.choices.indices where spans.terms[index] == nil {
      guard case .pronoun? = spans.attributions[index]?.subject else { continue }
      let previous = (0..<index).last(where: { spans.terms[$0] == nil })
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
