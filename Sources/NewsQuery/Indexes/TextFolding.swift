import Foundation

/// Case- and accent-insensitive words, so "muller" finds "Müller" and "NATO" finds "Nato".
///
/// Text is cut into words (letters and digits, with their combining marks); punctuation separates words.
/// The word index, `contains`, concordance and context all use these same words, so they agree.
enum TextFolding {
  /// A word of a text: its folded form and its UTF-8 byte range in the text.
  struct Word: Sendable, Hashable {
    var folded: String
    var byteRange: Range<Int>
  }

  /// `text` folded: lowercase, without accents. ASCII takes a fast path.
  static func fold(_ text: some StringProtocol) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    guard folded.unicodeScalars.contains(where: { letterFolds[$0] != nil }) else { return folded }
    var result = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      if let replacement = letterFolds[scalar] { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
    }
    return String(result)
  }

  /// Letters with a stroke or ligature that Unicode does not decompose, as a reader would type them.
  private static let letterFolds: [Unicode.Scalar: String] = [
    "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d",
  ]

  /// The words of `text`, in order.
  static func words(_ text: some StringProtocol) -> [Word] {
    var result: [Word] = []
    forEachWord(in: text) { result.append(Word(folded: $0, byteRange: $1)) }
    return result
  }

  /// Calls `body` with each word of `text`, folded, and its byte range — the one scanner every word
  /// of newsq comes from. ASCII words are lowercased in a reused buffer; others go through `fold`.
  static func forEachWord(in text: some StringProtocol, _ body: (String, Range<Int>) -> Void) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(32)
    var scalars = String.UnicodeScalarView()
    var isASCII = true
    var wordStart = -1
    var offset = 0
    func finish(at end: Int) {
      guard wordStart >= 0 else { return }
      body(isASCII ? String(decoding: buffer, as: UTF8.self) : fold(String(scalars)), wordStart..<end)
      wordStart = -1
      buffer.removeAll(keepingCapacity: true)
      scalars.removeAll()
      isASCII = true
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
          if wordStart < 0 { wordStart = offset }
          let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
          buffer.append(lower)
          scalars.append(Unicode.Scalar(lower))
        } else {
          finish(at: offset)
        }
        offset += 1
        continue
      }
      if isWordScalar(scalar) || (wordStart >= 0 && isMark(scalar)) {
        if wordStart < 0 { wordStart = offset }
        isASCII = false
        scalars.append(scalar)
      } else {
        finish(at: offset)
      }
      offset += UTF8.width(scalar)
    }
    finish(at: offset)
  }

  /// `forEachWord` over UTF-8 bytes, for building indexes: calls `body` with each word's folded bytes,
  /// their `WordTable.hash` and the word's byte range in `bytes`. The same words as `forEachWord`; a lowercase ASCII word is handed over
  /// as it stands in `bytes`, one with capitals lowercased into a reused buffer, and only a word that
  /// is not ASCII makes a String.
  static func forEachWord(
    inBytes bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UInt64, Range<Int>) -> Void
  ) {
    let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    var buffer: [UInt8] = []
    buffer.reserveCapacity(64)
    var hash = offsetBasis
    var wordStart = -1
    var hasUpper = false
    var isASCII = true
    func finish(at end: Int) {
      guard wordStart >= 0 else { return }
      let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
      let range = wordStart..<end
      if isASCII && !hasUpper {
        body(word, hash, range)
      } else {
        buffer.removeAll(keepingCapacity: true)
        for byte in word { buffer.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) }
        if isASCII {
          buffer.withUnsafeBufferPointer { body($0, hash, range) }
        } else {
          // The word's scalars with ASCII letters lowered, as `forEachWord` hands them to `fold`.
          var folded = fold(String(decoding: buffer, as: UTF8.self))
          folded.withUTF8 { body($0, WordTable.hash($0), range) }
        }
      }
      wordStart = -1
      isASCII = true
      hasUpper = false
      hash = offsetBasis
    }
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
          let isUpper = (0x41...0x5A).contains(byte)
          if wordStart < 0 { wordStart = index }
          hasUpper = hasUpper || isUpper
          hash = (hash ^ UInt64(isUpper ? byte + 0x20 : byte)) &* 0x100_0000_01b3
        } else {
          finish(at: index)
        }
        index += 1
        continue
      }
      let (scalar, width) = decodeScalar(bytes, at: index)
      if isWordScalar(scalar) || (wordStart >= 0 && isMark(scalar)) {
        if wordStart < 0 { wordStart = index }
        isASCII = false
      } else {
        finish(at: index)
      }
      index += width
    }
    finish(at: count)
  }

  /// Where the word starting at `start` ends in `bytes`: past its last letter, digit or combining mark, as
  /// `forEachWord(inBytes:)` cuts it.
  static func wordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard isASCIIWordByte(byte) else { return index }
        index += 1
        continue
      }
      let (scalar, width) = decodeScalar(bytes, at: index)
      guard isWordScalar(scalar) || isMark(scalar) else { return index }
      index += width
    }
    return index
  }

  /// Where the next word starts at or after `offset` in `bytes`, or the end.
  static func nextWordStart(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    var index = offset
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if isASCIIWordByte(byte) { return index }
        index += 1
        continue
      }
      let (scalar, width) = decodeScalar(bytes, at: index)
      if isWordScalar(scalar) { return index }
      index += width
    }
    return index
  }

  @inline(__always)
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
  }

  /// The scalar a valid UTF-8 sequence starts at `index` with, and its width (U+FFFD, 1 past the end).
  private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in 1..<width { value = (value << 6) | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }

  /// The folded words of `text`, for a phrase a query gives.
  static func foldedWords(_ text: some StringProtocol) -> [String] {
    var result: [String] = []
    forEachWord(in: text) { word, _ in result.append(word) }
    return result
  }

  /// The byte ranges in `text` where the words of `phrase` occur one after another.
  static func occurrences(of phrase: [String], in text: some StringProtocol) -> [Range<Int>] {
    guard !phrase.isEmpty else { return [] }
    let words = words(text)
    guard words.count >= phrase.count else { return [] }
    var found: [Range<Int>] = []
    for start in 0...(words.count - phrase.count)
    where (0..<phrase.count).allSatisfy({ words[start + $0].folded == phrase[$0] }) {
      found.append(words[start].byteRange.lowerBound..<words[start + phrase.count - 1].byteRange.upperBound)
    }
    return found
  }

  /// Whether the words of `phrase` occur one after another in `text`.
  static func contains(_ phrase: [String], in text: some StringProtocol) -> Bool {
    contains(phrase, inWords: foldedWords(text))
  }

  /// Whether the words of `phrase` occur one after another in `words` (a text's folded words).
  static func contains(_ phrase: [String], inWords words: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
      if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
