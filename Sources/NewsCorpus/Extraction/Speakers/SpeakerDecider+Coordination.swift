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

  /// For each quotation, whether it is listed with "and" or "or" after quotations the first of which
  /// has a cue ("described him as her “whole world” and a “ray of sunshine”"): the cue is the list's,
  /// so the later words are no scare quote.
  func listedAfterCue(_ paragraph: DocumentExtractor.Analysed, _ choices: [SpeakerChoice?]) -> [Bool] {
    var listed = Array(repeating: false, count: paragraph.spans.count)
    for index in paragraph.spans.indices.dropFirst()
    where isCoordinated(paragraph.spans[index - 1], paragraph.spans[index]) {
      listed[index] = choices[index - 1] != nil || listed[index - 1]
    }
    return listed
  }

  /// Whether only commas, white space and one "and" or "or" stand between two quotations' marks, with
  /// an article or a possessive after it ("her “whole world” and a “ray of sunshine”").
  func isCoordinated(_ earlier: QuoteSpan, _ later: QuoteSpan) -> Bool {
    guard let close = earlier.closeMark, close.upperBound <= later.openMark.lowerBound else { return false }
    let between = String(decoding: bytes[close.upperBound..<later.openMark.lowerBound], as: UTF8.self)
    let words = between.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map { $0.lowercased() }
    guard let first = words.first, first == "and" || first == "or" else { return false }
    return words.count == 1
      || words.count == 2 && SpeakerAttributor.determinersBeforeCharacterization.contains(words[1])
  }
}
