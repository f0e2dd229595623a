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
  /// The last token of each person's name that something besides capitals marks as a person's
  /// (`NameCandidate.isLikelyPerson`).
  var likelyPersonEnds = TokenSet(count: 0)
  /// One-word person names the document does not confirm (see `DocumentExtractor.Analysed`).
  var tentativePersonEnds: TokenSet
  /// The lowercased surnames of the document's people with a full name (`LocalEntities.surnames`).
  var knownSurnames: Set<String> = []

  /// How far from a quotation a cue may stand, in tokens; bounds the work per quotation.
  static let cueReach = 60
  /// How many closing marks in a row `closesClause` reads back over.
  static let marksBeforeCue = 8

  func attribute(span spanIndex: Int) -> Attribution? {
    guard let (first, last) = frame(of: spanIndex) else { return nil }
    let openToken = layout.spanTokens[spanIndex].open
    let afterStart = layout.spanTokens[spanIndex].after
    let before = { cueBefore(from: max(first, openToken - Self.cueReach), to: openToken - 1) }
    // "the boy said “before 2024”, Anwar smiled and told …": a verb right before the marks is theirs.
    if openToken >= 1, let verb = adjacentVerb(before: openToken), let found = before(), found.cueRange == verb {
      return found
    }
    if afterStart <= last, let found = cueAfter(from: afterStart, to: last) {
      // "Lee told Park that the deal was “vital,” according to a readout": an unnamed record the
      // report comes from does not outrank the person the sentence says spoke.
      if found.cue.lowercased() == "according to", !isPersonLike(found.subject), let spoken = before(),
        isPersonLike(spoken.subject)
      {
        return spoken
      }
      // "Lee insisted that his party was “still the first force.”--Kim Day": a name after a dash is the
      // quotation's credit only where no cue before it in the sentence names a speaker (a reporter signs off).
      if isDashCredit(found.cueRange, after: afterStart), let spoken = before(), isPersonLike(spoken.subject) { return spoken }
      // "Lacroix told a crowd that voters “will not be taken for granted” by his party, promising …": a
      // participle after the marks goes on with the clause before, whose speaker said them.
      if found.cue.hasSuffix("ing"), let spoken = before(), isPersonLike(spoken.subject) { return spoken }
      // "Hatcher told a crowd the race was “slipping away,” as Ann Lee campaigned and accused him …": a clause
      // that a conjunction opens after the marks has a speech of its own; the cue before the marks is theirs.
      if opensNewClause(after: afterStart, before: found.cueRange), let spoken = before(), isPersonLike(spoken.subject) {
        return spoken
      }
      // "The CS said farmers would be paid “where it is proven”, a condition senators termed unrealistic": a noun
      // in apposition to the words, with a clause of its own, is what others made of them.
      if opensAppositiveNoun(after: afterStart, before: found.cueRange), let spoken = before(),
        isPersonLike(spoken.subject) || spoken.subject.isPronounOrDescription
      {
        return spoken
      }
      return found
    }
    if let found = before() {
      // "Sunak declined to repeat Braverman’s assertion that a “hurricane” …": a claim a possessive names between
      // the cue and the marks is the possessor's words.
      if let claim = possessorOfClaim(before: openToken, sentenceStart: first),
        claim.cueRange.lowerBound > found.cueRange.lowerBound
      {
        return claim
      }
      return found
    }
    return characterization(before: openToken, sentenceStart: first)
      ?? colonIntroduction(before: openToken, sentenceStart: first)
      ?? possessorOfClaim(before: openToken, sentenceStart: first)
  }

  /// "FBI Director James Comey's conclusion that her actions were “extremely careless”": the words
  /// after a person's claim, conclusion or warning "that" are that person's.
  func possessorOfClaim(before openToken: Int, sentenceStart: Int) -> Attribution? {
    var that = openToken - 1
    while that > sentenceStart + 2, openToken - that <= 15, isOutside(that), tokens[that].lowercased != "that" { that -= 1 }
    guard that > sentenceStart + 2, tokens[that].lowercased == "that", isOutside(that),
      Self.claimNouns.contains(tokens[that - 1].lowercased), ["'s", "’s"].contains(tokens[that - 2].text),
      let name = nameEndingAt[that - 3], personNameEnds.contains(that - 3)
    else { return nil }
    return Attribution(subject: .name(name), cue: tokens[that - 1].text, cueRange: tokens[that - 1].range)
  }

  /// Nouns for what someone said that a possessive names the sayer of ("Lee's claim that").
  static let claimNouns: Set<String> = [
    "claim", "conclusion", "assertion", "argument", "contention", "insistence", "warning", "promise", "pledge",
    "suggestion", "statement", "remark", "comment", "allegation", "accusation", "complaint", "vow", "admission",
  ]

  /// "Obama is rolling out a new campaign message: “It's about me.”", "Adejobi identified them as:
  /// “…”": a clause ending in a colon right before the marks, whose subject is a person.
  func colonIntroduction(before openToken: Int, sentenceStart: Int) -> Attribution? {
    let colon = openToken - 1
    // "Trump also embraced harsher methods -- “…”": a dash introduces the words as a colon does.
    guard colon > sentenceStart, tokens[colon].isPunctuation(":") || isDash(colon), isOutside(colon) else { return nil }
    return clauseSpeaker(before: colon, lower: sentenceStart).map {
      Attribution(subject: $0, cue: tokens[colon].text, cueRange: tokens[colon].range)
    }
  }

  /// The subject of the clause before `index` when it is a person's name, a pronoun or a description.
  func clauseSpeaker(before index: Int, lower: Int) -> Subject? {
    // A colon that is the paragraph's first token has no clause before it.
    guard index > lower else { return nil }
    // The clause nearest the colon: past a comma that ends an opening phrase ("With leaders worried
    // about Hillary Clinton, President Obama is rolling out a message:").
    var start = index - 1
    while start > lower, !tokens[start - 1].isPunctuation(","), tokens[start - 1].kind != .mark { start -= 1 }
    switch clauseSubject(before: index, lower: start) {
    case .name(let name)? where isPersonName(name): return .name(name)
    case let subject? where subject.isPronounOrDescription: return subject
    default: return nil
    }
  }

  /// The range of a speech verb standing right before an opening mark, past a comma or colon.
  func adjacentVerb(before openToken: Int) -> Range<Int>? {
    var index = openToken - 1
    if index >= 0, tokens[index].isPunctuation(",") || tokens[index].isPunctuation(":") { index -= 1 }
    guard index >= 0, let verb = speechVerb(at: index), verb.end == index + 1 else { return nil }
    return verb.range
  }

  /// "Trump admires Putin as a “strong leader”": words in marks that the sentence's subject applies to
  /// someone are that subject's, though no speech verb says so ("described him as her “whole world”").
  /// Not "known as", "such as".
  func characterization(before openToken: Int, sentenceStart: Int) -> Attribution? {
    var index = openToken - 1
    if index >= sentenceStart, Self.determinersBeforeCharacterization.contains(tokens[index].lowercased) { index -= 1 }
    guard index > sentenceStart, tokens[index].lowercased == "as", isOutside(index),
      !tokens[index - 1].has(.notCharacterizing),
      let subject = clauseSubject(before: index, lower: sentenceStart)
    else { return nil }
    return Attribution(subject: subject, cue: "as", cueRange: tokens[index].range)
  }

  /// An article or a possessive between "as" and the words in marks ("as a", "as her").
  static let determinersBeforeCharacterization: Set<String> = [
    "a", "an", "the", "her", "his", "their", "my", "our", "its", "your",
  ]

  static let notCharacterizing: WordSet = [
    "known", "such", "so", "just", "referred", "listed", "identified", "billed", "served", "same", "well", "much",
    "long", "soon", "far", "good", "better", "bad", "worse", "rated", "ranked", "classified", "registered",
  ]


  /// The first token of the sentence the quotation opens in.
  func sentenceStart(of spanIndex: Int) -> Int? {
    let openToken = layout.spanTokens[spanIndex].open
    return openToken < tokens.count ? layout.sentence(of: openToken, in: tokens).lowerBound : nil
  }

  /// The token indices of the sentences the quotation's marks fall in, no further than `cueReach` tokens
  /// before its opening mark and after its closing mark: every look-around of one quotation stays inside,
  /// so a paragraph of a million tokens in one "sentence" (a mark never closed) costs linear work, not squared.
  func frame(of spanIndex: Int) -> (Int, Int)? {
    let (openToken, after) = layout.spanTokens[spanIndex]
    guard openToken < tokens.count else { return nil }
    let lastToken = max(openToken, after - 1)
    let first = max(layout.sentence(of: openToken, in: tokens).lowerBound, openToken - Self.cueReach)
    let last = min(layout.sentence(of: lastToken, in: tokens).upperBound - 1, max(lastToken, after + Self.cueReach))
    ExtractionWork.add(last - first + 1)
    return (first, last)
  }

  /// Whether a conjunction opens a clause of its own after the closing mark (past a comma) whose subject
  /// does something else before the cue ("as Ann Lee campaigned … and accused"); not "as Ann Lee put it".
  private func opensNewClause(after afterStart: Int, before cue: Range<Int>) -> Bool {
    var index = afterStart
    if index < tokens.count, tokens[index].isPunctuation(",") { index += 1 }
    guard index < tokens.count, Self.clauseConjunctions.contains(tokens[index].text),
      let cueToken = tokens[index...].firstIndex(where: { $0.range == cue })
    else { return false }
    return tokens[index..<cueToken].contains { ["and", "but"].contains($0.text) }
  }

  /// Whether the words after the marks open with "a" or "an" and a noun for what someone says ("a condition
  /// senators termed unrealistic", "a claim the party denies"): others' view of the words, not their cue.
  private func opensAppositiveNoun(after afterStart: Int, before cue: Range<Int>) -> Bool {
    guard let cueToken = tokens[afterStart...].firstIndex(where: { $0.range == cue }) else { return false }
    // From the comma nearest the cue: "“where it is proven” that …, a condition senators termed".
    var index = (afterStart..<cueToken).last(where: { tokens[$0].isPunctuation(",") }).map { $0 + 1 } ?? afterStart
    while index < cueToken, tokens[index].kind != .word { index += 1 }
    guard index + 1 < cueToken, ["a", "an"].contains(tokens[index].lowercased) else { return false }
    return Self.appositiveNouns.contains(tokens[index + 1].lowercased)
  }

  /// Nouns for words someone said, set in apposition after them.
  static let appositiveNouns: Set<String> = [
    "condition", "claim", "charge", "remark", "comment", "assertion", "accusation", "allegation", "description",
    "characterisation", "characterization", "phrase", "term", "label", "promise", "pledge", "suggestion", "proposal",
    "demand", "position", "view", "boast", "threat",
  ]

  /// Conjunctions after which a sentence goes on with another clause ("as", "while", "whereas").
  static let clauseConjunctions: Set<String> = ["as", "while", "whereas", "whilst"]

  /// A dash that can introduce a speaker's name after a quotation ("…” ― Jane Doe").
  func isDash(_ index: Int) -> Bool {
    tokens[index].kind == .punctuation && ["—", "–", "―", "-", "‒", "--"].contains(tokens[index].text)
  }

  /// "said Baron", "King says": a capitalised title word standing alone (no capitalised word after it) that
  /// is the surname of a person the document names in full is that person, not a title.
  func isSurnameNotTitle(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.isCapitalised, !token.isLowercaseAsWritten, token.has(.titleWord),
      !knownSurnames.isEmpty, knownSurnames.contains(token.lowercased)
    else { return false }
    return index + 1 >= tokens.count || !(tokens[index + 1].isWord && tokens[index + 1].isCapitalised)
  }

  /// Whether a cue is a dash right after the quotation's closing marks ("…”--Kim Day").
  private func isDashCredit(_ cueRange: Range<Int>, after afterStart: Int) -> Bool {
    (afterStart..<min(tokens.count, afterStart + 2)).contains { tokens[$0].range == cueRange && isDash($0) }
  }

  func isOutside(_ index: Int) -> Bool { tokens[index].quote == nil && tokens[index].kind != .mark }
}
