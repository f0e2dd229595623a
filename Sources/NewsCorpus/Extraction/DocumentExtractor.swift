/// Runs extraction over one document: paragraphs and boilerplate, quotations, sentences, tokens,
/// names, cues, speakers, and the document's entities and mentions.
///
/// Each stage is linear in the document's bytes; the only look-backs (pronouns, the previous
/// speaker) walk a bounded number of mentions or paragraphs.
struct DocumentExtractor {
  let bytes: [UInt8]
  let givenTitle: String?

  /// One body or boilerplate paragraph as the later stages see it.
  ///
  /// A class, not a struct: every stage after `analyse` reads paragraphs out of the document's array (and
  /// the speaker decider keeps it), and copying a value of nine arrays retained and released each of them —
  /// a few percent of all extraction. Only `tentativePersonEnds` changes after `analyse`, before any
  /// stage reads it.
  final class Analysed {
    let range: Range<Int>
    let boilerplate: BoilerplateKind?
    let spans: [QuoteSpan]
    let sentences: [Range<Int>]
    let tokens: [Token]
    let candidates: [NameCandidate]
    /// Transcript labels ("PENCE:") that open quoted spans, by span index: the label's tokens.
    let labels: [Int: Range<Int>]
    let layout: TokenLayout
    /// The last tokens of one-word person names that no full name of the document confirms ("Small
    /// groups of protesters …"): not trusted as a clause's subject.
    var tentativePersonEnds: TokenSet
    var isBody: Bool { boilerplate == nil }

    init(
      range: Range<Int>, boilerplate: BoilerplateKind?, spans: [QuoteSpan], sentences: [Range<Int>], tokens: [Token],
      candidates: [NameCandidate], labels: [Int: Range<Int>], layout: TokenLayout, tentativePersonEnds: TokenSet
    ) {
      self.range = range
      self.boilerplate = boilerplate
      self.spans = spans
      self.sentences = sentences
      self.tokens = tokens
      self.candidates = candidates
      self.labels = labels
      self.layout = layout
      self.tentativePersonEnds = tentativePersonEnds
    }
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
      let continuesQuotation = analysed.last.map { $0.isBody && $0.spans.last.map { $0.closeMark == nil } == true } ?? false
      let paragraph = analyse(
        range, boilerplate: kinds[index], singleMarksArePrimary: singlePrimary, continuesQuotation: continuesQuotation)
      analysed.append(paragraph)
      result.paragraphs.append(.init(byteRange: range, boilerplate: kinds[index], sentences: paragraph.sentences))
    }
    restoreNameLines(&analysed, &result, singleMarksArePrimary: singlePrimary)
    var entities = LocalEntities()
    entities.organizationsByUsage = wordsWrittenAsOrganizations(analysed)
    registerFullNames(&analysed, &entities)
    // One attributor per body paragraph, made once its tentative names are known.
    let surnames = entities.surnames
    let attributors = analysed.map { $0.isBody ? makeAttributor($0, knownSurnames: surnames) : nil }
    let repeatedLabels = repeatedParagraphLabels(analysed)
    let (attributions, forcedNames) = cues(analysed, attributors, repeatedLabels: repeatedLabels)
    var sentenceBase: [Int] = []
    var sentences = 0
    for paragraph in analysed {
      sentenceBase.append(sentences)
      sentences += paragraph.sentences.count
    }
    let entityAtToken = resolveMentions(analysed, forcedNames, sentenceBase, &entities, into: &result)
    var decider = SpeakerDecider(
      extractor: self, analysed: analysed, attributors: attributors, attributions: attributions,
      entityAtToken: entityAtToken, repeatedLabels: repeatedLabels, sentenceBase: sentenceBase, entities: entities,
      result: result)
    decider.run()
    result = decider.result
    result.entities = decider.entities.items
    let echoed = RepeatedFragments(
      bytes: bytes, headline: result.metadata.headlineParagraph, readsHeadline: givenTitle == nil
    ).apply(to: result)
    return RepeatedLines(bytes: bytes, headline: result.metadata.headlineParagraph).apply(to: echoed)
  }

  /// One paragraph's quoted spans, sentences, tokens and names, with transcript labels inside its spans.
  func analyse(
    _ range: Range<Int>, boilerplate: BoilerplateKind?, singleMarksArePrimary: Bool, continuesQuotation: Bool
  ) -> Analysed {
    let spans = QuoteFinder.find(
      bytes, range, singleMarksArePrimary: singleMarksArePrimary, continuesQuotation: continuesQuotation)
    let sentences = SentenceSplitter.split(bytes, range, protecting: spans)
    // Page furniture keeps its sentences and spans but no later stage reads its tokens.
    let isBody = boilerplate == nil
    let tokens = isBody ? Tokenizer.tokenize(bytes, range, spans: spans, sentences: sentences) : []
    let candidates = isBody ? NameFinder.find(tokens).map { Self.datelinePlace($0.withSignificantWords(), tokens) } : []
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
    return Analysed(
      range: range, boilerplate: boilerplate, spans: spansWithoutLabels, sentences: sentences, tokens: tokens,
      candidates: candidates, labels: labels, layout: layout, tentativePersonEnds: TokenSet(count: tokens.count))
  }

  /// "CEDAR RAPIDS - Hillary Clinton closed …", "LITTLE ROCK, Ark. —": a run in capitals opening the paragraph
  /// before a dash or a comma is the dateline's place, never a person.
  static func datelinePlace(_ candidate: NameCandidate, _ tokens: [Token]) -> NameCandidate {
    let end = candidate.tokens.upperBound
    guard candidate.kind == .person, candidate.tokens.lowerBound == 0, end < tokens.count,
      tokens[candidate.tokens].allSatisfy({ SpeakerAttributor.isInCapitals($0.text) }),
      tokens[end].kind == .punctuation, ["-", "–", "—", ","].contains(tokens[end].text)
    else { return candidate }
    // After a comma, a state and the dash ("LITTLE ROCK, Ark. —"); not a transcript's label ("NORA QUILL, HOST:").
    let isDash = { (token: Token) in token.kind == .punctuation && ["-", "–", "—"].contains(token.text) }
    if tokens[end].text == ",",
      !tokens[(end + 1)..<min(tokens.count, end + 5)].contains(where: isDash)
        || tokens[(end + 1)..<min(tokens.count, end + 5)].contains(where: { $0.isPunctuation(":") })
    {
      return candidate
    }
    var place = candidate
    place.kind = .place
    return place
  }

  /// A short line taken for navigation that is a speaker's name above a paragraph in the first person
  /// ("Governor Michele Bullock" over a transcript's turn) is body text, so that it can introduce it.
  /// So is a press release's credit line above a quotation ("Kiran Sidhu, farmer, Sidhu Family Berries –").
  func restoreNameLines(_ analysed: inout [Analysed], _ result: inout ExtractedDocument, singleMarksArePrimary: Bool) {
    for index in analysed.indices.dropLast()
    where analysed[index].boilerplate == .navigation || analysed[index].boilerplate == .relatedLinks {
      let next = analysed[index + 1]
      let introducesWords = next.isBody && next.spans.isEmpty && speaksInFirstPerson(next)
      let introducesQuotation = next.isBody && next.spans.first.map { $0.openMark.lowerBound == next.range.lowerBound } == true
      guard introducesWords || introducesQuotation else { continue }
      let paragraph = analyse(
        analysed[index].range, boilerplate: nil, singleMarksArePrimary: singleMarksArePrimary, continuesQuotation: false)
      guard introducesWords && analysed[index].boilerplate == .navigation && nameLine(paragraph) != nil
        || introducesQuotation && creditLine(paragraph) != nil
      else { continue }
      analysed[index] = paragraph
      result.paragraphs[index].boilerplate = nil
    }
  }

  /// Full names and gazetteer names first, so that lone surnames can find them; then the one-word
  /// person names no full name confirms are marked tentative.
  func registerFullNames(_ analysed: inout [Analysed], _ entities: inout LocalEntities) {
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
  }

  /// Each paragraph's cues by span (transcript labels in the marks override), and the last tokens of
  /// names a cue, a label or an introduction reads as a subject, which become mentions even when the
  /// name finder left them out.
  func cues(_ analysed: [Analysed], _ attributors: [SpeakerAttributor?], repeatedLabels: Set<String>)
    -> ([[Attribution?]], [Set<Int>])
  {
    var attributions: [[Attribution?]] = []
    var forcedNames: [Set<Int>] = []
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
      if let label = paragraphLabel(paragraph, repeated: repeatedLabels), partLabel(paragraph.tokens, label.name) == nil {
        forced.insert(label.name.upperBound - 1)
      }
      if let intro = introduction(paragraph, attributor), case .name(let range) = intro.subject {
        forced.insert(range.upperBound - 1)
      }
      forcedNames.append(forced)
    }
    return (attributions, forcedNames)
  }

  /// Every mention, in text order, resolved to a document entity: the entity at each name's tokens.
  func resolveMentions(
    _ analysed: [Analysed], _ forcedNames: [Set<Int>], _ sentenceBase: [Int], _ entities: inout LocalEntities,
    into result: inout ExtractedDocument
  ) -> [TokenMap<Int>] {
    var entityAtToken = analysed.map { TokenMap<Int>(count: $0.tokens.count) }
    entities.confirmedLoneNames = confirmedLoneNames(analysed, forcedNames)
    let definedLater = shortFormsDefined(analysed)
    for (paragraphIndex, paragraph) in analysed.enumerated() where paragraph.isBody {
      var candidates = paragraph.candidates
      let candidateEnds = Set(candidates.map { $0.tokens.upperBound - 1 })
      for last in forcedNames[paragraphIndex] where !candidateEnds.contains(last) {
        if let forced = forcedCandidate(paragraph.tokens, endingAt: last) { candidates.append(forced) }
      }
      candidates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
      for candidate in candidates {
        let isForced = forcedNames[paragraphIndex].contains(candidate.tokens.upperBound - 1)
        guard !Self.isPhotoCredit(paragraph.tokens, candidate.tokens),
          let entity = registerDefinedLater(candidate, definedLater, &entities)
            ?? register(candidate, forced: isForced, &entities)
        else { continue }
        if let short = definedShortForm(paragraph.tokens, after: candidate) {
          entities.define(alias: short, for: entity)
        }
        for token in candidate.tokens { entityAtToken[paragraphIndex][token] = entity }
        noteRelative(candidate, entity, paragraph.tokens, entityAtToken[paragraphIndex], &entities)
        if !candidate.isInQuote {
          entities.noteMention(
            entity: entity, offset: candidate.byteRange.lowerBound, sentence: paragraphIndex * 10_000 + candidate.sentence,
            ordinal: sentenceBase[paragraphIndex] + candidate.sentence,
            isSpeaking: isFollowedBySpeechVerb(
              paragraph.tokens, candidate.tokens.upperBound, nameStart: candidate.tokens.lowerBound),
            isObject: isObject(paragraph.tokens, candidate.tokens),
            isAside: isAside(paragraph.tokens, candidate.tokens))
        }
        result.mentions.append(
          .init(
            entity: entity, paragraph: paragraphIndex, sentence: candidate.sentence, byteRange: candidate.byteRange,
            text: ByteText.string(bytes, candidate.byteRange)))
      }
      learnGenders(paragraph, entityAtToken[paragraphIndex], &entities)
    }
    entities.completeRelatives()
    return entityAtToken
  }

  /// "From a dugout …, Serhiy can see …" before "Serhiy, a car mechanic, said": lone words that some mention in the
  /// document confirms as a person's name (a cue's subject, an appositive, an age), so that their earlier
  /// mentions are that person's too and a description between ("said the 28-year-old") can find them.
  func confirmedLoneNames(_ analysed: [Analysed], _ forcedNames: [Set<Int>]) -> Set<String> {
    var confirmed: Set<String> = []
    for (index, paragraph) in analysed.enumerated() where paragraph.isBody {
      for candidate in paragraph.candidates where candidate.kind == .person && !candidate.isInQuote {
        let isForced = forcedNames[index].contains(candidate.tokens.upperBound - 1)
        if isForced || !candidate.needsConfirmation, !candidate.text.utf8.contains(0x20), candidate.nameWords.count == 1 {
          confirmed.insert(candidate.text)
        }
      }
    }
    return confirmed
  }

  /// Short forms the text defines anywhere ("The Land Transport Authority (LTA) said"), with the name they stand for.
  func shortFormsDefined(_ analysed: [Analysed]) -> [String: NameCandidate] {
    var found: [String: NameCandidate] = [:]
    for paragraph in analysed where paragraph.isBody {
      for candidate in paragraph.candidates where candidate.kind == .organization {
        if let short = definedShortForm(paragraph.tokens, after: candidate), found[short] == nil { found[short] = candidate }
      }
    }
    return found
  }

  /// "LTA says …" in a standfirst above "The Land Transport Authority (LTA) said": a short form met before the text
  /// defines it is the organisation it stands for, registered then.
  func registerDefinedLater(
    _ candidate: NameCandidate, _ definedLater: [String: NameCandidate], _ entities: inout LocalEntities
  ) -> Int? {
    guard !definedLater.isEmpty, entities.definedAlias(candidate.text) == nil, let full = definedLater[candidate.text],
      full.text != candidate.text, let entity = register(full, forced: false, &entities)
    else { return nil }
    entities.define(alias: candidate.text, for: entity)
    return entity
  }

  /// "Islamabad High Court (IHC)": the short form in brackets right after a name, when it spells the
  /// name's initials.
  func definedShortForm(_ tokens: [Token], after candidate: NameCandidate) -> String? {
    let open = candidate.tokens.upperBound
    guard open + 2 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 2].isPunctuation(")"),
      tokens[open + 1].isWord
    else { return nil }
    let short = tokens[open + 1].text
    let name = candidate.canonical ?? candidate.text
    guard LocalEntities.isAcronym(short, of: name, titleCase: candidate.kind == .organization)
      || candidate.kind == .organization && LocalEntities.isBlend(short, of: name)
    else { return nil }
    return short
  }

  /// "(Gallo Images/File)", "(Jeff Mitchell/Getty Images)": an agency or photographer on either side of a
  /// credit's slash names no one the text speaks of.
  static func isPhotoCredit(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    if name.upperBound < tokens.count, tokens[name.upperBound].isPunctuation("/") { return true }
    guard name.lowerBound > 0, tokens[name.lowerBound - 1].isPunctuation("/") else { return false }
    return name.upperBound == tokens.count || tokens[name.upperBound].isPunctuation(")")
  }

  /// The document entity a name candidate is a mention of, created if new; nil for a lone word the
  /// document does not confirm as a person's name.
  func register(_ candidate: NameCandidate, forced: Bool, _ entities: inout LocalEntities) -> Int? {
    if let defined = entities.definedAlias(candidate.text) { return defined }
    if forced, candidate.nameWords.count == 1, let person = entities.personWithInitials(candidate.text) {
      entities.define(alias: candidate.text, for: person)
      return person
    }
    if candidate.kind == .organization || candidate.nameWords.count >= 2 || LocalEntities.isShortForm(candidate.text),
      let spelled = entities.organizationSpelled(by: candidate.text)
    {
      entities.define(alias: candidate.text, for: spelled)
      return spelled
    }
    guard candidate.kind == .person else { return entities.addNamed(candidate) }
    if candidate.nameWords.count == 1, !candidate.text.contains(" "), !candidate.isLikelyPerson,
      let company = entities.organizationNamed(byFirstWord: candidate.text)
    {
      return company
    }
    if candidate.nameWords.count == 1, !candidate.text.contains(" "), entities.isOrganizationWord(candidate.text) {
      var club = candidate
      club.kind = .organization
      return entities.addNamed(club)
    }
    return entities.addFullPerson(candidate)
      ?? entities.resolveSingle(
        candidate, offset: candidate.byteRange.lowerBound,
        create: forced || !candidate.needsConfirmation || entities.confirmedLoneNames.contains(candidate.text))
  }

  /// A sentence that names one person, outside quotation marks, and then refers back with "he",
  /// "his", "she" or "her" tells that person's gender, which pronoun resolution then respects.
}
