import NewsCorpus

/// Folded word → the documents holding it, and where in each: the byte offset of every occurrence. A
/// phrase is found from its rarest word's occurrences, its neighbours confirmed against the other words'
/// offsets and a few bytes of text, so no candidate is ever split into words again.
///
/// A word's postings are one run of bytes: for each document holding it, the difference from the previous
/// document's id, the length in bytes of the offsets that follow, then each offset as the difference from
/// the one before (all variable-length, seven bits a byte). The run is read forward only, which is all an
/// intersection of sorted lists needs.
struct PositionalIndex: Sendable {
  let words: WordTable
  private let postings: RawColumn<UInt8>
  private let starts: RawColumn<Int64>
  /// How many documents hold each word, and how many times it occurs in all.
  private let documentCounts: RawColumn<UInt32>
  private let occurrenceCounts: RawColumn<UInt32>

  static let prefix = "index.words"

  init() {
    words = WordTable()
    postings = RawColumn()
    starts = RawColumn()
    documentCounts = RawColumn()
    occurrenceCounts = RawColumn()
  }

  init(image: CorpusImage) throws(SnapshotError) {
    words = try WordTable(image: image, Self.prefix)
    postings = try image.column(Self.prefix + ".postings")
    starts = try image.column(Self.prefix + ".postingStarts")
    documentCounts = try image.column(Self.prefix + ".documents")
    occurrenceCounts = try image.column(Self.prefix + ".occurrences")
    guard starts.count == words.count + 1, documentCounts.count == words.count, occurrenceCounts.count == words.count,
      Int(starts.last ?? 0) <= postings.count
    else { throw .damaged("section '\(Self.prefix)'") }
  }

  /// The id of a folded word, if any document holds it.
  func id(of word: String) -> Int? { words.id(of: word) }

  func documentCount(_ word: Int) -> Int { Int(documentCounts[word]) }
  func occurrenceCount(_ word: Int) -> Int { Int(occurrenceCounts[word]) }

  /// A reader of one word's postings, document by document.
  func cursor(_ word: Int) -> Cursor {
    Cursor(bytes: UnsafeBufferPointer(rebasing: postings.buffer[Int(starts[word])..<Int(starts[word + 1])]))
  }

  /// The documents holding `word`, in order.
  func documents(_ word: Int) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(documentCount(word))
    var cursor = cursor(word)
    while cursor.next() { result.append(cursor.document) }
    return result
  }

  /// Walks one word's postings forward.
  struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    /// The document the cursor stands on (-1 before the first).
    private(set) var document: Int32 = -1
    /// Where that document's offsets lie in `bytes`.
    private var positions = 0..<0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Moves to the next document; false at the end.
    mutating func next() -> Bool {
      guard offset < bytes.count else {
        document = Int32.max
        return false
      }
      document += Int32(truncatingIfNeeded: PositionalIndex.decode(bytes, at: &offset))
      let length = Int(PositionalIndex.decode(bytes, at: &offset))
      positions = offset..<min(bytes.count, offset + length)
      offset = positions.upperBound
      return true
    }

    /// Moves to the first document at or after `target`; false when there is none.
    mutating func advance(to target: Int32) -> Bool {
      while document < target { if !next() { return false } }
      return true
    }

    /// The byte offsets of the word in the current document, in order.
    func offsets(into result: inout [Int32]) {
      result.removeAll(keepingCapacity: true)
      var cursor = positions.lowerBound
      var previous: Int32 = 0
      while cursor < positions.upperBound {
        previous += Int32(truncatingIfNeeded: PositionalIndex.decode(bytes, at: &cursor))
        result.append(previous)
      }
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

  /// The value encoded at `offset`, moving `offset` past it (a run cut short ends the value).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> UInt32 {
    var value: UInt32 = 0
    var shift: UInt32 = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      value |= UInt32(byte & 0x7F) << (shift & 31)
      if byte < 0x80 { return value }
      shift += 7
    }
    return value
  }
}

extension PositionalIndex {
  /// The postings of the documents of one piece of the corpus, built on one thread; `Builder.append` joins
  /// the pieces in document order, so the index is the same whatever the cores.
  struct Builder {
    var words = WordTable.Builder()
    fileprivate var lists: [[UInt8]] = []
    fileprivate var lastDocument: [Int32] = []
    fileprivate var documentCounts: [UInt32] = []
    fileprivate var occurrenceCounts: [UInt32] = []
    private var tokens: [(word: Int32, start: Int32)] = []
    private var offsets: [UInt8] = []

    /// Adds document `document`'s words (documents added in increasing order), calling `span` with each
    /// word's byte range in order.
    mutating func add(document: Int, bytes: UnsafeBufferPointer<UInt8>, span: (Range<Int>) -> Void = { _ in }) {
      tokens.removeAll(keepingCapacity: true)
      TextFolding.forEachWord(inBytes: bytes) { word, hash, range in
        let id = words.insert(word, hash: hash)
        if id == lists.count {
          lists.append([])
          lastDocument.append(-1)
          documentCounts.append(0)
          occurrenceCounts.append(0)
        }
        tokens.append((Int32(id), Int32(truncatingIfNeeded: range.lowerBound)))
        span(range)
      }
      tokens.sort { $0.word != $1.word ? $0.word < $1.word : $0.start < $1.start }
      var index = 0
      while index < tokens.count {
        let word = Int(tokens[index].word)
        offsets.removeAll(keepingCapacity: true)
        var previous: Int32 = 0
        while index < tokens.count, Int(tokens[index].word) == word {
          PositionalIndex.encode(UInt32(tokens[index].start - previous), into: &offsets)
          previous = tokens[index].start
          occurrenceCounts[word] += 1
          index += 1
        }
        PositionalIndex.encode(UInt32(Int32(document) - lastDocument[word]), into: &lists[word])
        PositionalIndex.encode(UInt32(offsets.count), into: &lists[word])
        lists[word] += offsets
        lastDocument[word] = Int32(document)
        documentCounts[word] += 1
      }
    }

    /// Appends `other`'s postings (all of later documents) word by word; the first document difference of
    /// each of its lists, counted from -1, is counted again from this list's last document.
    mutating func append(_ other: Builder) {
      for local in 0..<other.words.count {
        let id = other.words.withWord(local) { words.insert($0, hash: $1) }
        if id == lists.count {
          lists.append([])
          lastDocument.append(-1)
          documentCounts.append(0)
          occurrenceCounts.append(0)
        }
        let list = other.lists[local]
        var offset = 0
        let first = list.withUnsafeBufferPointer { Int32(PositionalIndex.decode($0, at: &offset)) } - 1
        PositionalIndex.encode(UInt32(first - lastDocument[id]), into: &lists[id])
        lists[id].append(contentsOf: list[offset...])
        lastDocument[id] = other.lastDocument[local]
        documentCounts[id] += other.documentCounts[local]
        occurrenceCounts[id] += other.occurrenceCounts[local]
      }
    }

    func addSections(to writer: inout ImageWriter) {
      words.addSections(PositionalIndex.prefix, to: &writer)
      var starts: [Int64] = [0]
      starts.reserveCapacity(lists.count + 1)
      for list in lists { starts.append(starts[starts.count - 1] + Int64(list.count)) }
      let lists = self.lists
      writer.add(PositionalIndex.prefix + ".postings", length: Int(starts[starts.count - 1])) { sink in
        for list in lists { list.withUnsafeBytes { sink.write($0) } }
      }
      writer.add(PositionalIndex.prefix + ".postingStarts", starts)
      writer.add(PositionalIndex.prefix + ".documents", documentCounts)
      writer.add(PositionalIndex.prefix + ".occurrences", occurrenceCounts)
    }
  }
}
