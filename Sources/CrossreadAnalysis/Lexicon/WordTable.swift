/// A read-only table of strings, for the word lists looked up for every capitalised word.
///
/// `Set<String>` hashes with seeded SipHash, finalises per lookup and cannot skip a comparison:
/// about a fifth of entity analysis went there. This table hashes the UTF-8 bytes with FNV-1a,
/// probes linearly in a power-of-two array kept at most half full, and compares strings only when
/// the full 64-bit hashes agree. It is built once and never changes, so nothing else is needed.
struct WordTable<Value: Sendable>: Sendable {
  /// One slot: the key's full hash, the key and its value, side by side so that a probe reads one
  /// cache line, not three (the common-word list alone has 37,000 keys).
  private struct Slot: Sendable {
    var hash: UInt64
    var key: String
    var value: Value
  }
  private var slots: [Slot?] = []
  private var mask = 0
  private(set) var count = 0

  init() {}

  /// A table of `pairs`; a later pair for the same key replaces the earlier one.
  init(_ pairs: some Sequence<(String, Value)>) {
    let list = Array(pairs)
    var size = 8
    while size < list.count * 2 { size *= 2 }
    slots = Array(repeating: nil, count: size)
    mask = size - 1
    for (key, value) in list { insert(key, value) }
  }

  init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

  private mutating func insert(_ key: String, _ value: Value) {
    let hash = Self.hash(key)
    var index = Int(truncatingIfNeeded: hash) & mask
    while let slot = slots[index] {
      if slot.hash == hash && slot.key == key {
        slots[index]?.value = value
        return
      }
      index = (index + 1) & mask
    }
    slots[index] = Slot(hash: hash, key: key, value: value)
    count += 1
  }

  subscript(key: String) -> Value? {
    guard count > 0 else { return nil }
    let hash = Self.hash(key)
    var index = Int(truncatingIfNeeded: hash) & mask
    while let slot = slots[index] {
      if slot.hash == hash && slot.key == key { return slot.value }
      index = (index + 1) & mask
    }
    return nil
  }

  /// Every key, in no particular order.
  var allKeys: [String] { slots.compactMap { $0?.key } }

  /// FNV-1a over the UTF-8 bytes, with a final mix so that the low bits spread.
  @inline(__always)
  static func hash(_ key: String) -> UInt64 {
    // Through a buffer: iterating `utf8` byte by byte costs five times as much.
    var key = key
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    key.withUTF8 { bytes in
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    hash ^= hash >> 29
    return hash &* 0xbf58_476d_1ce4_e5b9
  }
}

/// A read-only set of words on a `WordTable`.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  private let table: WordTable<Bool>

  init() { table = WordTable() }
  init(_ words: some Sequence<String>) { table = WordTable(words.map { ($0, true) }) }
  init(arrayLiteral words: String...) { self.init(words) }

  func contains(_ word: String) -> Bool { table[word] != nil }
  /// A new set with `other`'s words added.
  func union(_ other: some Sequence<String>) -> WordSet { WordSet(Array(self) + Array(other)) }
  var count: Int { table.count }
  func makeIterator() -> IndexingIterator<[String]> { table.allKeys.makeIterator() }
}
