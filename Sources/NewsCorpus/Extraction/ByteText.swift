/// Small helpers for scanning UTF-8 text as bytes, which keeps extraction linear and offsets exact.
enum ByteText {
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// `range` without leading and trailing ASCII white space or no-break spaces.
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      if isSpace(bytes[lower]) {
        lower += 1
      } else if lower + 1 < upper, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 {
        lower += 2
      } else {
        break
      }
    }
    while upper > lower {
      if isSpace(bytes[upper - 1]) {
        upper -= 1
      } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
        upper -= 2
      } else {
        break
      }
    }
    return lower..<upper
  }

  static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  static func isUppercaseLetter(at index: Int, in bytes: [UInt8]) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
    guard byte >= 0xC0, let scalar = scalar(at: index, in: bytes) else { return false }
    return scalar.properties.isUppercase
  }

  static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// The scalar starting at `index` and its width in bytes; an invalid byte reads as U+FFFD, width 1.
  static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard width > 1, index + width <= bytes.count, let scalar = scalar(at: index, in: bytes) else {
      return ("\u{FFFD}", 1)
    }
    return (scalar, width)
  }
}
