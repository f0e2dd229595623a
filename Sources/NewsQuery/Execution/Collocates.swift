import Foundation

/// Plans `collocates of "phrase" [in source] [window N] [by logdice|mi|t]`: the words found within N words of
/// each occurrence of the phrase (in the same sentence, quotation or paragraph), with how often, how often they
/// occur at all, and how strongly they attract each other, most attracted first.
///
/// With f(xy) the co-occurrences, f(x) the phrase's occurrences, f(y) the word's and N the words of the text
/// searched: logDice = 14 + log2(2 f(xy) / (f(x) + f(y))) (Rychlý 2008: at most 14, comparable across corpora),
/// MI = log2(f(xy) N / (f(x) f(y))) (favours rare words), t = (f(xy) − f(x) f(y) / N) / √f(xy) (favours frequent
/// ones). Scores are rounded to two decimals.
struct CollocatesPlanner {
  let planner: Planner
  static let defaultWindow = 5

  /// The ways of scoring, as `by` names them; the first is the default.
  enum Measure: String, CaseIterable {
    case logdice, mi, t
  }

  static let columns = [
    Column(name: "word", shape: .string), Column(name: "count", shape: .number),
    Column(name: "frequency", shape: .number), Column(name: "logdice", shape: .number),
    Column(name: "mi", shape: .number), Column(name: "t", shape: .number),
  ]

  func plan(_ collocates: Source.Collocates) throws(QueryError) -> Planner.Builder {
    let literal = collocates.phrase
    guard case .string(let text) = literal.value else {
      throw QueryError("collocates are found for a word or phrase in quotes", at: literal.range)
    }
    let patterns = WordPattern.parse(text)
    guard !patterns.isEmpty else { throw QueryError("the string \"\(text)\" has no words to look for", at: literal.range) }
    let window = try self.window(collocates.window)
    let measure = try self.measure(collocates.measure)
    var scope = try TextScope.plan(collocates.scope, at: literal.range, planner: planner, view: "collocates")
    let allRows = scope.builder
    scope.narrow(to: patterns, term: literal, context: planner.context)
    var builder = scope.builder
    let span = scope.span
    let sortColumn = Self.columns.firstIndex { $0.name == measure.rawValue } ?? 3
    let output = Scope(columns: Self.columns)
    // The word frequencies count every row of the source, not only those the index kept for the phrase.
    let everyRow = allRows.steps
    builder.add("collocates", "\"\(text)\", \(window) words each side, by \(measure.rawValue)", estimate: nil) {
      relation, context, cancel throws(QueryError) in
      var near: [String: Int] = [:]
      var occurrences = 0
      for (counter, row) in relation.rows.enumerated() where row.item >= 0 {
        try cancel.check(counter)
        let words = TextScope.words(of: row.item, span(context, row.item), context)
        for start in WordPattern.starts(of: patterns, in: words) {
          occurrences += 1
          let end = start + patterns.count
          for index in max(0, start - window)..<min(words.count, end + window) where index < start || index >= end {
            near[words[index].folded, default: 0] += 1
          }
        }
      }
      let (frequencies, total) = try Self.frequencies(of: everyRow, span, context, cancel)
      var rows: [Row] = []
      for (word, count) in near {
        let frequency = Double(frequencies[word] ?? count)
        let (fxy, fx, n) = (Double(count), Double(occurrences), Double(max(total, 1)))
        let logDice = 14 + log2(2 * fxy / (fx + frequency))
        let mi = log2(fxy * n / (fx * frequency))
        let t = (fxy - fx * frequency / n) / fxy.squareRoot()
        rows.append(
          Row(
            item: -1,
            values: [.string(word), .number(fxy), .number(frequency)] + [logDice, mi, t].map { .number(Self.rounded($0)) }))
      }
      var sorter = RowSorter(descending: [true, true, false], cancel: cancel)
      let sorted = try sorter.sorted(rows, bound: nil) { [$0.values[sortColumn], $0.values[1], $0.values[0]] }
      return Relation(scope: output, rows: sorted)
    }
    builder.scope = output
    return builder
  }

  /// How often each word occurs in the rows `steps` give, and how many words they hold.
  static func frequencies(
    of steps: [PlanStep], _ span: @Sendable (QueryContext, Int) -> TextSpan, _ context: QueryContext,
    _ cancel: Cancellation
  ) throws(QueryError) -> ([String: Int], Int) {
    var relation = Relation(scope: Scope(), rows: [])
    for step in steps { relation = try step.run(relation, context, cancel) }
    return try TextScope.wordCounts(relation.rows, span, context, cancel)
  }

  static func rounded(_ score: Double) -> Double {
    score.isFinite ? (score * 100).rounded() / 100 : 0
  }

  private func window(_ literal: Literal?) throws(QueryError) -> Int {
    guard let literal else { return Self.defaultWindow }
    guard case .number(let number) = literal.value, number >= 1, number <= 20, number.rounded() == number else {
      throw QueryError("'window' takes a whole number of words from 1 to 20", at: literal.range)
    }
    return Int(number)
  }

  private func measure(_ name: Identifier?) throws(QueryError) -> Measure {
    guard let name else { return .logdice }
    let names = Measure.allCases.map(\.rawValue)
    guard let measure = Measure(rawValue: name.name.lowercased()) else {
      throw QueryError(
        "unknown measure '\(name.name)'" + Suggestion.phrase(for: name.name, among: names)
          + "; collocates are scored by " + names.joined(separator: ", "), at: name.range)
    }
    return measure
  }
}
