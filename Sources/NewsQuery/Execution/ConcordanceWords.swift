import NewsCorpus

/// The words on either side of a match in its document, as a concordance sorts and CQP users count them:
/// `left(1)` is the word just before the match, `right(2)` the second after it. Read from the document's text
/// around the span only, so a long document costs no more than a short one.
enum ConcordanceWords {
  /// Up to `count` words before `span`, nearest first; byte ranges are the document's.
  static func before(_ span: TextSpan, count: Int, _ context: QueryContext) -> [TextFolding.Word] {
    let document = context.corpus.documents[span.documentID]
    let text = document.text
    var reach = 48 * count + 64
    while true {
      let start = boundary(in: text, atOrAfter: max(0, span.byteRange.lowerBound - reach))
      let words = TextFolding.words(document.text(in: start..<span.byteRange.lowerBound))
      if words.count > count || start == 0 {
        return words.suffix(count).reversed().map { shifted($0, by: start) }
      }
      reach *= 2
    }
  }

  /// Up to `count` words after `span`, nearest first; byte ranges are the document's.
  static func after(_ span: TextSpan, count: Int, _ context: QueryContext) -> [TextFolding.Word] {
    let document = context.corpus.documents[span.documentID]
    let text = document.text
    let total = text.utf8.count
    var reach = 48 * count + 64
    while true {
      let end = boundary(in: text, atOrAfter: min(total, span.byteRange.upperBound + reach))
      let words = TextFolding.words(document.text(in: span.byteRange.upperBound..<end))
      if words.count > count || end >= total {
        return words.prefix(count).map { shifted($0, by: span.byteRange.upperBound) }
      }
      reach *= 2
    }
  }

  /// The sort key of a context: its folded words from the match outwards, so lines sort by the nearest word
  /// first, then the next, whatever width the view shows.
  static func sortKey(_ words: [TextFolding.Word]) -> Value {
    .string(words.map(\.folded).joined(separator: "\u{1}"))
  }

  /// How many words a context's sort key reads.
  static let sortWords = 8

  /// The first byte offset at or after `offset` that starts a character.
  private static func boundary(in text: String, atOrAfter offset: Int) -> Int {
    let utf8 = text.utf8
    var position = offset
    var index = utf8.index(utf8.startIndex, offsetBy: position)
    while index < utf8.endIndex, utf8[index] & 0xC0 == 0x80 {
      position += 1
      index = utf8.index(after: index)
    }
    return position
  }

  private static func shifted(_ word: TextFolding.Word, by offset: Int) -> TextFolding.Word {
    TextFolding.Word(folded: word.folded, byteRange: (word.byteRange.lowerBound + offset)..<(word.byteRange.upperBound + offset))
  }
}
