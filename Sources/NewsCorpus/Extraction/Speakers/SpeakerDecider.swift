/// The last step of document extraction: each quotation's speaker, chosen by the rules of
/// `AttributionRule` in their order, with the evidence recorded; scare quotes and titles set apart.
///
/// Paragraph by paragraph, in text order: a transcript or introduced block first, else each marked
/// span's cue in its own sentence, then the continuation rules for spans with no cue. What one
/// paragraph leaves (its last speaker, an introduction, an open quotation) is carried to the next.
struct SpeakerDecider {
  let extractor: DocumentExtractor
  let analysed: [DocumentExtractor.Analysed]
  let attributors: [SpeakerAttributor?]
  let attributions: [[Attribution?]]
  let entityAtToken: [TokenMap<Int>]
  let repeatedLabels: Set<String>
  /// The document ordinal of each paragraph's first sentence.
  let sentenceBase: [Int]
  var entities: LocalEntities
  var result: ExtractedDocument

  /// What a paragraph leaves for the next.
  struct Carry {
    var previous: SpeakerChoice?
    var previousEndedOpen = false
    var previousEndedUnnamed = false
    var introduction: SpeakerChoice?
    /// The speaker of a block quotation in progress, and whether its next paragraph must speak in the
    /// first person to go on with it (after "X said:"; not after a transcript's label).
    var block: (choice: SpeakerChoice, needsFirstPerson: Bool)?
  }
  var carry = Carry()
  /// The person each transcript part ("host") introduced themselves as in one of its turns ("I'm Nora Quill").
  var partSpeakers: [String: Int] = [:]
  /// The people a transcript labels as the one who asks ("NORA QUILL, HOST:"), whose turns are no quotations.
  var interviewers: Set<Int> = []
  /// The last words of labels that named a part that asks ("DAVID FERNANDEZ, BYLINE:"), lowercased, so that
  /// the same person's later turns under the surname alone ("FERNANDEZ:") ask too, named or not.
  var interviewerLabelWords: Set<String> = []
  /// The person each transcript label stood for the first time ("Tarasenko:"): the same label is the same
  /// person all through, though a namesake is mentioned in between ("My son Denys …").
  var labelSpeakers: [String: Int] = [:]
  /// Who issued each record a cue resolved ("statement"), so that the same record quoted again further on ("the
  /// statement added") speaks for the same issuer.
  var recordIssuers: [String: Int] = [:]
  /// The speaker of the last quotation given one, and its paragraph.
  var lastSpeaker: (entity: Int, paragraph: Int)?

  var bytes: [UInt8] { extractor.bytes }

  /// The first question of an interview set out as questions and answers, when the document is one.
  var firstQuestion: Int?
  /// The last quotation's choice that named someone, and, once the questions begin, the interviewee's.
  var lastChoice: SpeakerChoice?
  /// The last quotation's choice that named a person.
  var lastPersonChoice: SpeakerChoice?
  /// The person the last cue read so far in the paragraph being decided names, with its sentence.
  var paragraphPerson: Antecedent?
  var intervieweeChoice: SpeakerChoice?

  mutating func run() {
    firstQuestion = interviewStart()
    interviewers = questioners()
    for paragraphIndex in analysed.indices where analysed[paragraphIndex].isBody {
      if paragraphIndex == firstQuestion {
        // The person an interview's headline names ("Q&A: Aoife Brennan on …") answers, though someone else was
        // quoted last (her coach); else the person quoted last, not an organisation's statement.
        intervieweeChoice = headlineInterviewee(paragraphIndex) ?? newlyIntroducedInterviewee(paragraphIndex)
          ?? speakingInterviewee(paragraphIndex) ?? lastPersonChoice ?? lastChoice ?? labelledInterviewee(paragraphIndex)
      }
      let introduced = carry.introduction
      carry.introduction = nil
      if decideBlock(paragraphIndex, introduced: introduced) { continue }
      guard let attributor = attributors[paragraphIndex] else { continue }
      decideMarked(paragraphIndex, attributor, introduced: introduced)
    }
  }

  mutating func append(
    _ choice: SpeakerChoice, paragraph: Int, sentence: Int, range: Range<Int>, form: QuotationForm
  ) {
    result.quotations.append(
      .init(
        paragraph: paragraph, sentence: sentence, byteRange: range, speaker: choice.entity, cue: choice.cue,
        cueByteRange: choice.cueRange, form: form, attribution: choice.kind, why: choice.why))
    if let entity = choice.entity {
      lastSpeaker = (entity, paragraph)
      lastChoice = choice
      if entities.items[entity].kind == .person { lastPersonChoice = choice }
    }
  }

  /// The marked spans of a paragraph: cues in their own sentences, unnamed sources, continuations;
  /// then what the paragraph leaves for the next.
  mutating func decideMarked(_ paragraphIndex: Int, _ attributor: SpeakerAttributor, introduced: SpeakerChoice?) {
    let paragraph = analysed[paragraphIndex]
    paragraphPerson = nil
    var choices: [SpeakerChoice?] = []
    for found in attributions[paragraphIndex] {
      let choice = found.map { cueChoice($0, paragraphIndex) }
      if let entity = choice?.entity, entities.items[entity].kind == .person, let range = choice?.cueRange {
        let sentence = paragraph.tokens.first { $0.range.lowerBound == range.lowerBound }.map(\.sentence) ?? 0
        paragraphPerson = Antecedent(entity: entity, ordinal: sentenceBase[paragraphIndex] + sentence)
      }
      choices.append(choice)
    }
    notNamedInOwnWords(&choices, paragraphIndex)
    let listed = listedAfterCue(paragraph, choices)
    let terms = paragraph.spans.indices.map {
      QuotationClassifier.termKind(
        paragraph.spans[$0], index: $0, tokens: paragraph.tokens, layout: paragraph.layout, bytes: bytes,
        hasCue: choices[$0] != nil || listed[$0])
    }
    var spans = SpanChoices(choices: choices, terms: terms, attributions: attributions[paragraphIndex])
    keepUnnamedSources(&spans, attributor)
    var neighbours = SpanNeighbours(spans)
    for index in paragraph.spans.indices {
      if spans.choices[index] == nil && terms[index] == nil {
        spans.choices[index] = continuation(
          index, in: spans, neighbours, paragraphIndex, attributor, introduced: introduced)
      }
      neighbours.passed(index, spans)
    }
    shareCoordinatedCues(&spans, paragraph)
    choices = spans.choices
    for (index, span) in paragraph.spans.enumerated() {
      let openToken = paragraph.layout.spanTokens[index].open
      let sentence = openToken < paragraph.tokens.count ? paragraph.tokens[openToken].sentence : 0
      if let term = terms[index] {
        result.terms.append(.init(paragraph: paragraphIndex, sentence: sentence, byteRange: span.content, kind: term))
        continue
      }
      append(choices[index] ?? .none, paragraph: paragraphIndex, sentence: sentence, range: span.content, form: .marked)
    }
    leaveCarry(paragraphIndex, attributor, spans)
  }

  /// The speaker the cue of a span's own sentence names (or a transcript label inside its marks).
  mutating func cueChoice(_ attribution: Attribution, _ paragraphIndex: Int) -> SpeakerChoice {
    let rule: AttributionRule =
      attribution.cue == ":" && isLabel(attribution, paragraphIndex)
      ? .transcriptLabel : attribution.cue == "as" ? .characterization : .cueInSentence
    let (entity, kind, reading) = resolve(attribution.subject, paragraphIndex)
    return SpeakerChoice(
      entity: entity, kind: entity == nil && kind == .pronoun ? .none : kind, cue: attribution.cue,
      cueRange: attribution.cueRange, rule: rule, reading: reading)
  }

  private func isLabel(_ attribution: Attribution, _ paragraphIndex: Int) -> Bool {
    analysed[paragraphIndex].labels.values.contains { label in
      analysed[paragraphIndex].tokens[label.upperBound].range == attribution.cueRange
    }
  }

  /// What the paragraph leaves: its last speaker (else the last reported speech's), whether it ended
  /// inside an open quotation or on an unnamed source, and an introduction ending in a colon.
  mutating func leaveCarry(_ paragraphIndex: Int, _ attributor: SpeakerAttributor, _ spans: SpanChoices) {
    let paragraph = analysed[paragraphIndex]
    if let last = paragraph.spans.indices.last(where: { spans.terms[$0] == nil }) {
      let choice = spans.choices[last] ?? .none
      carry.previous = choice.entity == nil ? nil : choice
    } else if let reported = attributor.lastReportedSpeech(includingTitles: true) {
      let choice = cueChoice(reported, paragraphIndex)
      if let entity = choice.entity, holdsTitle(of: reported.subject, entity) { carry.previous = choice }
    }
    carry.previousEndedOpen = paragraph.spans.last.map { $0.closeMark == nil } ?? false
    carry.previousEndedUnnamed = paragraph.spans.isEmpty && attributor.endsWithUnnamedSource()
    if let intro = extractor.introduction(paragraph, attributor), !isSectionLabel(intro, paragraph) {
      var choice = cueChoice(intro, paragraphIndex)
      choice.kind = .introduction
      choice.rule = .introduced
      carry.introduction = choice
    } else if let name = extractor.nameLine(paragraph), let entity = entityAtToken[paragraphIndex][name.upperBound - 1] {
      // "Governor Michele Bullock" on a line of its own, above what she says.
      carry.introduction = SpeakerChoice(
        entity: entity, kind: .introduction, cue: "", cueRange: paragraph.tokens[name.lowerBound].range,
        rule: .introduced, reading: .named)
    }
  }
}

extension SpeakerDecider {
  /// Whether `entity` holds the title a subject gives ("The RCMP corporal said …" of "Cpl. Deanna Fraser"); true
  /// for a subject that is no title.
  func holdsTitle(of subject: Subject, _ entity: Int) -> Bool {
    guard case .role(let word, _) = subject else { return true }
    let wanted = Gazetteer.fullRole(word)
    return entities.items[entity].roles.contains { LocalEntities.holds($0, wanted) }
  }

  /// "ENVIRONMENT:" on a line of its own: one word in capitals and a colon is a section's label, unless
  /// the word is the surname of a person the document names in full ("BRANGHAM:" above a turn).
  func isSectionLabel(_ intro: Attribution, _ paragraph: DocumentExtractor.Analysed) -> Bool {
    guard intro.cue == ":", case .name(let range) = intro.subject, range.count == 1, range.lowerBound == 0,
      paragraph.tokens.count == 2, !NameFinder.hasLowercase(paragraph.tokens[0].text)
    else { return false }
    let word = paragraph.tokens[0].lowercased
    return !entities.items.contains { $0.kind == .person && $0.surname == word && $0.name.utf8.contains(UInt8(ascii: " ")) }
  }
}

/// The choices for one paragraph's spans while the rules fill them in, in span order.
struct SpanChoices {
  var choices: [SpeakerChoice?]
  /// Spans that are scare quotes or titles, which no rule gives a speaker.
  var terms: [QuotedTermKind?]
  var attributions: [Attribution?]
  /// Spans whose speaker is an unnamed source (kept so that a later "he said" stays unnamed).
  var isUnnamed: [Bool] = []

  init(choices: [SpeakerChoice?], terms: [QuotedTermKind?], attributions: [Attribution?]) {
    self.choices = choices
    self.terms = terms
    self.attributions = attributions
    isUnnamed = attributions.map { attribution in
      if case .unnamed? = attribution?.subject { return true }
      return false
    }
  }
}
