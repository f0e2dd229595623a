import NewsCorpus

/// The draws `sample N seed S` makes: the same sample from the same seed everywhere.
extension SplitMix64 {
  /// A draw in 0..<bound without the modulo's bias.
  mutating func below(_ bound: Int) -> Int {
    let limit = UInt64(bound)
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }

  /// `count` distinct indices of `0..<total`, in increasing order (Floyd's algorithm: `count` draws, whatever
  /// the total).
  mutating func choose(_ count: Int, of total: Int) -> [Int] {
    guard count < total else { return Array(0..<total) }
    var chosen = Set<Int>()
    for upper in (total - count)..<total {
      let draw = below(upper + 1)
      chosen.insert(chosen.contains(draw) ? upper : draw)
    }
    return chosen.sorted()
  }
}
