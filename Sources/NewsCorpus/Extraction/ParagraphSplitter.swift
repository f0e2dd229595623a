/// Splits a document into paragraphs: each non-blank line, trimmed of surrounding white space.
enum ParagraphSplitter {
  static func split(_ bytes: [UInt8]) -> [Range<Int>] {
    var paragraphs: [Range<Int>] = []
    var lineStart = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
      let trimmed = ByteText.trimmed(bytes, lineStart..<index)
      if !trimmed.isEmpty { paragraphs.append(trimmed) }
      lineStart = index + 1
    }
    return paragraphs
  }
}
