/// Values by token index of one paragraph, answering as a `[Int: Value]` would, in an array: the
/// name and entity maps are read at nearly every token, where hashing an Int cost more than the rest.
struct TokenMap<Value> {
  private var values: [Value?]

  init(count: Int) { values = Array(repeating: nil, count: max(0, count)) }

  subscript(index: Int) -> Value? {
    get { index >= 0 && index < values.count ? values[index] : nil }
    set {
      guard index >= 0 else { return }
      if index >= values.count { values += Array(repeating: nil, count: index + 1 - values.count) }
      values[index] = newValue
    }
  }
}

/// Token indices of one paragraph, as a `Set<Int>` would hold them, as one flag per token.
struct TokenSet {
  private var flags: [Bool]

  init(count: Int) { flags = Array(repeating: false, count: max(0, count)) }

  func contains(_ index: Int) -> Bool { index >= 0 && index < flags.count && flags[index] }

  mutating func insert(_ index: Int) {
    guard index >= 0 else { return }
    if index >= flags.count { flags += Array(repeating: false, count: index + 1 - flags.count) }
    flags[index] = true
  }
}
