/// Tells an utterance from words in marks that nobody is quoted as saying: scare quotes
/// ("the bloc's “open door” policy") and titles or names ("Morning Joe").
enum QuotationClassifier {
  /// Words that, right before a short quoted phrase used as a modifier, show it is a label.
  static let labelDeterminers: WordSet = [
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "'s", "this", "that", "these", "those",
    "so-called", "what", "of",
  ]

  /// Words before a title in marks ("on “Morning Joe”", "of “Fox News Sunday”").
  static let titlePrepositions: WordSet = ["on", "of", "in", "the", "'s", "to", "from", "at", "called", "titled", "dubbed", "named"]

  /// Verbs that apply words to something ("called it “a disgrace”", "described as “reckless”").
  static let namingVerbs: Set<String> = [
    "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "term", "termed",
    "brand", "branded", "label", "labeled", "labelled", "dub", "dubbed", "deride", "derided", "decry", "decried",
  ]

  /// Nouns a title in marks follows ("the album “Paper Moons”", "the chip “Kestrel”").
  static let titleNouns: Set<String> = [
    "album", "song", "single", "film", "movie", "documentary", "book", "novel", "memoir", "play", "musical",
    "show", "series", "podcast", "programme", "program", "episode", "campaign", "operation", "project",
    "app", "chip", "phone", "device", "model", "brand", "product", "hashtag", "slogan", "exhibition", "opera",
    "anthem", "hymn", "poem", "track", "ballad",
  ]

  /// A naming verb, a person as its object ("her", "him", a name), then capitalised words in marks, "the"
  /// aside: "calling her “the General”", "dubbed him “Big Daddy”".
  private static func isNickname(_ tokens: [Token], words: [Int], open openToken: Int) -> Bool {
    guard openToken >= 2, words.count <= 3, ["her", "him", "them"].contains(tokens[openToken - 1].lowercased),
      namingVerbs.contains(tokens[openToken - 2].lowercased)
    else { return false }
    let named = words.drop { tokens[$0].lowercased == "the" }
    return !named.isEmpty && named.allSatisfy { tokens[$0].isCapitalised }
  }

  /// "known as", "known locally as", "known to the home fans as", "referred to as", "billed as" right before the marks.
  private static func isKnownAs(_ tokens: [Token], before openToken: Int) -> Bool {
    var asIndex = openToken - 1
    if asIndex >= 1, ["the", "a", "an"].contains(tokens[asIndex].lowercased) { asIndex -= 1 }  // "as the “Gilchrist sweep”"
    guard asIndex >= 1, tokens[asIndex].lowercased == "as" else { return false }
    // "known" further back than the others: "referred to Mexican immigrants as “rapists”" says who called them so.
    return (max(0, asIndex - 6)..<asIndex).contains {
      tokens[$0].lowercased == "known" || asIndex - $0 <= 4 && ["referred", "billed", "nicknamed"].contains(tokens[$0].lowercased)
    }
  }

  /// Whether a speech verb comes right after the closing mark ("said Lee"), or after a name of at most
  /// four capitalised words ("Mayor Ann Lee said"), a pronoun ("he said") or a description of at most
  /// three words after an article ("the alliance said", "a spokeswoman said") when `descriptions`
  /// (not after words in title case: "“Trump Revealed,” the book says" names a book).
  private static func cueFollows(_ tokens: [Token], _ after: Int, descriptions: Bool) -> Bool {
    var index = after
    while index < tokens.count, index - after < 4, tokens[index].isWord, tokens[index].isCapitalised { index += 1 }
    if index == after, index < tokens.count, ["he", "she", "they", "it"].contains(tokens[index].lowercased) {
      index += 1
    } else if descriptions, index == after, index < tokens.count, ["the", "a", "an"].contains(tokens[index].text) {
      index += 1
      let start = index
      while index < tokens.count, index - start < 3, tokens[index].isWord, !tokens[index].isCapitalised,
        !tokens[index].hasAsWritten(.speechVerb)
      {
        index += 1
      }
      if index == start { return false }
    }
    return index < tokens.count && tokens[index].isWord && tokens[index].hasAsWritten(.speechVerb)
  }

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
    // A heading in marks ("‘Legend in the Coal Fields.’") fills its paragraph.
    let isWholeParagraph = openToken == 0 && afterToken >= tokens.count - 1
    let namesAWork = before.map { tokens[$0].has(.titlePrepositions) } ?? false
    let isTitleCase = words.count <= titleQuoteWords && tokens[words[0]].isCapitalised
      && words.allSatisfy {
        tokens[$0].isCapitalised || tokens[$0].hasAsWritten(.functionWords) || ["'s", "’s"].contains(tokens[$0].text)
      }
      && words.contains { !tokens[$0].has(.functionWords) }
      && (!endsSentence || finalByte == UInt8(ascii: ".") && (namesAWork || isWholeParagraph))
    let namesATitle = namesAWork
      || before.map { Self.titleNouns.contains(tokens[$0].lowercased) || Self.namingVerbs.contains(tokens[$0].lowercased) }
        ?? false
    // Three words or more, each capitalised, and no sentence end: a title ("The Rose of Tralee").
    let capitalisedWords = words.filter { tokens[$0].isCapitalised && !tokens[$0].has(.functionWords) }.count
    // "“The Budget is for Viksit Bharat,” Thakur added": a comma inside the marks, then the cue.
    let afterTitleNoun = (max(0, openToken - 2)..<openToken).contains {
      Self.titleNouns.contains(tokens[$0].lowercased)
    }
    if finalByte == UInt8(ascii: ","), !namesATitle, !afterTitleNoun,
      cueFollows(tokens, afterToken, descriptions: !isTitleCase)
    {
      return nil
    }
    if isTitleCase && (!hasCue || namesATitle || words.count >= 3 && capitalisedWords >= 2 && !endsSentence) {
      return .title
    }
    // "The album opens with the line “My mother's hands were rivers”": words of a song or a poem.
    if let before, ["line", "lines", "lyric", "lyrics", "chorus", "verse", "refrain"].contains(tokens[before].lowercased) {
      return .title
    }
    // "took to calling her “the General,”": a nickname in capitals given to someone, nobody's words.
    if isNickname(tokens, words: words, open: openToken) { return .scareQuote }
    // "so-called “corridor care”", "known locally as “the Jockey”": a label, whoever the sentence quotes.
    if let before, words.count <= shortQuoteWords,
      tokens[before].lowercased == "so-called" || isKnownAs(tokens, before: openToken)
    {
      return .scareQuote
    }
    guard words.count <= shortQuoteWords, !endsSentence else { return nil }
    if !hasCue { return .scareQuote }
    guard words.count <= labelWords else { return nil }
    let endsInPunctuation = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(finalByte)
    return labelKind(
      words: words, tokens: tokens, open: openToken, after: afterToken, endsInPunctuation: endsInPunctuation)
  }

  /// A phrase of at most `labelWords` words in a sentence with a cue: the speaker's words, unless it is
  /// used as the name of what follows ("the “open door” policy").
  private static func labelKind(
    words: [Int], tokens: [Token], open openToken: Int, after afterToken: Int, endsInPunctuation: Bool
  ) -> QuotedTermKind? {
    let before = openToken > 0 ? openToken - 1 : nil
    // "what Turnbull called North Korea's “reckless” actions": words a person's naming verb applies
    // are that person's, whatever they modify; not "which residents call “the notice”".
    if let verb = (max(0, openToken - 4)..<openToken).first(where: { Self.namingVerbs.contains(tokens[$0].lowercased) }),
      verb > 0, tokens[verb - 1].isCapitalised || ["he", "she"].contains(tokens[verb - 1].lowercased)
    {
      return nil
    }
    // "is a “prudent” method, said the minister": after "a", lowercase words are the speaker's judgement
    // of the thing, not its name (which "the" or a possessive brings: "the bloc's “open door” policy").
    if let before, ["a", "an"].contains(tokens[before].lowercased), words.allSatisfy({ !tokens[$0].isCapitalised }) {
      return nil
    }
    // "accused the government of “bulldozing” communities": a verb in -ing with its object is the
    // speaker's charge, not a label of the noun after it.
    if let before, tokens[before].lowercased == "of", words.count == 1, tokens[words[0]].lowercased.hasSuffix("ing") {
      return nil
    }
    let after = afterToken < tokens.count ? afterToken : nil
    if !endsInPunctuation, let before, tokens[before].has(.labelDeterminers), let after,
      tokens[after].isWord,
      !tokens[after].isCapitalised, !tokens[after].hasAsWritten(.speechVerb),
      !tokens[after].hasAsWritten(.functionWords)
    {
      return .scareQuote
    }
    return nil
  }
}
