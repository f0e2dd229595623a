/// Ids grouped by a key id (mentions by sentence, quotations by sentence) in two flat arrays, as a
/// compressed sparse row: no dictionary entry nor array object per key, which for millions of
/// sentences is most of the memory such a map takes.
struct IDLists: Sendable {
  /// The values of key `k` are `values[starts[k]..<starts[k + 1]]`.
  private var starts: [Int32] = [0]
  private var values: [Int32] = []
  /// Pairs whose key is negative, which the flat arrays cannot hold.
  private var negative: [Int: [Int]] = [:]

  init() {}

  /// Groups `pairs` (key, value) by key, each group's values in the order given.
  init(_ pairs: some Collection<(Int, Int)>) {
    let keyCount = (pairs.lazy.map(\.0).max() ?? -1) + 1
    var counts = [Int32](repeating: 0, count: keyCount + 1)
    for (key, value) in pairs {
      if key >= 0 { counts[key + 1] += 1 } else { negative[key, default: []].append(value) }
    }
    for key in 0..<keyCount { counts[key + 1] += counts[key] }
    starts = counts
    var next = Array(counts.dropLast())
    values = [Int32](repeating: 0, count: Int(counts[keyCount]))
    for (key, value) in pairs where key >= 0 {
      values[Int(next[key])] = Int32(value)
      next[key] += 1
    }
  }

  /// The values of `key` in the order given, nil when it has none (as a dictionary of lists answers).
  subscript(key: Int) -> [Int]? {
    guard key >= 0 else { return negative[key] }
    guard key + 1 < starts.count else { return nil }
    let range = Int(starts[key])..<Int(starts[key + 1])
    return range.isEmpty ? nil : values[range].map(Int.init)
  }
}
