/// Folded word → the sorted ids of the items whose text holds it. A phrase intersects its words'
/// postings; the caller then verifies that the words are adjacent, on those few items only.
struct WordIndex: Sendable {
  private(set) var postings: [String: [Int32]] = [:]

  init() {}

  /// Indexes `texts(id)` for every id of `ids`, in increasing order.
  init(ids: some Sequence<Int>, text: (Int) -> Substring) {
    for id in ids {
      let posting = Int32(id)
      TextFolding.forEachWord(in: text(id)) { word, _ in
        postings[word, default: []].appendUnlessLast(posting)
      }
    }
  }

  /// Ids of items holding every word of `phrase` (a superset of those holding the phrase itself).
  func candidates(for phrase: [String]) -> [Int] {
    guard !phrase.isEmpty else { return [] }
    let lists = Set(phrase).map { postings[$0] ?? [] }.sorted { $0.count < $1.count }
    guard var result = lists.first else { return [] }
    for list in lists.dropFirst() {
      result = SortedIDs.intersect(result, list)
      if result.isEmpty { break }
    }
    return result.map(Int.init)
  }

  /// How many items hold `word`: the size of its posting list, which `explain` reports.
  func count(of word: String) -> Int { postings[word]?.count ?? 0 }
}

extension Array where Element == Int32 {
  /// Appends `id` unless it is already the last element: ids arrive in increasing order, so this
  /// keeps a posting list free of repeats without a set per item.
  fileprivate mutating func appendUnlessLast(_ id: Int32) {
    if last != id { append(id) }
  }
}

/// Operations on sorted, duplicate-free id lists.
enum SortedIDs {
  static func intersect<T: Comparable>(_ a: [T], _ b: [T]) -> [T] {
    var result: [T] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] < b[j] {
        i += 1
      } else if b[j] < a[i] {
        j += 1
      } else {
        result.append(a[i])
        i += 1
        j += 1
      }
    }
    return result
  }

  static func union(_ lists: [[Int]]) -> [Int] {
    Array(Set(lists.joined())).sorted()
  }
}
