import Testing

@testable import NewsCorpus

/// The decoder's own UTF-8 check (ASCII eight bytes at a time) against the standard library's decoder.
@Suite("Text decoding")
struct TextDecoderTests {
  /// The offset of the first byte the standard decoder rejects, after a byte-order mark.
  static func standardInvalidOffset(_ bytes: [UInt8]) -> Int? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var iterator = bytes[start...].makeIterator()
    var decoder = UTF8()
    var offset = start
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  static let sequences: [[UInt8]] = [
    Array("plain ASCII text that runs past eight bytes".utf8), Array("Müller — “quoted” 𝄞 end".utf8),
    [0xEF, 0xBB, 0xBF] + Array("after a BOM é".utf8), [0x41, 0xC3], [0x41, 0xC3, 0x41], [0xC0, 0x80], [0xC1, 0xBF],
    [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80],
    Array("12345678".utf8) + [0xE2, 0x80] + Array("abcdefgh".utf8), Array("abcdefg".utf8) + [0xE2, 0x80, 0x9C],
  ]

  @Test("the first invalid byte's offset is the standard decoder's", arguments: sequences)
  func invalidOffset(_ bytes: [UInt8]) {
    guard case .text(let text, let offset) = TextDecoder.decode(bytes) else {
      Issue.record("not text")
      return
    }
    #expect(offset == Self.standardInvalidOffset(bytes))
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    #expect(text == String(decoding: body, as: UTF8.self))
    guard case .bytes(let decodedBytes, offset) = TextDecoder.decodeBytes(bytes) else {
      Issue.record("decodeBytes differs")
      return
    }
    #expect(Array(decodedBytes) == Array(text.utf8))
  }

  /// Bytes opening with a UTF-16 or UTF-32 byte-order mark are read as that encoding (InputFileTests), so they
  /// are left out; the draws come from a fixed seed, so a failure is the same on every run.
  @Test("random bytes: the same offset as the standard decoder")
  func randomBytes() {
    var generator = SplitMix64(seed: 0x5EED_DEC0_DE)
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...24, using: &generator)
      let bytes = (0..<count).map { _ in
        Bool.random(using: &generator) ? UInt8.random(in: 0x01...0x7F, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
      }
      guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { continue }
      guard case .text(_, let offset) = TextDecoder.decode(bytes) else { continue }
      #expect(offset == Self.standardInvalidOffset(bytes), "\(bytes)")
    }
  }
}
