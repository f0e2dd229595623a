/// Tells an utterance from words in marks that nobody is quoted as saying: scare quotes
/// ("the bloc's “open door” policy") and titles or names ("Morning Joe").
enum QuotationClassifier {
  /// Words that, right before a short quoted phrase used as a modifier, show it is a label.
  static let labelDeterminers: Set<String> = [
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "'s", "this", "that", "these", "those",
    "so-called", "what", "of",
  ]

  /// Words before a title in marks ("on “Morning Joe”", "of “Fox News Sunday”").
  static let titlePrepositions: Set<String> = ["on", "of", "in", "the", "'s", "to", "from", "at", "called", "titled", "dubbed", "named"]

  static let shortQuoteWords = 4
  static let titleQuoteWords = 6
  /// A quoted label used as a modifier is short ("the “open door” policy").
  static let labelWords = 3

  static func termKind(
    _ span: QuoteSpan, index: Int, tokens: [Token], layout: TokenLayout, bytes: [UInt8], hasCue: Bool
  ) -> QuotedTermKind? {
    guard span.closeMark != nil else { return nil }  // a quotation running on to the next paragraph
    let (openToken, afterToken) = layout.spanTokens[index]
    let inside = (openToken..<afterToken).filter { tokens[$0].quote == index }
    let words = inside.filter { tokens[$0].isWord }
    if words.isEmpty { return .scareQuote }
    let content = ByteText.trimmed(bytes, span.content)
    let finalByte = content.isEmpty ? 0 : bytes[content.upperBound - 1]
    let endsSentence = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(finalByte)
    let before = openToken > 0 ? openToken - 1 : nil
    let namesAWork = before.map { titlePrepositions.contains(tokens[$0].lowercased) } ?? false
    let isTitleCase = words.count <= titleQuoteWords && tokens[words[0]].isCapitalised
      && words.allSatisfy { tokens[$0].isCapitalised || Gazetteer.functionWords.contains(tokens[$0].text) }
      && words.contains { !Gazetteer.functionWords.contains(tokens[$0].lowercased) }
      && (!endsSentence || finalByte == UInt8(ascii: ".") && namesAWork)
    if isTitleCase && (!hasCue || namesAWork) { return .title }
    guard words.count <= shortQuoteWords, !endsSentence else { return nil }
    if !hasCue { return .scareQuote }
    guard words.count <= labelWords else { return nil }
    let after = afterToken < tokens.count ? afterToken : nil
    let endsInPunctuation = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(finalByte)
    if !endsInPunctuation, let before, labelDeterminers.contains(tokens[before].lowercased), let after,
      tokens[after].isWord,
      !tokens[after].isCapitalised, Gazetteer.speechVerbIndex[tokens[after].text] == nil,
      !Gazetteer.functionWords.contains(tokens[after].text)
    {
      return .scareQuote
    }
    return nil
  }
}
