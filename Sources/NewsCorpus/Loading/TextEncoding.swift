/// The encodings a file of articles may be in: UTF-8, or UTF-16 or UTF-32 named by a byte-order mark (as Windows
/// tools save "Unicode" text). Text without a mark is read as UTF-8.
enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case utf32LittleEndian = "UTF-32LE"
  case utf32BigEndian = "UTF-32BE"

  /// The byte-order marks, UTF-32's before UTF-16's, whose little-endian mark begins UTF-32LE's.
  private static let marks: [(TextEncoding, [UInt8])] = [
    (.utf32LittleEndian, [0xFF, 0xFE, 0x00, 0x00]), (.utf32BigEndian, [0x00, 0x00, 0xFE, 0xFF]),
    (.utf16LittleEndian, [0xFF, 0xFE]), (.utf16BigEndian, [0xFE, 0xFF]),
  ]

  /// The encoding `bytes` announce by their byte-order mark; UTF-8 when they have none (or UTF-8's).
  static func of(_ bytes: [UInt8]) -> TextEncoding {
    marks.first { bytes.starts(with: $0.1) }?.0 ?? .utf8
  }

  /// The byte-order mark's length and the bytes per code unit.
  private var markLength: Int { unitWidth }
  private var unitWidth: Int {
    switch self {
    case .utf8: return 1
    case .utf16LittleEndian, .utf16BigEndian: return 2
    case .utf32LittleEndian, .utf32BigEndian: return 4
    }
  }

  private var isLittleEndian: Bool { self == .utf16LittleEndian || self == .utf32LittleEndian }

  /// `bytes` (a UTF-16 or UTF-32 file, mark included) as UTF-8 without the mark; a unit that is no scalar (an
  /// unpaired surrogate, a value past U+10FFFF, a last unit cut short) becomes U+FFFD, and the file offset of
  /// the first such unit is returned.
  func transcode(_ bytes: [UInt8]) -> (utf8: [UInt8], invalidByteOffset: Int?) {
    var units: [UInt32] = []
    units.reserveCapacity(bytes.count / unitWidth)
    var offset = markLength
    while offset + unitWidth <= bytes.count {
      let unit = bytes[offset..<offset + unitWidth].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      units.append(isLittleEndian ? unit.byteSwapped >> (32 - 8 * UInt32(unitWidth)) : unit)
      offset += unitWidth
    }
    var result = unitWidth == 2 ? decodeUTF16(units) : decodeUTF32(units)
    if offset < bytes.count {
      result.utf8 += [0xEF, 0xBF, 0xBD]
      result.invalidByteOffset = result.invalidByteOffset ?? offset
    }
    return result
  }

  private func decodeUTF16(_ units: [UInt32]) -> (utf8: [UInt8], invalidByteOffset: Int?) {
    var iterator = units.lazy.map { UInt16(truncatingIfNeeded: $0) }.makeIterator()
    var decoder = UTF16()
    var utf8: [UInt8] = []
    utf8.reserveCapacity(units.count)
    var unitIndex = 0
    var invalid: Int?
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        UTF8.encode(scalar) { utf8.append($0) }
        unitIndex += UTF16.width(scalar)
      case .error:
        utf8 += [0xEF, 0xBF, 0xBD]
        invalid = invalid ?? markLength + unitIndex * 2
        unitIndex += 1
      case .emptyInput:
        return (utf8, invalid)
      }
    }
  }

  private func decodeUTF32(_ units: [UInt32]) -> (utf8: [UInt8], invalidByteOffset: Int?) {
    var utf8: [UInt8] = []
    var invalid: Int?
    for (index, unit) in units.enumerated() {
      guard let scalar = Unicode.Scalar(unit) else {
        utf8 += [0xEF, 0xBF, 0xBD]
        invalid = invalid ?? markLength + index * 4
        continue
      }
      UTF8.encode(scalar) { utf8.append($0) }
    }
    return (utf8, invalid)
  }

  /// UTF-16 (either byte order) when text without a byte-order mark looks like it: in its first kilobytes, most
  /// code units have a NUL in one byte (ASCII letters) and almost none in the other. Such a file is not decoded,
  /// since a guess can be wrong, but its message says what it probably is.
  static func unmarkedUTF16(_ bytes: ArraySlice<UInt8>) -> TextEncoding? {
    let sample = Array(bytes.prefix(4096))
    let pairs = sample.count / 2
    guard pairs >= 2 else { return nil }
    var zeros = (even: 0, odd: 0)
    for index in 0..<pairs * 2 where sample[index] == 0 {
      if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    if zeros.odd * 2 >= pairs && zeros.even * 10 < pairs { return .utf16LittleEndian }
    if zeros.even * 2 >= pairs && zeros.odd * 10 < pairs { return .utf16BigEndian }
    return nil
  }
}
