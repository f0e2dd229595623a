/// Organisation names the text marks only by their shape: a short form in brackets, a portfolio listed
/// with commas, a country ending them, a capital inside one word.
extension NameFinder {
  /// "The Independent Electoral and Boundaries Commission (IEBC)", "the Chennai Metropolitan Water Supply
  /// and Sewerage Board (CMWSSB)": a short form in brackets right after a run of capitalised words says
  /// which of them are one organisation's name, the longest tail of the run whose initials it spells,
  /// whatever the words' own reading (an outlet's "Independent", a head word inside the name). A tail
  /// with neither an organisation's head word nor a small joining word may be a person's ("Jane Anne Doe
  /// (JAD)"), and is left to the usual reading — unless a country is among its words or the short form is
  /// written as a word ("Business Unity South Africa (Busa)"): no person's name is either.
  static func nameDefinedByShortForm(_ tokens: [Token], _ run: Range<Int>) -> Range<Int>? {
    let open = run.upperBound
    guard run.count >= 2, open + 2 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 2].isPunctuation(")"),
      tokens[open + 1].isWord
    else { return nil }
    let short = tokens[open + 1].text
    let isWordForm = hasLowercase(short)
    guard !isWordForm || LocalEntities.isTitleCaseShortForm(short) else { return nil }
    for start in run where run.upperBound - start >= 2 {
      let first = tokens[start]
      guard first.isCapitalised, !first.has(.functionWords), !first.has(.honorific) else { continue }
      let words = tokens[start..<run.upperBound]
      let name = words.map(\.text).joined(separator: " ")
      guard LocalEntities.isAcronym(short, of: name, titleCase: isWordForm) else { continue }
      // "Chief Justice of Pakistan (CJP)": a title's short form, which the title's holder goes by.
      if isTitleOfPlace(tokens, start..<run.upperBound) { return nil }
      let isOrganization = isWordForm
        || words.contains { $0.has(.organizationHeads) || (!$0.isCapitalised && $0.hasAsWritten(.runConnectors)) }
        || namesCountry(tokens, start..<run.upperBound)
      return isOrganization ? start..<run.upperBound : nil
    }
    return nil
  }

  /// Whether a gazetteer country stands among the words of `run` ("Business Unity South Africa").
  private static func namesCountry(_ tokens: [Token], _ run: Range<Int>) -> Bool {
    run.contains { start in
      guard let (entry, _) = gazetteerMatch(tokens, from: start, limit: run.upperBound) else { return false }
      return entry.kind == .country
    }
  }
}

extension NameFinder {
  /// "The Department for Levelling Up, Housing and Communities", "the Ministry of Agriculture, Fisheries
  /// and Food": an organisation's head word, "for" or "of", and a portfolio that lists its parts with
  /// commas and a final "and" is one name. Where the name ends, past the run; nil when the run is no
  /// such name or the list does not close with "and".
  static func portfolioListEnd(_ tokens: [Token], _ run: Range<Int>) -> Int? {
    var head = run.lowerBound
    if tokens[head].lowercased == "the" { head += 1 }
    guard head + 2 < run.upperBound, tokens[head].has(.organizationHeads), tokens[head].isCapitalised,
      ["for", "of"].contains(tokens[head + 1].text)
    else { return nil }
    var index = run.upperBound
    while index + 1 < tokens.count, tokens[index].isPunctuation(",") || tokens[index].text == "and" {
      let isLast = tokens[index].text == "and"
      var end = index + 1
      while end < tokens.count, end - index <= 3, tokens[end].isWord, tokens[end].isCapitalised,
        !tokens[end].has(.roleHead), !tokens[end].has(.honorific),
        tokens[end].sentence == tokens[index].sentence
      {
        end += 1
      }
      guard end > index + 1 else { return nil }
      if isLast { return end < tokens.count && tokens[end].isWord && tokens[end].isCapitalised ? nil : end }
      index = end
    }
    return nil
  }
}

extension NameFinder {
  /// "Water UK", "Cycling UK", "Sport England", "Indigenous Services Canada": a run of one or two words that
  /// are no given name, no title's head and no gazetteer name, then a country, is a body named for that
  /// country's part of something.
  static func isWordAndCountry(_ tokens: [Token], _ run: Range<Int>) -> Bool {
    guard run.count == 2 || run.count == 3 else { return false }
    let words = tokens[run.lowerBound..<(run.upperBound - 1)]
    guard let first = words.first, !first.isGivenName,
      words.allSatisfy({ word in
        word.isWord && word.isCapitalised && hasLowercase(word.text) && !word.has(.roleHead) && !word.has(.honorific)
          && !word.has(.calendarWords) && !word.has(.functionWords) && Gazetteer.country(ofDemonym: word.text) == nil
      }),
      run.count == 2 || !first.has(.titleWord),
      gazetteerMatch(tokens, from: run.lowerBound, limit: run.upperBound) == nil,
      let (entry, end) = gazetteerMatch(tokens, from: run.upperBound - 1, limit: run.upperBound), end == run.upperBound
    else { return false }
    return entry.kind == .country && tokens[run.upperBound - 1].isCapitalised
  }

  /// "DashEats", "PayPal", "WhatsApp": one word standing alone with a capital inside it after small letters
  /// is a brand's or a company's name, not a person's ("McCarthy", "DeSantis", "VanderSloot" open with a
  /// name's prefix, "RoseAnn" joins two given names).
  static func isBrandWord(_ token: Token) -> Bool {
    let utf8 = Array(token.text.utf8)
    guard utf8.count >= 5, utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
      (0x41...0x5A).contains(utf8[0])
    else { return false }
    guard let inner = (2..<utf8.count).first(where: { (0x41...0x5A).contains(utf8[$0]) && (0x61...0x7A).contains(utf8[$0 - 1]) })
    else { return false }
    let prefix = String(decoding: utf8[..<inner], as: UTF8.self).lowercased()
    let rest = String(decoding: utf8[inner...], as: UTF8.self).lowercased()
    let isTwoGivenNames = !WordFlags.of(lowercased: prefix).isDisjoint(with: .givenName)
      && !WordFlags.of(lowercased: rest).isDisjoint(with: .givenName)
    return !namePrefixes.contains(prefix) && !isTwoGivenNames
  }

  /// What opens a surname before a second capital ("McCarthy", "MacKenzie", "DeSantis", "LaGuardia").
  static let namePrefixes: Set<String> = [
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "del", "della", "vande", "vander", "ter", "ten",
  ]
}
