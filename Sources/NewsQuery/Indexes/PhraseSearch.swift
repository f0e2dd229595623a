import NewsCorpus

/// Every occurrence of a phrase in the corpus, from the positional index: the documents holding all its
/// words (a leapfrog over their postings), then in each the occurrences of its rarest word, each confirmed
/// by its neighbours — the word before must start at an offset of the previous phrase word and reach the
/// anchor across nothing but punctuation and space; the word after must start at an offset of the next one.
/// Only those few bytes of text are read.
struct PhraseSearch {
  let index: PositionalIndex
  let phrase: [String]
  /// The word id of each word of the phrase.
  private let ids: [Int]
  /// The phrase word whose occurrences are checked: the rarest.
  private let anchor: Int

  /// Nil when some word of the phrase is in no document (then the phrase is in none).
  init?(index: PositionalIndex, phrase: [String]) {
    var ids: [Int] = []
    for word in phrase {
      guard let id = index.id(of: word) else { return nil }
      ids.append(id)
    }
    guard !ids.isEmpty else { return nil }
    self.index = index
    self.phrase = phrase
    self.ids = ids
    anchor = ids.indices.min { index.occurrenceCount(ids[$0]) < index.occurrenceCount(ids[$1]) } ?? 0
  }

  /// The documents holding every word of the phrase (not necessarily in sequence), in order.
  func candidateDocuments(_ body: (Int32) -> Void) {
    let distinct = Array(Set(ids)).sorted { index.documentCount($0) < index.documentCount($1) }
    var cursors = distinct.map { index.cursor($0) }
    var target: Int32 = 0
    outer: while true {
      for position in cursors.indices {
        guard cursors[position].advance(to: target) else { return }
        if cursors[position].document > target {
          target = cursors[position].document
          continue outer
        }
      }
      body(target)
      target += 1
    }
  }

  /// Calls `body` with each document where the phrase occurs and its occurrences there (byte ranges, in
  /// order), documents in order. `corpus` gives the bytes the neighbours are confirmed on.
  func forEachDocument(in corpus: Corpus, _ body: (Int, [Range<Int>]) -> Void) {
    let distinct = Array(Set(ids)).sorted()
    var cursors = distinct.map { index.cursor($0) }
    var offsets = distinct.map { _ in [Int32]() }
    let slot = ids.map { id in distinct.firstIndex(of: id) ?? 0 }
    var found: [Range<Int>] = []
    candidateDocuments { document in
      for position in cursors.indices {
        _ = cursors[position].advance(to: document)
        cursors[position].offsets(into: &offsets[position])
      }
      found.removeAll(keepingCapacity: true)
      corpus.withTextBytes(ofDocument: Int(document)) { bytes in
        for start in offsets[slot[anchor]] {
          if let occurrence = confirm(at: Int(start), bytes, offsets, slot) { found.append(occurrence) }
        }
      }
      if !found.isEmpty { body(Int(document), found) }
    }
  }

  /// The occurrence whose anchor word starts at `start`, if its neighbours are the phrase's.
  private func confirm(
    at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: [[Int32]], _ slot: [Int]
  ) -> Range<Int>? {
    var first = start
    // Backwards: the previous phrase word must be the last of its offsets before, and reach this one.
    for word in stride(from: anchor - 1, through: 0, by: -1) {
      let list = offsets[slot[word]]
      guard let previous = Self.last(in: list, before: first) else { return nil }
      let following = TextFolding.nextWordStart(in: bytes, from: TextFolding.wordEnd(in: bytes, from: previous))
      guard following == first else { return nil }
      first = previous
    }
    var last = start
    for word in (anchor + 1)..<max(anchor + 1, ids.count) {
      let next = TextFolding.nextWordStart(in: bytes, from: TextFolding.wordEnd(in: bytes, from: last))
      guard next < bytes.count, Self.contains(offsets[slot[word]], next) else { return nil }
      last = next
    }
    return first..<TextFolding.wordEnd(in: bytes, from: last)
  }

  /// The largest offset in `list` (sorted) below `limit`.
  private static func last(in list: [Int32], before limit: Int) -> Int? {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if Int(list[middle]) < limit { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : Int(list[low - 1])
  }

  private static func contains(_ list: [Int32], _ value: Int) -> Bool {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if Int(list[middle]) < value { low = middle + 1 } else { high = middle }
    }
    return low < list.count && Int(list[low]) == value
  }
}
