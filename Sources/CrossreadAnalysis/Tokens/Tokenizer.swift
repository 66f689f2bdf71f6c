import CrossreadCore

/// Splits a sentence into word and punctuation tokens.
///
/// Words keep inner hyphens ("Jong-un"), inner apostrophes ("O'Brien"), dotted initials ("U.S.",
/// "L."), and slashes between capitals ("RFE/RL"). A possessive ’s is split off and flagged.
enum Tokenizer {
  static func tokens(_ scalars: [Unicode.Scalar], in range: TextRange) -> [Token] {
    var tokens: [Token] = []
    // About one token per five code points in English prose: grow once, not five times.
    tokens.reserveCapacity((range.end - range.start) / 5 + 4)
    var index = range.start
    let end = range.end
    var sawSpace = true
    while index < end {
      let scalar = scalars[index]
      if scalar.isSpace {
        sawSpace = true
        index += 1
        continue
      }
      // "Moody 's" in tokenised copy: the spaced ending is the word's possessive.
      if scalar == "'" || scalar == "’", sawSpace, index + 1 < end, scalars[index + 1] == "s",
        index + 2 >= end || !isWordScalar(scalars[index + 2]), let last = tokens.last, last.isWord,
        !last.isPossessive, last.end == index - 1
      {
        tokens[tokens.count - 1].isPossessive = true
        sawSpace = false
        index += 2
        continue
      }
      if !isWordScalar(scalar) {
        tokens.append(Token(start: index, end: index + 1, isWord: false, spaceBefore: sawSpace))
        sawSpace = false
        index += 1
        continue
      }
      var token = Token(start: index, end: index, isWord: true, spaceBefore: sawSpace)
      var cursor = index
      var segmentStart = index
      var upper = 0
      var lower = 0
      var contraction = false
      scan: while cursor < end {
        let current = scalars[cursor]
        if isWordScalar(current) {
          if current.isUpper { upper += 1 }
          if current.isLower { lower += 1 }
          if current.isNumeric { token.hasDigit = true }
          cursor += 1
          continue
        }
        let next: Unicode.Scalar? = cursor + 1 < end ? scalars[cursor + 1] : nil
        switch current {
        case "-", "\u{2010}", "\u{2011}":
          guard let next, isWordScalar(next) else { break scan }
          token.hasHyphen = true
          cursor += 1
          segmentStart = cursor
        case "'", "’":
          guard let next, next.isLetter else {
            // "Wolffs'" plural possessive.
            if cursor > index, scalars[cursor - 1] == "s" || scalars[cursor - 1] == "S" {
              token.isPossessive = true
              token.end = cursor
              index = cursor + 1
              break scan
            }
            break scan
          }
          let afterS: Unicode.Scalar? = cursor + 2 < end ? scalars[cursor + 2] : nil
          // "China’sForeign" (a missing space) is still a possessive before a new word.
          if next == "s" || next == "S", afterS.map({ !$0.isLetter || $0.isUpper }) ?? true {
            token.isPossessive = true
            token.end = cursor
            index = cursor + 2
            break scan
          }
          if isContractionEnding(scalars, apostrophe: cursor, end: end) { contraction = true }
          cursor += 1
        case "." where cursor > index && scalars[cursor - 1].isDigit && next?.isDigit == true,
          "," where cursor > index && scalars[cursor - 1].isDigit && next?.isDigit == true:
          // "3.5", "1,200": one number.
          cursor += 1
        case "." where isWebSuffix(scalars, dot: cursor, end: end):
          // "Amazon.com", "Booking.com": a company named by its web address.
          cursor += 4
          break scan
        case ".":
          // Dotted capitals: "U.S.", "U.S.A.", and single initials "L.".
          let segment = cursor - segmentStart
          guard segment == 1, scalars[segmentStart].isUpper else { break scan }
          if let next, next.isUpper, cursor + 2 <= end,
            cursor + 2 == end || !scalars[cursor + 2].isLower
          {
            cursor += 1
            segmentStart = cursor
            continue
          }
          // "a post on X." ending the sentence: one letter alone keeps no full stop.
          if cursor + 1 == end, segmentStart == index { break scan }
          cursor += 1
          if cursor < end, scalars[cursor] == "-", cursor + 1 < end, isWordScalar(scalars[cursor + 1]) {
            token.hasHyphen = true
            cursor += 1
            segmentStart = cursor
            continue
          }
          break scan
        case "/", "&":
          guard let next, next.isUpper, lower == 0, upper >= 1 else { break scan }
          // "TOKYO/PITTSBURGH": a slash between two words of four capitals or more parts two
          // names; "RFE/RL", "AT&T" are one.
          if current == "/", cursor - segmentStart >= 4,
            capitalsAhead(scalars, from: cursor + 1, end: end) >= 4
          {
            break scan
          }
          cursor += 1
          segmentStart = cursor
        default:
          break scan
        }
      }
      if !token.isPossessive {
        token.end = cursor
        index = cursor
      }
      let first = scalars[token.start]
      let second: Unicode.Scalar? = token.start + 1 < token.end ? scalars[token.start + 1] : nil
      token.isCapitalized =
        first.isUpper
        || (first.isLower && second?.isUpper == true)
        || (first.isDigit && isNumberedName(scalars, token))
        || isElidedArticleName(scalars, token)
      token.isAllCaps = upper >= 2 && lower == 0
      // "We're", "Don't", "I'd": a pronoun or verb with its contraction names no one.
      if contraction {
        token.isCapitalized = false
        token.isAllCaps = false
      }
      // "post-Cold War", "pro-Kremlin": a lower-case prefix before a capitalised part; so is "Ex-"
      // opening a headline ("Ex-FTX chief …": "Anti-Defamation League" keeps its prefix).
      if token.hasHyphen, !token.isCapitalized || isFormerPrefix(scalars, token),
        let cut = capitalizedTail(scalars, token)
      {
        var prefix = token
        prefix.end = cut - 1
        prefix.hasHyphen = false
        prefix.isPossessive = false
        var tail = token
        tail.start = cut
        tail.spaceBefore = true
        tail.isCapitalized = true
        tail.hasHyphen = scalars[cut..<token.end].contains("-")
        tokens.append(prefix)
        tokens.append(tail)
      } else if token.end > token.start {
        tokens.append(token)
      }
      sawSpace = false
    }
    return tokens
  }

  /// Whether the token is French's or Italian's elided "de" or "le" before a capitalised name:
  /// "d'Italia" of "Giro d'Italia", "d'Estaing" of "Giscard d'Estaing".
  static func isElidedArticleName(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
    guard token.end - token.start >= 4, scalars[token.start] == "d" || scalars[token.start] == "l" else {
      return false
    }
    let apostrophe = scalars[token.start + 1]
    return (apostrophe == "'" || apostrophe == "’") && scalars[token.start + 2].isUpper
  }

  /// Whether the letters after the apostrophe at `apostrophe` are a contraction's ending: "'re",
  /// "'ve", "'ll", "'m", "'d", or "n't" ("O'Brien", "Sa'id" are names).
  static func isContractionEnding(_ scalars: [Unicode.Scalar], apostrophe: Int, end: Int) -> Bool {
    var stop = apostrophe + 1
    while stop < end, stop - apostrophe <= 3, scalars[stop].isLetter { stop += 1 }
    guard stop == end || !scalars[stop].isLetter else { return false }
    // Compared on lower-cased ASCII values: no string is built.
    func letter(_ offset: Int) -> UInt32 { scalars[apostrophe + offset].value | 0x20 }
    switch stop - apostrophe - 1 {
    case 1:
      let ending = letter(1)
      if ending == 0x6D || ending == 0x64 { return true }  // 'm, 'd
      return ending == 0x74 && apostrophe > 0 && scalars[apostrophe - 1].value | 0x20 == 0x6E  // n't
    case 2:
      let pair = (letter(1), letter(2))
      return pair == (0x72, 0x65) || pair == (0x76, 0x65) || pair == (0x6C, 0x6C)  // 're, 've, 'll
    default: return false
    }
  }

  /// How many capitals run from `start`.
  static func capitalsAhead(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int {
    var cursor = start
    while cursor < end, scalars[cursor].isUpper { cursor += 1 }
    return cursor - start
  }

  /// Whether ".com", ".net" or ".org", ending the word, follows the letter before `dot`.
  static func isWebSuffix(_ scalars: [Unicode.Scalar], dot: Int, end: Int) -> Bool {
    guard dot > 0, dot + 3 < end, scalars[dot - 1].isLetter else { return false }
    guard dot + 4 >= end || !isWordScalar(scalars[dot + 4]) else { return false }
    let suffix = (scalars[dot + 1].value, scalars[dot + 2].value, scalars[dot + 3].value)
    return suffix == (0x63, 0x6F, 0x6D) || suffix == (0x6E, 0x65, 0x74) || suffix == (0x6F, 0x72, 0x67)
  }

  /// "49ers", "76ers": digits, then three lower-case letters or more ending in "s", written as a
  /// team's name (not "1990s", "21st", "4th").
  static func isNumberedName(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
    var index = token.start
    while index < token.end, scalars[index].isDigit { index += 1 }
    guard token.end - index >= 3, scalars[token.end - 1] == "s" else { return false }
    return scalars[index..<token.end].allSatisfy(\.isLower)
  }

  /// Whether the word opens with "Ex-" ("former"), in any case.
  static func isFormerPrefix(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
    token.end - token.start > 3 && scalars[token.start].value | 0x20 == 0x65
      && scalars[token.start + 1].value | 0x20 == 0x78 && scalars[token.start + 2] == "-"
  }

  /// Where the capitalised part of "post-Cold" starts, if the word has one after a hyphen.
  static func capitalizedTail(_ scalars: [Unicode.Scalar], _ token: Token) -> Int? {
    var index = token.start
    while index < token.end - 1 {
      if scalars[index] == "-", scalars[index + 1].isUpper { return index + 1 }
      index += 1
    }
    return nil
  }

  /// `isWordPart`, with the ASCII test written here so that it inlines into the scanning loop.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
    return scalar.isWordPart
  }
}
