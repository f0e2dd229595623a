/// Finds the top-level quoted spans of a paragraph: straight and curly double marks, guillemets,
/// single marks nested inside double ones (or used on their own where a document has no double marks).
///
/// One pass over the paragraph's bytes with a small stack of open marks. Recovery rules: a second
/// opening mark inside an open quotation starts a new one unless it reads as a short nested quote;
/// a quotation never closed ends at the paragraph's end; a closing mark with nothing open is ignored.
enum QuoteFinder {
  private struct Open {
    var mark: QuotationMark
    var contentStart: Int
  }

  /// The spans found so far and the marks still open, as the scan walks the paragraph.
  private struct Scan {
    let bytes: [UInt8]
    let paragraph: Range<Int>
    let singleMarksArePrimary: Bool
    /// The paragraph before ended inside an open quotation, so a closing mark before any opening one
    /// closes a quotation that runs from the paragraph's start ("Secondly, … (CCF),” the minister said.").
    var continuesQuotation = false
    var spans: [QuoteSpan] = []
    var stack: [Open] = []
    var nested: [Range<Int>] = []
    var lastCloseBeforeEnd: Range<Int>?

    mutating func openDouble(_ mark: QuotationMark) {
      lastCloseBeforeEnd = nil
      if stack.isEmpty || stack[0].mark.family == .single || looksNested(bytes, after: mark, paragraph) {
        stack.append(Open(mark: mark, contentStart: mark.range.upperBound))
        return
      }
      let outer = stack[0]
      spans.append(
        QuoteSpan(
          content: ByteText.trimmed(bytes, outer.contentStart..<mark.range.lowerBound), openMark: outer.mark.range,
          closeMark: nil, nested: nested))
      nested = []
      stack = [Open(mark: mark, contentStart: mark.range.upperBound)]
    }

    mutating func closeDouble(_ mark: QuotationMark) {
      // "'change is coming,” the nominee said": a straight single mark the page prints for an opening double one.
      if stack.count == 1, stack[0].mark.family == .single, bytes[stack[0].mark.range.lowerBound] == 0x27 {
        spans.append(QuoteSpan(content: stack[0].contentStart..<mark.range.lowerBound, openMark: stack[0].mark.range, closeMark: mark.range))
        stack = []
        return
      }
      guard let position = stack.lastIndex(where: { $0.mark.family == .double }) else {
        closeUnopened(mark)
        return
      }
      guard position == 0 else {
        nested.append(stack[position].contentStart..<mark.range.lowerBound)
        stack.removeSubrange(position...)
        lastCloseBeforeEnd = mark.range
        return
      }
      let outer = stack[0]
      // "said, “… Oko Oba. ”": a space inside the marks is no part of the words.
      spans.append(
        QuoteSpan(
          content: ByteText.trimmed(bytes, outer.contentStart..<mark.range.lowerBound), openMark: outer.mark.range,
          closeMark: mark.range, nested: nested))
      nested = []
      stack = []
    }

    /// A curly ‘ opens a quotation even where double marks are the rule, and so does a straight one
    /// opening the paragraph or closed later in it; either must then be closed.
    mutating func openSingle(_ mark: QuotationMark) {
      lastCloseBeforeEnd = nil
      if !stack.isEmpty || singleMarksArePrimary || mark.facing == .opening || mark.range.lowerBound == paragraph.lowerBound
        || QuoteFinder.isClosedLater(mark, bytes, paragraph) || QuoteFinder.isClosedByDoubleMarkLater(mark, bytes, paragraph)
      {
        stack.append(Open(mark: mark, contentStart: mark.range.upperBound))
      }
    }

    mutating func closeSingle(_ mark: QuotationMark) {
      guard let top = stack.last, top.mark.family == .single else {
        if stack.isEmpty, singleMarksArePrimary { closeUnopened(mark) }
        return
      }
      if stack.count == 1 {
        spans.append(
          QuoteSpan(content: top.contentStart..<mark.range.lowerBound, openMark: top.mark.range, closeMark: mark.range))
        stack = []
      } else {
        nested.append(top.contentStart..<mark.range.lowerBound)
        stack.removeLast()
        lastCloseBeforeEnd = mark.range
      }
    }

    /// The first closing mark of a paragraph that continues an open quotation, with no mark before it.
    mutating func closeUnopened(_ mark: QuotationMark) {
      guard continuesQuotation, stack.isEmpty, spans.isEmpty else { return }
      continuesQuotation = false
      let start = paragraph.lowerBound
      spans.append(QuoteSpan(content: start..<mark.range.lowerBound, openMark: start..<start, closeMark: mark.range))
    }

    /// A quotation still open at the paragraph's end ends there; a nested quotation closed at the
    /// very end closes the outer one too ("not just “assurances.”").
    mutating func finish() {
      guard let outer = stack.first, outer.mark.family == .double || singleMarksArePrimary else { return }
      let end = lastCloseBeforeEnd?.lowerBound ?? paragraph.upperBound
      spans.append(
        QuoteSpan(
          content: ByteText.trimmed(bytes, outer.contentStart..<end), openMark: outer.mark.range,
          closeMark: lastCloseBeforeEnd, nested: nested))
    }
  }

  static func find(
    _ bytes: [UInt8], _ paragraph: Range<Int>, singleMarksArePrimary: Bool, continuesQuotation: Bool = false
  ) -> [QuoteSpan] {
    var scan = Scan(bytes: bytes, paragraph: paragraph, singleMarksArePrimary: singleMarksArePrimary)
    scan.continuesQuotation = continuesQuotation
    var index = paragraph.lowerBound
    while index < paragraph.upperBound {
      guard let mark = QuotationMark.at(index, in: bytes) else {
        if !ByteText.isSpace(bytes[index]) { scan.lastCloseBeforeEnd = nil }
        index += 1
        continue
      }
      index = mark.range.upperBound
      let openSingle = scan.stack.last.flatMap { $0.mark.family == .single ? $0.contentStart : nil }
      let facing = resolvedFacing(mark, bytes, paragraph, isOpen: !scan.stack.isEmpty, openSingleAt: openSingle)
      if facing == .opening { scan.continuesQuotation = false }
      switch (mark.family, facing) {
      case (.double, .opening): scan.openDouble(mark)
      case (.double, .closing): scan.closeDouble(mark)
      case (.single, .opening): scan.openSingle(mark)
      case (.single, .closing): scan.closeSingle(mark)
      default: continue
      }
    }
    scan.finish()
    return scan.spans.filter { !ByteText.trimmed(bytes, $0.content).isEmpty }
  }

  /// Which way a mark faces. Curly marks say so themselves, except that a ’ between letters is an
  /// apostrophe; a straight mark opens after white space or an opening bracket and closes otherwise
  /// (a straight single mark closes only after a letter or punctuation, else it is an apostrophe).
  private static func resolvedFacing(
    _ mark: QuotationMark, _ bytes: [UInt8], _ paragraph: Range<Int>, isOpen: Bool, openSingleAt: Int? = nil
  ) -> QuotationMark.Facing? {
    let before = mark.range.lowerBound
    let after = mark.range.upperBound
    let letterBefore = before > paragraph.lowerBound && ByteText.isLetterOrDigit(at: before - 1, in: bytes)
      || (before > paragraph.lowerBound && bytes[before - 1] >= 0x80 && !ByteText.followsSpace(bytes, before, lower: paragraph.lowerBound)
        && isLetterEnding(bytes, before, lower: paragraph.lowerBound))
    let letterAfter = after < paragraph.upperBound && ByteText.isLetterOrDigit(at: after, in: bytes)
    if mark.family == .single {
      if letterBefore && letterAfter { return nil }
      if mark.facing == .either, isDecade(bytes, after, paragraph) || isElision(bytes, after, paragraph) { return nil }
      if mark.facing != .opening, isPluralPossessive(bytes, before, after, paragraph),
        !closesOneWord(bytes, openedAt: openSingleAt, before: before)
      {
        return nil
      }
      // A straight mark after a sentence's or clause's punctuation closes, as in `knees,' she said`.
      let punctuationBefore = before > paragraph.lowerBound && ".,!?;:)".utf8.contains(bytes[before - 1])
      if mark.facing == .closing || (mark.facing == .either && (letterBefore || punctuationBefore)) {
        return letterAfter ? nil : .closing
      }
      if mark.facing == .opening { return .opening }
      return ByteText.followsSpace(bytes, before, lower: paragraph.lowerBound) && letterAfter ? .opening : nil
    }
    if mark.facing == .closing, !isOpen, ByteText.followsSpace(bytes, before, lower: paragraph.lowerBound),
      letterAfter || opensSpacedQuotation(bytes, after, paragraph)
    {
      return .opening
    }
    // `“Hello moderator, are you there?“ Karen Hinton said`: an opening double mark after the words of an open
    // quotation, with white space after it, closes it.
    if mark.facing == .opening, isOpen, before > paragraph.lowerBound, !ByteText.followsSpace(bytes, before, lower: paragraph.lowerBound),
      after >= paragraph.upperBound || ByteText.spaceWidth(bytes, at: after) > 0
    {
      return .closing
    }
    guard mark.facing == .either else { return mark.facing }
    let spaceBefore = ByteText.followsSpace(bytes, before, lower: paragraph.lowerBound)
      || "([{—–-/".utf8.contains(bytes[before - 1]) || isDash(bytes, before)
    let spaceAfter = after >= paragraph.upperBound || ByteText.spaceWidth(bytes, at: after) > 0
    if spaceBefore && !spaceAfter { return .opening }
    if spaceAfter && !spaceBefore { return .closing }
    return isOpen ? .closing : .opening
  }

  /// `stated that ” Investigation has commenced …”`: a closing double mark set between spaces before a capital, with a
  /// closing double mark later in the paragraph, opens the quotation that mark closes.
  private static func opensSpacedQuotation(_ bytes: [UInt8], _ after: Int, _ paragraph: Range<Int>) -> Bool {
    guard after + 1 < paragraph.upperBound, bytes[after] == 0x20, (0x41...0x5A).contains(bytes[after + 1]) else {
      return false
    }
    let closing: [UInt8] = [0xE2, 0x80, 0x9D]
    return bytes[(after + 1)..<paragraph.upperBound].firstRange(of: closing) != nil
  }

  /// "the '90s": two digits and an "s" after a straight mark, a decade's elision.
  static func isDecade(_ bytes: [UInt8], _ start: Int, _ paragraph: Range<Int>) -> Bool {
    guard start + 2 < paragraph.upperBound, (0x30...0x39).contains(bytes[start]), (0x30...0x39).contains(bytes[start + 1]),
      bytes[start + 2] == UInt8(ascii: "s")
    else { return false }
    return start + 3 == paragraph.upperBound || !ByteText.isLetterOrDigit(at: start + 3, in: bytes)
  }

  /// Elisions that open with a straight mark and are no quotation ("'til", "rock 'n' roll").
  private static let elisions: WordSet = ["em", "n", "til", "cause", "tis", "twas", "bout", "nuff", "kay"]

  /// Whether the word after a straight mark at `start` is an elision of the mark's own ("'til late").
  static func isElision(_ bytes: [UInt8], _ start: Int, _ paragraph: Range<Int>) -> Bool {
    var end = start
    while end < paragraph.upperBound, end - start < 6, ByteText.isLetterOrDigit(at: end, in: bytes) { end += 1 }
    guard end > start, end - start < 6 else { return false }
    return elisions.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
  }

  /// Whether a straight ' that opens a word where double marks are the rule is closed by a straight mark
  /// later in the paragraph, within a headline's length ("what she called 'jealous rages',", "hails 'ruthless'
  /// display"): tabloids and headlines set partial quotations so. A year ("the '90s") or an elision opens none.
  static func isClosedLater(_ mark: QuotationMark, _ bytes: [UInt8], _ paragraph: Range<Int>) -> Bool {
    let start = mark.range.upperBound
    guard mark.family == .single, mark.facing == .either, start < paragraph.upperBound,
      ByteText.followsSpace(bytes, mark.range.lowerBound, lower: paragraph.lowerBound),
      ByteText.isLetterOrDigit(at: start, in: bytes), !(0x30...0x39).contains(bytes[start])
    else { return false }
    guard !isElision(bytes, start, paragraph) else { return false }
    let limit = min(paragraph.upperBound, start + maximumClosedLaterBytes)
    var index = start + 1
    while index < limit {
      defer { index += 1 }
      guard bytes[index] == 0x27, index - start >= 2, resolvedFacing(
        QuotationMark(family: .single, facing: .either, range: index..<index + 1), bytes, paragraph, isOpen: true,
        openSingleAt: start) == .closing
      else { continue }
      return true
    }
    return false
  }

  /// Whether a straight ' opening a word is closed by a curly ” later in the paragraph with no “ before it: pages
  /// that lost their opening curly marks print `'change is coming,” the nominee said`.
  static func isClosedByDoubleMarkLater(_ mark: QuotationMark, _ bytes: [UInt8], _ paragraph: Range<Int>) -> Bool {
    let start = mark.range.upperBound
    guard mark.family == .single, mark.facing == .either, bytes[mark.range.lowerBound] == 0x27, start < paragraph.upperBound,
      ByteText.followsSpace(bytes, mark.range.lowerBound, lower: paragraph.lowerBound),
      ByteText.isLetterOrDigit(at: start, in: bytes), !isElision(bytes, start, paragraph)
    else { return false }
    var index = start
    while index + 2 < paragraph.upperBound {
      if bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
        if bytes[index + 2] == 0x9C { return false }
        if bytes[index + 2] == 0x9D { return true }
      }
      if bytes[index] == 0x22 || bytes[index] == 0x27 && ByteText.followsSpace(bytes, index, lower: paragraph.lowerBound) {
        return false
      }
      index += 1
    }
    return false
  }

  /// How far a closing straight mark may follow the opening one: a long headline's clause.
  private static let maximumClosedLaterBytes = 160

  /// "the players' union", "the owners' proposal": a straight mark after an "s" with a noun after it
  /// is the apostrophe of a plural possessive, not a closing mark (those are followed by punctuation,
  /// "and", a pronoun or the speech verb: `'… the owners' he said`).
  private static func isPluralPossessive(_ bytes: [UInt8], _ before: Int, _ after: Int, _ paragraph: Range<Int>) -> Bool {
    guard before > paragraph.lowerBound, bytes[before - 1] == UInt8(ascii: "s"), after + 1 < paragraph.upperBound,
      bytes[after] == 0x20, (0x61...0x7A).contains(bytes[after + 1])
    else { return false }
    var end = after + 1
    while end < paragraph.upperBound, (0x61...0x7A).contains(bytes[end]) { end += 1 }
    let word = String(decoding: bytes[(after + 1)..<end], as: UTF8.self)
    return !Gazetteer.functionWords.contains(word) && !Gazetteer.isVerbalCue(word)
      && !["he", "she", "they", "it", "we", "i", "you", "according"].contains(word)
  }

  /// "hails 'ruthless' display": a mark after an "s" closes a single mark opened right before the
  /// same word, as a one-word quotation; a plural possessive is never quoted from its first letter.
  private static func closesOneWord(_ bytes: [UInt8], openedAt start: Int?, before: Int) -> Bool {
    guard let start, start < before else { return false }
    return !bytes[start..<before].contains { ByteText.isSpace($0) }
  }

  private static func isLetterEnding(_ bytes: [UInt8], _ index: Int, lower: Int) -> Bool {
    var start = index - 1
    while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return ByteText.isLetterOrDigit(at: start, in: bytes)
  }

  private static func isDash(_ bytes: [UInt8], _ index: Int) -> Bool {
    index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (0x93...0x94).contains(bytes[index - 1])
  }

  /// Whether an opening mark inside an open quotation starts a nested quote rather than a new quotation
  /// whose predecessor was never closed: the nested one is short, or two closing marks follow it.
  private static func looksNested(_ bytes: [UInt8], after mark: QuotationMark, _ paragraph: Range<Int>) -> Bool {
    var index = mark.range.upperBound
    var words = 0
    var inWord = false
    var closings = 0
    let limit = min(paragraph.upperBound, index + 400)
    while index < limit {
      if let next = QuotationMark.at(index, in: bytes), next.family == .double {
        if next.facing == .opening { break }
        closings += 1
        if closings == 2 || words <= 4 { return true }
        index = next.range.upperBound
        continue
      }
      let isWordByte = ByteText.isLetterOrDigit(at: index, in: bytes) || bytes[index] >= 0x80
      if isWordByte && !inWord { words += 1 }
      inWord = isWordByte
      index += 1
    }
    return false
  }
}
