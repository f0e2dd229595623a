/// Speech verbs and the cues they form after and before a quotation.
extension SpeakerAttributor {
  // MARK: after the quotation

  static let prepositions: WordSet = [
    "to", "at", "in", "on", "for", "with", "from", "by", "of", "into", "onto", "about", "against", "toward",
    "towards", "over", "under", "via",
  ]

  /// Words that open another clause: a verb past them after a quotation is not its cue
  /// ("“That makes me smart,” when Clinton blasted him"; "“rigged” against him, even as his aides insisted").
  static let clauseBreaks: WordSet = [
    "when", "while", "because", "after", "before", "since", "although", "though", "but", "which", "where", "if",
    "until", "whereas", "unless", "even",
  ]

  /// Whether the words in marks end their clause (`“…,” she said`, `“…” — she said`), so that a verb
  /// after them can be their cue. A fragment running on into its sentence (`called the tweet “unhinged”
  /// a day after Smith posted it`) is followed by the rest of that sentence, not by its cue.
  func closesClause(afterToken start: Int) -> Bool {
    if tokens[start].kind == .punctuation { return true }
    // Back over the marks that close it (at most a few: `”’”`), to the word or punctuation before them.
    var index = start - 1
    while index >= max(0, start - Self.marksBeforeCue), tokens[index].kind == .mark { index -= 1 }
    return index >= 0 && tokens[index].kind == .punctuation || speakerFollowsWithoutComma(start)
  }

  /// "“… a false narrative” said Nick Merrit", "“… no matter what” Alma Ruiz said": a cue right after a
  /// quotation of a few words or more whose comma was left out.
  private func speakerFollowsWithoutComma(_ start: Int) -> Bool {
    var words = 0
    var index = start - 1
    while index >= 0, !isOutside(index), words < 4 {
      if tokens[index].isWord { words += 1 }
      index -= 1
    }
    guard words >= 4, start + 1 < tokens.count else { return false }
    let first = tokens[start]
    if Self.invertingVerbs.contains(first.lowercased) {
      return nameStartingAt[start + 1].map { personNameEnds.contains($0.upperBound - 1) } ?? false
        || tokens[start + 1].has(.malePronouns) || tokens[start + 1].has(.femalePronouns)
    }
    let subjectEnd =
      first.has(.malePronouns) || first.has(.femalePronouns)
      ? start : nameStartingAt[start].flatMap { personNameEnds.contains($0.upperBound - 1) ? $0.upperBound - 1 : nil }
    guard let subjectEnd, subjectEnd + 1 < tokens.count else { return false }
    return Self.invertingVerbs.contains(tokens[subjectEnd + 1].lowercased)
  }

  /// How many tokens in marks, marks included, the phrase between a quotation and its cue may hold.
  static let quotedWordsInCuePhrase = 6

  /// The token after a run of at most `quotedWordsInCuePhrase` tokens in marks that starts at `start`,
  /// or nil if the run is longer or reaches past `limit`.
  func shortQuotedRun(startingAt start: Int, limit: Int) -> Int? {
    var index = start
    while index <= limit, !isOutside(index) { index += 1 }
    return index <= limit && index - start <= Self.quotedWordsInCuePhrase ? index : nil
  }

  /// The token before a run of at most `quotedWordsInCuePhrase` tokens in marks that ends at `end`, or nil
  /// if the run is longer or reaches before `lower`.
  func shortQuotedRun(endingAt end: Int, lower: Int) -> Int? {
    var index = end
    while index >= lower, !isOutside(index) { index -= 1 }
    return index >= lower && end - index <= Self.quotedWordsInCuePhrase ? index : nil
  }

  func cueAfter(from start: Int, to end: Int) -> Attribution? {
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
    guard index <= end, isOutside(index), !opensClauseWithComplement(at: index, limit: end) else { return nil }
    if let credit = creditAfterMarks(at: index, sawDash: sawDash, start: start, end: end) { return credit }
    if let verb = speechVerb(at: index) ?? frenchParticiple(after: index) {
      // "defended “city values,” saying …": a participle is never inverted; it hangs on the clause before.
      if let subject = participleAfterMarks(index, lower: layout.sentence(of: index, in: tokens).lowerBound) {
        return Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
      }
      if let subject = subjectAfter(verb.end, limit: end) {
        return Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
      }
    }
    if let found = unlistedVerbCue(at: index, limit: end) { return found }
    var scan = index
    var sawName = false
    while scan <= end, scan - index < 30 {
      if !isOutside(scan) {
        // "“…,” Bill Dean, wearing “Vote Lee” pins, said": a few words in marks inside a phrase about
        // the person named after the quotation are read over; quotations listed before a name, or a
        // longer quotation, are others.
        guard sawName, let after = shortQuotedRun(startingAt: scan, limit: end) else { break }
        scan = after
        continue
      }
      sawName = sawName || nameEndingAt[scan] != nil
      if let verb = speechVerb(at: scan) {
        let subject =
          verb.lemma == "according to" ? subjectAfter(verb.end, limit: end) : subjectBefore(scan, lower: index)
        if let subject { return Attribution(subject: subject, cue: verb.text, cueRange: verb.range) }
      }
      if tokens[scan].isPunctuation(";") || tokens[scan].has(.clauseBreaks) { break }
      // "make sand “glow in the dark,” for instance, and Lee vowed": ", and" before any name opens another
      // clause (after one, it may end a list in an appositive: "Ann Lee, minister for trade, jobs, and skills,").
      if !sawName, scan > index, tokens[scan].lowercased == "and", tokens[scan - 1].isPunctuation(",") { break }
      scan += 1
    }
    return nil
  }

  /// The person a dash or a colon right after the marks credits: "“…” — Sen. Harlan Voss (R-Ohio), on the
  /// Senate floor" (past the credit's titles), "‘Will build a strong India’: PM Modi as his government turns nine".
  private func creditAfterMarks(at index: Int, sawDash: Bool, start: Int, end: Int) -> Attribution? {
    if sawDash {
      var at = index
      while at < end, at - index < 3, nameStartingAt[at] == nil, tokens[at].isWord,
        tokens[at].has(.roleWords) || tokens[at].has(.honorific)
      {
        at += 1
      }
      if var name = nameStartingAt[at] {
        // "- BBC Radio Suffolk's Ellie Brand": the organisation's person after its possessive.
        if !personNameEnds.contains(name.upperBound - 1), name.upperBound + 1 <= end,
          ["'s", "’s"].contains(tokens[name.upperBound].text), let person = nameStartingAt[name.upperBound + 1],
          personNameEnds.contains(person.upperBound - 1)
        {
          name = person
        }
        return Attribution(subject: .name(name), cue: tokens[index - 1].text, cueRange: tokens[index - 1].range)
      }
    }
    if index > start, tokens[index - 1].isPunctuation(":"), let name = nameInRun(from: index, limit: end),
      isPersonName(name), (index..<name.lowerBound).allSatisfy({ tokens[$0].has(.roleWords) })
    {
      return Attribution(subject: .name(name), cue: ":", cueRange: tokens[index - 1].range)
    }
    return nil
  }

  /// "… had given “little reason for optimism”, as Western officials warned that …", "“at any price”, as the
  /// union threatens to strike": "as" after the quotation opens a clause whose speech verb has a complement of
  /// its own, so it is not the cue.
  private func opensClauseWithComplement(at index: Int, limit: Int) -> Bool {
    guard tokens[index].lowercased == "as" else { return false }
    for at in index + 1..<min(limit + 1, index + 8) {
      if let verb = speechVerb(at: at), verb.end <= limit, ["that", "to"].contains(tokens[verb.end].lowercased) { return true }
    }
    return false
  }

  /// "“…?” Hannity pressed.", "“…,” remembered Roy Verley": right after a quotation that ends its clause, a
  /// person and a verb in the past that no table lists, with nothing after them in the clause (or the verb
  /// first, then the person), is a cue all the same: that slot holds nothing else.
  private func unlistedVerbCue(at index: Int, limit: Int) -> Attribution? {
    func isPast(_ at: Int) -> Bool {
      at <= limit && isOutside(at) && tokens[at].isWord && tokens[at].isLowercaseAsWritten
        && Gazetteer.mayBeUnlistedPastVerb(tokens[at].text) && !tokens[at].has(.functionWords)
    }
    func person(startingAt at: Int) -> Range<Int>? {
      guard at <= limit, let name = nameStartingAt[at], name.upperBound - 1 <= limit,
        personNameEnds.contains(name.upperBound - 1), !tentativePersonEnds.contains(name.upperBound - 1)
      else { return nil }
      return name
    }
    if isPast(index) {
      // "“…?” posed committee chairperson Joyce Wambui": past title words to the name.
      var named = index + 1
      while named <= min(limit, index + 3), person(startingAt: named) == nil, tokens[named].isWord, tokens[named].has(.roleWords) {
        named += 1
      }
      if let name = person(startingAt: named) {
        return Attribution(subject: .name(name), cue: tokens[index].text, cueRange: tokens[index].range)
      }
    }
    let subject: (Subject, Int)? =
      if let name = person(startingAt: index) { (.name(name), name.upperBound) }
      else if tokens[index].has(.malePronouns), tokens[index].lowercased == "he" { (.pronoun(index, .male), index + 1) }
      else if tokens[index].lowercased == "she" { (.pronoun(index, .female), index + 1) }
      else { nil }
    guard let (found, verb) = subject, isPast(verb),
      verb + 1 > limit || tokens[verb + 1].kind == .punctuation || tokens[verb + 1].kind == .mark
    else { return nil }
    return Attribution(subject: found, cue: tokens[verb].text, cueRange: tokens[verb].range)
  }

  /// "to explain", "to further explain": a verb after "to", an adverb in "-ly" or "further" allowed between.
  private func isInfinitive(_ index: Int, lower: Int) -> Bool {
    guard index - 1 >= lower else { return false }
    if tokens[index - 1].lowercased == "to" { return true }
    let between = tokens[index - 1].lowercased
    return index - 2 >= lower && tokens[index - 2].lowercased == "to"
      && (between == "further" || between.hasSuffix("ly") || tokens[index - 1].has(.verbModifiers))
  }

  // MARK: before the quotation

  func cueBefore(from start: Int, to end: Int) -> Attribution? {
    guard end >= start else { return nil }
    if tokens[end].isPunctuation(":"), end - 1 >= start, let name = nameEndingAt[end - 1], name.lowerBound >= start,
      name.lowerBound == start || !isOutside(name.lowerBound - 1) || tokens[name.lowerBound - 1].kind == .punctuation
    {
      return Attribution(subject: .name(name), cue: ":", cueRange: tokens[end].range)
    }
    if let outer = outerCue(ofSecondComplement: end, from: start) { return outer }
    var unnamed: Attribution?
    var index = end
    var passedClauseBreak = false
    while index >= start {
      guard isOutside(index) else {
        index -= 1
        continue
      }
      // "would like Trump to explain his stance but supports him because there is “no question”": an
      // infinitive before another clause is no cue of the words after that clause.
      if passedClauseBreak, isInfinitive(index, lower: start), speechVerb(at: index) != nil {
        index -= 1
        continue
      }
      if tokens[index].has(.clauseBreaks) { passedClauseBreak = true }
      // "Nato says it is sending ships; UK foreign secretary says …": a verb after a semicolon has the cue.
      if unnamed != nil, tokens[index].isPunctuation(";") { break }
      // "Asked about Okafor, the coach said: “…”": a later verb already gave a subject, and the
      // participle's clause is about what was asked ("Asked by Lee if she “gets” it" keeps Lee).
      if let verb = speechVerb(at: index), verb.end <= end + 1, !speaksAnonymously(after: verb.end),
        unnamed == nil || !opensParticipleClause(at: index, verb), !isReducedRelative(index, verb)
      {
        let inverted = verb.lemma == "according to" || tokens[index].isCapitalised
        // "Acknowledging that …, Park did suggest": a participle opening the sentence is the main clause's.
        let subject: Subject? =
          inverted
          ? subjectAfterOpeningClause(index) ?? subjectAfter(verb.end, limit: end) : subjectBefore(index, lower: start)
        if let subject {
          let found = Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
          if isPersonLike(subject), !isReportedInClause(index, subject) { return found }
          if subject != .unnamed, unnamed.map({ $0.subject == .unnamed }) ?? true {
            unnamed = found
          } else if unnamed == nil {
            unnamed = found
          }
        }
      }
      index -= 1
    }
    return unnamed ?? sentenceSubjectBeforeColon(end)
  }

  /// "the Support Scheme, announced in the budget, would pay": a past participle between commas, before a
  /// preposition, modifies the noun before it and reports no one's words. After a person's name ("Darnell
  /// Fitzgerald-Amoah, posted on Twitter …:") or with "that" inside ("…, recalled in 2008 that before Iowa,")
  /// it is the clause's own verb.
  func isReducedRelative(_ index: Int, _ verb: Verb) -> Bool {
    guard index > 1, tokens[index - 1].isPunctuation(","), tokens[index].lowercased.hasSuffix("ed"), verb.end < tokens.count,
      !personNameEnds.contains(index - 2), Self.afterReducedRelative.contains(tokens[verb.end].lowercased)
    else { return false }
    var scan = verb.end + 1
    while scan < tokens.count, scan - verb.end <= Self.reducedRelativeWords, tokens[scan].isWord, isOutside(scan),
      tokens[scan].lowercased != "that"
    {
      scan += 1
    }
    return scan < tokens.count && scan - verb.end <= Self.reducedRelativeWords && tokens[scan].isPunctuation(",")
  }

  static let afterReducedRelative: Set<String> = ["in", "on", "by", "at", "during", "after", "last"]
  /// The most words a participle's phrase between commas runs to ("announced in the budget").
  static let reducedRelativeWords = 5

  /// "Mr Khoo replied that … and that the Government would respond “promptly”": a speech verb after a modal
  /// whose subject is no person the document knows is part of what an earlier verb reports, so the scan goes
  /// on to that verb's subject.
  func isReportedInClause(_ index: Int, _ subject: Subject) -> Bool {
    guard index > 0, Self.modals.contains(tokens[index - 1].lowercased), case .name(let range) = subject else { return false }
    return !isPersonName(range)
  }

  static let modals: Set<String> = ["would", "will", "could", "should", "might", "may", "must", "shall", "can"]

  /// "Mr. Whitfield, who has held the seat since 2005, was ready with a reply: “…”": words after a colon
  /// that ends a sentence about a person named as it opens (past titles), when no speech verb introduces them.
  private func sentenceSubjectBeforeColon(_ end: Int) -> Attribution? {
    guard tokens[end].isPunctuation(":") else { return nil }
    // "…; environment minister: ‘We were warned about this for years’": a title right before the colon.
    if end > 0, tokens[end - 1].isWord, tokens[end - 1].has(.roleHead), !tokens[end - 1].has(.anonymousSourceHeads),
      isOutside(end - 1), nameEndingAt[end - 1] == nil
    {
      return Attribution(subject: .role(tokens[end - 1].lowercased, end - 1), cue: ":", cueRange: tokens[end].range)
    }
    let sentence = layout.sentence(of: end, in: tokens)
    var first = sentence.lowerBound
    while first < end, first - sentence.lowerBound < 4, nameStartingAt[first] == nil, tokens[first].isWord,
      tokens[first].has(.roleWords) || tokens[first].has(.honorific) || tokens[first].lowercased == "the"
    {
      first += 1
    }
    // "His estranged wife, Leanne Kershaw, 38, later shared a post reading: …": the name after a relation.
    if nameStartingAt[first] == nil, first + 1 < end,
      let comma = (first + 1..<min(end, first + 5)).first(where: { tokens[$0].isPunctuation(",") }),
      ["his", "her", "their"].contains(tokens[first].lowercased),
      (first + 1..<comma).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalised }), tokens[comma - 1].has(.relationWords)
    {
      first = comma + 1
    }
    guard let name = nameStartingAt[first], name.upperBound < end, isPersonName(name), isOutside(first),
      !tokens[name.upperBound].isPunctuation("'s"), tokens[name.upperBound].text != "'s", tokens[name.upperBound].text != "’s"
    else { return nil }
    return Attribution(subject: .name(name), cue: ":", cueRange: tokens[end].range)
  }

  /// "Pence said on CNN that Trump had apologized and that “…”": words after "and that" are the second
  /// complement of the verb the first "that" follows, not of a verb inside the first complement.
  func outerCue(ofSecondComplement end: Int, from start: Int) -> Attribution? {
    guard end - 1 > start, isOutside(end), isOutside(end - 1), tokens[end].lowercased == "that",
      tokens[end - 1].lowercased == "and",
      let first = (start..<(end - 1)).last(where: { isOutside($0) && tokens[$0].lowercased == "that" }),
      first > start, tokens[first].sentence == tokens[end].sentence,
      let outer = cueBefore(from: start, to: first - 1), isPersonLike(outer.subject)
    else { return nil }
    return outer
  }

  /// "«…», a déclaré Pierre Arcand": the French auxiliary "a" and a participle the table lists.
  func frenchParticiple(after index: Int) -> Verb? {
    guard tokens[index].text == "a", index + 1 < tokens.count, let verb = speechVerb(at: index + 1),
      verb.lemma == "déclarer"
    else { return nil }
    return verb
  }

  /// "Asked about Okafor, the coach said:", "Pressed on whether …": a capitalised past participle opening
  /// its sentence before a preposition or a question word starts a clause about what was asked; the
  /// name after it is no speaker of words the main clause introduces.
  func opensParticipleClause(at index: Int, _ verb: Verb) -> Bool {
    guard tokens[index].isCapitalised, tokens[index].lowercased.hasSuffix("ed"), verb.end < tokens.count
    else { return false }
    return Self.askedAbout.contains(tokens[verb.end].lowercased)
  }

  /// Words after "Asked" or "Pressed" that open what was asked, not who answered.
  static let askedAbout: Set<String> = [
    "about", "whether", "if", "why", "how", "what", "when", "where", "which", "who", "on", "to", "for", "by", "at",
  ]

  /// "who spoke on condition of anonymity": a clause that says a source is unnamed, no cue of its own.
  func speaksAnonymously(after index: Int) -> Bool {
    (index..<min(tokens.count, index + 5)).contains { tokens[$0].lowercased == "anonymity" }
  }

  // MARK: verbs and subjects

  /// A person's name or a pronoun, which a cue before a quotation prefers to a place or an unnamed source.
  func isPersonLike(_ subject: Subject) -> Bool {
    switch subject {
    case .name(let range): return personNameEnds.contains(range.upperBound - 1) || nameEndingAt[range.upperBound - 1] == nil
    case .pronoun: return true
    case .unnamed, .described, .organizationPronoun, .organizationNoun, .role, .groupPronoun: return false
    }
  }

  /// Whether the name at `range` reads as a person's: a candidate the document takes for one.
  func isPersonName(_ range: Range<Int>) -> Bool {
    personNameEnds.contains(range.upperBound - 1) && !tentativePersonEnds.contains(range.upperBound - 1)
  }

  /// Whether a name is the object of a preposition or follows an article ("of the Royal Society"),
  /// so that it cannot be the subject of the verb after it.
  func followsPreposition(_ range: Range<Int>) -> Bool {
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

  /// Words after which a form in -ing is a noun, not a verb.
  static let nounMarkers: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "'s"]
  /// Words that open a plural noun's verb phrase: a form in -s before one ("Baltic states were",
  /// "the reports have") is the noun, not the verb "states" or "reports".
  static let pluralNounFollowers: Set<String> = [
    "were", "are", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "did", "do",
  ]

  /// Whether a determiner or a number stands before `index`, past capitalised words and numbers ("the
  /// three Baltic states", "these reports"): the word there is a noun. Not after a name ("The Washington
  /// Post reports"), the verb's subject.
  private func isAfterDeterminer(_ index: Int) -> Bool {
    // "A Manitoba MP says": a title word heads the subject, and the word after it is its verb.
    if index > 0, nameEndingAt[index - 1] != nil || tokens[index - 1].has(.roleWords) { return false }
    var back = index - 1
    while back >= 0, index - back <= 3, tokens[back].isWord, tokens[back].sentence == tokens[index].sentence,
      tokens[back].isCapitalised && !tokens[back].has(.functionWords) || Self.numberWords.contains(tokens[back].lowercased)
    {
      back -= 1
    }
    guard back >= 0, tokens[back].isWord, tokens[back].sentence == tokens[index].sentence else { return false }
    let word = tokens[back].lowercased
    return Self.nounMarkers.contains(word) || Self.numberWords.contains(word) || ["these", "those", "both", "all"].contains(word)
  }

  /// "the BVAS reports relied upon by the petitioner": a word in "-s" before a participle in "-ed" and its
  /// preposition is a noun the participle describes ("urges elected officials" keeps its verb).
  private func isBeforeReducedRelative(_ index: Int) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalised,
      Gazetteer.mayBeUnlistedPastVerb(tokens[index + 1].lowercased)
    else { return false }
    return tokens[index + 2].has(.prepositions) || tokens[index + 2].lowercased == "upon"
  }

  /// Whether the token at `index` opens its sentence, or follows the marks that close a quotation.
  func opensSentence(at index: Int) -> Bool {
    index == 0 || tokens[index - 1].sentence != tokens[index].sentence || tokens[index - 1].kind == .mark
  }

  /// Verbs (lemmas) that with "down" silence someone rather than say anything ("shouted down", "talked down").
  static let silencingVerbs: Set<String> = ["shout", "talk"]

  static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]

  func speechVerb(at index: Int) -> Verb? {
    let token = tokens[index]
    guard token.isWord, token.has(.speechVerb), isOutside(index), let forms = Gazetteer.speechVerbIndex[token.lowercased]
    else {
      return nil
    }
    if token.isCapitalised, token.text != "According", !opensSentence(at: index) { return nil }
    // "told Russian state news agency RIA Novosti", "Chinese state media": "state" after a demonym is a noun.
    if token.lowercased == "state", index > 0, !tokens[index - 1].lowercased.hasSuffix("s"),
      Gazetteer.country(ofDemonym: tokens[index - 1].text) != nil
    {
      return nil  // not "the Saudis state in the white paper"
    }
    // "secretary of state says", "head of state": after "of", "state" is a noun.
    if token.lowercased == "state", index > 0, tokens[index - 1].lowercased == "of" { return nil }
    // "the ruling", "his warning": a form in -ing after an article or a possessive is a noun.
    if index > 0, token.lowercased.hasSuffix("ing"), Self.nounMarkers.contains(tokens[index - 1].lowercased) {
      return nil
    }
    if token.lowercased.hasSuffix("s"), !token.lowercased.hasSuffix("ss"),
      index + 1 < tokens.count && Self.pluralNounFollowers.contains(tokens[index + 1].lowercased)
        || isAfterDeterminer(index) || isBeforeReducedRelative(index)
    {
      return nil
    }
    // "an official accused of fraud", "a man charged with": a participle of a charge, not of speech.
    if index + 1 < tokens.count, token.lowercased == "accused", tokens[index + 1].lowercased == "of" { return nil }
    guard let form = Self.wholeForm(forms, in: tokens, at: index),
      form.lemma != "hold" || index == 0 || !tokens[index - 1].has(.beForms)
    else { return nil }
    // "a charge that members shouted down": silenced, not said.
    if index + 1 < tokens.count, tokens[index + 1].lowercased == "down", Self.silencingVerbs.contains(form.lemma) { return nil }
    let end = index + form.rest.count
    let text = tokens[index...end].map(\.text).joined(separator: " ")
    return Verb(lemma: form.lemma, text: text, range: token.range.lowerBound..<tokens[end].range.upperBound, end: end + 1)
  }

  /// The first of a speech verb's `forms` (longest first) whose words stand at `index`: "went on" to say, not
  /// "went down".
  static func wholeForm(_ forms: [(rest: [String], lemma: String)], in tokens: [Token], at index: Int)
    -> (rest: [String], lemma: String)?
  {
    forms.first { form in
      index + form.rest.count < tokens.count
        && form.rest.indices.allSatisfy { tokens[index + 1 + $0].lowercased == form.rest[$0] }
    }
  }
}
