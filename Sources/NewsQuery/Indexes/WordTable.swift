import NewsCorpus

/// Folded words (or name forms, or document ids) as small integer ids: an open-addressing hash table over
/// their UTF-8 bytes, kept in one arena. Built with `WordTable.Builder`, then read in place from an image.
struct WordTable: Sendable {
  /// Every word's bytes, one after another; word `id` is `arena[starts[id]..<starts[id + 1]]`.
  private let arena: RawColumn<UInt8>
  private let starts: RawColumn<Int64>
  private let hashes: RawColumn<UInt64>
  /// Word ids by hash, -1 for an empty slot; a power of two long, at most half full.
  private let slots: RawColumn<Int32>

  init() {
    arena = RawColumn()
    starts = RawColumn()
    hashes = RawColumn()
    slots = RawColumn()
  }

  init(image: CorpusImage, _ prefix: String) throws(SnapshotError) {
    arena = try image.column(prefix + ".bytes")
    starts = try image.column(prefix + ".starts")
    hashes = try image.column(prefix + ".hashes")
    slots = try image.column(prefix + ".slots")
    guard starts.count == hashes.count + 1, slots.count == 0 || slots.count & (slots.count - 1) == 0,
      Int(starts.last ?? 0) <= arena.count
    else { throw .damaged("section '\(prefix)'") }
  }

  var count: Int { hashes.count }

  /// FNV-1a over the bytes: cheap for the short words text is made of, and well spread.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The id of `word`, if the table holds it.
  func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { return nil }
      if hashes[id] == hash, bytes(id).elementsEqual(word) { return id }
      slot = (slot + 1) & mask
    }
  }

  func id(of word: String) -> Int? {
    var word = word
    return word.withUTF8 { id(of: $0, hash: Self.hash($0)) }
  }

  /// The bytes of word `id`.
  func bytes(_ id: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: arena.buffer[Int(starts[id])..<Int(starts[id + 1])])
  }

  func word(_ id: Int) -> String { String(decoding: bytes(id), as: UTF8.self) }

  /// A table being filled: `insert` words, then `addSections` to write it.
  struct Builder {
    private var arena: [UInt8] = []
    private var starts: [Int64] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 256)

    var count: Int { hashes.count }

    /// The id of `word`, if the table holds it.
    func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let id = Int(slots[slot])
        if id < 0 { return nil }
        if hashes[id] == hash, equals(id, word) { return id }
        slot = (slot + 1) & mask
      }
    }

    /// The id of `word`, added if new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let id = Int(slots[slot])
        if id < 0 { break }
        if hashes[id] == hash, equals(id, word) { return id }
        slot = (slot + 1) & mask
      }
      let id = hashes.count
      hashes.append(hash)
      arena.append(contentsOf: word)
      starts.append(Int64(arena.count))
      slots[slot] = Int32(id)
      if hashes.count * 2 > slots.count { grow() }
      return id
    }

    mutating func insert(_ word: String) -> Int {
      var word = word
      return word.withUTF8 { insert($0, hash: WordTable.hash($0)) }
    }

    /// Calls `body` with the bytes and hash of word `id`.
    func withWord<T>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> T) -> T {
      arena.withUnsafeBufferPointer { arena in
        body(UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])]), hashes[id])
      }
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
      let start = Int(starts[id])
      let length = Int(starts[id + 1]) - start
      guard length == word.count else { return false }
      return arena.withUnsafeBufferPointer { arena in
        for offset in 0..<length where arena[start + offset] != word[offset] { return false }
        return true
      }
    }

    private mutating func grow() {
      var grown = [Int32](repeating: -1, count: slots.count * 2)
      let mask = grown.count - 1
      for (id, hash) in hashes.enumerated() {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while grown[slot] >= 0 { slot = (slot + 1) & mask }
        grown[slot] = Int32(id)
      }
      slots = grown
    }

    func addSections(_ prefix: String, to writer: inout ImageWriter) {
      writer.add(prefix + ".bytes", arena)
      writer.add(prefix + ".starts", starts)
      writer.add(prefix + ".hashes", hashes)
      writer.add(prefix + ".slots", slots)
    }
  }
}
