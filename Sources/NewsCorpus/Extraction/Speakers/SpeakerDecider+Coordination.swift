/// Quotations listed with "and" or "or" between them ("went on about “A,” and “B” and “C,” Melanie
/// said yes"): one speaker says the whole list.
extension SpeakerDecider {
  /// Gives every quotation of a run joined only by commas, "and" and "or" the speaker whose cue
  /// introduces the run before its first quotation (a cue after the list is the last one's anyway).
  func shareCoordinatedCues(_ spans: inout SpanChoices, _ paragraph: DocumentExtractor.Analysed) {
    var runStart = 0
    for index in paragraph.spans.indices {
      if index == 0 || !isCoordinated(paragraph.spans[index - 1], paragraph.spans[index]) { runStart = index }
      guard index > runStart, spans.terms[index] == nil,
        let lead = (runStart..<index).first(where: { spans.terms[$0] == nil }),
        let choice = spans.choices[lead], choice.entity != nil,
        choice.rule == .cueInSentence || choice.rule == .characterization,
        let cue = choice.cueRange, cue.upperBound <= paragraph.spans[lead].openMark.lowerBound,
        spans.choices[index]?.entity != choice.entity
      else { continue }
      spans.choices[index] = choice.continued(by: .coordinatedList)
    }
  }

  /// Whether only commas, white space and one "and" or "or" stand between two quotations' marks.
  private func isCoordinated(_ earlier: QuoteSpan, _ later: QuoteSpan) -> Bool {
    guard let close = earlier.closeMark, close.upperBound <= later.openMark.lowerBound else { return false }
    let between = String(decoding: bytes[close.upperBound..<later.openMark.lowerBound], as: UTF8.self)
    let words = between.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map { $0.lowercased() }
    return words == ["and"] || words == ["or"]
  }
}
