/// Which marks a document quotes with: double marks (American style, “…” or "…") or single marks
/// (British style, ‘…’, with “…” nested inside).
enum QuotationStyle {
  /// Whether more quotations open with a single mark than with a double one. An opening mark is one
  /// after white space (or an opening bracket or dash) and before a letter, so apostrophes never count.
  static func singleMarksArePrimary(_ bytes: [UInt8]) -> Bool {
    var singles = 0
    var doubles = 0
    var index = 0
    while index < bytes.count {
      guard let mark = QuotationMark.at(index, in: bytes) else {
        index += 1
        continue
      }
      let opensAfterSpace = index == 0 || ByteText.followsSpace(bytes, index, lower: 0)
        || "([—–-".utf8.contains(bytes[index - 1])
      let letterAfter = mark.range.upperBound < bytes.count
        && ByteText.isLetterOrDigit(at: mark.range.upperBound, in: bytes)
      // "the '90s", "'til dawn": a straight mark's own elision opens no quotation.
      let paragraph = mark.range.upperBound..<bytes.count
      let elides = mark.family == .single && mark.facing == .either
        && (QuoteFinder.isDecade(bytes, mark.range.upperBound, paragraph) || QuoteFinder.isElision(bytes, mark.range.upperBound, paragraph))
      if opensAfterSpace, letterAfter, mark.facing != .closing, !elides {
        if mark.family == .single { singles += 1 } else { doubles += 1 }
      }
      index = mark.range.upperBound
    }
    return singles > doubles
  }
}
