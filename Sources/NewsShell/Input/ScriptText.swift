/// Turns the bytes of a script (a `-f` file, `.read`, `~/.newsqrc`, piped input) into text, or says
/// exactly where it is not UTF-8 text, so a binary or mis-encoded file is refused before anything runs.
enum ScriptText {
  /// Why bytes are not a script.
  struct Problem: Error, Sendable, Hashable {
    var line: Int
    var column: Int
    var byteOffset: Int
    var message: String
  }

  static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
    var line = 1
    var column = 1
    var index = 0
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      start = 3
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0 {
        return .failure(
          Problem(
            line: line, column: column, byteOffset: index, message: "a NUL byte: this is a binary file, not a script"))
      }
      let length = sequenceLength(bytes, at: index)
      guard length > 0 else {
        let hex = String(byte, radix: 16, uppercase: false)
        return .failure(
          Problem(
            line: line, column: column, byteOffset: index,
            message: "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not UTF-8; scripts must be UTF-8 text"))
      }
      if byte == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += length
    }
    return .success(String(decoding: bytes[start...], as: UTF8.self))
  }

  /// The length of the well-formed UTF-8 sequence at `index`, or 0.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      let range = offset == 1 ? low...high : 0x80...0xBF
      guard range.contains(byte) else { return 0 }
    }
    return length
  }
}
