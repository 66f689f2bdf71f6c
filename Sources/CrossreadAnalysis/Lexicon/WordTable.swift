/// A read-only table of strings, for the word lists looked up for every capitalised word.
///
/// `Set<String>` hashes with seeded SipHash, finalises per lookup and cannot skip a comparison:
/// about a fifth of entity analysis went there. This table hashes the UTF-8 bytes with FNV-1a,
/// probes linearly in a power-of-two array kept at most half full, and compares bytes only when
/// the full 64-bit hashes agree. The keys' bytes sit end to end in one array, so a probe retains
/// no string and a comparison is a byte loop. It is built once and never changes.
struct WordTable<Value: Sendable>: Sendable {
  /// One slot: the key's full hash and the number of its entry, or -1 for an empty slot.
  ///
  /// Sixteen bytes, so a probe reads one cache line (the common-word list alone has 37,000 keys).
  private struct Slot: Sendable {
    var hash: UInt64
    var entry: Int
  }
  private var slots: [Slot] = []
  private var mask = 0
  /// Entry `n`'s key is `bytes[offsets[n]..<offsets[n + 1]]` and its value `values[n]`.
  private var bytes: [UInt8] = []
  private var offsets: [Int] = [0]
  private var values: [Value] = []
  var count: Int { values.count }

  init() {}

  /// A table of `pairs`; a later pair for the same key replaces the earlier one.
  init(_ pairs: some Sequence<(String, Value)>) {
    let list = Array(pairs)
    var size = 8
    while size < list.count * 2 { size *= 2 }
    slots = Array(repeating: Slot(hash: 0, entry: -1), count: size)
    mask = size - 1
    for (key, value) in list { insert(key, value) }
  }

  init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

  private mutating func insert(_ key: String, _ value: Value) {
    if let entry = entry(of: key) {
      values[entry] = value
      return
    }
    let hash = Self.hash(key)
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].entry >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(hash: hash, entry: values.count)
    bytes.append(contentsOf: key.utf8)
    offsets.append(bytes.count)
    values.append(value)
  }

  subscript(key: String) -> Value? {
    guard let entry = entry(of: key) else { return nil }
    return values[entry]
  }

  /// The entry number of `key`, if the table holds it.
  ///
  /// Read through `utf8`'s own storage: copying the string to call `withUTF8` retained and
  /// released it on every lookup, a tenth of the lookup's cost.
  @inline(__always)
  private func entry(of key: String) -> Int? {
    guard !values.isEmpty else { return nil }
    if let found = key.utf8.withContiguousStorageIfAvailable({ entry(ofBytes: $0) }) { return found }
    var copy = key
    return copy.withUTF8 { entry(ofBytes: $0) }
  }

  @inline(__always)
  private func entry(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(key)
    var index = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[index]
        if slot.entry < 0 { return nil }
        if slot.hash == hash && equals(slot.entry, key) { return slot.entry }
        index = (index + 1) & mask
      }
    }
  }

  @inline(__always)
  private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[entry]
    guard offsets[entry + 1] - start == key.count else { return false }
    return bytes.withUnsafeBufferPointer { bytes in
      for position in key.indices where bytes[start + position] != key[position] { return false }
      return true
    }
  }

  /// Every key, in no particular order.
  var allKeys: [String] {
    values.indices.map { String(decoding: bytes[offsets[$0]..<offsets[$0 + 1]], as: UTF8.self) }
  }

  /// FNV-1a over the UTF-8 bytes, with a final mix so that the low bits spread.
  @inline(__always)
  static func hash(_ key: String) -> UInt64 {
    // Through a buffer: iterating `utf8` byte by byte costs five times as much.
    var key = key
    return key.withUTF8 { hash($0) }
  }

  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
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
