/// A first name given by a family relation ("Tobias's mum, Shauna,", "His mum, Shauna,"): the person
/// belongs to the family of the one whose relative they are, and takes that family's surname when the
/// text gives no other ("Ms Owen" completes a first name first, as `resolveSingle` does).
extension LocalEntities {
  /// Gives each person still known by a first name alone the surname of the relative the text named
  /// them by, when that relative has a full name.
  mutating func completeRelatives() {
    for (person, relative) in relativeOf.sorted(by: { $0.key < $1.key }) where items[person].isGivenNameOnly {
      let words = Self.words(of: items[relative].name)
      guard items[relative].kind == .person, words.count >= 2, let surname = words.last else { continue }
      complete(person, surname: String(surname), gender: nil)
    }
  }
}

extension DocumentExtractor {
  /// Records whose relative a first name given by a family relation is: the person named before "’s"
  /// ("Tobias's mum, Shauna,"), or the one a possessive pronoun refers to ("His mum, Shauna,", "her
  /// husband Matt", "their son, Tyler").
  func noteRelative(
    _ candidate: NameCandidate, _ entity: Int, _ tokens: [Token], _ entityAtToken: TokenMap<Int>,
    _ entities: inout LocalEntities
  ) {
    let start = candidate.tokens.lowerBound
    let relation = start >= 1 && tokens[start - 1].isPunctuation(",") ? start - 2 : start - 1
    guard candidate.isGivenNameOnly, relation >= 1, Gazetteer.familyRelations.contains(tokens[relation].lowercased)
    else { return }
    let owner = relation - 1
    var relative: Int?
    if tokens[owner].text == "'s" || tokens[owner].text == "’s", owner >= 1 {
      relative = entityAtToken[owner - 1]
    } else if ["his", "her", "their"].contains(tokens[owner].lowercased) {
      // "with his wife, Sonja, and their son, Tyler": "their" is the family of the person named last.
      let gender: Gender? = tokens[owner].lowercased == "his" ? .male : tokens[owner].lowercased == "her" ? .female : nil
      relative = entities.resolvePronoun(at: tokens[owner].range.lowerBound, gender: gender, notBefore: 0)?.entity
    }
    guard let relative, relative != entity else { return }
    entities.relativeOf[entity] = relative
  }
}
