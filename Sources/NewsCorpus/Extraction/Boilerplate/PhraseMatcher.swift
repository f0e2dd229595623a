/// Finds which of many lowercase ASCII phrases occur in a text, in one pass over its bytes: each
/// position is looked up by its first two bytes, then only the phrases that start with them are compared.
struct PhraseMatcher {
  /// Every phrase's bytes, one after another: phrase `i` is `phraseBytes[phraseStarts[i]..<phraseStarts[i + 1]]`,
  /// so the scan compares against one buffer instead of retaining an array per candidate.
  private let phraseBytes: [UInt8]
  private let phraseStarts: [Int]
  /// For each two-byte prefix, where its phrases start in `phraseOrder` (a flat table: no hashing per byte).
  private let prefixStart: [Int32]
  private let phraseOrder: [Int]
  /// One bit per two-byte prefix that starts some phrase: 8 KB that stay in cache, read at every byte
  /// before the 256 KB table is.
  private let startsPhrase: [UInt64]
  /// One bit per hashed three-byte prefix of a phrase (and per two-byte phrase's prefix in
  /// `twoBytePhrases`): common pairs such as "re" or "on" start phrases, most of their triples do not.
  private let startsPhrase3: [UInt64]
  private let twoBytePhrases: [UInt64]
  private let hasTwoBytePhrases: Bool

  init(_ phrases: [String]) {
    let phrases = phrases.map { Array($0.utf8) }
    phraseBytes = phrases.flatMap { $0 }
    phraseStarts = phrases.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
    var lists = [[Int]](repeating: [], count: 65_537)
    for (index, phrase) in phrases.enumerated() where phrase.count >= 2 {
      lists[Int(phrase[0]) << 8 | Int(phrase[1])].append(index)
    }
    var starts = [Int32](repeating: 0, count: 65_537)
    var order: [Int] = []
    for key in 0..<65_536 {
      starts[key] = Int32(order.count)
      order += lists[key]
    }
    starts[65_536] = Int32(order.count)
    prefixStart = starts
    phraseOrder = order
    var bits = [UInt64](repeating: 0, count: 1024)
    for key in 0..<65_536 where starts[key + 1] > starts[key] { bits[key >> 6] |= 1 << UInt64(key & 63) }
    startsPhrase = bits
    var bits3 = [UInt64](repeating: 0, count: 1024)
    var short = [UInt64](repeating: 0, count: 1024)
    for phrase in phrases where phrase.count >= 2 {
      if phrase.count == 2 {
        let key = Int(phrase[0]) << 8 | Int(phrase[1])
        short[key >> 6] |= 1 << UInt64(key & 63)
      } else {
        let key = Self.hash3(phrase[0], phrase[1], phrase[2])
        bits3[key >> 6] |= 1 << UInt64(key & 63)
      }
    }
    startsPhrase3 = bits3
    twoBytePhrases = short
    hasTwoBytePhrases = phrases.contains { $0.count == 2 }
  }

  /// A three-byte prefix hashed to 16 bits.
  @inline(__always)
  private static func hash3(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    let key = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    return Int((key &* 0x9E37_79B1) >> 16)
  }

  /// The indices of the phrases found in `bytes[range]`, compared without regard to ASCII case, each
  /// once, in the order found.
  func matches(in bytes: [UInt8], _ range: Range<Int>) -> [Int] {
    var found: [Int] = []
    guard range.count >= 2 else { return found }
    var isFound = [Bool](repeating: false, count: phraseStarts.count - 1)
    bytes.withUnsafeBufferPointer { bytes in
      phraseBytes.withUnsafeBufferPointer { phraseBytes in
        var index = range.lowerBound
        while index + 1 < range.upperBound {
          let key = Int(Self.lower(bytes[index])) << 8 | Int(Self.lower(bytes[index + 1]))
          guard mayStartPhrase(bytes, at: index, before: range.upperBound, key: key) else {
            index += 1
            continue
          }
          for order in Int(prefixStart[key])..<Int(prefixStart[key + 1]) {
            let candidate = phraseOrder[order]
            guard !isFound[candidate] else { continue }
            let start = phraseStarts[candidate]
            let length = phraseStarts[candidate + 1] - start
            guard index + length <= range.upperBound else { continue }
            var offset = 2
            while offset < length, Self.lower(bytes[index + offset]) == phraseBytes[start + offset] { offset += 1 }
            if offset == length {
              isFound[candidate] = true
              found.append(candidate)
            }
          }
          index += 1
        }
      }
    }
    return found
  }

  /// Whether a phrase may start at `index`, whose two-byte prefix is `key`: by the bit tables only.
  @inline(__always)
  private func mayStartPhrase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int, key: Int) -> Bool {
    // The three-byte test first: it is rarely passed, so its branch is well predicted, where the
    // two-byte test passes at every common pair.
    if index + 2 < end {
      let key3 = Self.hash3(Self.lower(bytes[index]), Self.lower(bytes[index + 1]), Self.lower(bytes[index + 2]))
      if startsPhrase3[key3 >> 6] & (1 << UInt64(key3 & 63)) != 0 {
        return startsPhrase[key >> 6] & (1 << UInt64(key & 63)) != 0
      }
    }
    return hasTwoBytePhrases && twoBytePhrases[key >> 6] & (1 << UInt64(key & 63)) != 0
  }

  static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
