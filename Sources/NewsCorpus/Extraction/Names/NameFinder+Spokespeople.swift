/// The titles of spokespeople around a name: "a spokesman for the Foreign Ministry, Oleg Brant," is the
/// spokesman; in "a spokeswoman for Ms Lee" the title belongs to someone else than Ms Lee.
extension NameFinder {
  /// The title before a comma that opens the name at `nameStart`: "Ukraine's foreign minister,
  /// Dmytro Kuleba", or a spokesperson and whom they speak for ("a spokesman for Ukraine's Foreign
  /// Ministry, Oleg Brant").
  static func titleBeforeComma(_ tokens: [Token], _ nameStart: Int) -> Title? {
    guard nameStart >= 2, tokens[nameStart - 1].isPunctuation(","), tokens[nameStart - 2].isWord else { return nil }
    if tokens[nameStart - 2].has(.roleHead), case (let title?, _) = titleBefore(tokens, nameStart - 1) { return title }
    return spokespersonBefore(tokens, commaAt: nameStart - 1) ?? titleOfBodyBefore(tokens, commaAt: nameStart - 1)
  }

  /// "The Speaker of the Kogi State House of Assembly, Rt. Hon. Ade Obi", "the Publicity Secretary of the
  /// Peoples Democratic Party (PDP), Comrade Ali Bello": a title, "of" and the capitalised name of the body
  /// it belongs to, right before the comma: the title is the person's, the body their affiliation; a
  /// portfolio after "for" is part of the title.
  static func titleOfBodyBefore(_ tokens: [Token], commaAt comma: Int) -> Title? {
    var end = comma
    if end >= 4, tokens[end - 1].isPunctuation(")"), tokens[end - 3].isPunctuation("(") { end -= 3 }  // "(PDP)"
    var index = end - 1
    while index > 1, comma - index <= 12, tokens[index].sentence == tokens[comma].sentence {
      let token = tokens[index]
      if token.text == "of" || token.text == "for", tokens[index - 1].has(.roleHead), tokens[index - 1].isCapitalised,
        case (let title?, _) = titleBefore(tokens, index)
      {
        let body = tokens[(index + 1)..<end].drop { $0.text == "the" }
        guard let first = body.first, first.isCapitalised else { return nil }
        let name = body.map(\.text).joined(separator: " ")
        // "the Commissioner for Physical Planning and Urban Development, Engr. …": a portfolio is the title's.
        if token.text == "for" { return Title(text: title.text + " for " + name, affiliation: nil, country: title.country) }
        return Title(text: title.text, affiliation: name, country: title.country)
      }
      guard token.isWord, token.isCapitalised || ["the", "of", "and", "for", "on"].contains(token.text) else { return nil }
      index -= 1
    }
    return nil
  }

  /// "a spokeswoman for the city, Ann Lee": the spokesperson's words from "spokeswoman" to the comma
  /// at `comma`, within one sentence and no more than `spokespersonReach` words.
  static func spokespersonBefore(_ tokens: [Token], commaAt comma: Int) -> Title? {
    var index = comma - 1
    while index > 0, comma - index <= spokespersonReach, tokens[index].isWord,
      tokens[index].sentence == tokens[comma].sentence
    {
      if tokens[index].lowercased == "for", isSpokesperson(tokens[index - 1]) {
        let words = Array(tokens[(index - 1)..<comma])
        let text = words.map(\.text).joined(separator: " ").replacingOccurrences(of: " 's", with: "’s")
        let (affiliation, country) = affiliation(of: words)
        return Title(text: text, affiliation: affiliation, country: country)
      }
      index -= 1
    }
    return nil
  }

  /// How many words a spokesperson's title before a comma may hold after "for".
  static let spokespersonReach = 7

  /// Where the title of the name after `title` starts when a spokesperson and "for" open it ("a
  /// spokeswoman for Ms Lee"): after the "for"; nil when none does.
  static func spokenForStart(_ tokens: [Token], _ title: Range<Int>) -> Int? {
    title.last { $0 > title.lowerBound && tokens[$0].lowercased == "for" && isSpokesperson(tokens[$0 - 1]) }
      .map { $0 + 1 }
  }

  /// A spokesperson, or a lawyer ("Counsel for the defendant, Mr Tunde Bakare-Ojo"), who speaks for someone.
  private static func isSpokesperson(_ token: Token) -> Bool {
    token.lowercased != "statement" && SpeakerAttributor.spokesWords.contains(token.lowercased)
      || Gazetteer.fullRole(token.lowercased) == "lawyer"
  }
}
