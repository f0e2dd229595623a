/// For the span being decided, the nearest spans the continuation rules borrow from: the last earlier
/// quotation with a choice, the last with a speaker, the next later one with a choice. Kept up to date as the
/// spans are decided in order (and the later ones found in one backward pass), so a paragraph of 100,000
/// quotations costs linear work rather than a search back through its quotations for each (issue 10, item 9).
struct SpanNeighbours {
  /// The last quotation (not a term) before the span with a choice, as decided so far.
  private(set) var earlierChosen: Int?
  /// The last quotation before the span whose choice names an entity.
  private(set) var earlierSpoken: Int?
  /// For each span, the first quotation after it with a choice of its own (its cue), before continuations.
  private let laterChosen: [Int?]

  init(_ spans: SpanChoices) {
    var later = [Int?](repeating: nil, count: spans.choices.count)
    var following: Int?
    for index in spans.choices.indices.reversed() {
      later[index] = following
      if spans.choices[index] != nil && spans.terms[index] == nil { following = index }
    }
    laterChosen = later
    ExtractionWork.add(spans.choices.count)
  }

  func later(than index: Int) -> Int? { laterChosen[index] }

  /// Takes the span at `index` into account once it is decided, for the spans after it.
  mutating func passed(_ index: Int, _ spans: SpanChoices) {
    guard spans.terms[index] == nil, let choice = spans.choices[index] else { return }
    earlierChosen = index
    if choice.entity != nil { earlierSpoken = index }
  }
}
