/// Finds calendar days written out in English.
///
/// Reads "March 23, 2022", "23 Mar. 2022", "23rd of March 2022" and "2022-03-23".
///
/// Numeric day/month orders other than ISO are ambiguous (03/04/2022) and are not read.
public enum DateRecognizer {
  /// A day found in a text, with its code-point offsets relative to the text searched.
  public struct Match: Hashable, Sendable {
    /// The day.
    public var day: ISODay
    /// Where it is written, relative to the start of the text searched.
    public var range: TextRange
  }

  public static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  public static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// The words that may introduce a date line: "Published", "Updated on", "Date:".
  public static let dateLinePrefixes: Set<String> = [
    "published", "updated", "posted", "date", "on", "first", "last", "modified", "dated",
  ]

  /// Every day written in `text`, in order.
  public static func days(in text: some StringProtocol) -> [Match] {
    let tokens = DateToken.tokenize(text)
    var matches: [Match] = []
    var index = 0
    while index < tokens.count {
      if let (day, end) = match(tokens, at: index) {
        matches.append(Match(day: day, range: TextRange(tokens[index].start, tokens[end].end)))
        index = end + 1
      } else {
        index += 1
      }
    }
    return matches
  }

  /// "4 July", "March 23" without a year: (month, day) pairs.
  public static func dayMonthWithoutYear(in text: some StringProtocol) -> [(month: Int, day: Int)] {
    let tokens = DateToken.tokenize(text)
    var found: [(Int, Int)] = []
    for index in tokens.indices {
      let token = tokens[index]
      let nextIsYear = { (at: Int) in at < tokens.count && tokens[at].yearNumber != nil }
      if token.isWord, let month = months[token.lower], index + 1 < tokens.count,
        let day = tokens[index + 1].dayNumber, !nextIsYear(index + 2)
      {
        found.append((month, day))
      } else if let day = token.dayNumber, index + 1 < tokens.count, tokens[index + 1].isWord,
        let month = months[tokens[index + 1].lower], !nextIsYear(index + 2),
        index == 0 || !(tokens[index - 1].isWord && months[tokens[index - 1].lower] != nil)
      {
        found.append((month, day))
      }
    }
    return found
  }

  /// The day when `text` is nothing but a date line: an optional "Published"/"Updated" prefix,
  /// an optional weekday, the date, and an optional time of day.
  public static func dateLine(_ text: some StringProtocol) -> ISODay? {
    let tokens = DateToken.tokenize(text)
    var index = 0
    while index < tokens.count, tokens[index].isWord,
      dateLinePrefixes.contains(tokens[index].lower) || weekdays.contains(tokens[index].lower)
    {
      index += 1
    }
    guard let (day, end) = match(tokens, at: index) else { return nil }
    // Whatever follows must be a time of day or a zone: digits, am/pm, short capitals.
    for token in tokens[(end + 1)...] where token.isWord {
      let lower = token.lower
      if lower == "am" || lower == "pm" || lower == "at" || lower == "utc" || lower == "gmt" { continue }
      if token.text.count <= 4, token.text.unicodeScalars.allSatisfy({ $0.isUpper }) { continue }
      return nil
    }
    return day
  }

  /// Matches a date starting at token `index`; returns the day and the index of its last token.
  static func match(_ tokens: [DateToken], at index: Int) -> (ISODay, Int)? {
    guard index < tokens.count else { return nil }
    let first = tokens[index]
    // Month Day[,] Year
    if first.isWord, let month = months[first.lower] {
      var next = index + 1
      guard next < tokens.count, let day = tokens[next].dayNumber else { return nil }
      next += 1
      guard next < tokens.count, let year = tokens[next].yearNumber else { return nil }
      return ISODay(year: year, month: month, day: day).map { ($0, next) }
    }
    // Day [of] Month[,] Year
    if let day = first.dayNumber {
      var next = index + 1
      if next < tokens.count, tokens[next].lower == "of" { next += 1 }
      guard next < tokens.count, tokens[next].isWord, let month = months[tokens[next].lower] else {
        return nil
      }
      next += 1
      guard next < tokens.count, let year = tokens[next].yearNumber else { return nil }
      return ISODay(year: year, month: month, day: day).map { ($0, next) }
    }
    // YYYY-MM-DD or YYYY/MM/DD, tokenised as one number token with separators.
    if let iso = first.isoDay { return (iso, index) }
    return nil
  }
}

/// A word or number of a short text, with its code-point offsets; punctuation is dropped.
struct DateToken {
  var text: String
  var start: Int
  var end: Int
  var isWord: Bool

  var lower: String { text.lowercased() }

  /// 1–31, also "23rd".
  var dayNumber: Int? {
    var digits = Substring(text)
    for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
      digits = digits.dropLast(2)
    }
    guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
    return value
  }

  /// A four-digit year from 1000 to 2999.
  var yearNumber: Int? {
    guard !isWord, text.count == 4, let value = Int(text), (1000...2999).contains(value) else { return nil }
    return value
  }

  var isoDay: ISODay? {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    else { return nil }
    return ISODay(year: year, month: month, day: day)
  }

  /// Splits into words (letters) and numbers (digits, with inner - or / kept for ISO dates).
  static func tokenize(_ text: some StringProtocol) -> [DateToken] {
    var tokens: [DateToken] = []
    var current = String.UnicodeScalarView()
    var start = 0
    var isWord = false
    var offset = 0
    func flush() {
      if !current.isEmpty {
        tokens.append(DateToken(text: String(current), start: start, end: offset, isWord: isWord))
        current = String.UnicodeScalarView()
      }
    }
    let scalars = Array(text.unicodeScalars)
    for (position, scalar) in scalars.enumerated() {
      offset = position
      let continuesNumber =
        !isWord && !current.isEmpty && (scalar == "-" || scalar == "/")
        && position + 1 < scalars.count && scalars[position + 1].isDigit
      if scalar.isLetter {
        if !isWord || current.isEmpty {
          // "23rd": letters right after digits stay in the number token.
          let digits = current.filter { $0.isDigit }.count
          if !current.isEmpty && !isWord && digits <= 2 && current.count < 4 {
            current.append(scalar)
            continue
          }
          flush()
          start = position
          isWord = true
        }
        current.append(scalar)
      } else if scalar.isDigit || continuesNumber {
        if isWord || current.isEmpty {
          flush()
          start = position
          isWord = false
        }
        current.append(scalar)
      } else {
        flush()
      }
    }
    offset = scalars.count
    flush()
    return tokens
  }
}
