/// The organisation a person is said to be "of": "Chris Yelland, of EE Business Intelligence, said".
extension NameFinder {
  /// Whether the run at `start` follows a person's name and "of" (a comma may come between, and "the"
  /// after): "Dr Lena Furst of the Coral Institute", "Chris Yelland, of EE Business Intelligence". A run
  /// the gazetteer knows keeps its kind; an unknown one names the person's organisation, not a person.
  static func isAffiliationOfPerson(_ tokens: [Token], _ start: Int, before candidates: [NameCandidate]) -> Bool {
    var index = start - 1
    if index >= 0, tokens[index].lowercased == "the" { index -= 1 }
    guard index >= 1, tokens[index].lowercased == "of", tokens[index].sentence == tokens[start].sentence else {
      return false
    }
    index -= 1
    if tokens[index].isPunctuation(",") { index -= 1 }
    guard index >= 0, let person = candidates.last, person.kind == .person else { return false }
    return person.tokens.upperBound == index + 1
  }
}
