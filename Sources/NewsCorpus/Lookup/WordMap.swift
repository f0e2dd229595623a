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
  private var storage = WordMapStorage<Value>()

  init() {}

  var isEmpty: Bool { storage.keyList.isEmpty }

  /// Every key, in the order added.
  var keys: [String] { storage.keyList }

  subscript(word: String) -> Value? {
    get { storage.entry(of: word).map { storage.values[$0] } }
    set {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      storage.set(word, newValue)
    }
  }

  subscript(word: String, default value: @autoclosure () -> Value) -> Value {
    get { self[word] ?? value() }
    set { self[word] = newValue }
  }

  /// The value of the lowercase form of `word`, an ASCII word of any case, with no String made.
  func value(lowercasingASCII word: UnsafeBufferPointer<UInt8>) -> Value? { storage.value(lowercasingASCII: word) }
}

/// The tables of a `WordMap`, in one object so that copying a map (reading a static table) costs
/// one retain, not one per array.
final class WordMapStorage<Value>: @unchecked Sendable {
  @exclusivity(unchecked) private(set) var keyList: [String] = []
  @exclusivity(unchecked) private(set) var values: [Value] = []
  /// The ASCII bytes each entry is filed under in the table (empty range if none), in one arena.
  @exclusivity(unchecked) private var arena: [UInt8] = []
  @exclusivity(unchecked) private var forms: [Range<Int32>] = []
  @exclusivity(unchecked) private var hashes: [UInt64] = []
  /// Entry indices by hash, `emptySlot` for none; a power of two long, at most half full. Each slot holds the
  /// high half of its entry's hash above the entry index, so that a probe reads one array, not three: most
  /// words looked up are in no table, and the probe's cache misses were most of a lookup's time.
  @exclusivity(unchecked) private var slots: [UInt64] = Array(repeating: .max, count: 16)
  /// Two bits per filed hash in four bits per slot (a Bloom filter): a word of no entry, most words looked up,
  /// is usually turned away here, in a table small enough to stay in the processor's cache, without
  /// reading `slots`.
  @exclusivity(unchecked) private var filter: [UInt64] = [0]
  @exclusivity(unchecked) private var filed = 0
  /// Every key, with its entry index: the answer to queries that are not ASCII.
  @exclusivity(unchecked) private var all: [String: Int] = [:]

  init() {}

  func copy() -> WordMapStorage {
    let copy = WordMapStorage()
    for index in keyList.indices { copy.add(keyList[index], values[index]) }
    return copy
  }

  func set(_ word: String, _ newValue: Value?) {
    if let index = entry(of: word) {
      if let newValue { values[index] = newValue } else { remove(at: index) }
    } else if let newValue {
      add(word, newValue)
    }
  }

  /// The entry index of `word`, if present.
  func entry(of word: String) -> Int? {
    // The table's answer for an ASCII word (found or not); nil for a word that is not ASCII or has no
    // contiguous bytes (bridged), which the dictionary answers alike.
    let ascii: Int?? =
      word.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
        guard let hash = Self.asciiHash(bytes) else { return nil }
        return .some(entry(ofASCII: bytes, hash: hash))
      } ?? nil
    if let ascii { return ascii }
    return all[word]
  }

  private static var emptySlot: UInt64 { .max }

  /// What a slot holds for entry `index` of hash `hash`.
  @inline(__always)
  private static func slotValue(_ index: Int, hash: UInt64) -> UInt64 {
    hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(truncatingIfNeeded: index))
  }

  /// The two bits of `filter` a hash sets: word and bit of each.
  @inline(__always)
  private func filterBits(_ hash: UInt64) -> (Int, Int) {
    let mask = filter.count &* 64 &- 1
    return (Int(truncatingIfNeeded: hash >> 28) & mask, Int(truncatingIfNeeded: hash >> 46) & mask)
  }

  /// Whether an entry may have hash `hash`; false only when none has.
  @inline(__always)
  private func mayHold(_ hash: UInt64) -> Bool {
    let (first, second) = filterBits(hash)
    return filter[first >> 6] & (1 << UInt64(first & 63)) != 0 && filter[second >> 6] & (1 << UInt64(second & 63)) != 0
  }

  private func entry(ofASCII bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    guard mayHold(hash) else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let value = slots[slot]
      if value == Self.emptySlot { return nil }
      let index = Int(UInt32(truncatingIfNeeded: value))
      if value & 0xFFFF_FFFF_0000_0000 == tag, hashes[index] == hash, isFiled(index, as: bytes) { return index }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func isFiled(_ index: Int, as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let form = forms[index]
    guard Int(form.count) == bytes.count else { return false }
    var offset = Int(form.lowerBound)
    for byte in bytes {
      if arena[offset] != byte { return false }
      offset += 1
    }
    return true
  }


  /// The value of the lowercase form of `word`, an ASCII word of any case, with no String made.
  func value(lowercasingASCII word: UnsafeBufferPointer<UInt8>) -> Value? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(Self.lower(byte))) &* 0x100_0000_01b3 }
    guard mayHold(hash) else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let value = slots[slot]
      if value == Self.emptySlot { return nil }
      let index = Int(UInt32(truncatingIfNeeded: value))
      guard value & 0xFFFF_FFFF_0000_0000 == tag else {
        slot = (slot + 1) & mask
        continue
      }
      let form = forms[index]
      if hashes[index] == hash, Int(form.count) == word.count,
        zip(arena[Int(form.lowerBound)..<Int(form.upperBound)], word).allSatisfy({ $0 == Self.lower($1) })
      {
        return values[index]
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

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

  private func add(_ word: String, _ value: Value) {
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

  private func file(_ index: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[index]) & mask
    while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
    slots[slot] = Self.slotValue(index, hash: hashes[index])
    let (first, second) = filterBits(hashes[index])
    filter[first >> 6] |= 1 << UInt64(first & 63)
    filter[second >> 6] |= 1 << UInt64(second & 63)
  }

  private func rehash(capacity: Int) {
    slots = Array(repeating: Self.emptySlot, count: capacity)
    filter = Array(repeating: 0, count: max(1, capacity / 16))
    for index in keyList.indices where hashes[index] != 0 || !forms[index].isEmpty { file(index) }
  }

  /// Removal rebuilds the tables: they are built once and never shrink in extraction.
  private func remove(at removed: Int) {
    let kept = keyList.indices.filter { $0 != removed }.map { (keyList[$0], values[$0]) }
    (keyList, values, arena, forms, hashes, filed, all) = ([], [], [], [], [], 0, [:])
    (slots, filter) = (Array(repeating: Self.emptySlot, count: 16), [0])
    for (key, value) in kept { add(key, value) }
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

  /// Whether the set holds `Token.lowercase(word)`; no String is made for an ASCII word.
  func contains(lowercasing word: Substring) -> Bool {
    let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      bytes.allSatisfy { $0 < 0x80 } ? map.value(lowercasingASCII: bytes) != nil : nil
    }
    if let found = found ?? nil { return found }
    return contains(Token.lowercase(String(word)))
  }

  /// Whether the set holds the lowercase form of `word`, an ASCII word of any case.
  func contains(lowercasingASCII word: UnsafeBufferPointer<UInt8>) -> Bool {
    map.value(lowercasingASCII: word) != nil
  }

  /// Every word, in the order added.
  var words: [String] { map.keys }

  mutating func insert(_ word: String) { map[word] = true }
}
