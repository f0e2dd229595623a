import NewsCorpus

/// Every occurrence of a phrase in the corpus, from the positional index: the documents holding all its
/// words (a leapfrog over their postings), then in each the occurrences of its rarest word, each confirmed
/// by its neighbours — the word before must be the previous phrase word and reach the anchor across nothing
/// but punctuation and space; the word after must be the next one. A neighbour in ASCII is compared on its
/// bytes; one that is not, by the offsets of the phrase word. Only those few bytes of text are read.
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
  ///
  /// Only the anchor's offsets are decoded for every document: a neighbour that is ASCII is confirmed on its
  /// bytes (an ASCII word folds to its lowercase), and the other words' offsets are decoded the first time a
  /// neighbour in the document is not — a phrase with "the" in it need not decode every "the" of the corpus.
  func forEachDocument(in corpus: Corpus, _ body: (Int, [Range<Int>]) -> Void) {
    let distinct = Array(Set(ids)).sorted()
    var neighbours = Neighbours(
      cursors: distinct.map { index.cursor($0) }, offsets: distinct.map { _ in [] },
      isDecoded: distinct.map { _ in false }, slot: ids.map { id in distinct.firstIndex(of: id) ?? 0 })
    let words = phrase.map { Array($0.utf8) }
    var anchorStarts: [Int32] = []
    var found: [Range<Int>] = []
    candidateDocuments { document in
      neighbours.move(to: document)
      neighbours.cursors[neighbours.slot[anchor]].offsets(into: &anchorStarts)
      found.removeAll(keepingCapacity: true)
      corpus.withTextBytes(ofDocument: Int(document)) { bytes in
        for start in anchorStarts {
          if let occurrence = confirm(at: Int(start), bytes, words, &neighbours) { found.append(occurrence) }
        }
      }
      if !found.isEmpty { body(Int(document), found) }
    }
  }

  /// The phrase words' cursors, and their offsets in the current document, decoded when first asked for.
  private struct Neighbours {
    var cursors: [PositionalIndex.Cursor]
    var offsets: [[Int32]]
    var isDecoded: [Bool]
    /// The place in `cursors` of each word of the phrase.
    let slot: [Int]

    mutating func move(to document: Int32) {
      for position in cursors.indices {
        _ = cursors[position].advance(to: document)
        isDecoded[position] = false
      }
    }

    /// The offsets in the current document of phrase word `word`.
    mutating func offsets(ofWord word: Int) -> [Int32] {
      let position = slot[word]
      if !isDecoded[position] {
        cursors[position].offsets(into: &offsets[position])
        isDecoded[position] = true
      }
      return offsets[position]
    }
  }

  /// The occurrence whose anchor word starts at `start`, if its neighbours are the phrase's.
  private func confirm(
    at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]], _ neighbours: inout Neighbours
  ) -> Range<Int>? {
    var first = start
    // Backwards: the previous word must be the previous phrase word, across nothing but punctuation and space.
    for word in stride(from: anchor - 1, through: 0, by: -1) {
      switch Self.asciiWord(before: first, in: bytes) {
      case .word(let range):
        guard Self.folds(bytes, range, to: words[word]) else { return nil }
        first = range.lowerBound
      case .none:
        return nil
      case .undecided:
        // Its offsets decide: the last before this word, reaching it across no other word.
        guard let previous = Self.last(in: neighbours.offsets(ofWord: word), before: first) else { return nil }
        let following = TextFolding.nextWordStart(in: bytes, from: TextFolding.wordEnd(in: bytes, from: previous))
        guard following == first else { return nil }
        first = previous
      }
    }
    var last = start
    for word in (anchor + 1)..<max(anchor + 1, ids.count) {
      let next = TextFolding.nextWordStart(in: bytes, from: TextFolding.wordEnd(in: bytes, from: last))
      guard next < bytes.count else { return nil }
      let end = TextFolding.wordEnd(in: bytes, from: next)
      if Self.isASCII(bytes, next..<end) {
        guard Self.folds(bytes, next..<end, to: words[word]) else { return nil }
      } else {
        guard Self.contains(neighbours.offsets(ofWord: word), next) else { return nil }
      }
      last = next
    }
    return first..<TextFolding.wordEnd(in: bytes, from: last)
  }

  /// What the bytes before a word say of the word before it.
  private enum PreviousWord {
    /// An ASCII word, separated from the next by ASCII bytes that are no word's.
    case word(Range<Int>)
    /// No word before it.
    case none
    /// A byte that is not ASCII lies between or next to them: the offsets must decide.
    case undecided
  }

  /// The word before the word starting at `start`, read backwards over ASCII bytes only.
  private static func asciiWord(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> PreviousWord {
    var index = start
    while index > 0 {
      let byte = bytes[index - 1]
      if byte >= 0x80 { return .undecided }
      if isWordByte(byte) { break }
      index -= 1
    }
    guard index > 0 else { return .none }
    let end = index
    while index > 0, bytes[index - 1] < 0x80, isWordByte(bytes[index - 1]) { index -= 1 }
    if index > 0, bytes[index - 1] >= 0x80 { return .undecided }
    return .word(index..<end)
  }

  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
  }

  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    for index in range where bytes[index] >= 0x80 { return false }
    return true
  }

  /// Whether ASCII `bytes[range]` lowercased is `word`, as the index folds an ASCII word.
  private static func folds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to word: [UInt8]) -> Bool {
    guard range.count == word.count else { return false }
    var position = 0
    for index in range {
      let byte = bytes[index]
      let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      if lower != word[position] { return false }
      position += 1
    }
    return true
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
