/// Quotations introduced from outside their own sentence: a paragraph ending in a colon, a transcript label.
extension DocumentExtractor {

  /// The cue of a paragraph that ends with a colon ("Petrov reiterated his country’s red line:").
  func introduction(_ paragraph: Analysed, _ attributor: SpeakerAttributor) -> Attribution? {
    if let credit = creditLine(paragraph) { return credit }
    guard let last = paragraph.tokens.last, last.isPunctuation(":"), last.quote == nil else { return nil }
    let lastIndex = paragraph.tokens.count - 1
    var first = lastIndex
    while first > 0, paragraph.tokens[first - 1].sentence == last.sentence, paragraph.tokens[first - 1].quote == nil,
      paragraph.tokens[first - 1].kind != .mark
    {
      first -= 1
    }
    var index = lastIndex - 1
    while index >= first {
      if let verb = attributor.speechVerb(at: index) {
        if let subject = attributor.subjectBefore(index, lower: first) {
          return Attribution(subject: subject, cue: verb.text, cueRange: verb.range)
        }
      }
      index -= 1
    }
    // "On July 6, Sanders made the following comment:": the subject of a clause with no speech verb.
    if let subject = attributor.clauseSpeaker(before: lastIndex, lower: first) {
      return Attribution(subject: subject, cue: Self.verblessCue, cueRange: last.range)
    }
    let label = paragraph.tokens[first..<lastIndex]
    // "Quotes:", "Contact:": a press release's section heading, not a name.
    if lastIndex - 1 >= first, paragraph.tokens[lastIndex - 1].isCapitalised, lastIndex - first <= 4,
      !label.contains(where: { $0.has(.functionWords) }), !label.allSatisfy({ $0.has(.roleWords) }),
      !label.allSatisfy({ Gazetteer.headingLabelWords.contains($0.lowercased) })
    {
      return Attribution(subject: .name(first..<lastIndex), cue: ":", cueRange: last.range)
    }
    return nil
  }

  /// "Kiran Sidhu, farmer, Sidhu Family Berries, Abbotsford –": a press release's credit line above the
  /// quotation, a person's full name (after an honorific or a title, "Dr. Ann Lee") opening a paragraph of
  /// no quotation that ends in a dash. So is an analysts' round-up's heading "Russ Mould, AJ Bell": the name and,
  /// after a comma, a firm's name in a few capitalised words, with no dash and nothing else.
  func creditLine(_ paragraph: Analysed) -> Attribution? {
    let tokens = paragraph.tokens
    guard let last = tokens.last, paragraph.spans.isEmpty,
      tokens.count <= 24, let person = paragraph.candidates.first, person.kind == .person,
      person.tokens.lowerBound <= 2,
      tokens[..<person.tokens.lowerBound].allSatisfy({ $0.has(.honorific) || $0.has(.titleWord) }), person.nameWords.count >= 2,
      person.tokens.upperBound < tokens.count - 1, tokens[person.tokens.upperBound].isPunctuation(",")
    else { return nil }
    if last.kind == .punctuation, ["–", "—", "-"].contains(last.text) {
      return Attribution(subject: .name(person.tokens), cue: last.text, cueRange: last.range)
    }
    let firm = tokens[(person.tokens.upperBound + 1)...]
    guard firm.count <= 5, last.isWord, last.isCapitalised, !last.has(.roleWords),
      firm.allSatisfy({ $0.isWord && ($0.isCapitalised || $0.has(.functionWords)) || $0.text == "&" })
    else { return nil }
    let comma = tokens[person.tokens.upperBound]
    return Attribution(subject: .name(person.tokens), cue: comma.text, cueRange: comma.range)
  }

  /// The cue of a paragraph that ends in a colon with no speech verb ("Sanders made the following
  /// comment:"): it introduces quoted words, and a block only where the block speaks in the first person.
  static let verblessCue = "…:"

  /// A paragraph that is a person's name and nothing else, with a title before it ("Governor Michele
  /// Bullock" above a transcript's turn): the name.
  func nameLine(_ paragraph: Analysed) -> Range<Int>? {
    let tokens = paragraph.tokens
    guard tokens.count >= 2, tokens.count <= 6, tokens.allSatisfy({ $0.isWord && $0.isCapitalised }),
      let person = paragraph.candidates.last, person.kind == .person, person.tokens.upperBound == tokens.count,
      person.nameWords.count >= 2, tokens[..<person.tokens.lowerBound].allSatisfy({ $0.has(.roleWords) })
    else { return nil }
    return person.tokens
  }

  /// "Eske Willerslev, University of Copenhagen: So, it's …": a paragraph opening with a person's
  /// name, perhaps an affiliation after a comma, and a colon: the name and the colon's token.
  func speakerLabel(_ paragraph: Analysed) -> (name: Range<Int>, colon: Int)? {
    let tokens = paragraph.tokens
    // A name in capitals before a colon opens a dateline ("KUALA LUMPUR: A former director …") or a
    // transcript's turn, which `paragraphLabel` reads when labels repeat.
    guard paragraph.spans.isEmpty else { return nil }
    if let label = parenthesizedLabel(paragraph) { return label }
    guard let person = paragraph.candidates.first, person.kind == .person else { return nil }
    // "Deputy Aoife Kelleher: …": a title may stand before the name.
    guard person.tokens.lowerBound <= 2, tokens[..<person.tokens.lowerBound].allSatisfy({ $0.isWord && $0.has(.roleWords) }),
      person.nameWords.count >= 2, tokens[person.tokens].contains(where: { NameFinder.hasLowercase($0.text) })
    else { return nil }
    var index = person.tokens.upperBound
    if index < tokens.count, tokens[index].isPunctuation(",") {
      index += 1
      while index < tokens.count, index - person.tokens.upperBound <= 7, tokens[index].isWord,
        tokens[index].isCapitalised || tokens[index].has(.functionWords)
      {
        index += 1
      }
    }
    guard index + 3 < tokens.count, tokens[index].isPunctuation(":") else { return nil }
    return (person.tokens, index)
  }

  /// "Minister for Housing, Local Government and Heritage (Deputy Declan Forristal): …", as a parliament's record
  /// labels a turn: an office, then the person in brackets right before the colon.
  private func parenthesizedLabel(_ paragraph: Analysed) -> (name: Range<Int>, colon: Int)? {
    let tokens = paragraph.tokens
    guard let colon = tokens.prefix(22).firstIndex(where: { $0.isPunctuation(":") }), colon >= 4,
      let person = paragraph.candidates.first(where: { $0.kind == .person && $0.tokens.upperBound == colon - 1 })
    else { return nil }
    let close = person.tokens.upperBound  // the colon's token is the next
    guard tokens.first.map({ $0.isWord && $0.has(.roleWords) && $0.isCapitalised }) == true, close + 4 < tokens.count,
      tokens[close].isPunctuation(")"),
      let open = tokens[..<person.tokens.lowerBound].lastIndex(where: { $0.isPunctuation("(") }),
      tokens[(open + 1)..<person.tokens.lowerBound].allSatisfy({ $0.isWord && $0.has(.roleWords) }),
      tokens[..<open].allSatisfy({ $0.isCapitalised || $0.has(.functionWords) || $0.isPunctuation(",") })
    else { return nil }
    return (person.tokens, close + 1)
  }

  /// Whether a paragraph speaks in the first person outside quotation marks ("we", "our", "I").
  func speaksInFirstPerson(_ paragraph: Analysed) -> Bool {
    paragraph.tokens.contains { token in
      token.isWord && token.quote == nil
        && (Self.firstPersonWords.contains(token.lowercased) || token.lowercased.hasPrefix("we’")
          || token.lowercased.hasPrefix("we'") || token.text.hasPrefix("I’") || token.text.hasPrefix("I'"))
    }
  }

  static let firstPersonWords: Set<String> = ["i", "we", "our", "us", "my", "me", "ours", "myself", "ourselves"]

  /// A paragraph that asks a question: it ends with "?", holds no quotation, and is short.
  func isQuestion(_ paragraph: Analysed) -> Bool {
    let tokens = paragraph.tokens
    // "Q: Meher says you were “the most prepared actor”. Was that …?": a labelled question may quote.
    let isLabelledQuestion = tokens.count > 2 && tokens[0].text == "Q" && tokens[1].isPunctuation(":")
    guard paragraph.spans.isEmpty || isLabelledQuestion, let last = tokens.last, last.isPunctuation("?") else { return false }
    // "A: Not once. … Why would he want to leave?": a labelled answer ending on a question is an answer.
    if tokens.count > 2, tokens[0].text == "A", tokens[1].isPunctuation(":") { return false }
    return tokens.count <= 80
  }

  /// `WALLACE: …` — a paragraph (or a quoted span, from token `start`) opening with a speaker's name
  /// in capitals and a colon: the name's tokens.
  func transcriptLabel(_ tokens: [Token], from start: Int) -> Range<Int>? {
    var index = start
    while index < tokens.count, index - start < 3, tokens[index].isWord, isLabelWord(tokens[index].text) {
      index += 1
    }
    guard index > start, index < tokens.count - 1, tokens[index].isPunctuation(":"),
      tokens[start].quote == tokens[index].quote, Gazetteer.entry(words: tokens[start..<index].map(\.text)) == nil
    else { return nil }
    return start..<index
  }

  /// A word of a transcript label: two letters or more, the first a letter, none lowercase. An ASCII
  /// word is read from its bytes (its characters are its bytes).
  func isLabelWord(_ text: String) -> Bool {
    // "McINERNEY", "MacDONALD": a surname's prefix keeps its small letters in capitals.
    for prefix in ["Mc", "Mac"] where text.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      if rest.count >= 2, rest.first?.isUppercase == true { return isLabelWord(String(rest)) }
    }
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 >= 0x80 }) else {
      guard utf8.count > 1, let first = utf8.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
      return !utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }
    // "TADHG Ó MURCHÚ": the Irish particle is a word of the name in one letter.
    return (text.count > 1 || text == "Ó") && text.first?.isLetter == true && !text.contains(where: \.isLowercase)
  }
}
