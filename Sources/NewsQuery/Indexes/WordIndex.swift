import NewsCorpus

/// Folded word → the sorted ids of the items whose text holds it. A phrase intersects its words'
/// postings; the caller then verifies that the words are adjacent, on those few items only.
///
/// Built over the items' UTF-8 bytes (`TextFolding.forEachWord(inBytes:)`), words interned in a
/// `WordTable`: no String per word. Large inputs are cut into consecutive pieces indexed on every
/// core, whose postings are then appended in order, so the index is the same whatever the cores.
struct WordIndex: Sendable {
  private var words = WordTable()
  /// Posting lists by word id.
  private var postings: [[Int32]] = []

  init() {}

  /// Indexes the bytes `withText(id, body)` gives `body` for every id of `ids`, in increasing order.
  init(ids: Range<Int>, withText: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
    let pieces = ids.count < 4096 ? [ids] : ParallelWork.chunks(of: ids.count, pieces: ParallelWork.pieces)
      .map { (ids.lowerBound + $0.lowerBound)..<(ids.lowerBound + $0.upperBound) }
    let parts = ParallelWork.map(pieces.count) { piece in
      var part = WordIndex()
      for id in pieces[piece] {
        let posting = Int32(id)
        withText(id) { bytes in
          TextFolding.forEachWord(inBytes: bytes) { word, hash in
            let wordID = part.words.insert(word, hash: hash)
            if wordID == part.postings.count { part.postings.append([]) }
            if part.postings[wordID].last != posting { part.postings[wordID].append(posting) }
          }
        }
      }
      return part
    }
    guard parts.count > 1 else {
      self = parts.first ?? WordIndex()
      return
    }
    for part in parts {
      for localID in 0..<part.words.count {
        let wordID = part.words.withWord(localID) { words.insert($0, hash: $1) }
        if wordID == postings.count { postings.append([]) }
        postings[wordID].append(contentsOf: part.postings[localID])
      }
    }
  }

  /// Ids of items holding every word of `phrase` (a superset of those holding the phrase itself).
  func candidates(for phrase: [String]) -> [Int] {
    guard !phrase.isEmpty else { return [] }
    let lists = Set(phrase).map { posting(of: $0) }.sorted { $0.count < $1.count }
    guard var result = lists.first else { return [] }
    for list in lists.dropFirst() {
      result = SortedIDs.intersect(result, list)
      if result.isEmpty { break }
    }
    return result.map(Int.init)
  }

  /// How many items hold `word`: the size of its posting list, which `explain` reports.
  func count(of word: String) -> Int { posting(of: word).count }

  private func posting(of word: String) -> [Int32] {
    words.id(of: word).map { postings[$0] } ?? []
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
