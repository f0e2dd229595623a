import NewsCorpus

/// Turns one input into a nearby one, deterministically from its random generator: the mutation run of
/// the test suite and `newsq-fuzz TARGET --inputs N` reach the same inputs from the same seed.
public struct Mutator: Sendable {
  /// One way to change an input; named so that a reader can see what the run tries.
  struct Operation: Sendable {
    let name: String
    let apply: @Sendable (inout [UInt8], inout SplitMix64, [[UInt8]]) -> Void
  }

  public private(set) var random: SplitMix64
  private let dictionary: [[UInt8]]
  /// The longest input a mutation makes; longer ones are cut, as libFuzzer's -max_len does.
  public let maximumLength: Int

  public init(seed: UInt64, dictionary: [String], maximumLength: Int = 8_192) {
    random = SplitMix64(seed: seed)
    self.dictionary = dictionary.map { Array($0.utf8) }
    self.maximumLength = maximumLength
  }

  /// `input` changed by one to four operations.
  public mutating func mutate(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let operation = Self.operations[Int.random(in: 0..<Self.operations.count, using: &random)]
      operation.apply(&bytes, &random, dictionary)
    }
    if bytes.count > maximumLength { bytes.removeSubrange(maximumLength...) }
    return bytes
  }

  static let operations: [Operation] = [
    Operation(name: "insert a dictionary word") { bytes, random, dictionary in
      guard let word = dictionary.randomElement(using: &random) else { return }
      bytes.insert(contentsOf: word, at: Int.random(in: 0...bytes.count, using: &random))
    },
    Operation(name: "replace a span with a dictionary word") { bytes, random, dictionary in
      guard let word = dictionary.randomElement(using: &random) else { return }
      let span = randomSpan(bytes.count, upTo: 12, &random)
      bytes.replaceSubrange(span, with: word)
    },
    Operation(name: "delete a span") { bytes, random, _ in
      bytes.removeSubrange(randomSpan(bytes.count, upTo: 64, &random))
    },
    Operation(name: "duplicate a span") { bytes, random, _ in
      let span = randomSpan(bytes.count, upTo: 256, &random)
      bytes.insert(contentsOf: Array(bytes[span]), at: Int.random(in: 0...bytes.count, using: &random))
    },
    Operation(name: "set a random byte") { bytes, random, _ in
      guard !bytes.isEmpty else { return }
      bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
    },
    Operation(name: "flip the case of a letter") { bytes, random, _ in
      guard !bytes.isEmpty else { return }
      let index = Int.random(in: 0..<bytes.count, using: &random)
      if (0x41...0x5A).contains(bytes[index]) || (0x61...0x7A).contains(bytes[index]) { bytes[index] ^= 0x20 }
    },
    Operation(name: "cut the input") { bytes, random, _ in
      bytes.removeSubrange(Int.random(in: 0...bytes.count, using: &random)...)
    },
    Operation(name: "swap two words") { bytes, random, _ in
      let words = wordRanges(bytes)
      guard words.count >= 2 else { return }
      let first = words[Int.random(in: 0..<words.count, using: &random)]
      let second = words[Int.random(in: 0..<words.count, using: &random)]
      guard first.upperBound <= second.lowerBound else { return }
      let swapped = Array(bytes[second]) + Array(bytes[first.upperBound..<second.lowerBound]) + Array(bytes[first])
      bytes.replaceSubrange(first.lowerBound..<second.upperBound, with: swapped)
    },
  ]

  /// A range of at most `limit` bytes inside `0..<count` (empty when count is 0).
  static func randomSpan(_ count: Int, upTo limit: Int, _ random: inout SplitMix64) -> Range<Int> {
    guard count > 0 else { return 0..<0 }
    let start = Int.random(in: 0..<count, using: &random)
    let length = Int.random(in: 0...min(limit, count - start), using: &random)
    return start..<(start + length)
  }

  /// The runs of bytes between ASCII spaces and newlines.
  static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start: Int?
    for (index, byte) in bytes.enumerated() {
      let isSpace = byte == 0x20 || byte == 0x0A
      if isSpace, let begun = start {
        ranges.append(begun..<index)
        start = nil
      } else if !isSpace, start == nil {
        start = index
      }
    }
    if let begun = start { ranges.append(begun..<bytes.count) }
    return ranges
  }
}
