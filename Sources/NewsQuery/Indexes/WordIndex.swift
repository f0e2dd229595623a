import NewsCorpus

/// Folded word → the sorted ids of the items whose text holds it. A phrase intersects its words'
/// postings; the caller then verifies that the words are adjacent, on those few items only.
///
/// Built over the items' UTF-8 bytes (`TextFolding.forEachWord(inBytes:)`), words interned in a
/// `WordTable`: no String per word. Large inputs are cut into consecutive pieces indexed on every
/// core, whose postings are then appended in order, so the index is the same whatever the cores.
/// A posting list is stored as the differences between its ids in variable-length bytes (seven bits
/// a byte), in one array for all words: about a byte and a half an id instead of four.
struct WordIndex: Sendable {
  private var words = WordTable()
  /// Word `id`'s postings are `bytes[starts[id]..<starts[id + 1]]`; `counts[id]` ids.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  private var counts: [Int32] = []

  init() {}

  /// Postings as they are built: per word, the encoded differences, the last id and the count.
  fileprivate struct Builder {
    var words = WordTable()
    var lists: [[UInt8]] = []
    var last: [Int32] = []
    var counts: [Int32] = []

    mutating func wordID(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
      let id = words.insert(word, hash: hash)
      if id == lists.count {
        lists.append([])
        last.append(-1)
        counts.append(0)
      }
      return id
    }

    mutating func add(_ posting: Int32, to id: Int) {
      guard last[id] != posting else { return }
      WordIndex.encode(UInt32(posting - last[id]), into: &lists[id])
      last[id] = posting
      counts[id] += 1
    }

    /// Appends `other`'s postings (all after this one's) word by word; the first difference of each
    /// of its lists, taken from -1, is re-encoded from this list's last id.
    mutating func append(_ other: Builder) {
      for local in 0..<other.words.count {
        let id = other.words.withWord(local) { wordID($0, hash: $1) }
        let list = other.lists[local]
        var offset = 0
        let first = Int32(WordIndex.decode(list, at: &offset)) - 1
        WordIndex.encode(UInt32(first - last[id]), into: &lists[id])
        lists[id].append(contentsOf: list[offset...])
        last[id] = other.last[local]
        counts[id] += other.counts[local]
      }
    }
  }

  /// The postings of some of the ids of an index, built on one thread: `WordIndex(combining:)` joins
  /// the parts of consecutive ids. Every part of every index of a corpus is built in one parallel
  /// pass (a parallel pass nested in another runs on one thread).
  struct Part {
    fileprivate var builder = Builder()

    /// Indexes the bytes `withText(id, body)` gives `body` for every id of `ids`, in increasing order.
    init(ids: Range<Int>, withText: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
      for id in ids {
        let posting = Int32(id)
        withText(id) { bytes in
          TextFolding.forEachWord(inBytes: bytes) { word, hash in
            builder.add(posting, to: builder.wordID(word, hash: hash))
          }
        }
      }
    }
  }

  /// `ids` cut into the consecutive pieces whose parts are built in parallel.
  static func pieces(of ids: Range<Int>) -> [Range<Int>] {
    guard ids.count >= 4096 else { return [ids] }
    return ParallelWork.chunks(of: ids.count, pieces: ParallelWork.pieces)
      .map { (ids.lowerBound + $0.lowerBound)..<(ids.lowerBound + $0.upperBound) }
  }

  /// The index of the parts' ids, the parts given in the order of their ids.
  init(combining parts: [Part]) {
    guard var whole = parts.first?.builder else { return }
    for part in parts.dropFirst() { whole.append(part.builder) }
    words = whole.words
    counts = whole.counts
    bytes.reserveCapacity(whole.lists.reduce(0) { $0 + $1.count })
    starts.reserveCapacity(whole.lists.count + 1)
    for list in whole.lists {
      bytes += list
      starts.append(bytes.count)
    }
  }

  /// Appends `value` in seven-bit groups, low first, the high bit set on every byte but the last.
  static func encode(_ value: UInt32, into bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  /// The value encoded at `offset` (from the start of `bytes`), moving `offset` past it.
  static func decode(_ bytes: some Collection<UInt8>, at offset: inout Int) -> UInt32 {
    var value: UInt32 = 0
    var shift: UInt32 = 0
    while true {
      let byte = bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
      offset += 1
      value |= UInt32(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
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

  /// Every word of the index for which `isMatch` holds, in the order the words were first met: what a search
  /// term with `*` or `?` (`guarantee*`) stands for.
  func words(where isMatch: (String) -> Bool) -> [String] {
    (0..<words.count).compactMap { id in
      let word = words.withWord(id) { bytes, _ in String(decoding: bytes, as: UTF8.self) }
      return isMatch(word) ? word : nil
    }
  }

  /// How many items hold `word`: the size of its posting list, which `explain` reports.
  func count(of word: String) -> Int { words.id(of: word).map { Int(counts[$0]) } ?? 0 }

  private func posting(of word: String) -> [Int32] {
    guard let id = words.id(of: word) else { return [] }
    var ids: [Int32] = []
    ids.reserveCapacity(Int(counts[id]))
    bytes.withUnsafeBufferPointer { buffer in
      var offset = starts[id]
      var previous: Int32 = -1
      while offset < starts[id + 1] {
        previous += Int32(Self.decode(buffer, at: &offset))
        ids.append(previous)
      }
    }
    return ids
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
