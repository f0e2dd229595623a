/// Headline quotations a title and a speech verb in the headline give to the one the article names with it.
extension RepeatedFragments {
  /// "Karachi water crisis: ‘Tankers will not run this city,’ says minister", "Commissioner vows ‘no hiding
  /// place’ for gunmen": a title right after the quotation's speech verb, or right before the speech verb that
  /// introduces it, is the one person the article gives that title.
  func titleHolderCued(_ span: QuoteSpan, _ line: Range<Int>, _ entities: [ExtractedDocument.EntityItem]) -> Int? {
    guard let close = span.closeMark else { return nil }
    let before = Self.words(bytes, line.lowerBound..<span.openMark.lowerBound)
    let after = Self.words(bytes, close.upperBound..<line.upperBound)
    var title: String?
    if after.count >= 2, Self.isSpeechVerb(after[0]), Gazetteer.isRoleHead(after[1]) { title = after[1] }
    if title == nil, before.count >= 2, Self.isSpeechVerb(before[before.count - 1]), Gazetteer.isRoleHead(before[before.count - 2]) {
      title = before[before.count - 2]
    }
    guard let title else { return nil }
    let wanted = Gazetteer.fullRole(title)
    let holders = entities.indices.filter { index in
      entities[index].kind == .person && entities[index].roles.contains { LocalEntities.holds($0, wanted) }
    }
    return holders.count == 1 ? holders.first : nil
  }

  private static func isSpeechVerb(_ word: String) -> Bool { Gazetteer.speechVerbIndex[word] != nil }
}
