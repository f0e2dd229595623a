/// Labels opening the paragraphs of a transcript or an interview: "WALLACE: …", "NORA QUILL, HOST: …",
/// "UNIDENTIFIED PERSON #1: …", "Eide: …", "Interviewer: …".
extension DocumentExtractor {
  /// The label opening a paragraph when it is a transcript's: labels open two body paragraphs or
  /// more ("WALLACE: …", "PENCE: …"). A lone label is a dateline or a heading ("KOCHI: The
  /// government will …"), not a speaker. The name's tokens (without a part after a comma or a
  /// number) and the colon's token.
  func paragraphLabel(_ paragraph: Analysed, repeated labels: Set<String>) -> (name: Range<Int>, colon: Int)? {
    guard let label = openingLabel(paragraph.tokens),
      labels.contains(paragraph.tokens[label.name].map(\.text).joined(separator: " "))
    else { return nil }
    return label
  }

  /// The part a transcript label names instead of a person ("HOST", "UNIDENTIFIED MALE"), or the title it
  /// gives instead ("PRIME MINISTER" under "ANTHONY ALBANESE, PRIME MINISTER:"), lowercased: such a label never
  /// becomes a person.
  func partLabel(_ tokens: [Token], _ label: Range<Int>) -> String? {
    guard let last = tokens[label].last?.lowercased else { return nil }
    if Gazetteer.transcriptPartLabels.contains(last) { return last }
    let isTitle = Gazetteer.isRoleHead(last) && tokens[label].allSatisfy { token in
      Gazetteer.roleWords.contains(token.lowercased) || Gazetteer.roleModifiers.contains(token.lowercased)
    }
    return isTitle ? last : nil
  }

  /// The labels of a transcript: those opening body paragraphs when two paragraphs or more open so.
  /// A label in capitals counts as it stands. One capitalised word ("Eide:") counts only when it names
  /// a part ("Interviewer:") or is the last word of a person's full name the document gives, a turn
  /// of four words or more follows it, and one such label opens two of three turns or more (or two, between labels
  /// in capitals that ask the questions): a list
  /// ("Clinton: 547.", "Cruz: Just hang on.") is no interview.
  func repeatedParagraphLabels(_ analysed: [Analysed]) -> Set<String> {
    let surnames = fullNameSurnames(analysed)
    var counts: [String: Int] = [:]
    var titleCaseCounts: [String: Int] = [:]
    for paragraph in analysed where paragraph.isBody {
      guard let label = openingLabel(paragraph.tokens) else { continue }
      let words = paragraph.tokens[label.name].map(\.text)
      let key = words.joined(separator: " ")
      if words.allSatisfy({ isLabelWord($0) || $0 == "/" || $0 == "&" }) {
        counts[key, default: 0] += 1
      } else if partLabel(paragraph.tokens, label.name) != nil || words.count == 1 && surnames.contains(words[0]),
        paragraph.tokens[(label.colon + 1)...].filter(\.isWord).count >= Self.titleCaseTurnWords
      {
        titleCaseCounts[key, default: 0] += 1
      }
    }
    // Two answers under one name count when labels in capitals ask the questions ("RFE/RL: …", "Levytskyi-Grant: …").
    let titleCaseTurns = titleCaseCounts.values.reduce(0, +)
    let capitalsTurns = counts.values.reduce(0, +)
    if titleCaseTurns >= 3 || titleCaseTurns >= 2 && capitalsTurns >= 2, titleCaseCounts.values.contains(where: { $0 >= 2 }) {
      counts.merge(titleCaseCounts) { $0 + $1 }
    }
    return counts.values.reduce(0, +) >= 2 ? Set(counts.keys) : []
  }

  /// The fewest words after a label in title case for its paragraph to read as a turn.
  static let titleCaseTurnWords = 4

  /// The last words of the people the document names in full ("Lars Eide": "Eide").
  private func fullNameSurnames(_ analysed: [Analysed]) -> Set<String> {
    var surnames = Set<String>()
    for paragraph in analysed where paragraph.isBody {
      for candidate in paragraph.candidates where candidate.kind == .person && candidate.nameWords.count >= 2 {
        if let last = candidate.nameWords.last { surnames.insert(last) }
      }
    }
    return surnames
  }

  /// A paragraph's opening label: words in capitals ("PENCE"), perhaps a part after a comma ("NORA
  /// QUILL, HOST") or in brackets ("NORA QUILL (HOST)") or a number ("UNIDENTIFIED PERSON #1"), then a
  /// colon; or one capitalised word and a colon ("Eide: …"). Words follow the colon.
  func openingLabel(_ tokens: [Token]) -> (name: Range<Int>, colon: Int)? {
    if let label = capitalsLabel(tokens) { return label }
    guard tokens.count > 2, tokens[0].isWord, tokens[0].isCapitalised, tokens[0].quote == nil,
      tokens[1].isPunctuation(":"), Gazetteer.entry(words: [tokens[0].text]) == nil, !isSectionHeading(tokens, 0..<1)
    else { return nil }
    return (0..<1, 1)
  }

  private func capitalsLabel(_ tokens: [Token]) -> (name: Range<Int>, colon: Int)? {
    var index = 0
    var words = 0
    while index < tokens.count, words < 3 {
      if tokens[index].isWord, isLabelWord(tokens[index].text) {
        index += 1
      } else if index > 0, index + 1 < tokens.count, tokens[index].kind == .punctuation, ["/", "&"].contains(tokens[index].text),
        tokens[index + 1].isWord, isLabelWord(tokens[index + 1].text)
      {
        index += 2  // "RFE/RL:", "Q&A:": capitals joined by a slash or an ampersand are one word of the label
      } else {
        break
      }
      words += 1
    }
    guard index > 0, tokens[0].quote == nil else { return nil }
    let name = 0..<index
    if index < tokens.count, tokens[index].isPunctuation(",") || tokens[index].isPunctuation("(") {
      // "NORA QUILL, HOST:", "DANA WHITFIELD (HOST):": the part the person plays.
      var part = index + 1
      while part < tokens.count, part - index <= 3, tokens[part].isWord, isLabelWord(tokens[part].text) { part += 1 }
      guard part > index + 1 else { return nil }
      if tokens[index].isPunctuation("(") {
        guard part < tokens.count, tokens[part].isPunctuation(")") else { return nil }
        part += 1
      }
      index = part
    }
    while index < tokens.count, index - name.upperBound < 3, isNumbering(tokens[index].text) { index += 1 }
    guard index < tokens.count, tokens[index].isPunctuation(":"), index < tokens.count - 1,
      Gazetteer.entry(words: tokens[name].map(\.text)) == nil, !isSectionHeading(tokens, name)
    else { return nil }
    return (name, index)
  }

  /// "THE FACTS:", "RATING:", "WHY IT MATTERS:": a fact-check's or a column's heading, no speaker's label
  /// ("THE PRESIDENT:" is one).
  private func isSectionHeading(_ tokens: [Token], _ name: Range<Int>) -> Bool {
    tokens[name].allSatisfy { Gazetteer.headingLabelWords.contains($0.lowercased) }
  }

  /// "#1", "#", "2": the number that tells unnamed voices apart ("UNIDENTIFIED PERSON #1").
  private func isNumbering(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0 == "#" || $0.isASCII && $0.isNumber }
  }
}
