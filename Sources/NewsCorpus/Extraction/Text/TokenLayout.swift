/// Where each quoted span and each sentence of a paragraph lies in its tokens, computed once in a
/// merge pass so that no later stage scans the paragraph's tokens per quotation.
struct TokenLayout {
  /// For each span: the index of its opening-mark token, and of the first token after its closing mark.
  var spanTokens: [(open: Int, after: Int)]
  /// For each sentence, its tokens.
  var sentenceTokens: [Range<Int>]

  init(tokens: [Token], spans: [QuoteSpan], sentenceCount: Int) {
    var spanTokens: [(open: Int, after: Int)] = []
    spanTokens.reserveCapacity(spans.count)
    var index = 0
    for span in spans {
      while index < tokens.count, tokens[index].range.lowerBound < span.openMark.lowerBound { index += 1 }
      let open = index
      while index < tokens.count, tokens[index].range.lowerBound < span.outer.upperBound { index += 1 }
      spanTokens.append((open, index))
    }
    self.spanTokens = spanTokens
    var sentences = Array(repeating: 0..<0, count: max(sentenceCount, 1))
    var start = 0
    while start < tokens.count {
      var end = start
      let sentence = tokens[start].sentence
      while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
      if sentence < sentences.count { sentences[sentence] = start..<end }
      start = end
    }
    sentenceTokens = sentences
  }

  /// The tokens of the sentence holding token `index`.
  func sentence(of index: Int, in tokens: [Token]) -> Range<Int> {
    let sentence = tokens[index].sentence
    return sentence < sentenceTokens.count ? sentenceTokens[sentence] : index..<(index + 1)
  }
}
