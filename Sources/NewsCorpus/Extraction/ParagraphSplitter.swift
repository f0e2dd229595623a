/// Splits a document into paragraphs: each non-blank line (LF, CRLF or CR), trimmed of white space.
enum ParagraphSplitter {
  static func split(_ bytes: [UInt8]) -> [Range<Int>] {
    var paragraphs: [Range<Int>] = []
    var lineStart = 0
    var index = 0
    while index <= bytes.count {
      let atBreak = index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D
        || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
      if atBreak {
        let trimmed = ByteText.trimmed(bytes, lineStart..<index)
        if !trimmed.isEmpty { paragraphs.append(trimmed) }
        let width = index < bytes.count && bytes[index] == 0xE2 ? 3 : 1
        lineStart = index + width
        index += width
      } else {
        index += 1
      }
    }
    return paragraphs
  }
}
