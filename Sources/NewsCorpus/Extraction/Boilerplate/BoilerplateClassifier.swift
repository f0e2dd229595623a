/// Tells page furniture from article body, paragraph by paragraph: newsletter sign-ups, related
/// links, comment prompts, photo credits, author bios, promotional all-capital lines, repeated lines,
/// short navigation lines and the links listed after a lone dash.
///
/// Conservative by design: a paragraph that holds a quotation mark or reads as a long sentence stays
/// body, because a lost quotation costs more than a stray link.
enum BoilerplateClassifier {
  static func classify(_ bytes: [UInt8], _ paragraphs: [Range<Int>], titleIndex: Int?) -> [BoilerplateKind?] {
    var kinds: [BoilerplateKind?] = Array(repeating: nil, count: paragraphs.count)
    var seen = Set<String>()
    var afterDash = false
    for (index, range) in paragraphs.enumerated() {
      let text = ByteText.string(bytes, range)
      let key = text.lowercased()
      defer { seen.insert(key) }
      if index == titleIndex {
        kinds[index] = .headline
        continue
      }
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count
      if seen.contains(key) {
        kinds[index] = .repeated
        continue
      }
      if text == "-" || text == "–" || text == "—" || text == "•" {
        kinds[index] = .relatedLinks
        afterDash = true
        continue
      }
      if afterDash, words < 60 {
        kinds[index] = .relatedLinks
        continue
      }
      afterDash = false
      kinds[index] = kind(of: key, words: words, text: text)
    }
    return kinds
  }

  private static func kind(of lowered: String, words: Int, text: String) -> BoilerplateKind? {
    let hasQuote = text.contains("\u{201C}") || text.contains("\"")
    for rule in rules where words <= rule.maxWords {
      let matches = rule.atStart ? rule.phrases.contains { lowered.hasPrefix($0) } : rule.phrases.contains { lowered.contains($0) }
      let confirmed = rule.alsoNeeds.isEmpty || rule.alsoNeeds.contains { lowered.contains($0) }
      if matches, confirmed, !hasQuote || words <= 12 { return rule.kind }
    }
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    let upper = letters.filter { $0.properties.isUppercase }.count
    if words >= 3, letters.count >= 12, upper * 10 >= letters.count * 9 { return .promotion }
    let endsSentence = text.last.map { ".!?\u{201D}\"”:".contains($0) } ?? false
    if words <= 4, !endsSentence, !hasQuote { return .navigation }
    return nil
  }
}
