/// Small helpers for scanning UTF-8 text as bytes, which keeps extraction linear and offsets exact.
///
/// Text normalisation happens here, as a view: no-break, thin and other Unicode spaces, CR of CRLF
/// and a stray byte-order mark count as white space while scanning, but `Document.text` keeps the
/// input's bytes, so every offset points into the original.
enum ByteText {
  /// The width in bytes of the white space (ASCII, no-break, thin, em, ideographic, BOM) at `index`, or 0.
  @inline(__always)
  static func spaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    // ASCII, most bytes, answered in the caller's loop: space, tab, LF, VT, FF, CR.
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    return multiByteSpaceWidth(bytes, at: index)
  }

  private static func multiByteSpaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 { return 2 }
    guard index + 2 < bytes.count else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    if byte == 0xE2, second == 0x80, (0x80...0x8B).contains(third) || third == 0xAF || third == 0xA8 || third == 0xA9 {
      return 3
    }
    if byte == 0xE2, second == 0x81, third == 0x9F || third == 0xA0 { return 3 }
    if byte == 0xE3, second == 0x80, third == 0x80 { return 3 }
    if byte == 0xEF, second == 0xBB, third == 0xBF { return 3 }
    return 0
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whether the byte before `index` ends white space (or `index` is at `lower`).
  static func followsSpace(_ bytes: [UInt8], _ index: Int, lower: Int) -> Bool {
    guard index > lower else { return true }
    if isSpace(bytes[index - 1]) { return true }
    if index - 2 >= lower, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xA0 { return true }
    if index - 3 >= lower, spaceWidth(bytes, at: index - 3) == 3 { return true }
    return false
  }

  /// `range` without leading and trailing white space of any kind `spaceWidth` knows.
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      let width = spaceWidth(bytes, at: lower)
      guard width > 0, lower + width <= upper else { break }
      lower += width
    }
    while upper > lower {
      if isSpace(bytes[upper - 1]) {
        upper -= 1
      } else if upper - 2 >= lower, spaceWidth(bytes, at: upper - 2) == 2 {
        upper -= 2
      } else if upper - 3 >= lower, spaceWidth(bytes, at: upper - 3) == 3 {
        upper -= 3
      } else {
        break
      }
    }
    return lower..<upper
  }

  static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  @inline(__always)
  static func isUppercaseLetter(at index: Int, in bytes: [UInt8]) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
    guard byte >= 0xC0 else { return false }
    return decode(bytes, at: index).0.properties.isUppercase
  }

  @inline(__always)
  static func isLetterOrDigit(at index: Int, in bytes: [UInt8]) -> Bool {
    guard index >= 0, index < bytes.count else { return false }
    let byte = bytes[index]
    if byte < 0x80 {
      return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
    guard byte >= 0xC0 else { return false }
    return decode(bytes, at: index).0.properties.isAlphabetic
  }

  /// The scalar starting at `index` and its width in bytes; an invalid byte reads as U+FFFD, width 1.
  @inline(__always)
  static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    return multiByteDecode(bytes, at: index)
  }

  private static func multiByteDecode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard width > 1, index + width <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in 1..<width {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = (value << 6) | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
    return (scalar, width)
  }
}
