/// Paragraphs that are block quotations, without marks: a transcript's turns, a statement after
/// "X said:", its following paragraphs, and an interview's answers.
extension SpeakerDecider {
  /// A paragraph that is one block quotation, and the choice of its speaker. Whether it was one.
  mutating func decideBlock(_ paragraphIndex: Int, introduced: SpeakerChoice?) -> Bool {
    let paragraph = analysed[paragraphIndex]
    // A turn does not go on into a paragraph with a label of its own ("An Ceann Comhairle: …").
    let continuing = carry.block.flatMap { $0.choice.rule == .transcriptLabel && Self.opensWithLabel(paragraph) ? nil : $0 }
    carry.block = nil
    if let (choice, range) = labelledTurn(paragraphIndex) {
      // The host's or the interviewer's turn asks or introduces; it is no one's quotation.
      guard !isInterviewerTurn(paragraphIndex, choice) else { return paragraph.spans.isEmpty }
      emitBlock(choice, paragraphIndex, range, needsFirstPerson: false)
      // "Kuzmenko: … they could send in “peacekeepers” …": the turn is the answer, and its marks are decided too.
      if !paragraph.spans.isEmpty, let attributor = attributors[paragraphIndex] {
        let turn = carry.block
        decideMarked(paragraphIndex, attributor, introduced: nil)
        carry.block = turn
      }
      return true
    }
    // A block quotation may hold short quoted words of its own ("to ‘drive back’ our country").
    if Self.holdsOnlyShortSpans(paragraph), var choice = introduced, choice.entity != nil,
      choice.cue != "" && choice.cue != DocumentExtractor.verblessCue || extractor.speaksInFirstPerson(paragraph)
    {
      choice.rule = .introducedBlock
      choice.kind = .introduction
      emitBlock(choice, paragraphIndex, paragraph.range, needsFirstPerson: choice.cue != "")
      return true
    }
    // A transcript's turn goes on in the paragraph right after its label whatever it reports ("One of
    // them told me …"); further paragraphs only when they report no speech of their own.
    let narration = isNarration(paragraphIndex)
    let continuesTurn = (continuing.map { $0.choice.rule == .transcriptLabel } ?? false) && !narration
    // "A: Not a lot. I told them, “Be braver with the ball.” …": an answer in the first person quoting
    // short words is the answer, its marks inside it.
    if !paragraph.spans.isEmpty, answerLabel(paragraphIndex) == "A", Self.holdsOnlyShortSpans(paragraph),
      extractor.speaksInFirstPerson(paragraph)
    {
      return interviewAnswer(paragraphIndex)
    }
    guard paragraph.spans.isEmpty, continuesTurn || !hasOwnCue(paragraphIndex) else { return false }
    if let continuing, !narration, !extractor.isQuestion(paragraph), endsAsSentence(paragraph),
      !continuing.needsFirstPerson || extractor.speaksInFirstPerson(paragraph)
    {
      emitBlock(continuing.choice.continued(by: .blockContinuation), paragraphIndex, paragraph.range,
        needsFirstPerson: continuing.needsFirstPerson)
      return true
    }
    return !narration && interviewAnswer(paragraphIndex)
  }

  /// "Castellano, a two-term state senator, pressed the point after the debate." under a transcript: a
  /// paragraph that opens with a person's name (after a title in capitals), in neither the first nor the second
  /// person, tells of the turns rather than going on with one ("Jennifer, you've been …" addresses her).
  private func isNarration(_ paragraphIndex: Int) -> Bool {
    let tokens = analysed[paragraphIndex].tokens
    // "NDP MP Sylvain Théberge, who …, said": past a title in capitals to the name.
    let opening = (0..<min(tokens.count, 5)).first { index in
      entityAtToken[paragraphIndex][index].map { entities.items[$0].kind == .person } ?? false
    }
    guard tokens.count > 2, let opening, (0..<opening).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalised }),
      !extractor.speaksInFirstPerson(analysed[paragraphIndex])
    else { return false }
    return !tokens.contains { $0.isWord && ["you", "your", "you're", "you’re", "you've", "you’ve"].contains($0.lowercased) }
  }

  /// "WALLACE: …" in a transcript, or "Eske Willerslev, University of Copenhagen: …": the speaker and
  /// the words after the label.
  mutating func labelledTurn(_ paragraphIndex: Int) -> (SpeakerChoice, Range<Int>)? {
    let paragraph = analysed[paragraphIndex]
    let found = extractor.paragraphLabel(paragraph, repeated: repeatedLabels).map { ($0.name, $0.colon) }
      ?? extractor.speakerLabel(paragraph).map { ($0.name, $0.colon) }
    // A turn may hold short quoted words ("they could send in “peacekeepers”") when it speaks in the first
    // person: a reporter's turn quotes others ("He says the water “rose …”").
    let isOwnTurn = paragraph.spans.isEmpty || Self.holdsOnlyShortSpans(paragraph) && extractor.speaksInFirstPerson(paragraph)
    if let (_, colonIndex) = found { noteInterviewerLabel(paragraph.tokens[..<colonIndex]) }
    guard let (label, colonIndex) = found, isOwnTurn,
      !Self.listsNames(paragraph.tokens[(colonIndex + 1)...])
    else { return nil }
    let colon = paragraph.tokens[colonIndex].range
    let body = ByteText.trimmed(bytes, colon.upperBound..<paragraph.range.upperBound)
    if let part = extractor.partLabel(paragraph.tokens, label) {
      return (partTurn(part, paragraphIndex, label, colon), body)
    }
    guard let found = entityAtToken[paragraphIndex][label.upperBound - 1] else { return nil }
    let key = paragraph.tokens[label].map(\.text).joined(separator: " ")
    let entity = labelSpeakers[key] ?? found
    labelSpeakers[key] = entity
    // "MARISOL CÁRDENAS (GUEST):" names who the later "GUEST:" turns are.
    if let part = (label.upperBound..<colonIndex).first(where: { extractor.partLabel(paragraph.tokens, $0..<($0 + 1)) != nil }) {
      partSpeakers[paragraph.tokens[part].lowercased] = partSpeakers[paragraph.tokens[part].lowercased] ?? entity
    }
    let choice = SpeakerChoice(
      entity: entity, kind: .introduction, cue: ":", cueRange: colon, rule: .transcriptLabel, reading: .named)
    return (choice, body)
  }

  /// "DAVID FERNANDEZ, BYLINE:": the name's last word of a label that names a part that asks, whose later turns
  /// under that word alone ("FERNANDEZ:") ask too, even when this turn, quoting others, is no turn of its own.
  private mutating func noteInterviewerLabel(_ label: ArraySlice<Token>) {
    guard let part = label.firstIndex(where: { Gazetteer.interviewerParts.contains($0.lowercased) }),
      let name = label[..<part].last(where: \.isWord)
    else { return }
    interviewerLabelWords.insert(name.lowercased)
  }

  /// Whether a paragraph ends as spoken words do, not on a letter or a digit as a promotion's line does
  /// ("Watch the full interviews on AlbionTV" after the last answer).
  func endsAsSentence(_ paragraph: DocumentExtractor.Analysed) -> Bool {
    let text = ByteText.trimmed(bytes, paragraph.range)
    guard let last = text.isEmpty ? nil : bytes[text.upperBound - 1] else { return false }
    // Nor on a colon, as a crosshead over a topic's quotation does ("On the FA Cup tie:").
    return !(last >= 0x30 && last <= 0x39 || (last | 0x20) >= 0x61 && (last | 0x20) <= 0x7A || last == UInt8(ascii: ":"))
  }

  /// Whether the paragraph opens with up to four capitalised words and a colon, as a speaker's label does.
  static func opensWithLabel(_ paragraph: DocumentExtractor.Analysed) -> Bool {
    guard let colon = paragraph.tokens.prefix(5).firstIndex(where: { $0.isPunctuation(":") }), colon > 0 else { return false }
    return paragraph.tokens[..<colon].allSatisfy { $0.isWord && $0.isCapitalised }
  }

  /// Whether the paragraph's marked spans, if any, are short beside it: a block quotation's own quoted words.
  static func holdsOnlyShortSpans(_ paragraph: DocumentExtractor.Analysed) -> Bool {
    paragraph.spans.allSatisfy { $0.content.count * 4 < paragraph.range.count }
  }

  /// Whether a transcript's turn is the interviewer's: its label names a part that asks ("HOST:",
  /// "NORA QUILL, PRESENTER:", "Interviewer:"), or the person such a label named before ("QUILL:").
  mutating func isInterviewerTurn(_ paragraphIndex: Int, _ choice: SpeakerChoice) -> Bool {
    let tokens = analysed[paragraphIndex].tokens
    guard let colon = choice.cueRange.flatMap({ range in tokens.firstIndex { $0.range == range } }) else {
      return false
    }
    if tokens[..<colon].contains(where: { Gazetteer.interviewerParts.contains($0.lowercased) }) {
      if let entity = choice.entity { interviewers.insert(entity) }
      return true
    }
    if colon == 1, interviewerLabelWords.contains(tokens[0].lowercased) { return true }
    // "ELLERY: …" after "moderator Marcus Ellery opened the debate": the text gives the person the part that asks.
    if let entity = choice.entity, entities.items[entity].roles.contains(where: { role in
      role.split(separator: " ").contains { Gazetteer.interviewerParts.contains($0.lowercased()) }
    }) {
      interviewers.insert(entity)
      return true
    }
    return choice.entity.map { interviewers.contains($0) } ?? false
  }

  /// The people whose labelled turns mostly ask, in a document where someone else's turns answer
  /// ("Róisín Keane-Doyle: When did you …?", "RKD: What did …?"): an interview's questioner, whose turns
  /// are no quotations, as a part that asks ("HOST:") is not.
  /// The one who opens the transcript asks too when a third of their turns are questions, more than anyone
  /// else's ("CAOIMHE NÍ BHRIAIN: Minister, … How on earth …?", then "But commencements are down too.").
  func questioners() -> Set<Int> {
    var turns: [Int: (all: Int, questions: Int)] = [:]
    var opener: Int?
    for (index, paragraph) in analysed.enumerated() where paragraph.isBody && paragraph.spans.isEmpty {
      guard
        let label = extractor.paragraphLabel(paragraph, repeated: repeatedLabels) ?? extractor.speakerLabel(paragraph),
        extractor.partLabel(paragraph.tokens, label.name) == nil,
        let entity = entityAtToken[index][label.name.upperBound - 1]
      else { continue }
      let asks = extractor.isQuestion(paragraph) ? 1 : 0
      let counted = turns[entity] ?? (0, 0)
      turns[entity] = (counted.all + 1, counted.questions + asks)
      if opener == nil { opener = entity }
    }
    func share(_ entity: Int) -> Double { turns[entity].map { Double($0.questions) / Double($0.all) } ?? 0 }
    var asking = Set(turns.filter { $0.value.all >= 2 && $0.value.questions * 2 > $0.value.all }.keys)
    if let opener, let counted = turns[opener], counted.all >= 3, counted.questions * 3 >= counted.all,
      turns.keys.allSatisfy({ $0 == opener || share($0) < share(opener) })
    {
      asking.insert(opener)
    }
    let answering = turns.filter { !asking.contains($0.key) && $0.value.questions * 4 <= $0.value.all }
    return asking.isEmpty || answering.isEmpty ? [] : asking
  }

  /// "Rovers: Hannon; Lyons, Doyle; Finn, Burke": after a team's or a panel's label, a list of names
  /// split by commas and semicolons, with hardly a lowercase word, is a line-up, no turn of speech.
  static func listsNames(_ tokens: ArraySlice<Token>) -> Bool {
    let words = tokens.filter(\.isWord)
    let separators = tokens.filter { $0.isPunctuation(";") || $0.isPunctuation(",") }.count
    let lowercase = words.filter { !$0.isCapitalised }.count
    return separators >= 3 && lowercase * 5 <= words.count
  }

  /// "REPORTER: …": the person who introduces themselves in one of the part's turns ("I'm Nora Quill"),
  /// else the one the text names in that part before the turn ("reporter Nora Quill"), else a speaker the
  /// text does not name.
  mutating func partTurn(_ part: String, _ paragraphIndex: Int, _ label: Range<Int>, _ colon: Range<Int>)
    -> SpeakerChoice
  {
    let tokens = analysed[paragraphIndex].tokens
    let words = tokens[label].map(\.text).joined(separator: " ")
    if let introduced = selfIntroduction(paragraphIndex, after: label.upperBound) { partSpeakers[part] = introduced }
    if let introduced = partSpeakers[part] {
      return SpeakerChoice(
        entity: introduced, kind: .introduction, cue: ":", cueRange: colon, rule: .transcriptLabel,
        reading: .resolved("\(words) → \(entities.items[introduced].name), introduced in that part"))
    }
    guard let found = entities.resolveRole(part, at: tokens[label.lowerBound].range.lowerBound) else {
      return SpeakerChoice(
        entity: nil, kind: .none, cue: ":", cueRange: colon, rule: .transcriptLabel,
        reading: .unresolved("\(words) → no one named in that part"))
    }
    let name = entities.items[found.entity].name
    return SpeakerChoice(
      entity: found.entity, kind: .introduction, cue: ":", cueRange: colon, rule: .transcriptLabel,
      reading: .resolved("\(words) → \(name), who holds that part"))
  }

  /// The person a turn says it is: "I'm Nora Quill", "I am Nora Quill", "my name is Nora Quill", the
  /// name right after the words ("I'm joined by …" introduces someone else).
  func selfIntroduction(_ paragraphIndex: Int, after start: Int) -> Int? {
    let tokens = analysed[paragraphIndex].tokens
    let words = tokens.map(\.lowercased)
    for index in start..<tokens.count {
      let nameAt: Int
      if ["i’m", "i'm"].contains(words[index]) {
        nameAt = index + 1
      } else if words[index] == "i", words[index...].dropFirst().first == "am" {
        nameAt = index + 2
      } else if words[index] == "my", Array(words[index...].dropFirst().prefix(2)) == ["name", "is"] {
        nameAt = index + 3
      } else {
        continue
      }
      guard nameAt < tokens.count, tokens[nameAt].quote == nil, let entity = entityAtToken[paragraphIndex][nameAt],
        entities.items[entity].kind == .person
      else { continue }
      return entity
    }
    return nil
  }

  mutating func emitBlock(_ choice: SpeakerChoice, _ paragraphIndex: Int, _ range: Range<Int>, needsFirstPerson: Bool) {
    append(choice, paragraph: paragraphIndex, sentence: 0, range: range, form: .block)
    carry.previous = choice
    carry.block = (choice, needsFirstPerson)
  }

  /// Whether the paragraph reports speech of its own ("…, she said"), which no block runs through.
  func hasOwnCue(_ paragraphIndex: Int) -> Bool {
    guard let attributor = attributors[paragraphIndex] else { return true }
    return attributor.lastReportedSpeech() != nil || extractor.introduction(analysed[paragraphIndex], attributor) != nil
  }

  /// An answer in an interview set out as questions and answers: a paragraph with no marks after the
  /// first question that asks none itself, given to the person quoted last before the questions.
  mutating func interviewAnswer(_ paragraphIndex: Int) -> Bool {
    guard let firstQuestion, paragraphIndex > firstQuestion, !extractor.isQuestion(analysed[paragraphIndex]),
      endsAsSentence(analysed[paragraphIndex]),
      answerLabel(paragraphIndex) == "A" || !answersAreLabelled(before: paragraphIndex)
        || extractor.speaksInFirstPerson(analysed[paragraphIndex]),
      answerLabel(paragraphIndex) != "Q", let interviewee = intervieweeChoice, isInQuestionsAndAnswers(paragraphIndex)
    else { return false }
    var choice = interviewee.continued(by: .interviewAnswer)
    choice.kind = .introduction
    var range = analysed[paragraphIndex].range
    if answerLabel(paragraphIndex) == "A" {
      range = ByteText.trimmed(bytes, analysed[paragraphIndex].tokens[1].range.upperBound..<range.upperBound)
    }
    append(choice, paragraph: paragraphIndex, sentence: 0, range: range, form: .block)
    return true
  }

  /// Whether a question comes before the paragraph with no quotation in marks between them: once the
  /// article quotes again ("“…,” Nykyforenko said."), the questions and answers are over, and the
  /// paragraphs after them (a caption, "Read more:" links) answer nothing.
  private func isInQuestionsAndAnswers(_ paragraphIndex: Int) -> Bool {
    var index = paragraphIndex - 1
    while index >= 0, paragraphIndex - index <= 30 {
      let paragraph = analysed[index]
      if paragraph.isBody {
        if extractor.isQuestion(paragraph) { return true }
        if !paragraph.spans.isEmpty { return false }
      }
      index -= 1
    }
    return false
  }

  /// Whether the interview so far labels its answers "A:": a paragraph without the label goes on with an
  /// answer only in the first person ("Sunderland's tie kicks off at 3pm" after the last answer is the page's).
  private func answersAreLabelled(before paragraphIndex: Int) -> Bool {
    guard let firstQuestion else { return false }
    return (firstQuestion..<paragraphIndex).contains { answerLabel($0) == "A" }
  }

  /// "Q" or "A" when the paragraph opens with that label and a colon ("Q: …", "A: …").
  func answerLabel(_ paragraphIndex: Int) -> String? {
    let tokens = analysed[paragraphIndex].tokens
    guard tokens.count > 2, ["Q", "A"].contains(tokens[0].text), tokens[1].isPunctuation(":") else { return nil }
    return tokens[0].text
  }

  /// The interviewee of questions and answers that no quotation introduces: the first person the
  /// paragraph above the first question names ("Lena Brandt has run the port …"), when the questions are
  /// labelled "Q:" or that paragraph opens with the person (an interview's introduction: "Professor Lena
  /// Brandt is the port's director. She spoke to us about …").
  func labelledInterviewee(_ firstQuestion: Int) -> SpeakerChoice? {
    guard firstQuestion > 0 else { return nil }
    let intro = windowParagraph(firstQuestion, bodyParagraphs: 1)
    guard answerLabel(firstQuestion) == "Q" || opensWithPerson(intro) else { return nil }
    for token in analysed[intro].tokens.indices {
      if let entity = entityAtToken[intro][token], entities.items[entity].kind == .person { return answers(entity) }
    }
    return nil
  }

  /// The body paragraph above the first question when it quotes no one: an interview's introduction.
  private func introductionQuotingNoOne(_ firstQuestion: Int) -> Int? {
    guard firstQuestion > 0 else { return nil }
    let intro = windowParagraph(firstQuestion, bodyParagraphs: 1)
    return analysed[intro].isBody && analysed[intro].spans.isEmpty ? intro : nil
  }

  /// The choice that gives an interview's answers to `entity`.
  private func answers(_ entity: Int) -> SpeakerChoice {
    SpeakerChoice(entity: entity, kind: .introduction, cue: nil, cueRange: nil, rule: .interviewAnswer, reading: .named)
  }

  /// "To make sense of it, we asked Dr Natalia Kovalenko, a lecturer in …, to explain.": the person whom the
  /// paragraph above the first question, quoting no one, names for the first time in full; she answers the
  /// questions, not the person quoted before her.
  func newlyIntroducedInterviewee(_ firstQuestion: Int) -> SpeakerChoice? {
    guard let intro = introductionQuotingNoOne(firstQuestion) else { return nil }
    let tokens = analysed[intro].tokens
    let start = analysed[intro].range.lowerBound
    for token in tokens.indices {
      guard let entity = entityAtToken[intro][token], entities.items[entity].kind == .person else { continue }
      let isNew = entities.items[entity].name.utf8.contains(UInt8(ascii: " "))
        && !entities.personMentions.contains { $0.entity == entity && $0.offset < start }
      // "we asked Dr Natalia Kovalenko", "spoke to Professor Ann Lee": the verb puts the questions to her.
      let isAsked = tokens[max(0, token - 4)..<token].contains { Self.interviewVerbs.contains($0.lowercased) }
      return isNew && isAsked ? answers(entity) : nil
    }
    return nil
  }

  /// "In a conversation with the paper, Aarav spoke about the role … Excerpts:": the person the paragraph above the
  /// first question, quoting no one, makes the subject of "spoke" or "talked", though someone else was quoted last.
  func speakingInterviewee(_ firstQuestion: Int) -> SpeakerChoice? {
    guard let intro = introductionQuotingNoOne(firstQuestion) else { return nil }
    let tokens = analysed[intro].tokens
    for token in tokens.indices.dropLast() where ["spoke", "talked", "speaks", "talks"].contains(tokens[token + 1].lowercased) {
      if let entity = entityAtToken[intro][token], entities.items[entity].kind == .person { return answers(entity) }
    }
    return nil
  }

  /// Words with which a paragraph introduces the questions it puts to someone.
  static let interviewVerbs: Set<String> = [
    "asked", "ask", "spoke", "speaks", "talked", "talks", "interviewed", "explain", "explains", "answer", "answers",
    "answered", "joins", "joined",
  ]

  /// "Sunday interview with Ann Lee" over questions that start within the first four body paragraphs,
  /// when nothing before them names the interviewee: the person the headline names in full, when the
  /// headline says it is an interview ("interview", "Q&A", "talks to").
  mutating func headlineInterviewee(_ firstQuestion: Int) -> SpeakerChoice? {
    guard analysed[..<firstQuestion].filter(\.isBody).count <= 4,
      let headline = analysed.first(where: { $0.boilerplate == .headline }),
      ByteText.string(bytes, headline.range).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" })
        .contains(where: { Self.interviewWords.contains(String($0)) }),
      // Page furniture is not read for names; the headline is, here.
      let person = extractor.analyse(
        headline.range, boilerplate: nil, singleMarksArePrimary: QuotationStyle.singleMarksArePrimary(bytes),
        continuesQuotation: false
      ).candidates.first(where: {
        $0.kind == .person && !$0.isInQuote && $0.nameWords.count >= 2
      }),
      let entity = entities.addFullPerson(person)
    else { return nil }
    return SpeakerChoice(
      entity: entity, kind: .introduction, cue: nil, cueRange: nil, rule: .interviewAnswer, reading: .named)
  }

  /// Words with which a headline says its page is an interview.
  static let interviewWords: Set<String> = ["interview", "q&a", "talks", "speaks", "conversation", "questions"]

  /// Whether the paragraph's first word or the word after one title opens a person's name.
  func opensWithPerson(_ paragraphIndex: Int) -> Bool {
    analysed[paragraphIndex].tokens.indices.prefix(2).contains { token in
      entityAtToken[paragraphIndex][token].map { entities.items[$0].kind == .person } ?? false
    }
  }

  /// The document's first question when it is an interview set out as questions and answers: two
  /// questions or more, each followed by a paragraph with no marks that is no question.
  func interviewStart() -> Int? {
    let body = analysed.indices.filter { analysed[$0].isBody }
    var questions: [Int] = []
    for (position, index) in body.enumerated() where extractor.isQuestion(analysed[index]) {
      guard position + 1 < body.count else { continue }
      let next = analysed[body[position + 1]]
      // An answer labelled "A:" may quote short words of its own.
      let isAnswer = next.spans.isEmpty || answerLabel(body[position + 1]) == "A" && Self.holdsOnlyShortSpans(next)
      if isAnswer, !extractor.isQuestion(next) { questions.append(index) }
    }
    return questions.count >= 2 ? questions.first : nil
  }
}
