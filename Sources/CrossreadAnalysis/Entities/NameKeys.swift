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
    let folded =
      plain.utf8.allSatisfy { $0 < 0x80 } ? plain : plain.folding(options: .diacriticInsensitive, locale: nil)
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

  /// The capitals of a name's words, skipping connectors: "United Nations" → "UN".
  static func initials(_ words: [String]) -> String {
    // Small lower-case words ("in", "de") are not spelt in an acronym, like the connectors.
    words.filter { !MentionFinder.connectors.contains($0.lowercased()) && ($0.first?.isUppercase ?? false) }
      .compactMap { $0.first.map { String($0).uppercased() } }
      .joined()
  }

  /// An acronym without full stops or slashes: "U.S." → "US", "RFE/RL" stays as it is.
  static func acronym(_ text: String) -> String? {
    let letters = text.filter { $0 != "." }
    guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.isLetter }),
      letters.filter(\.isUppercase).count >= 2
    else { return nil }
    return letters.uppercased()
  }
}
