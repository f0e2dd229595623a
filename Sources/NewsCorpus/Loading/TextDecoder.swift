/// Turns a file's bytes into text, or says why they are not text.
enum TextDecoder {
  enum Outcome {
    case text(String, invalidByteOffset: Int?)
    case empty
    /// Not text; `reason` says why, for the message ("contains NUL bytes").
    case binary(reason: String)
  }

  /// The same as `Outcome`, the text given as its UTF-8 bytes: a JSONL file is cut into records over
  /// its bytes, so that it is never held a second time as one String.
  enum BytesOutcome {
    case bytes(ArraySlice<UInt8>, invalidByteOffset: Int?)
    case empty
    case binary(reason: String)
  }

  /// Decodes text in the encoding its byte-order mark names (UTF-16 or UTF-32, either byte order), else
  /// UTF-8, dropping the mark. Invalid sequences become U+FFFD and the first one's byte offset in the file
  /// is returned so the loader can warn about it. A NUL byte marks the file as binary.
  static func decode(_ bytes: [UInt8]) -> Outcome {
    switch decodeBytes(bytes) {
    case .empty: return .empty
    case .binary(let reason): return .binary(reason: reason)
    case .bytes(let text, let invalidOffset):
      return .text(String(decoding: text, as: UTF8.self), invalidByteOffset: invalidOffset)
    }
  }

  /// `decode` as UTF-8 bytes: valid UTF-8 as it is (without a byte-order mark), anything else transcoded or
  /// repaired the way `decode` does it.
  static func decodeBytes(_ bytes: [UInt8]) -> BytesOutcome {
    let encoding = TextEncoding.of(bytes)
    guard encoding != .utf8 else { return decodeUTF8(bytes) }
    let (text, invalidOffset) = encoding.transcode(bytes)
    switch inspect(text) {
    case .empty: return .empty
    case .binary(let reason): return .binary(reason: reason)
    case .text(let body, _): return .bytes(text[body...], invalidByteOffset: invalidOffset)
    }
  }

  private static func decodeUTF8(_ bytes: [UInt8]) -> BytesOutcome {
    switch inspect(bytes) {
    case .empty: return .empty
    case .binary(let reason): return .binary(reason: reason)
    case .text(let body, nil): return .bytes(bytes[body...], invalidByteOffset: nil)
    case .text(let body, let invalidOffset):
      return .bytes(ArraySlice(String(decoding: bytes[body...], as: UTF8.self).utf8), invalidByteOffset: invalidOffset)
    }
  }

  private enum Inspection {
    case text(bodyStart: Int, invalidByteOffset: Int?)
    case empty
    case binary(reason: String)
  }

  private static func inspect(_ bytes: [UInt8]) -> Inspection {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = bytes[start...]
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
    if body.contains(0) {
      guard let encoding = TextEncoding.unmarkedUTF16(body) else { return .binary(reason: "contains NUL bytes") }
      return .binary(
        reason: "contains NUL bytes; it looks like \(encoding.rawValue) text without a byte-order mark: "
          + "save it as UTF-8, or as UTF-16 with a byte-order mark")
    }
    return .text(bodyStart: start, invalidByteOffset: firstInvalidUTF8Offset(body).map { $0 + start })
  }

  /// The offset in `bytes` of the first byte that starts no valid UTF-8 sequence; ASCII runs are
  /// skipped eight bytes at a time.
  private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBytes { raw -> Int? in
      var offset = 0
      let count = raw.count
      while offset < count {
        if offset + 8 <= count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          offset += 8
          continue
        }
        let lead = raw[offset]
        if lead < 0x80 {
          offset += 1
          continue
        }
        let width = lead >= 0xF5 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard width > 0, let value = scalarValue(raw, offset, width), isValid(value, width: width) else { return offset }
        offset += width
      }
      return nil
    }
  }

  /// The scalar value of the `width`-byte sequence at `offset`, nil if its continuation bytes are not.
  private static func scalarValue(_ raw: UnsafeRawBufferPointer, _ offset: Int, _ width: Int) -> UInt32? {
    guard offset + width <= raw.count else { return nil }
    var value = UInt32(raw[offset]) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for index in 1..<width {
      let byte = raw[offset + index]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return value
  }

  /// Whether a decoded value is a scalar in its shortest form: no overlong form, surrogate or value past U+10FFFF.
  private static func isValid(_ value: UInt32, width: Int) -> Bool {
    switch width {
    case 2: return value >= 0x80
    case 3: return value >= 0x800 && !(0xD800...0xDFFF).contains(value)
    default: return value >= 0x1_0000 && value <= 0x10_FFFF
    }
  }
}
