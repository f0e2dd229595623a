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
