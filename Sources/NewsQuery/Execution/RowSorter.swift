/// `order by` and `top`: rows in the order of their keys, nulls last in either direction, ties in their earlier
/// order. Each row's keys are computed once and text keys folded once, not at every comparison; with a bound
/// (`top N`, `order by … limit N`) a heap of N rows is kept, so the work is O(n log N) rather than a full sort.
/// It asks for Ctrl-C every `stepsBetweenChecks` comparisons or keys, so a sort of a million rows stops at once.
struct RowSorter {
  /// One sort key of a row: its value and, for text, the value folded as `ValueComparison.order` compares it.
  struct Key {
    var value: Value
    var folded: String?

    init(_ value: Value) {
      self.value = value
      folded = ValueComparison.text(value).map(TextFolding.fold)
    }
  }

  /// A row with its keys and its place in the input, which breaks ties.
  struct Keyed {
    var offset: Int
    var row: Row
    var keys: [Key]
  }

  /// How many comparisons (or keys computed) pass between two questions to `isCancelled`.
  static let stepsBetweenChecks = 256

  /// For each key, whether it sorts descending.
  let descending: [Bool]
  let cancel: Cancellation
  /// Comparisons made so far: the test that `top N` costs O(n log N) counts them.
  private(set) var comparisons = 0
  private var stepsSinceCheck = 0

  init(descending: [Bool], cancel: Cancellation) {
    self.descending = descending
    self.cancel = cancel
  }

  /// `rows` in key order, the first `bound` of them only when a bound is given.
  mutating func sorted(_ rows: [Row], bound: Int?, keys: (Row) -> [Value]) throws(QueryError) -> [Row] {
    if let bound, bound < rows.count { return try heapSorted(rows, bound: bound, keys: keys) }
    var keyed: [Keyed] = []
    keyed.reserveCapacity(rows.count)
    for (offset, row) in rows.enumerated() {
      try step()
      keyed.append(Keyed(offset: offset, row: row, keys: keys(row).map(Key.init)))
    }
    try sort(&keyed)
    return keyed.map(\.row)
  }

  /// The `bound` first rows: a max-heap whose root is the last of the rows kept, replaced by any row before it.
  private mutating func heapSorted(_ rows: [Row], bound: Int, keys: (Row) -> [Value]) throws(QueryError) -> [Row] {
    guard bound > 0 else { return [] }
    var heap: [Keyed] = []
    heap.reserveCapacity(bound)
    for (offset, row) in rows.enumerated() {
      try step()
      let candidate = Keyed(offset: offset, row: row, keys: keys(row).map(Key.init))
      if heap.count < bound {
        heap.append(candidate)
        try siftUp(&heap, from: heap.count - 1)
      } else if try isBefore(candidate, heap[0]) {
        heap[0] = candidate
        try siftDown(&heap, from: 0)
      }
    }
    try sort(&heap)
    return heap.map(\.row)
  }

  private mutating func sort(_ keyed: inout [Keyed]) throws(QueryError) {
    var failure: QueryError?
    keyed.sort { a, b in
      guard failure == nil else { return false }
      do throws(QueryError) {
        return try isBefore(a, b)
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
  }

  private mutating func siftUp(_ heap: inout [Keyed], from start: Int) throws(QueryError) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard try isBefore(heap[parent], heap[child]) else { return }
      heap.swapAt(parent, child)
      child = parent
    }
  }

  private mutating func siftDown(_ heap: inout [Keyed], from start: Int) throws(QueryError) {
    var parent = start
    while true {
      var last = parent
      let left = 2 * parent + 1
      if left < heap.count, try isBefore(heap[last], heap[left]) { last = left }
      if left + 1 < heap.count, try isBefore(heap[last], heap[left + 1]) { last = left + 1 }
      guard last != parent else { return }
      heap.swapAt(parent, last)
      parent = last
    }
  }

  /// Whether `a` comes before `b`: key by key, nulls last, then the earlier row first.
  mutating func isBefore(_ a: Keyed, _ b: Keyed) throws(QueryError) -> Bool {
    comparisons += 1
    try step()
    for (index, isDescending) in descending.enumerated() {
      let lhs = a.keys[index]
      let rhs = b.keys[index]
      if lhs.value.isNull != rhs.value.isNull { return rhs.value.isNull }
      let order = Self.order(lhs, rhs)
      if order != 0 { return isDescending ? order > 0 : order < 0 }
    }
    return a.offset < b.offset
  }

  /// `ValueComparison.sortOrder`, reading text keys folded in advance.
  static func order(_ lhs: Key, _ rhs: Key) -> Int {
    guard let a = lhs.folded, let b = rhs.folded else { return ValueComparison.sortOrder(lhs.value, rhs.value) }
    if a != b { return a < b ? -1 : 1 }
    guard let rawA = ValueComparison.text(lhs.value), let rawB = ValueComparison.text(rhs.value) else { return 0 }
    return rawA < rawB ? -1 : (rawA > rawB ? 1 : 0)
  }

  private mutating func step() throws(QueryError) {
    stepsSinceCheck += 1
    guard stepsSinceCheck >= Self.stepsBetweenChecks else { return }
    stepsSinceCheck = 0
    try cancel.checkNow()
  }
}
