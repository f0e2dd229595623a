/// Reads the cue of each quotation in a paragraph: a speech verb outside the quotation, in the
/// sentences the quotation spans, and the subject of that verb.
///
/// Order of trust: a cue right after the closing mark (`", said X` / `", X said`), then the nearest
/// verb before the quotation whose subject is a name or pronoun (`X said that "…"`, `X: "…"`,
/// `according to X`), then any later verb in the sentence. Words inside quotation marks are never
/// cues, so "Halvorsen said" inside someone else's quotation does not make him the speaker.
struct SpeakerAttributor {
  let tokens: [Token]
  let spans: [QuoteSpan]
  /// For each token that ends a name candidate, the candidate's token range.
  let nameEndingAt: TokenMap<Range<Int>>
  /// The last token of each name that reads as a person's.
  let personNameEnds: TokenSet
  /// For each token that starts a name candidate, the candidate's token range.
  let nameStartingAt: TokenMap<Range<Int>>
  let layout: TokenLayout
  /// One-word person names the document does not confirm (see `DocumentExtractor.Analysed`).
  var tentativePersonEnds: TokenSet

  /// How far from a quotation a cue may stand, in tokens; bounds the work per quotation.
  static let cueReach = 60
  /// How many closing marks in a row `closesClause` reads back over.
  static let marksBeforeCue = 8

  func attribute(span spanIndex: Int) -> Attribution? {
    guard let (first, last) = frame(of: spanIndex) else { return nil }
    let openToken = layout.spanTokens[spanIndex].open
    let afterStart = layout.spanTokens[spanIndex].after
    let before = { cueBefore(from: max(first, openToken - Self.cueReach), to: openToken - 1) }
    if afterStart <= last, let found = cueAfter(from: afterStart, to: last) {
      // "Lee told Park that the deal was “vital,” according to a readout": an unnamed record the
      // report comes from does not outrank the person the sentence says spoke.
      if found.cue.lowercased() == "according to", !isPersonLike(found.subject), let spoken = before(),
        isPersonLike(spoken.subject)
      {
        return spoken
      }
      return found
    }
    if let found = before() { return found }
    return characterization(before: openToken, sentenceStart: first)
  }

  /// "Trump admires Putin as a “strong leader”": words in marks that the sentence's subject applies to
  /// someone are that subject's, though no speech verb says so. Not "known as", "such as".
  private func characterization(before openToken: Int, sentenceStart: Int) -> Attribution? {
    var index = openToken - 1
    if index >= sentenceStart, ["a", "an", "the"].contains(tokens[index].lowercased) { index -= 1 }
    guard index > sentenceStart, tokens[index].lowercased == "as", isOutside(index),
      !tokens[index - 1].has(.notCharacterizing),
      let subject = clauseSubject(before: index, lower: sentenceStart)
    else { return nil }
    return Attribution(subject: subject, cue: "as", cueRange: tokens[index].range)
  }

  static let notCharacterizing: WordSet = [
    "known", "such", "so", "just", "referred", "listed", "identified", "billed", "served", "same", "well", "much",
    "long", "soon", "far", "good", "better", "bad", "worse", "rated", "ranked", "classified", "registered",
  ]

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
    while start < previous.upperBound, tokens[start].isWord, !tokens[start].isCapitalised || tokens[start].has(.titleWord),
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
  private func lastSource(before end: Int) -> Bool? {
    var index = end - 1
    while index >= 0 {
      if isOutside(index) {
        if personNameEnds.contains(index), !tentativePersonEnds.contains(index) { return false }
        if speechVerb(at: index) != nil, !tokens[index].isCapitalised, Gazetteer.isVerbalCue(tokens[index].lowercased) {
          let sentence = layout.sentence(of: index, in: tokens)
          // "A resident who declined to give her name said", "One engineer, who spoke on condition of
          // anonymity, said": an indefinite source opening the sentence.
          let opensWithSource = sentence.count > 2 && ["a", "an", "one"].contains(tokens[sentence.lowerBound].lowercased)
            && tokens[sentence.lowerBound + 1].isWord && !tokens[sentence.lowerBound + 1].isCapitalised
          switch subjectBefore(index, lower: sentence.lowerBound) {
          case .unnamed?: return true
          case nil: return opensWithSource
          default: return false
          }
        }
      }
      index -= 1
    }
    return nil
  }

  /// Words with which a paragraph's first sentence points back at the quotation before it ("Mr Cahill
  /// made the remark …", "That is how Gilles Lafrenière described the mood").
  static let backReferences: WordSet = ["remark", "remarks", "comment", "comments", "words", "how"]

  /// The person a paragraph's opening sentence names as the speaker of the quotation just before it.
  func backReference() -> Attribution? {
    guard let first = tokens.first, tokens.count > 3 else { return nil }
    let sentence = layout.sentence(of: 0, in: tokens)
    guard sentence.count <= 30, first.quote == nil,
      let cue = sentence.first(where: { isOutside($0) && tokens[$0].has(.backReferences) })
    else { return nil }
    if tokens[cue].lowercased == "how", !(cue >= 2 && ["is", "was"].contains(tokens[cue - 1].lowercased)) { return nil }
    guard case .name(let name)? = clauseSubject(before: sentence.upperBound, lower: sentence.lowerBound) else {
      return nil
    }
    return Attribution(subject: .name(name), cue: tokens[cue].text, cueRange: tokens[cue].range)
  }

  /// The last cue of reported speech in the paragraph, outside quotation marks, with a named or
  /// pronoun subject: the speaker a quotation in the next paragraph may continue.
  func lastReportedSpeech() -> Attribution? {
    guard let last = tokens.indices.last,
      let found = cueBefore(from: max(0, last - Self.cueReach), to: last), isPersonLike(found.subject)
    else { return nil }
    return found
  }

  /// The first token of the sentence the quotation opens in.
  private func sentenceStart(of spanIndex: Int) -> Int? {
    let openToken = layout.spanTokens[spanIndex].open
    return openToken < tokens.count ? layout.sentence(of: openToken, in: tokens).lowerBound : nil
  }

  /// The token indices of the sentences the quotation's marks fall in, no further than `cueReach` tokens
  /// before its opening mark and after its closing mark: every look-around of one quotation stays inside,
  /// so a paragraph of a million tokens in one "sentence" (a mark never closed) costs linear work, not squared.
  private func frame(of spanIndex: Int) -> (Int, Int)? {
    let (openToken, after) = layout.spanTokens[spanIndex]
    guard openToken < tokens.count else { return nil }
    let lastToken = max(openToken, after - 1)
    let first = max(layout.sentence(of: openToken, in: tokens).lowerBound, openToken - Self.cueReach)
    let last = min(layout.sentence(of: lastToken, in: tokens).upperBound - 1, max(lastToken, after + Self.cueReach))
    ExtractionWork.add(last - first + 1)
    return (first, last)
  }

  /// A dash that can introduce a speaker's name after a quotation ("…” ― Jane Doe").
  private func isDash(_ index: Int) -> Bool {
    tokens[index].kind == .punctuation && ["—", "–", "―", "-", "‒"].contains(tokens[index].text)
  }

  private func isOutside(_ index: Int) -> Bool { tokens[index].quote == nil && tokens[index].kind != .mark }

  // MARK: after the quotation

  static let prepositions: WordSet = [
    "to", "at", "in", "on", "for", "with", "from", "by", "of", "into", "onto", "about", "against", "toward",
    "towards", "over", "under", "via",
  ]

  /// Words that open another clause: a verb past them after a quotation is not its cue
  /// ("“That makes me smart,” when Clinton blasted him").
  static let clauseBreaks: WordSet = [
    "when", "while", "because", "after", "before", "since", "although", "though", "but", "which", "where", "if",
    "until", "whereas", "unless",
  ]

  /// Whether the words in marks end their clause (`“…,” she said`, `“…” — she said`), so that a verb
  /// after them can be their cue. A fragment running on into its sentence (`called the tweet “unhinged”
  /// a day after Smith posted it`) is followed by the rest of that sentence, not by its cue.
  private func closesClause(afterToken start: Int) -> Bool {
    if tokens[start].kind == .punctuation { return true }
    // Back over the marks that close it (at most a few: `”’”`), to the word or punctuation before them.
    var index = start - 1
    while index >= max(0, start - Self.marksBeforeCue), tokens[index].kind == .mark { index -= 1 }
    return index >= 0 && tokens[index].kind == .punctuation
  }

  private func cueAfter(from start: Int, to end: Int) -> Attribution? {
    guard closesClause(afterToken: start) else {
      // The clause the fragment runs on in may end in a cue of its own ("A clerk who “steals $20” is
      // held to account, Lee said"): read from its next comma.
      guard let comma = (start...end).first(where: { isOutside($0) && tokens[$0].isPunctuation(",") }) else {
        return nil
      }
      return cueAfter(from: comma, to: end)
    }
    var index = start
    var sawDash = false
    while index <= end, tokens[index].kind == .punctuation, [",", ":"].contains(tokens[index].text) || isDash(index) {
      sawDash = sawDash || isDash(index)
      index += 1
    }
    guard index <= end, isOutside(index) else { return nil }
    if sawDash, let name = nameStartingAt[index] {
      return Attribution(subject: .name(name), cue: tokens[index - 1].text, cueRange: tokens[index - 1].range)
    }
    if let verb = speechVerb(at: index) {
      if let subject = subjectAfter(verb.end, limit: end) {
        return Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
      }
    }
    var scan = index
    while scan <= end, isOutside(scan), scan - index < 30 {
      if let verb = speechVerb(at: scan) {
        let subject =
          verb.lemma == "according to" ? subjectAfter(verb.end, limit: end) : subjectBefore(scan, lower: index)
        if let subject { return Attribution(subject: subject, cue: verb.text, cueRange: verb.range) }
      }
      if tokens[scan].isPunctuation(";") || tokens[scan].has(.clauseBreaks) { break }
      scan += 1
    }
    return nil
  }

  // MARK: before the quotation

  private func cueBefore(from start: Int, to end: Int) -> Attribution? {
    guard end >= start else { return nil }
    if tokens[end].isPunctuation(":"), end - 1 >= start, let name = nameEndingAt[end - 1], name.lowerBound >= start,
      name.lowerBound == start || !isOutside(name.lowerBound - 1) || tokens[name.lowerBound - 1].kind == .punctuation
    {
      return Attribution(subject: .name(name), cue: ":", cueRange: tokens[end].range)
    }
    var unnamed: Attribution?
    var index = end
    while index >= start {
      guard isOutside(index) else {
        index -= 1
        continue
      }
      if let verb = speechVerb(at: index), verb.end <= end + 1, !speaksAnonymously(after: verb.end) {
        let inverted = verb.lemma == "according to" || tokens[index].isCapitalised
        let subject: Subject? = inverted ? subjectAfter(verb.end, limit: end) : subjectBefore(index, lower: start)
        if let subject {
          let found = Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
          if isPersonLike(subject) { return found }
          if subject != .unnamed, unnamed.map({ $0.subject == .unnamed }) ?? true {
            unnamed = found
          } else if unnamed == nil {
            unnamed = found
          }
        }
      }
      index -= 1
    }
    return unnamed
  }

  /// "who spoke on condition of anonymity": a clause that says a source is unnamed, no cue of its own.
  private func speaksAnonymously(after index: Int) -> Bool {
    (index..<min(tokens.count, index + 5)).contains { tokens[$0].lowercased == "anonymity" }
  }

  // MARK: verbs and subjects

  /// A person's name or a pronoun, which a cue before a quotation prefers to a place or an unnamed source.
  private func isPersonLike(_ subject: Subject) -> Bool {
    switch subject {
    case .name(let range): return personNameEnds.contains(range.upperBound - 1) || nameEndingAt[range.upperBound - 1] == nil
    case .pronoun: return true
    case .unnamed, .organizationPronoun, .organizationNoun, .role: return false
    }
  }

  /// Whether the name at `range` reads as a person's: a candidate the document takes for one.
  private func isPersonName(_ range: Range<Int>) -> Bool {
    personNameEnds.contains(range.upperBound - 1) && !tentativePersonEnds.contains(range.upperBound - 1)
  }

  /// Whether a name is the object of a preposition or follows an article ("of the Royal Society"),
  /// so that it cannot be the subject of the verb after it.
  private func followsPreposition(_ range: Range<Int>) -> Bool {
    guard range.lowerBound > 0 else { return false }
    let previous = tokens[range.lowerBound - 1]
    return previous.isWord && (previous.has(.prepositions) || ["the", "a", "an"].contains(previous.lowercased))
  }

  struct Verb {
    var lemma: String
    var text: String
    var range: Range<Int>
    /// The token after the verb phrase.
    var end: Int
  }

  func speechVerb(at index: Int) -> Verb? {
    let token = tokens[index]
    guard token.isWord, token.has(.speechVerb), isOutside(index), let forms = Gazetteer.speechVerbIndex[token.lowercased]
    else {
      return nil
    }
    let opensSentence = index == 0 || tokens[index - 1].sentence != token.sentence || tokens[index - 1].kind == .mark
    if token.isCapitalised, token.text != "According", !opensSentence { return nil }
    for form in forms {
      guard index + form.rest.count < tokens.count else { continue }
      let matches = form.rest.enumerated().allSatisfy { offset, word in
        tokens[index + 1 + offset].lowercased == word
      }
      guard matches else { continue }
      let end = index + form.rest.count
      let text = tokens[index...end].map(\.text).joined(separator: " ")
      return Verb(lemma: form.lemma, text: text, range: token.range.lowerBound..<tokens[end].range.upperBound, end: end + 1)
    }
    return nil
  }

  /// The subject of the verb at `verbIndex`, read leftwards: past auxiliaries and adverbs, a
  /// parenthesis, "who", an appositive between commas, to a name, a pronoun or an unnamed source.
  func subjectBefore(_ verbIndex: Int, lower: Int) -> Subject? {
    if let subject = participleSubject(verbIndex, lower: lower) { return subject }
    var index = verbIndex - 1
    func skipModifiers() {
      while index >= lower, tokens[index].isWord, !tokens[index].isCapitalised || index == lower,
        tokens[index].has(.verbModifiers)
      {
        index -= 1
      }
      if index >= lower + 1, tokens[index].isWord, tokens[index].has(.calendarWords),
        ["on", "last", "this"].contains(tokens[index - 1].lowercased)
      {
        index -= 2
      }
    }
    skipModifiers()
    if index >= lower, tokens[index].text == "to" {
      var back = index - 1
      while back >= lower, index - back <= 2, tokens[back].isWord, !tokens[back].isCapitalised,
        !tokens[back].hasAsWritten(.malePronouns), !tokens[back].hasAsWritten(.femalePronouns)
      {
        back -= 1
      }
      index = back
      skipModifiers()
    }
    guard index >= lower, isOutside(index) else { return nil }
    if tokens[index].isPunctuation(")") {
      var open = index - 1
      while open >= lower, !tokens[open].isPunctuation("("), index - open < 12 { open -= 1 }
      guard open > lower else { return nil }
      index = open - 1
    }
    let token = tokens[index]
    let lower_ = token.lowercased
    if ["who", "which"].contains(lower_), index - 1 >= lower, tokens[index - 1].isPunctuation(",") {
      return nameOrNil(endingAt: index - 2, lower: lower)
    }
    if ["that", "which"].contains(lower_),
      (max(lower, index - 3)..<index).contains(where: { Self.documentHeads.contains(tokens[$0].lowercased) })
    {
      return .unnamed  // "a letter from his doctor that says": a record nobody is named as writing
    }
    if let description = definiteDescription(endingAt: index, lower: lower) { return description }
    if let name = nameEndingAt[index], let person = personBeforeAffiliation(name, lower: lower) {
      return .name(person)
    }
    if let name = nameEndingAt[index] ?? (token.isWord && token.isCapitalised ? index..<(index + 1) : nil),
      name.lowerBound > lower, tokens[name.lowerBound - 1].has(.prepositions)
    {
      // "Trump took to Twitter … to accuse": a name after a preposition is no subject. "a spokeswoman
      // for CHI said": the organisation speaks through its spokeswoman.
      if let subject = clauseSubject(before: name.lowerBound, lower: lower) { return subject }
      if name.lowerBound >= 2, tokens[name.lowerBound - 1].lowercased == "for",
        ["spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople"].contains(tokens[name.lowerBound - 2].lowercased)
      {
        return personNameEnds.contains(name.upperBound - 1) ? .unnamed : .name(name)
      }
      return nil
    }
    if token.isPunctuation(",") {
      if tokens[verbIndex].text.hasSuffix("ing") {
        // ", saying …": the main clause's subject, never the object right before the comma.
        return clauseSubject(before: index, lower: lower) ?? .unnamed
      }
      // `NAME, the president of the Royal Society, said`: the person the appositive describes, not a
      // name inside the appositive; a name before the comma stands on its own only when it is a person's
      // or no appositive names one.
      let near = nameOrNil(endingAt: index - 1, lower: lower)
      if case .name(let range)? = near, isPersonName(range), !followsPreposition(range) { return near }
      if let appositive = appositiveSubject(commaAt: index, lower: lower) {
        if case .name(let range) = appositive, isPersonName(range) { return appositive }
        // "A pharmacist at the Federal Medical Centre, Keffi, who …, said": an unnamed source.
        let sentence = layout.sentence(of: index, in: tokens)
        if near == nil, sentence.count > 2, ["a", "an", "one"].contains(tokens[sentence.lowerBound].lowercased),
          tokens[sentence.lowerBound + 1].has(.anonymousSourceHeads) || tokens[sentence.lowerBound + 1].has(.roleWords)
        {
          return .unnamed
        }
        return near ?? appositive
      }
      return near
    }
    if let name = nameEndingAt[index] { return .name(name) }
    if token.isWord, token.isCapitalised, !token.has(.titleWord), !NameFinder.isAdverb(tokens, index) {
      return .name(index..<(index + 1))
    }
    if lower_ == "he" { return .pronoun(index, .male) }
    if lower_ == "she" { return .pronoun(index, .female) }
    if lower_ == "it" { return .organizationPronoun(index) }
    if lower_ == "and" {
      // "Trump bemoaned the unrest and said …": the subject the coordinated verbs share.
      if let earlier = earlierVerb(before: index, lower: lower) { return subjectBefore(earlier, lower: lower) }
      if case .name(let name)? = clauseSubject(before: index, lower: lower), isPersonName(name) { return .name(name) }
      if case .pronoun(let at, let gender)? = clauseSubject(before: index, lower: lower) { return .pronoun(at, gender) }
      return nil
    }
    if ["they", "we", "i", "you"].contains(lower_) { return .unnamed }
    if token.isWord, Gazetteer.organizationReferences.contains(lower_), index - 1 >= lower,
      ["the", "this"].contains(tokens[index - 1].lowercased)
    {
      return .organizationNoun(index)
    }
    if token.isWord, token.has(.roleWords), index - 1 >= lower, let name = nameEndingAt[index - 1],
      personNameEnds.contains(index - 1)
    {
      return .name(name)  // "Fiona Deasy BL said", "Orla Kavanagh TD said": a post-nominal after the name
    }
    if token.isWord, token.has(.roleWords) {
      // "the senator", "the former prime minister", "the transport secretary": back over the title's
      // words to "the".
      var back = index - 1
      while back >= lower, index - back <= 4, tokens[back].isWord,
        tokens[back].has(.roleWords) || !tokens[back].isCapitalised && !tokens[back].has(.functionWords)
          && !tokens[back].has(.speechVerb)
      {
        back -= 1
      }
      if back >= lower, ["the", "this"].contains(tokens[back].lowercased) { return .role(lower_, index) }
    }
    if token.isWord, token.has(.anonymousSourceHeads) || token.has(.roleWords) {
      return .unnamed
    }
    return nil
  }

  /// Words that describe a person already named, after "the" ("the Alaska Republican", "the
  /// 62-year-old", "the veteran lawmaker"): they refer back as a pronoun does, of either gender.
  static let descriptionHeads: WordSet = [
    "republican", "democrat", "conservative", "liberal", "socialist", "tory", "progressive", "moderate",
    "lawmaker", "legislator", "politician", "incumbent", "challenger", "veteran", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "grandmother", "grandfather", "retiree", "youngster", "teenager",
  ]

  private static func descriptionGender(_ word: String) -> Gender? {
    switch word {
    case "businessman", "grandfather": return .male
    case "businesswoman", "grandmother": return .female
    default: return nil
    }
  }

  /// "the Alaska Republican said", "the 62-year-old said": a definite description of a person ending
  /// at `index`, with at most three words between it and "the", read as a pronoun of either gender.
  private func definiteDescription(endingAt index: Int, lower: Int) -> Subject? {
    let word = tokens[index].lowercased
    guard tokens[index].isWord, isOutside(index),
      Self.descriptionHeads.contains(word) || word.hasSuffix("-year-old")
    else { return nil }
    var back = index - 1
    while back >= lower, index - back <= 4, isOutside(back) {
      let lowered = tokens[back].lowercased
      if lowered == "the" {
        // "the Republican": the person the text called one, else the person named last.
        if tokens[index].has(.roleWords) { return .role(word, index) }
        return .pronoun(index, Self.descriptionGender(word))
      }
      guard tokens[back].isWord, tokens[back].isCapitalised || ["former", "veteran", "longtime"].contains(lowered)
      else { return nil }
      back -= 1
    }
    return nil
  }

  static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"]

  /// The speaker of a participle with no comma before it: the person named right before it ("footage of
  /// Jane Doe saying"), else the main clause's subject ("posted a video on Friday saying", "began by
  /// asking"). A progressive ("she is saying") and a participle after a comma take the usual path.
  private func participleSubject(_ verbIndex: Int, lower: Int) -> Subject? {
    let verb = tokens[verbIndex].lowercased
    let previous = verbIndex - 1
    guard verb.hasSuffix("ing"), verb != "according", previous >= lower, tokens[previous].isWord, isOutside(previous),
      !tokens[previous].has(.beForms)
    else { return nil }
    if personNameEnds.contains(previous), let name = nameEndingAt[previous],
      name.lowerBound <= lower || tokens[name.lowerBound - 1].lowercased == "of"
        || !tokens[name.lowerBound - 1].has(.prepositions)
    {
      return .name(name)
    }
    if tokens[previous].isCapitalised, nameEndingAt[previous] != nil { return nil }
    if !tokens[previous].isCapitalised, tokens[previous].has(.relationWords) || tokens[previous].has(.anonymousSourceHeads) {
      return .unnamed  // "She remembers her mother saying": the mother, whom the text does not name
    }
    let subject = clauseSubject(before: verbIndex, lower: lower)
    if case .name(let name)? = subject, tentativePersonEnds.contains(name.upperBound - 1) { return nil }
    return subject
  }

  /// The speech verb a coordinated one shares its subject with ("PolitiFact claimed … and concluded").
  private func earlierVerb(before index: Int, lower: Int) -> Int? {
    var scan = index - 1
    while scan >= max(lower, index - Self.cueReach), tokens[scan].sentence == tokens[index].sentence {
      if isOutside(scan), speechVerb(at: scan) != nil { return scan }
      scan -= 1
    }
    return nil
  }

  /// `NAME, a spokeswoman for X, said`: the name before the comma that opens the appositive. Through
  /// a chain of them (`NAME, president of X, which represents Y, said`) to the first person's name;
  /// failing one, the name before the nearest comma.
  private func appositiveSubject(commaAt comma: Int, lower: Int) -> Subject? {
    var index = comma - 1
    var nearest: Subject?
    while index >= lower, comma - index < 40 {
      let token = tokens[index]
      guard isOutside(index) else { break }
      if token.isPunctuation(",") {
        let found = nameOrNil(endingAt: index - 1, lower: lower)
        if case .name(let range)? = found {
          if isPersonName(range) { return found }
          // "Sen. Ann Lee of Alaska, who …, said": the person a place or organisation phrase follows.
          if range.lowerBound - 1 > lower, tokens[range.lowerBound - 1].has(.prepositions),
            let person = nameEndingAt[range.lowerBound - 2], isPersonName(person)
          {
            return .name(person)
          }
        }
        if nearest == nil { nearest = found ?? .unnamed }
      }
      if token.kind == .punctuation, [";", "!", "?"].contains(token.text) { break }
      if token.sentence != tokens[comma].sentence { break }
      index -= 1
    }
    return nearest == .unnamed ? nil : nearest
  }

  /// The subject of the main clause a participle (", adding that …") hangs on: its first name or pronoun.
  private func clauseSubject(before comma: Int, lower: Int) -> Subject? {
    var index = max(lower, comma - Self.cueReach)
    while index < comma {
      guard isOutside(index) else {
        index += 1
        continue
      }
      if let name = nameStartingAt[index], name.upperBound <= comma, personNameEnds.contains(name.upperBound - 1)
      {
        return .name(titledName(after: name, before: comma) ?? name)
      }
      let lower_ = tokens[index].lowercased
      if lower_ == "he" { return .pronoun(index, .male) }
      if lower_ == "she" { return .pronoun(index, .female) }
      if tokens[index].has(.roleHead), index > lower, tokens[index - 1].lowercased == "the" {
        var head = index
        while head + 1 < comma, tokens[head + 1].has(.roleHead) { head += 1 }
        return .role(tokens[head].lowercased, head)
      }
      index += 1
    }
    return nil
  }

  /// "Smith campaign manager Ann Lee": the person a name and a title before her name describe.
  private func titledName(after modifier: Range<Int>, before limit: Int) -> Range<Int>? {
    var index = modifier.upperBound
    if index < limit, ["'s", "’s"].contains(tokens[index].text) { index += 1 }  // "Coastline's chief executive"
    let titleStart = index
    while index < limit, index - titleStart < 4, tokens[index].isWord,
      tokens[index].has(.roleWords) || tokens[index].has(.relationWords)
    {
      index += 1
    }
    if index > titleStart, index < limit, tokens[index].isPunctuation(",") { index += 1 }
    guard index > titleStart, index < limit, let name = nameStartingAt[index], name.upperBound <= limit,
      personNameEnds.contains(name.upperBound - 1)
    else { return nil }
    return name
  }

  /// "Rebecca Stahl of the research firm Quadrant Insight said": the person an organisation phrase
  /// after "of", "at" or "from" describes.
  private func personBeforeAffiliation(_ name: Range<Int>, lower: Int) -> Range<Int>? {
    var index = name.lowerBound - 1
    while index > lower, name.lowerBound - index <= 5, tokens[index].isWord, !tokens[index].isCapitalised,
      !["of", "at", "from", "with"].contains(tokens[index].lowercased)
    {
      index -= 1
    }
    guard index > lower, index < name.lowerBound - 1, ["of", "at", "from", "with"].contains(tokens[index].lowercased),
      let person = nameEndingAt[index - 1], isPersonName(person)
    else { return nil }
    return person
  }

  private func nameOrNil(endingAt index: Int, lower: Int) -> Subject? {
    guard index >= lower, isOutside(index) else { return nil }
    if let name = nameEndingAt[index] { return .name(name) }
    let token = tokens[index]
    if token.isWord, token.isCapitalised, !token.has(.titleWord), !NameFinder.isAdverb(tokens, index) { return .name(index..<(index + 1)) }
    return nil
  }

  /// The name a run of capitalised words and titles starting at `start` ends with, a person's if
  /// it holds one ("said European Council President Donald Tusk" → Donald Tusk).
  private func nameInRun(from start: Int, limit: Int) -> Range<Int>? {
    var firstName: Range<Int>?
    var person: Range<Int>?
    var index = start
    while index <= limit, index - start < 10, tokens[index].isWord, isOutside(index),
      tokens[index].isCapitalised || tokens[index].hasAsWritten(.roleWords) || tokens[index].text == "of"
    {
      if let name = nameEndingAt[index], name.lowerBound >= start {
        if firstName == nil { firstName = name }
        if personNameEnds.contains(index) { person = name }
      }
      index += 1
    }
    return person ?? firstName
  }

  /// Records that speak for whoever issued them: "a statement from the Foreign Ministry".
  static let documentHeads: WordSet = [
    "statement", "readout", "report", "release", "filing", "memo", "letter", "email", "transcript", "post",
    "tweet", "announcement", "communique", "communiqué",
  ]

  /// "according to a statement from the Russian Foreign Ministry": the name that issued the record.
  private func documentSource(from start: Int, limit: Int) -> Subject? {
    var index = start
    if index <= limit, ["a", "an", "the"].contains(tokens[index].lowercased) { index += 1 }
    while index <= limit, index - start < 4, tokens[index].isWord, !tokens[index].isCapitalised,
      !Self.documentHeads.contains(tokens[index].lowercased)
    {
      index += 1
    }
    guard index + 1 <= limit, Self.documentHeads.contains(tokens[index].lowercased),
      ["from", "by", "of", "issued"].contains(tokens[index + 1].lowercased)
    else { return nil }
    var nameStart = index + 2
    if nameStart <= limit, tokens[nameStart].lowercased == "the" { nameStart += 1 }
    guard nameStart <= limit, let name = nameInRun(from: nameStart, limit: limit) else { return nil }
    return .name(name)
  }

  /// The subject after an inverted verb (`said Jane Doe`, `according to the Post`, `said he`).
  func subjectAfter(_ start: Int, limit: Int) -> Subject? {
    var index = start
    while index <= limit, tokens[index].isWord, !tokens[index].isCapitalised,
      tokens[index].has(.verbModifiers)
    {
      index += 1
    }
    guard index <= limit, isOutside(index) else { return nil }
    let token = tokens[index]
    let lower = token.lowercased
    if lower == "he" { return .pronoun(index, .male) }
    if lower == "she" { return .pronoun(index, .female) }
    if let name = nameInRun(from: index, limit: limit) {
      // "said Dale's mother, June Pruitt": the person the possessive describes.
      return .name(titledName(after: name, before: limit + 1) ?? name)
    }
    // "said its director, Paulo Mendes", "said the group's spokeswoman Ann Lee": past a title to the name.
    var end = index
    var sawComma = false
    while end <= limit, end - index < 8, isOutside(end),
      tokens[end].isWord && (!tokens[end].isCapitalised || tokens[end].has(.titleWord))
        || (tokens[end].isPunctuation(",") && !sawComma && end > index)
    {
      if tokens[end].isPunctuation(",") { sawComma = true }
      if let name = nameStartingAt[end + 1], personNameEnds.contains(name.upperBound - 1) { return .name(name) }
      end += 1
    }
    if token.isWord, token.isCapitalised, !token.has(.titleWord), !NameFinder.isAdverb(tokens, index) { return .name(index..<(index + 1)) }
    if lower == "the", let end = stride(from: index + 1, through: min(limit, index + 4), by: 1).first(where: {
      definiteDescription(endingAt: $0, lower: index) != nil
    }) {
      return .pronoun(end, nil)
    }
    if lower == "the", let head = stride(from: index + 1, through: min(limit, index + 3), by: 1).first(where: { tokens[$0].has(.roleHead) }),
      (index + 1..<head).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalised }),
      head + 1 > limit || !(tokens[head + 1].isWord && tokens[head + 1].isCapitalised)
    {
      return .role(tokens[head].lowercased, head)  // "said the minister", "said the transport secretary"
    }
    if lower == "the", index + 1 <= limit, Gazetteer.organizationReferences.contains(tokens[index + 1].lowercased),
      index + 2 > limit || !tokens[index + 2].isWord || !tokens[index + 2].isCapitalised
    {
      return .organizationNoun(index + 1)
    }
    if let source = documentSource(from: index, limit: limit) { return source }
    if token.isWord,
      ["a", "an", "the", "one", "two", "several", "some", "many", "his", "her", "their", "its"].contains(lower)
      || token.has(.anonymousSourceHeads)
    {
      return .unnamed
    }
    return nil
  }
}
