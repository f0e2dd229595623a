import Foundation

/// Reads title, author, outlet and date from the page itself when the input does not give them: the
/// headline line, a "By …" byline or a title's "… by Name", a "read more from …" line, an outlet
/// named in the page furniture, a short line near the top that holds a full date.
enum MetadataInferrer {
  static func infer(_ bytes: [UInt8], _ paragraphs: [Range<Int>], givenTitle: String?) -> InferredMetadata {
    var metadata = InferredMetadata()
    if let givenTitle {
      if let first = paragraphs.first, fold(ByteText.string(bytes, first)) == fold(givenTitle) {
        metadata.headlineParagraph = 0
      }
      return metadata
    }
    // A scraped page may open with menu items ("News", "Middle East", "Africa"): a line of one or two
    // words beside another such line is one of them, not the headline.
    let top = Array(paragraphs.prefix(12))
    func isShort(_ index: Int) -> Bool {
      top.indices.contains(index) && ByteText.string(bytes, top[index]).split(separator: " ").count < 3
    }
    // A line of four words or more with no sentence end.
    func isHeadlineLike(_ index: Int) -> Bool {
      guard top.indices.contains(index), let last = top[index].last else { return false }
      let text = ByteText.string(bytes, top[index])
      return text.split(separator: " ").count >= 4 && ![UInt8](".!?\":;".utf8).contains(bytes[last])
        && !text.hasSuffix("”") && !text.hasSuffix("’")
    }
    for (index, range) in top.enumerated() {
      let text = ByteText.string(bytes, range)
      let lowered = text.lowercased()
      let words = text.split(separator: " ").count
      let isFurniture = BoilerplateClassifier.rules.contains { rule in
        (rule.kind == .navigation || rule.kind == .relatedLinks) && rule.phrases.contains { lowered.contains($0) }
      }
      let hasLetters = text.contains { $0.isLetter }
      let isDateLine = words <= 3 && text.contains { $0.isNumber }
      if isFurniture || !hasLetters || isDateLine || isMenu(text) { continue }
      if readsAsBody(text, words: words) { return metadata }
      // A section's name alone ("Manitoba", "Politics") above the headline is no headline either.
      if words < 3, isShort(index - 1) || isShort(index + 1) || words == 1 && isHeadlineLike(index + 1) { continue }
      var title = text
      if let by = text.range(of: " by ", options: .backwards) {
        let name = text[by.upperBound...]
        let nameWords = name.split(separator: " ")
        if (2...4).contains(nameWords.count), nameWords.allSatisfy({ $0.first?.isUppercase == true }) {
          metadata.author = String(name)
          title = String(text[..<by.lowerBound])
        }
      }
      metadata.title = title
      metadata.headlineParagraph = index
      return metadata
    }
    return metadata
  }

  /// "Home | News | Sport | TV&Showbiz": three or more items of one to three words between bars or bullets.
  static func isMenu(_ text: String) -> Bool {
    let items = text.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "·" })
    return items.count >= 3 && items.allSatisfy { $0.split(separator: " ").count <= 3 }
  }

  /// Outlet and author from the paragraphs classified as page furniture.
  static func complete(
    _ metadata: inout InferredMetadata, _ bytes: [UInt8], _ paragraphs: [Range<Int>], _ kinds: [BoilerplateKind?]
  ) {
    for range in paragraphs.prefix(16) where metadata.date == nil && range.count <= 200 {
      metadata.date = DateFinder.date(in: ByteText.string(bytes, range))
    }
    if metadata.outlet == nil, let first = paragraphs.indices.first(where: { kinds[$0] == nil }) {
      metadata.outlet = datelineOutlet(ByteText.string(bytes, paragraphs[first]))
    }
    // "Source: Al Jazeera and news agencies" names the outlet before any credit in a caption does.
    for (index, range) in paragraphs.enumerated().reversed().prefix(4) where kinds[index] == .other {
      let text = ByteText.string(bytes, range)
      if metadata.outlet == nil, text.lowercased().hasPrefix("source"), let outlet = outletNamed(in: text) {
        metadata.outlet = outlet
      }
    }
    for (index, range) in paragraphs.enumerated() where kinds[index] != nil && kinds[index] != .headline {
      let text = ByteText.string(bytes, range)
      if metadata.author == nil, kinds[index] == .byline {
        // "By Sarah Jones, Political reporter": the name, without the job after a comma or dash.
        let name = text.dropFirst(3).split(whereSeparator: { $0 == "," || $0 == "|" || $0 == "—" }).first ?? ""
        metadata.author = ASCIITrimming.whitespaces.trim(name)
      }
      if metadata.author == nil, kinds[index] == .authorBio, let credit = reportingCredit(text) {
        metadata.author = credit
      }
      if metadata.outlet == nil, let outlet = outletNamed(in: text) { metadata.outlet = outlet }
    }
  }

  /// "BEIJING (Reuters) - …": a wire dateline names the outlet in parentheses at the start.
  private static func datelineOutlet(_ text: String) -> String? {
    guard let open = text.prefix(60).firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
      return nil
    }
    // "BEIJING (Reuters)", "BERLIN, Jan 20 (Reuters)", "Washington (CNN)": a place, perhaps a date.
    let place = ASCIITrimming.whitespaces.trim(text[..<open])
    guard let first = place.first, first.isUppercase, place.split(separator: " ").count <= 5 else { return nil }
    let name = text[text.index(after: open)..<close].split(separator: " ").map(String.init)
    guard let entry = Gazetteer.entry(words: name), entry.kind == .outlet else { return nil }
    return entry.canonical
  }

  /// "(Reporting by Andreas Rinke; Editing by Alex Richardson)": the reporter, not the editor.
  private static func reportingCredit(_ text: String) -> String? {
    guard let by = text.range(of: "reporting by ", options: .caseInsensitive) else { return nil }
    let rest = text[by.upperBound...]
    let name = rest.prefix { !";,)".contains($0) }.components(separatedBy: " and ").first ?? ""
    let words = name.split(separator: " ")
    guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    return words.joined(separator: " ")
  }

  private static func outletNamed(in text: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map {
      ASCIITrimming.punctuation.trim($0)
    }
    for start in words.indices {
      for length in stride(from: min(5, words.count - start), through: 1, by: -1) {
        let phrase = Array(words[start..<start + length])
        if let entry = Gazetteer.entry(words: phrase), entry.kind == .outlet { return entry.canonical }
      }
    }
    return nil
  }

  private static func readsAsBody(_ text: String, words: Int) -> Bool {
    words > 30 || (words > 12 && text.hasSuffix("."))
  }

  private static func fold(_ text: String) -> String {
    ASCIITrimming.whitespacesAndPunctuation.trim(text.lowercased())
  }
}
