/// Lone capitalised words that the text itself writes as organisations, whatever the tables know of them.
extension DocumentExtractor {
  /// "Eskom, which supplies …", "Eskom said its …", "Eskom's shareholders", "the chief executive of Eskom",
  /// "Eskom CEO Thabo Dube": a word no table knows, which speaks like a person ("Eskom said"), is an
  /// organisation when the text somewhere writes it as one. Only a word standing alone counts, so that "John
  /// Smith's board" says nothing of a lone "Smith".
  func wordsWrittenAsOrganizations(_ analysed: [Analysed]) -> Set<String> {
    var found: Set<String> = []
    for paragraph in analysed where paragraph.isBody {
      let tokens = paragraph.tokens
      for index in tokens.indices where tokens[index].quote == nil && Self.isLoneCapitalisedWord(tokens, index) {
        if Self.followsAsOrganization(tokens, index) || Self.precededAsOrganization(tokens, index) {
          found.insert(tokens[index].text)
        }
      }
    }
    return found
  }

  private static func isLoneCapitalisedWord(_ tokens: [Token], _ index: Int) -> Bool {
    let word = tokens[index]
    guard word.isWord, word.isCapitalised, word.text.utf8.count > 1, !word.has(.functionWords) else { return false }
    let before = index > 0 && tokens[index - 1].isWord && tokens[index - 1].isCapitalised
      && tokens[index - 1].sentence == word.sentence
    let after = index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].isCapitalised
    return !before && !after
  }

  /// "X, which", "X said its", "X's shareholders", "X CEO": what comes right after the word.
  private static func followsAsOrganization(_ tokens: [Token], _ index: Int) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].quote == nil else { return false }
    let next = tokens[index + 1]
    let second = tokens[index + 2].lowercased
    if next.isPunctuation(",") { return second == "which" }
    if next.isWord, next.has(.speechVerb) { return second == "its" }
    if next.text == "'s" { return ownedOnlyByOrganizations.contains(second) || isExecutiveTitle(tokens, index + 2) }
    // "Eskom CEO Thabo Dube": an executive's title between the word and a person's name.
    return isExecutiveTitle(tokens, index + 1)
  }

  /// "the chief executive of X", "shareholders in X": what stands right before the word.
  private static func precededAsOrganization(_ tokens: [Token], _ index: Int) -> Bool {
    guard index >= 2, ["of", "in", "at"].contains(tokens[index - 1].lowercased) else { return false }
    let title = tokens[index - 2].lowercased
    return ownedOnlyByOrganizations.contains(title) || ["ceo", "cfo", "chairman", "chairwoman", "chairperson"].contains(title)
      || index >= 3 && tokens[index - 3].lowercased == "chief" && ["executive", "executives"].contains(title)
  }

  /// "CEO", "chief executive", "managing director" at `index`, a lowercase title or an acronym.
  private static func isExecutiveTitle(_ tokens: [Token], _ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isWord else { return false }
    switch tokens[index].text {
    case "CEO", "CFO", "COO": return true
    case "chief", "Chief":
      return index + 1 < tokens.count && ["executive", "operating", "financial"].contains(tokens[index + 1].lowercased)
    case "managing", "Managing": return index + 1 < tokens.count && tokens[index + 1].lowercased == "director"
    default: return false
    }
  }

  /// What a company or an institution has and a person does not.
  private static let ownedOnlyByOrganizations: Set<String> = [
    "shareholders", "shares", "stock", "employees", "workforce", "headquarters", "subsidiary", "subsidiaries",
    "customers", "subscribers", "profits", "profit", "revenue", "revenues", "board",
  ]
}
