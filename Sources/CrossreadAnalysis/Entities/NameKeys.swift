import CrossreadCore
import Foundation

/// Keys that make two spellings of one name meet.
enum NameKeys {
  /// Transliteration variants meet: "Zelenskyy", "Zelenskiy" and "Zelensky"; "Odesa" and "Odessa".
  ///
  /// Folds case and accents, collapses doubled letters, and reads a word-final "iy", "ij" or "yy"
  /// as "y".
  static func variant(_ name: String) -> String {
    let plain = Lexicon.fold(name)
    if let ascii = asciiVariant(plain) { return ascii }
    return characterVariant(plain.folding(options: .diacriticInsensitive, locale: nil))
  }

  /// `variant` on folded text without accents, by Characters: the path for any script, and the
  /// reference the byte-level ASCII path is tested against.
  static func characterVariant(_ folded: String) -> String {
    var output: [Character] = []
    for character in folded where character.isLetter || character == " " {
      if let last = output.last, last == character, character != " " { continue }
      output.append(character)
    }
    var words = String(output).split(separator: " ").map(String.init)
    for index in words.indices {
      for ending in ["iy", "ij", "yi"] where words[index].count > 4 && words[index].hasSuffix(ending) {
        words[index] = String(words[index].dropLast(2)) + "y"
      }
    }
    return words.joined(separator: " ")
  }

  /// `variant` on folded ASCII text, byte by byte into one buffer; nil when the text is not ASCII.
  private static func asciiVariant(_ plain: String) -> String? {
    var plain = plain
    return plain.withUTF8 { bytes -> String? in
      for byte in bytes where byte >= 0x80 { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        var wordStart = 0
        // The last letter or space kept, before words are joined: doubled letters collapse.
        var last: UInt8 = 0
        func closeWord() {
          var length = count - wordStart
          for ending in [
            (UInt8(ascii: "i"), UInt8(ascii: "y")), (UInt8(ascii: "i"), UInt8(ascii: "j")),
            (UInt8(ascii: "y"), UInt8(ascii: "i")),
          ]
          where length > 4 && output[count - 2] == ending.0 && output[count - 1] == ending.1 {
            output[count - 2] = UInt8(ascii: "y")
            count -= 1
            length -= 1
          }
        }
        for byte in bytes {
          if byte == UInt8(ascii: " ") {
            if count > wordStart {
              closeWord()
              output[count] = UInt8(ascii: " ")
              count += 1
              wordStart = count
            }
            last = byte
            continue
          }
          guard (byte | 0x20) &- UInt8(ascii: "a") < 26, byte != last else { continue }
          output[count] = byte
          count += 1
          last = byte
        }
        if count > wordStart {
          closeWord()
        } else if count > 0 {
          count -= 1  // the space after the last word
        }
        return count
      }
    }
  }

  /// The capitals of a name's words, skipping connectors: "United Nations" → "UN".
  static func initials(_ words: [String]) -> String {
    var result = ""
    for word in words {
      // Small lower-case words ("in", "de") are not spelt in an acronym, like the connectors.
      if let byte = word.utf8.first, byte < 0x80 {
        guard byte &- UInt8(ascii: "A") < 26 else { continue }
        if word.utf8.count <= 3, MentionFinder.connectors.contains(word.lowercased()) { continue }
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else if let first = word.first, first.isUppercase,
        !MentionFinder.connectors.contains(word.lowercased())
      {
        result += String(first).uppercased()
      }
    }
    return result
  }

  /// Whether `acronym` is the starts of `words` in order, one or more letters of each: "NYMEX" of
  /// "New York Mercantile Exchange", "COMEX" of "Commodity Exchange".
  static func spells(_ acronym: String, byPrefixesOf words: [String]) -> Bool {
    let letters = Array(acronym.uppercased().unicodeScalars)
    let spellings = words.map { Array($0.uppercased().unicodeScalars) }
    guard !spellings.isEmpty, letters.count > spellings.count else { return false }
    // From letter `position` and word `word` on, can the rest be spelt?
    func rest(_ position: Int, _ word: Int) -> Bool {
      if word == spellings.count { return position == letters.count }
      let spelling = spellings[word]
      var length = 0
      while length < spelling.count, position + length < letters.count,
        letters[position + length] == spelling[length]
      {
        length += 1
        if rest(position + length, word + 1) { return true }
      }
      return false
    }
    return rest(0, 0)
  }

  /// Whether the text is capitals with single lower-case letters between them: "BoE", "DoJ",
  /// "DfT"; not "McD" nor "PwCs".
  static func isConnectorAcronym(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard (3...5).contains(bytes.count), bytes.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 }) else {
      return false
    }
    func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    guard let first = bytes.first, let last = bytes.last, isUpper(first), isUpper(last) else { return false }
    return bytes.indices.dropFirst().dropLast().allSatisfy {
      isUpper(bytes[$0]) || (isUpper(bytes[$0 - 1]) && isUpper(bytes[$0 + 1]))
    }
  }

  /// An acronym without full stops or slashes: "U.S." → "US", "RFE/RL" stays as it is.
  static func acronym(_ text: String) -> String? {
    // ASCII in one pass: most names fail at their first space or second lower-case letter.
    var letters = 0
    var capitals = 0
    var ascii = true
    for byte in text.utf8 where byte != UInt8(ascii: ".") {
      guard byte < 0x80 else {
        ascii = false
        break
      }
      guard (byte | 0x20) &- UInt8(ascii: "a") < 26, letters < 6 else { return nil }
      letters += 1
      if byte &- UInt8(ascii: "A") < 26 { capitals += 1 }
    }
    if ascii {
      guard letters >= 2, capitals >= 2 else { return nil }
      // "BoE", "DoJ", "DfT": a lower-case letter alone between capitals is a connector's, which
      // initials leave out ("Bank of England" → "BE").
      if capitals < letters, isConnectorAcronym(text) {
        return String(
          text.unicodeScalars.filter { $0.isASCII && (65...90).contains($0.value) }.map(Character.init))
      }
      return String(unsafeUninitializedCapacity: letters) { buffer in
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: ".") {
          buffer[count] = byte & ~0x20
          count += 1
        }
        return count
      }
    }
    let written = text.filter { $0 != "." }
    guard written.count >= 2, written.count <= 6, written.allSatisfy({ $0.isLetter }),
      written.filter(\.isUppercase).count >= 2
    else { return nil }
    return written.uppercased()
  }
}

/// A key that links article entities across the corpus: a kind of evidence and its text, hashed.
///
/// Strings were built, hashed, sorted and hashed again, about a tenth of entity analysis; a
/// 64-bit hash of the same text does the same join. Two different keys meet only if their hashes
/// collide: about one chance in 10¹² for a corpus with ten million keys.
struct LinkKey: Hashable, Comparable, Sendable {
  let value: UInt64

  /// The kinds of evidence, spelt apart so that a name never meets an acronym of the same letters.
  enum Kind: UInt8 {
    case group = 1, government, name, variant, acronym, personInitial
  }

  /// FNV-1a over the kind and each part's UTF-8 bytes, parts parted by 0xFF (never in UTF-8),
  /// then the SplitMix64 finaliser so that every bit depends on every byte.
  init(_ kind: Kind, _ parts: String...) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    add(kind.rawValue)
    for var part in parts {
      add(0xFF)
      part.withUTF8 { bytes in
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      }
    }
    hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
    hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
    value = hash ^ (hash >> 31)
  }

  static func < (lhs: LinkKey, rhs: LinkKey) -> Bool { lhs.value < rhs.value }
}
