/// `left(n)` and `right(n)`: the nth word on either side of a concordance line's match, for sorting and filtering
/// a concordance as CQP does (`order by right(1)`, `where left(1) = "economic"`).
extension FunctionTable {
  static let concordanceWords: [FunctionDefinition] = [
    side(name: "left", summary: "a concordance line's nth word before the match (1: the nearest)", isAfter: false),
    side(name: "right", summary: "a concordance line's nth word after the match (1: the nearest)", isAfter: true),
  ]

  private static func side(name: String, summary: String, isAfter: Bool) -> FunctionDefinition {
    FunctionDefinition(name: name, usage: "\(name)(n)", summary: summary, isAggregate: false) {
      call throws(QueryError) in
      guard call.scope.hasSpans else {
        throw QueryError(
          "\(name)(n) reads the words around a concordance line's match; use it after concordance \"…\"",
          at: call.range)
      }
      guard call.arguments.count == 1, case .literal(let literal) = call.arguments[0].kind,
        case .number(let number) = literal.value, number.rounded() == number, (1...50).contains(number)
      else { throw QueryError("\(name)() takes a word's place, a whole number from 1 to 50: \(name)(1)", at: call.range) }
      let place = Int(number)
      return Compiled(.string) { context, row in
        guard let span = row.span else { return .null }
        let words =
          isAfter
          ? ConcordanceWords.after(span, count: place, context) : ConcordanceWords.before(span, count: place, context)
        guard words.count == place, let word = words.last else { return .null }
        return .string(String(context.corpus.documents[span.documentID].text(in: word.byteRange)))
      }
    }
  }
}
