extension Int32 {
  /// An id or byte offset as a column holds it; -1 for nil. Ids and offsets within a document fit in 31
  /// bits (`Corpus.imageLimit`).
  init(column value: Int?) { self = value.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
}

extension Int {
  /// A column's value as an optional id: nil for a negative one.
  init?(column value: Int32) {
    guard value >= 0 else { return nil }
    self = Int(value)
  }
}

extension CaseIterable where Self: Equatable {
  /// The case as a column holds it: its place among `allCases` plus one, 0 for nil.
  static func code(_ value: Self?, in cases: [Self]) -> UInt8 {
    value.flatMap { cases.firstIndex(of: $0) }.map { UInt8(truncatingIfNeeded: $0 + 1) } ?? 0
  }

  /// The case a column's code stands for.
  static func decode(_ code: UInt8, in cases: [Self]) -> Self? {
    code == 0 || Int(code) > cases.count ? nil : cases[Int(code) - 1]
  }
}
