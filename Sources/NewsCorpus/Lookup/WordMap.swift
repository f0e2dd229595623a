import Foundation

/// A dictionary keyed by words, answering exactly as `[String: Value]` does (Unicode canonical
/// equivalence) but hashing an ASCII key with FNV-1a over its bytes instead of seeded SipHash over
/// its normalised scalars: the word tables of extraction are looked up several times per token.
///
/// ASCII keys live in an open-addressing table; a key that is not ASCII also goes into an ordinary
/// dictionary, which answers every query that is not ASCII. A key canonically equal to an ASCII
/// string (K KELVIN SIGN = "K") is filed in the table under that string too, so ASCII queries never
/// need the dictionary.
struct WordMap<Value> {
  private var keyList: [String] = []
  private var values: [Value] = []
  /// The ASCII bytes each entry is filed under in the table (empty range if none), in one arena.
  private var arena: [UInt8] = []
  private var forms: [Range<Int32>] = []
  private var hashes: [UInt64] = []
  /// Entry indices by hash, -1 for an empty slot; a power of two long, at most half full.
  private var slots: [Int32] = Array(repeating: -1, count: 16)
  private var filed = 0
  /// Every key, with its entry index: the answer to queries that are not ASCII.
  private var all: [String: Int] = [:]

  init() {}

  var isEmpty: Bool { keys.isEmpty }

  /// Every key, in the order added.
  var keys: [String] { keyList }

  subscript(word: String) -> Value? {
    get { entry(of: word).map { values[$0] } }
    set {
      if let index = entry(of: word) {
        if let newValue { values[index] = newValue } else { remove(at: index) }
      } else if let newValue {
        add(word, newValue)
      }
    }
  }

  subscript(word: String, default value: @autoclosure () -> Value) -> Value {
    get { self[word] ?? value() }
    set { self[word] = newValue }
  }

  /// The entry index of `word`, if present.
  private func entry(of word: String) -> Int? {
    let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
      guard let hash = Self.asciiHash(bytes) else { return .some(nil) }
      return .some(entry(ofASCII: bytes, hash: hash))
    }
    switch found {
    case .some(.some(let index)): return index
    case .some(.none): return all[word]  // not ASCII
    case .none: return all[word]  // no contiguous bytes (bridged): the dictionary answers alike
    }
  }

  private func entry(ofASCII bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let index = Int(slots[slot])
          if index < 0 { return nil }
          if hashes[index] == hash {
            let form = forms[index]
            if Int(form.count) == bytes.count,
              bytes.count == 0 || memcmp(arena.baseAddress! + Int(form.lowerBound), bytes.baseAddress!, bytes.count) == 0
            {
              return index
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// FNV-1a over the bytes of an ASCII word; nil if it is not ASCII.
  @inline(__always)
  static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var high: UInt8 = 0
    for byte in bytes {
      high |= byte
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return high < 0x80 ? hash : nil
  }

  private mutating func add(_ word: String, _ value: Value) {
    let index = keyList.count
    keyList.append(word)
    values.append(value)
    all[word] = index
    // The ASCII string the key equals: itself, or its canonical decomposition ("\u{212A}" is "K").
    let form = Array(word.utf8).allSatisfy { $0 < 0x80 } ? word : word.decomposedStringWithCanonicalMapping
    let bytes = Array(form.utf8)
    if let hash = bytes.withUnsafeBufferPointer(Self.asciiHash) {
      forms.append(Int32(arena.count)..<Int32(arena.count + bytes.count))
      arena.append(contentsOf: bytes)
      hashes.append(hash)
      filed += 1
      if filed * 2 > slots.count { rehash(capacity: slots.count * 2) } else { file(index) }
    } else {
      forms.append(0..<0)
      hashes.append(0)
    }
  }

  private mutating func file(_ index: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[index]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index)
  }

  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: -1, count: capacity)
    for index in keyList.indices where hashes[index] != 0 || !forms[index].isEmpty { file(index) }
  }

  /// Removal rebuilds the map: the tables are built once and never shrink in extraction.
  private mutating func remove(at removed: Int) {
    var rebuilt = WordMap()
    for index in keyList.indices where index != removed { rebuilt.add(keyList[index], values[index]) }
    self = rebuilt
  }
}

extension WordMap: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral elements: (String, Value)...) {
    for (key, value) in elements where self[key] == nil { self[key] = value }
  }
}

extension WordMap: Sendable where Value: Sendable {}

/// A set of words with `WordMap`'s fast, exact lookups: the word tables of the gazetteer and extraction.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var map = WordMap<Bool>()

  init(arrayLiteral words: String...) { self.init(words) }

  init(_ words: some Sequence<String>) {
    for word in words { map[word] = true }
  }

  func contains(_ word: String) -> Bool { map[word] != nil }

  /// Every word, in the order added.
  var words: [String] { map.keys }

  mutating func insert(_ word: String) { map[word] = true }
}
