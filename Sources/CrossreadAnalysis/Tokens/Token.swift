/// A word or punctuation mark of a sentence, by code-point offsets into the article.
struct Token: Hashable {
  /// The word, without a possessive ’s.
  var start: Int
  var end: Int
  /// A word (letters or digits), not a punctuation mark.
  var isWord: Bool
  /// Opens with an upper-case letter.
  var isCapitalized: Bool = false
  /// Two or more letters, all upper case ("EU", "U.S.", "BELGIUM").
  var isAllCaps: Bool = false
  /// Holds a digit ("Geran-2").
  var hasDigit: Bool = false
  /// Holds a hyphen between letters ("Kim Jong-un", "China-Russia").
  var hasHyphen: Bool = false
  /// A possessive ’s or ' followed the word.
  var isPossessive: Bool = false
  /// White space, not punctuation, separates it from the token before.
  var spaceBefore: Bool = true
  /// The token's position among the article's tokens, for cached text; -1 for a part of a token.
  var ordinal: Int = -1
}
