/// Turns a file's bytes into text, or says why they are not text.
enum TextDecoder {
  enum Outcome {
    case text(String, invalidByteOffset: Int?)
    case empty
    case binary
  }

  /// Decodes UTF-8, dropping a byte-order mark. Invalid sequences become U+FFFD and the first one's
  /// byte offset is returned so the loader can warn about it. A NUL byte marks the file as binary.
  static func decode(_ bytes: [UInt8]) -> Outcome {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
    if body.contains(0) { return .binary }
    let invalidOffset = firstInvalidUTF8Offset(body).map { $0 + (bytes.count - body.count) }
    return .text(String(decoding: body, as: UTF8.self), invalidByteOffset: invalidOffset)
  }

  private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
