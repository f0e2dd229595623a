/// A span of text between quotation marks at the top level of a paragraph.
struct QuoteSpan {
  /// The quoted words, without the marks.
  var content: Range<Int>
  var openMark: Range<Int>
  /// nil when the opening mark was never closed and the span was recovered at the next opening
  /// mark or the paragraph's end.
  var closeMark: Range<Int>?
  /// Quoted spans nested inside this one (‘…’ inside “…”).
  var nested: [Range<Int>] = []

  /// From the opening mark to the closing mark (or the end of the content).
  var outer: Range<Int> { openMark.lowerBound..<(closeMark?.upperBound ?? content.upperBound) }
}
