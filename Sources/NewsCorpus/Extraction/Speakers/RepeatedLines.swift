/// A line a page prints twice word for word (a promoted video's title above and below its player, a pull quote
/// set again as a caption) holds its quotations twice: each occurrence is a quotation, as each is in the text, with
/// the speaker of the first. The headline's copies are `RepeatedFragments`' to read.
struct RepeatedLines {
  let bytes: [UInt8]
  let headline: Int?

  /// The document with the quotations of each repeated line's first occurrence copied to the repeat.
  func apply(to document: ExtractedDocument) -> ExtractedDocument {
    let repeats = document.paragraphs.indices.filter { document.paragraphs[$0].boilerplate == .repeated }
    guard !repeats.isEmpty, !document.quotations.isEmpty else { return document }
    let headlineText = headline.flatMap { document.paragraphs.indices.contains($0) ? text(document, $0) : nil }
    // Words in marks only: a transcript's turn said twice ("(CROSSTALK.)") was said twice, not printed twice.
    let marked = Dictionary(grouping: document.quotations.filter { $0.form == .marked }, by: \.paragraph)
    // A repeat's first occurrence is never itself a repeat, so only the lines with marked quotations are looked up.
    var firstWithText: [ArraySlice<UInt8>: Int] = [:]
    for paragraph in marked.keys.sorted() where firstWithText[text(document, paragraph)] == nil {
      firstWithText[text(document, paragraph)] = paragraph
    }
    var copies: [ExtractedDocument.QuotationItem] = []
    for index in repeats where text(document, index) != headlineText {
      guard let first = firstWithText[text(document, index)], first < index, let quotations = marked[first] else { continue }
      let shift = document.paragraphs[index].byteRange.lowerBound - document.paragraphs[first].byteRange.lowerBound
      for quotation in quotations {
        var copy = quotation
        copy.paragraph = index
        copy.byteRange = (quotation.byteRange.lowerBound + shift)..<(quotation.byteRange.upperBound + shift)
        copy.cueByteRange = quotation.cueByteRange.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        copy.why = "the line of paragraph \(first + 1) again, word for word: " + quotation.why
        copies.append(copy)
      }
    }
    guard !copies.isEmpty else { return document }
    var result = document
    result.quotations = (document.quotations + copies).sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    return result
  }

  private func text(_ document: ExtractedDocument, _ index: Int) -> ArraySlice<UInt8> {
    bytes[document.paragraphs[index].byteRange]
  }
}
