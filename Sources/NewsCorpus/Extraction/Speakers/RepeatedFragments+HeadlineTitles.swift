/// Headline quotations that a title, or a surname, with a speech verb, a label or a dash in the headline gives to the
/// one the article names with it.
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
    // "NATO seeks to ‘contain’ Russia, there's ‘no room’ for talks, top diplomat says": a title and the speech verb
    // that close the headline.
    if title == nil, after.count >= 2, Self.isSpeechVerb(after[after.count - 1]), Gazetteer.isRoleHead(after[after.count - 2]) {
      title = after[after.count - 2]
    }
    guard let title else { return nil }
    let wanted = Gazetteer.fullRole(title)
    let holders = entities.indices.filter { index in
      entities[index].kind == .person && entities[index].roles.contains { LocalEntities.holds($0, wanted) }
    }
    return holders.count == 1 ? holders.first : nil
  }

  /// "Lavrov: Russia’s patience ‘running out’", "Trudeau says ‘wide range of factors’ did", "‘Not for sale’, says
  /// Ng": a headline that names, by surname, one person quoted below gives its words in marks to that person, though
  /// they repeat none of hers: the name after a dash that follows the words, else next to the nearest speech verb
  /// after them, else before them, else a label before a colon that opens the headline.
  /// `others`: the line's closed phrases in marks, this one among them.
  func speakerNamedInHeadline(
    _ span: QuoteSpan, among others: [QuoteSpan], _ line: Range<Int>, _ sources: [Source],
    _ entities: [ExtractedDocument.EntityItem]
  ) -> Int? {
    guard let close = span.closeMark else { return nil }
    // Another phrase in marks between the words and a speech verb has that verb for its own.
    let from = others.last { $0.outer.upperBound <= span.openMark.lowerBound }?.outer.upperBound ?? line.lowerBound
    let to = others.first { $0.openMark.lowerBound >= close.upperBound }?.openMark.lowerBound ?? line.upperBound
    let before = Self.words(bytes, from..<span.openMark.lowerBound)
    let after = Self.words(bytes, close.upperBound..<to)
    let label = bytes[line.lowerBound..<span.openMark.lowerBound].firstIndex(of: UInt8(ascii: ":")).map {
      Self.words(bytes, line.lowerBound..<$0)
    }
    let speakers = Set(sources.map(\.speaker)).filter { entities.indices.contains($0) && entities[$0].kind == .person }
    let names = speakers.sorted().compactMap { speaker -> (speaker: Int, name: [String])? in
      let name = Self.words(Array(entities[speaker].name.utf8), 0..<entities[speaker].name.utf8.count)
      return name.count >= 2 ? (speaker, name) : nil
    }
    let bearer = { (word: String) -> Int? in
      let found = names.filter { $0.name.last == word }
      return found.count == 1 ? found.first?.speaker : nil
    }
    // "‘I never said …’ – Steenhuisen": a dash and the surname close the headline.
    let dashed = bytes[close.upperBound..<line.upperBound].drop { $0 == 0x20 }
    if dashed.first == UInt8(ascii: "-") || dashed.starts(with: [0xE2, 0x80, 0x93]) || dashed.starts(with: [0xE2, 0x80, 0x94]),
      let last = after.last, after.count <= 3,
      let found = names.first(where: { $0.name == after })?.speaker ?? (after.count == 1 ? bearer(last) : nil)
    {
      return found
    }
    let verbNextTo = { (words: [String], at: Int) in
      [at - 1, at + 1].contains { words.indices.contains($0) && Self.isSpeechVerb(words[$0]) }
    }
    if let cued = after.indices.first(where: { verbNextTo(after, $0) && bearer(after[$0]) != nil }) {
      return bearer(after[cued])
    }
    if let cued = before.indices.last(where: { verbNextTo(before, $0) && bearer(before[$0]) != nil }) {
      return bearer(before[cued])
    }
    if let label, let last = label.last, label.count <= 3,
      let found = names.first(where: { $0.name == label })?.speaker ?? (label.count == 1 ? bearer(last) : nil)
    {
      return found
    }
    // "‘Contain’ Russia, ‘no room’ for talks, says Grushko": a speech verb closing the headline, past other phrases.
    let rest = Self.words(bytes, close.upperBound..<line.upperBound)
    guard rest.count >= 2, let cued = [rest.count - 1, rest.count - 2].first(where: { verbNextTo(rest, $0) && bearer(rest[$0]) != nil })
    else { return nil }
    return bearer(rest[cued])
  }

  private static func isSpeechVerb(_ word: String) -> Bool { Gazetteer.speechVerbIndex[word] != nil }
}
