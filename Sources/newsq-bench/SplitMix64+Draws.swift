import NewsCorpus

/// The generator's draws: plain modulo, which the corpus generator's bounds make harmless.
extension SplitMix64 {
  /// A number in `0..<bound` (bound > 0).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// A number in 0..<1.
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
