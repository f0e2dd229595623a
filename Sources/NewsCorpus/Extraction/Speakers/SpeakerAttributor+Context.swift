/// Cues a quotation with no cue of its own borrows from around its sentence: the sentence before,
/// the paragraph's last reported speech, the next paragraph's back-reference, an unnamed source.
extension SpeakerAttributor {
  /// A cue of reported speech in the sentence before the quotation's ("…, Schiff said. “The other
  /// factor…”"), for a quotation with no cue of its own; only a named or pronoun subject counts.
  func cueInPreviousSentence(span spanIndex: Int) -> Attribution? {
    guard let first = sentenceStart(of: spanIndex), first > 0 else { return nil }
    let previous = layout.sentence(of: first - 1, in: tokens)
    let start = max(previous.lowerBound, first - Self.cueReach)
    guard let found = cueBefore(from: start, to: first - 1), isPersonLike(found.subject) else { return nil }
    return found
  }

  /// "Reilly was unapologetic. “I gave everything.”": a quotation with no cue that opens its sentence
  /// right after a short sentence about a person (named or "he"/"she" at its start) is that person's.
  func subjectOfPreviousSentence(span spanIndex: Int) -> Attribution? {
    guard let first = sentenceStart(of: spanIndex), first > 0, layout.spanTokens[spanIndex].open == first else {
      return nil
    }
    let previous = layout.sentence(of: first - 1, in: tokens)
    guard previous.count <= 25, !previous.contains(where: { tokens[$0].kind == .mark }) else { return nil }
    var start = previous.lowerBound
    // Past lowercase words and titles to the subject ("He" is a pronoun here, not "HE", His Excellency).
    while start < previous.upperBound, tokens[start].isWord,
      !tokens[start].isCapitalised || tokens[start].has(.titleWord) && !["he", "she"].contains(tokens[start].lowercased),
      nameStartingAt[start] == nil, start - previous.lowerBound < 4
    {
      start += 1
    }
    guard start < previous.upperBound else { return nil }
    let lowered = tokens[start].lowercased
    let subject: Subject
    if let name = nameStartingAt[start], isPersonName(name) {
      subject = .name(name)
    } else if lowered == "he" || lowered == "she" {
      subject = .pronoun(start, lowered == "he" ? .male : .female)
    } else {
      return nil
    }
    return Attribution(subject: subject, cue: tokens[start].text, cueRange: tokens[start].range)
  }

  /// "A resident who declined to give her name said … “…,” she said": whether, reading back from the
  /// quotation, the paragraph reaches a cue whose subject is an unnamed source before any person's name.
  func followsUnnamedSource(span spanIndex: Int) -> Bool? {
    lastSource(before: layout.spanTokens[spanIndex].open)
  }

  /// Whether the paragraph's last cue outside quotation marks, after any person's name, has an
  /// unnamed source as subject: what a pronoun in the next paragraph may refer to.
  func endsWithUnnamedSource() -> Bool { lastSource(before: tokens.count) == true }

  /// Reading back from `end`: true at a cue whose subject is an unnamed source, false at a person's
  /// name or a cue with a named subject, nil at the paragraph's start.
  func lastSource(before end: Int) -> Bool? {
    var index = end - 1
    while index >= 0 {
      if isOutside(index) {
        if personNameEnds.contains(index), !tentativePersonEnds.contains(index) { return false }
        // "officers had been instructed": a passive speech verb's subject was spoken to, and is no source.
        let isPassive = index > 0 && tokens[index - 1].isWord && tokens[index - 1].has(.beForms)
        if speechVerb(at: index) != nil, !tokens[index].isCapitalised, Gazetteer.isVerbalCue(tokens[index].lowercased),
          !isPassive
        {
          let sentence = layout.sentence(of: index, in: tokens)
          // "A resident who declined to give her name said", "One engineer, who spoke on condition of
          // anonymity, said": an indefinite source opening the sentence.
          let opensWithSource = sentence.count > 2 && ["a", "an", "one"].contains(tokens[sentence.lowerBound].lowercased)
            && tokens[sentence.lowerBound + 1].isWord && !tokens[sentence.lowerBound + 1].isCapitalised
          // "A 29-year-old Berlin woman … after she had posted comments about an alleged rape": her "she" is the source.
          let forOrganization = opensWithOrganizationsSpokesperson(sentence)
            || !opensWithSource && isReportedByPerson(index, in: sentence)
          switch subjectBefore(index, lower: sentence.lowerBound) {
          case .unnamed?: return !forOrganization
          case nil: return opensWithSource && !forOrganization
          default: return false
          }
        }
      }
      index -= 1
    }
    return nil
  }

  /// "He said the state had declared mucormycosis an epidemic": a speech verb inside what a person or a pronoun
  /// before it reports, whose own subject is no source of the next quotation.
  func isReportedByPerson(_ verb: Int, in sentence: Range<Int>) -> Bool {
    (sentence.lowerBound..<verb).contains { index in
      guard isOutside(index), speechVerb(at: index) != nil, !tokens[index].isCapitalised,
        Gazetteer.isVerbalCue(tokens[index].lowercased)
      else { return false }
      switch subjectBefore(index, lower: sentence.lowerBound) {
      case .name(let range)?: return isPersonName(range)
      case .pronoun?: return true
      default: return false
      }
    }
  }

  /// "A spokeswoman for Manitoba Infrastructure disputed that": an unnamed spokesperson opening `sentence`
  /// who speaks for an organisation, which is then the source (`SpeakerDecider.organizationOfSpokespersonBefore`).
  func opensWithOrganizationsSpokesperson(_ sentence: Range<Int>) -> Bool {
    SpeakerDecider.spokespersonOrganization(in: tokens, sentence) { nameEndingAt[$0] != nil && !personNameEnds.contains($0) }
      != nil
  }

  /// Words with which a paragraph's first sentence points back at the quotation before it ("Mr Cahill
  /// made the remark …", "That is how Gilles Lafrenière described the mood", "That stark warning came
  /// from Dr Ann Lee").
  static let backReferences: WordSet = [
    "remark", "remarks", "comment", "comments", "words", "how", "warning", "verdict", "assessment", "message",
    "plea", "admission", "prediction", "appeal", "observation", "conclusion", "reaction", "complaint", "quip",
  ]

  /// The person a paragraph's opening sentence names as the speaker of the quotation just before it.
  func backReference() -> Attribution? {
    if let credit = dashCredit() { return credit }
    guard let first = tokens.first, tokens.count > 3 else { return nil }
    let sentence = layout.sentence(of: 0, in: tokens)
    guard first.quote == nil, let cue = sentence.first(where: { isOutside($0) && tokens[$0].has(.backReferences) })
    else { return nil }
    // "That stark warning came from Dr Ann Lee, …", "That was the verdict of the Rev. Marcus Ellery": the
    // person after "from", "by" or "of", near the noun.
    if let from = (cue + 1..<min(sentence.upperBound, cue + 4)).first(where: { ["from", "by", "of"].contains(tokens[$0].lowercased) }),
      let name = personAfterPreposition(from + 1, limit: sentence.upperBound - 1), isPersonName(name)
    {
      return Attribution(subject: .name(name), cue: tokens[cue].text, cueRange: tokens[cue].range)
    }
    // "That’s how Gregory Novak, a 52-year-old trucking company owner, sums up his challenge …": the person
    // right after "how", however long the sentence.
    if tokens[cue].lowercased == "how", cue >= 2, ["is", "was", "'s", "’s"].contains(tokens[cue - 1].lowercased),
      cue + 1 < sentence.upperBound, let name = personAfterPreposition(cue + 1, limit: sentence.upperBound - 1),
      name.lowerBound <= cue + 3, isPersonName(name)
    {
      return Attribution(subject: .name(name), cue: tokens[cue].text, cueRange: tokens[cue].range)
    }
    // "X described the verdict as “a setback”": a sentence quoting words of its own speaks of something else.
    guard sentence.count <= 30, !sentence.contains(where: { tokens[$0].quote != nil }) else { return nil }
    // "That is how …", "That's how …"
    if tokens[cue].lowercased == "how", !(cue >= 2 && ["is", "was", "'s", "’s"].contains(tokens[cue - 1].lowercased)) {
      return nil
    }
    guard case .name(let name)? = clauseSubject(before: sentence.upperBound, lower: sentence.lowerBound) else {
      return nil
    }
    return Attribution(subject: .name(name), cue: tokens[cue].text, cueRange: tokens[cue].range)
  }

  /// The name at `start`, past "the" and titles before it ("the Rev. Marcus Ellery").
  private func personAfterPreposition(_ start: Int, limit: Int) -> Range<Int>? {
    var index = start
    if index <= limit, tokens[index].lowercased == "the" { index += 1 }
    while index <= limit, index - start < 4, nameStartingAt[index] == nil, tokens[index].isWord,
      tokens[index].has(.roleWords) || tokens[index].has(.honorific)
    {
      index += 1
    }
    return index <= limit ? nameInRun(from: index, limit: limit) : nil
  }

  /// The last cue of reported speech in the paragraph, outside quotation marks, with a named or
  /// pronoun subject: the speaker a quotation in the next paragraph may continue.
  func lastReportedSpeech(includingTitles: Bool = false) -> Attribution? {
    guard let last = tokens.indices.last, let found = cueBefore(from: max(0, last - Self.cueReach), to: last) else {
      return nil
    }
    if isPersonLike(found.subject) { return found }
    if includingTitles, case .role = found.subject { return found }
    return nil
  }

  /// "- Donald Trump" or "— Clinton, on the visit" on a line of its own under a quotation, as a
  /// fact-check or a collection of quotations credits it: the person named right after the dash.
  func dashCredit() -> Attribution? {
    guard tokens.count >= 2, tokens[0].kind == .punctuation, Self.creditDashes.contains(tokens[0].text) else {
      return nil
    }
    let end = tokens.indices.dropFirst().first { !tokens[$0].isWord } ?? tokens.count
    // "- Inspector Eugene Rowland, OPP Central Region": past a title or an honorific before the name.
    var start = 1
    while start < end - 1, start < 3, tokens[start].has(.titleWord) || tokens[start].has(.honorific) { start += 1 }
    guard end > 1, end - start <= 4, end == tokens.count || tokens[end].isPunctuation(","),
      let name = nameInRun(from: start, limit: end - 1), name.lowerBound == start, name.upperBound == end, isPersonName(name)
    else { return nil }
    return Attribution(subject: .name(name), cue: tokens[0].text, cueRange: tokens[0].range)
  }

  /// The dashes that open a line crediting the quotation above it.
  static let creditDashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "\u{2015}"]
}
