import CrossreadCore
import Foundation

/// Splits running text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (and the CJK full stops), after any closing quotes,
/// brackets and footnote markers, when white space and a likely sentence start follow. A full stop
/// does not end a sentence inside a number ("$8.2"), after a title ("Sgt.", "Mr."), after an
/// initial ("Mikki L. Sprenkle"), or after a dotted abbreviation ("U.S.", "Feb.", "e.g.") unless the
/// next word is one that usually starts a sentence ("The", "He", "However").
public enum SentenceSplitter {
  /// Abbreviations after which a full stop never ends a sentence: titles and ranks come before a name.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "mx", "dr", "prof", "sgt", "gen", "col", "lt", "capt", "cpt", "maj", "cpl",
    "pvt", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
    "ft", "messrs", "mme", "mlle", "sr", "jr", "no", "nos", "vol", "fig", "pp", "art", "sec", "ch",
    "cf", "vs", "v", "ca", "approx", "dept", "univ", "assn", "brig", "fr", "sra", "srta",
  ]

  /// Abbreviations that may also end a sentence; they end one only before a usual sentence opener.
  static let abbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "inc", "ltd", "co", "corp", "bros", "plc", "llc", "etc", "al",
    "est", "ed", "eds", "govt", "intl", "natl", "ave", "blvd", "rd", "hr", "hrs", "min", "mins", "km",
    "kg", "lb", "lbs", "oz", "ft", "mph", "bn", "mn", "tr", "vs",
  ]

  /// Words that usually open a sentence.
  ///
  /// With them "… the U.S. The talks …" still splits after "U.S.".
  static let openers: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "there", "but", "and", "or", "so", "yet", "however",
    "meanwhile", "still", "in", "on", "at", "for", "after", "before", "when", "while", "as", "if",
    "since", "although", "though", "despite", "during", "then", "now", "officials", "some", "many",
    "both", "neither", "no", "not", "what", "why", "how", "who", "where", "earlier", "later",
    "instead", "also", "such", "by", "with", "from", "under", "according",
  ]

  /// The sentences of `range` in `scalars`, trimmed of surrounding spaces.
  public static func split(_ scalars: [Unicode.Scalar], in range: TextRange) -> [TextRange] {
    var sentences: [TextRange] = []
    var start = range.start
    var index = range.start
    let end = range.end
    while index < end {
      let scalar = scalars[index]
      guard isTerminator(scalar) else {
        index += 1
        continue
      }
      var after = index + 1
      while after < end, isTerminator(scalars[after]) { after += 1 }
      while after < end, scalars[after].isCloser { after += 1 }
      while let (_, markerEnd) = PlainTextReader.bracketedNumber(scalars, at: after, limit: end) {
        after = markerEnd
      }
      let isFullWidth = scalar == "。" || scalar == "！" || scalar == "？"
      if after == end {
        index = after
        continue
      }
      guard scalars[after].isSpace || isFullWidth else {
        index = after
        continue
      }
      var next = after
      while next < end, scalars[next].isSpace { next += 1 }
      if next < end,
        endsSentence(scalars, terminatorAt: index, terminatorRun: after, nextWordAt: next, end: end)
          || isFullWidth
      {
        if let trimmed = trim(scalars, TextRange(start, after)) { sentences.append(trimmed) }
        start = next
      }
      index = next
    }
    if let trimmed = trim(scalars, TextRange(start, end)) { sentences.append(trimmed) }
    return sentences
  }

  static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…", "。", "！", "？": true
    default: false
    }
  }

  static func endsSentence(
    _ scalars: [Unicode.Scalar], terminatorAt index: Int, terminatorRun: Int, nextWordAt next: Int, end: Int
  ) -> Bool {
    let nextScalar = scalars[next]
    // A lower-case continuation is never a new sentence: "the U.S. focus", "e.g. drones".
    if nextScalar.isLower { return false }
    guard nextScalar.isUpper || nextScalar.isDigit || nextScalar.isOpener || !nextScalar.isLetter else {
      return true
    }
    guard scalars[index] == "." else { return true }
    // "..." or ".)" has already moved on: only a bare full stop needs the abbreviation test.
    let word = wordBefore(scalars, index)
    guard !word.isEmpty else { return true }
    let lower = word.lowercased()
    let bare = lower.replacingOccurrences(of: ".", with: "")
    if titles.contains(bare) && !word.contains(".") { return false }
    let isInitial = word.count == 1 && word.unicodeScalars.allSatisfy { $0.isUpper }
    let isDotted = word.contains(".")
    let isAbbreviation = abbreviations.contains(bare)
    guard isInitial || isDotted || isAbbreviation else { return true }
    if nextScalar.isDigit { return false }
    let nextWord = self.word(scalars, from: next, end: end).lowercased()
    return openers.contains(nextWord)
  }

  /// The run of letters and inner full stops just before `index`: "U.S", "Sgt", "L".
  static func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String {
    var start = index
    while start > 0 {
      let previous = scalars[start - 1]
      if previous.isLetter || (previous == "." && start - 1 > 0 && scalars[start - 2].isLetter) {
        start -= 1
      } else {
        break
      }
    }
    return String(scalars: scalars[start..<index])
  }

  static func word(_ scalars: [Unicode.Scalar], from index: Int, end: Int) -> String {
    var cursor = index
    while cursor < end, scalars[cursor].isOpener { cursor += 1 }
    var view = String.UnicodeScalarView()
    while cursor < end, scalars[cursor].isLetter {
      view.append(scalars[cursor])
      cursor += 1
    }
    return String(view)
  }

  static func trim(_ scalars: [Unicode.Scalar], _ range: TextRange) -> TextRange? {
    var start = range.start
    var end = range.end
    while start < end, scalars[start].isSpace { start += 1 }
    while end > start, scalars[end - 1].isSpace { end -= 1 }
    return start < end ? TextRange(start, end) : nil
  }
}
