import Synchronization

/// Each record's list of the items that point at it — an entity's mentions, its quotations — derived from
/// the items' column the first time a list is asked for, instead of stored beside it.
///
/// A snapshot keeps only what it cannot derive: these lists are the items' column inverted, so storing them
/// would hold the same facts twice (at 100,000 articles, 24 MB), in memory after every load as well as in the
/// file. Inverting the column is one counting pass (tens of milliseconds at 100,000 articles), paid by the
/// first question that needs an entity's items, once.
public final class InverseLists: Sendable {
  /// The record each item points at; negative for none.
  private let keys: RawColumn<Int32>
  private let records: Int
  private let built = Mutex<Lists?>(nil)

  /// The lists of `records` records, from `keys`, the column giving each item's record.
  public init(keys: RawColumn<Int32>, records: Int) {
    self.keys = keys
    self.records = max(0, records)
  }

  /// The items pointing at record `index`, in increasing order; none for a record out of range.
  public subscript(index: Int) -> UnsafeBufferPointer<Int32> {
    lists().list(index)
  }

  private func lists() -> Lists {
    built.withLock { built in
      if let built { return built }
      let lists = Lists(keys: keys, records: records)
      built = lists
      return lists
    }
  }

  /// The inverted column: where each record's items start, then the items record by record.
  private final class Lists: Sendable {
    nonisolated(unsafe) private let starts: UnsafeMutableBufferPointer<Int>
    nonisolated(unsafe) private let items: UnsafeMutableBufferPointer<Int32>

    init(keys: RawColumn<Int32>, records: Int) {
      starts = .allocate(capacity: records + 1)
      starts.initialize(repeating: 0)
      for key in keys.buffer where key >= 0 && Int(key) < records { starts[Int(key) + 1] += 1 }
      for record in 0..<records { starts[record + 1] += starts[record] }
      items = .allocate(capacity: starts[records])
      var next = Array(starts)
      for (item, key) in keys.buffer.enumerated() where key >= 0 && Int(key) < records {
        items[next[Int(key)]] = Int32(truncatingIfNeeded: item)
        next[Int(key)] += 1
      }
    }

    deinit {
      starts.deallocate()
      items.deallocate()
    }

    func list(_ index: Int) -> UnsafeBufferPointer<Int32> {
      guard index >= 0, index + 1 < starts.count else { return UnsafeBufferPointer(start: nil, count: 0) }
      return UnsafeBufferPointer(rebasing: items[starts[index]..<starts[index + 1]])
    }
  }
}
