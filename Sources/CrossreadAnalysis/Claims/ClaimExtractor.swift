import CrossreadCore
import Foundation

/// Reads what each sentence of an article claims.
///
/// Needs: the article and its entity mentions. Adds: one `Claim` per sentence of body text, with
/// its polarity and the cue words that set it, modality, attribution (speaker, reporting verb,
/// public or private, quoted), numbers with units, dates (absolute, or "on Friday" resolved against
/// the article's date), and lemmatised keywords plus entity keys for finding candidate pairs.
struct ClaimExtractor {
  let lexicon: Lexicon
  let article: Article
  let scalars: [Unicode.Scalar]
  /// Entity mentions of this article by sentence: (entity, range).
  let mentions: [Int: [(EntityID, TextRange)]]
  /// The corpus entity for a country's name, for demonyms and capitals ("Chinese", "Beijing" → China).
  let countryEntity: (String) -> EntityID?

  static let negators: Set<String> = [
    "not", "never", "no", "cannot", "nobody", "nothing", "none", "neither", "nor",
  ]
  /// Phrases with a negator that do not negate: "not only", "no less important".
  static let notNegations = [
    "not only", "not just", "not merely", "no less", "not least", "nothing less",
    "not limited",
  ]
  static let negativeVerbs: Set<String> = [
    "deny", "reject", "refuse", "avoid", "prevent", "dismiss", "halt", "cease", "abstain", "fail", "decline",
    "refute",
  ]
  static let pronouns: Set<String> = [
    "their", "they", "its", "it", "his", "her", "he", "she", "this", "these",
  ]
  static let modals: Set<String> = [
    "may", "might", "could", "would", "should", "possibly", "perhaps", "likely",
  ]
  static let reportingVerbs: Set<String> = [
    "say", "tell", "state", "claim", "deny", "accuse", "insist", "assert", "remark", "admit", "announce",
    "argue", "warn", "add", "clarify", "write", "report", "confirm", "allege", "reject", "suggest", "stress",
    "repeat", "reiterate",
  ]
  /// How a claim was made in public; not what it says about publicity ("public calls for peace").
  static let publicCues = [
    "publicly", "in public", "press briefing", "press conference", "told reporters",
    "telling the media", "told the media", "telling reporters", "news conference",
  ]
  static let privateCues = [
    "privately", "in private", "private meeting", "private talks", "private four-hour",
    "behind closed doors", "closed meeting", "confidential", "private words", "private conversation",
  ]
  /// Words after which a name is not the claim's subject ("in Kyiv", "with Wang", "by Beijing").
  static let subjectlessPrepositions = KindVote.placePrepositions.union([
    "during", "on", "with", "for", "of", "by",
  ])
  static let stopwords: WordSet = MentionFinder.functionWords.union(MentionFinder.auxiliaries).union([
    "be", "have", "do", "also", "very", "such", "other", "into", "than", "then", "over", "just", "even",
    "only", "one", "two", "new", "year", "years", "week", "time", "way", "much", "any", "each", "said",
    "say", "says", "told", "tell", "according", "report", "reported", "will", "can", "would", "could",
    "may", "might", "make", "made", "take", "its", "it's", "s", "t", "per", "whose", "them", "him", "her",
    "us", "out", "up", "down", "off", "again", "further", "own", "same", "well", "being", "been",
  ])
  static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
  ]

  /// Whether the article says its talks were private ("Private Talks Reveal …", "privately").
  var articleCallsTalksPrivate: Bool {
    let lower = article.text.string.lowercased()
    return Self.privateCues.contains(where: lower.hasSubstring)
  }

  func claims() -> [Claim] {
    let talksPrivate = articleCallsTalksPrivate
    var claims: [Claim] = []
    var previousSetting: (setting: String, entities: Set<EntityID>)?
    for (index, sentence) in article.sentences.enumerated() {
      let kind = article.blocks[sentence.block].kind
      guard kind == .paragraph || kind == .listItem else {
        previousSetting = nil
        continue
      }
      for clause in [sentence.range] {
        var claim = claim(index, clause, talksPrivate: talksPrivate)
        // "Publicly, China repeats …. On 4 July, Mao Ning stated …": the setting carries to the next
        // sentence about the same entities.
        if claim.attribution.setting == nil, let previous = previousSetting,
          !previous.entities.isDisjoint(with: claim.entities)
        {
          claim.attribution.setting = previous.setting
        }
        // "Their cooperation remains strong …": a claim that opens with a pronoun and names no one
        // speaks of the entities of the claim before it.
        let firstWord = claim.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if Self.pronouns.contains(firstWord), claim.entities.isEmpty, let previous = claims.last,
          previous.article == claim.article
        {
          claim.entities = previous.entities
          claim.entityOffsets = previous.entities.map { _ in 0 }
          claim.subject = previous.subject
        }
        let opensWithSetting = claim.text.hasPrefix("Publicly") || claim.text.hasPrefix("Privately")
        previousSetting = opensWithSetting ? claim.attribution.setting.map { ($0, Set(claim.entities)) } : nil
        claims.append(claim)
      }
    }
    return claims
  }

  func claim(_ index: Int, _ range: TextRange, talksPrivate: Bool) -> Claim {
    let tokens = Tokenizer.tokens(scalars, in: range)
    let text = String(article[range])
    let lowerText = text.lowercased().replacingApostrophes
    let words = tokens.map { token -> String in
      String(scalars: scalars[token.start..<token.end]).lowercased().replacingApostrophes
    }
    let quoted = quotedTokens(tokens)

    var negations: [String] = []
    var negatedScope: Set<Int> = []
    var modality: String?
    var verb: String?
    var verbPosition: Int?
    var keywords: Set<String> = []
    for (position, token) in tokens.enumerated() where token.isWord {
      let word = words[position]
      let lemma = lexicon.lemma(word)
      let shortQuote = quoted[position].map { $0 <= 4 } ?? false
      let nextWord = position + 1 < words.count ? words[position + 1] : ""
      let falseNegation = Self.notNegations.contains(word + " " + nextWord)
      let isNegator =
        ((Self.negators.contains(word) && !token.hasHyphen && !shortQuote) || word.hasSuffix("n't")
          || Self.negativeVerbs.contains(lemma)) && !falseNegation
      if isNegator {
        negations.append(word)
        for scope in (position + 1)..<min(tokens.count, position + 4) { negatedScope.insert(scope) }
      }
      // "May 4", "in May": the month, not the modal.
      let isMonth =
        word == "may"
        && ((token.isCapitalized && position > 0)
          || (position + 1 < tokens.count && tokens[position + 1].hasDigit))
      if modality == nil, Self.modals.contains(word), !isMonth { modality = word }
      if verb == nil, Self.reportingVerbs.contains(lemma), !token.isCapitalized {
        verb = lemma
        verbPosition = position
      }
      // Common nouns count even when capitalised inside a name ("Chinese Consulate").
      let plain = !token.isCapitalized || position == 0 || lexicon.isCommon(word)
      if !Self.stopwords.contains(word), word.count >= 3, !token.hasDigit, plain {
        for part in lemma.split(separator: "-")
        where part.count >= 3 && !Self.stopwords.contains(String(part)) {
          keywords.insert(String(part))
        }
      }
    }
    if lowerText.hasSubstring("has yet to") || lowerText.hasSubstring("have yet to") {
      negations.append("yet to")
    }
    // Entities, with demonyms and capitals read as their country.
    var entities: [EntityID] = []
    var seen: Set<EntityID> = []
    var subject: EntityID?
    var offsets: [Int] = []
    for (entity, mentionRange) in mentions[index] ?? [] {
      if seen.insert(entity).inserted {
        entities.append(entity)
        offsets.append(mentionRange.start - range.start)
      }
      let written = String(article[mentionRange])
      if let country = lexicon.country(ofCapital: written), let id = countryEntity(country),
        seen.insert(id).inserted
      {
        entities.append(id)
        offsets.append(mentionRange.start - range.start)
      }
      let found = MentionFinder.firstToken(startingAtOrAfter: mentionRange.start, in: tokens)
      let position = found < tokens.count ? found : 0
      let inDateline = article.dateline.map { $0.contains(mentionRange) } ?? false
      let afterPreposition = position > 0 && Self.subjectlessPrepositions.contains(words[position - 1])
      if subject == nil, !inDateline, !afterPreposition, position < (verbPosition ?? tokens.count) {
        // "Beijing has rejected …": a capital speaks for its country's government.
        subject = lexicon.country(ofCapital: written).flatMap(countryEntity) ?? entity
      }
    }
    for (position, token) in tokens.enumerated() where token.isCapitalized {
      let written = String(scalars: scalars[token.start..<token.end])
      // WordNet's demonyms, then the corpus's own places ("Dravonian" → "Dravonia").
      let place =
        lexicon.demonymPlace(written)
        ?? CorpusLinker.demonymBases(written.lowercased()).first { countryEntity($0) != nil }
      if let place, let id = countryEntity(place), seen.insert(id).inserted {
        if subject == nil, position < (verbPosition ?? tokens.count) { subject = id }
        entities.append(id)
        offsets.append(token.start - range.start)
      }
    }
    var setting =
      Self.privateCues.contains(where: lowerText.hasSubstring)
      ? "private" : Self.publicCues.contains(where: lowerText.hasSubstring) ? "public" : nil
    // "Wang told Kallas at the meeting that …" in an article that calls those talks private.
    if setting == nil, talksPrivate, verb == "tell",
      ["meeting", "talks", "conversation"].contains(where: lowerText.hasSubstring)
    {
      setting = "private"
    }
    var speaker: (String, EntityID?)? = verbPosition.flatMap { verbAt in
      // "Lena Varga, the mayor of Tessen, said": the name before the appositive speaks.
      var limit = verbAt
      if verbAt > 0, !tokens[verbAt - 1].isWord, scalars[tokens[verbAt - 1].start] == ",",
        let open = tokens[max(0, verbAt - 14)..<(verbAt - 1)].lastIndex(where: {
          !$0.isWord && scalars[$0.start] == ","
        })
      {
        limit = open
      }
      // Tokens are in text order: a mention starts before token `limit` when some token before
      // `limit` starts at or after it, that is when the last such token does.
      guard limit > 0 else { return nil }
      let lastStart = tokens[limit - 1].start
      return (mentions[index] ?? []).last { $0.1.start <= lastStart }.map { (String(article[$0.1]), $0.0) }
    }
    // "…, the regional fire service said": an unnamed speaker after the last comma, not the last
    // name somewhere before it ("Halvorsen, the interior minister, said" keeps Halvorsen).
    if let verbAt = verbPosition,
      let comma = tokens[..<verbAt].lastIndex(where: { !$0.isWord && scalars[$0.start] == "," }),
      comma + 1 < verbAt, ["the", "a", "an"].contains(words[comma + 1]),
      !(mentions[index] ?? []).contains(where: {
        $0.1.start >= tokens[comma].end && $0.1.start < tokens[verbAt].start
      })
    {
      let phrase = String(String.UnicodeScalarView(scalars[tokens[comma + 1].start..<tokens[verbAt - 1].end]))
      speaker = (phrase, nil)
    }
    let claimIsQuoted = quoted.contains { ($0 ?? 0) >= 4 }
    let located = locatedDates(text)
    var claim = Claim(
      article: article.id, sentence: index, range: range, text: text, entities: entities, subject: subject,
      predicate: verb, polarity: negations.isEmpty ? .positive : .negative, negations: negations,
      modality: modality,
      attribution: Attribution(
        speaker: speaker?.0, speakerEntity: speaker?.1, verb: verb, setting: setting, quoted: claimIsQuoted),
      numbers: numbers(tokens, words), dates: dates(text, located),
      keywords: keywords.sorted()
        + negatedScope.sorted().compactMap { position in
          position < words.count && keywords.contains(lexicon.lemma(words[position]))
            ? "¬" + lexicon.lemma(words[position]) : nil
        })
    claim.entityOffsets = offsets
    claim.eventDates = eventDates(text, located.absolute + located.relative)
    claim.periods = periods(lowerText)
    // "Wang told EU foreign affairs chief Kaja Kallas that …": the words between the verb and "that".
    if verb == "tell", let verbAt = verbPosition {
      var audience: [String] = []
      for position in (verbAt + 1)..<min(tokens.count, verbAt + 9) {
        let token = tokens[position]
        if !token.isWord || words[position] == "that" { break }
        audience.append(String(scalars: scalars[token.start..<token.end]))
      }
      if !audience.isEmpty { claim.attribution.audience = audience.joined(separator: " ") }
    }
    return claim
  }

  /// For each token inside quotation marks, the number of words in that quotation.
  func quotedTokens(_ tokens: [Token]) -> [Int?] {
    var result = [Int?](repeating: nil, count: tokens.count)
    var open: Int?
    for (position, token) in tokens.enumerated() where !token.isWord {
      let mark = scalars[token.start]
      if mark == "“" || (mark == "\"" && open == nil) {
        open = position
      } else if let start = open, mark == "”" || mark == "\"" {
        let count = tokens[(start + 1)..<position].filter(\.isWord).count
        for inside in (start + 1)..<position { result[inside] = count }
        open = nil
      }
    }
    // A quotation that began in the previous sentence and closes here.
    if let close = tokens.indices.first(where: { !tokens[$0].isWord && scalars[tokens[$0].start] == "”" }),
      !tokens[..<close].contains(where: { !$0.isWord && scalars[$0.start] == "“" })
    {
      let count = tokens[..<close].filter(\.isWord).count
      for inside in 0..<close where result[inside] == nil { result[inside] = count }
    }
    // A quotation that runs on into the next sentence ("… telling the media, “China is not …").
    if let start = open {
      let count = tokens[(start + 1)...].filter(\.isWord).count
      for inside in (start + 1)..<tokens.count { result[inside] = count }
    }
    return result
  }

  /// "€40 million", "12 people", "18%": value, unit, text.
  func numbers(_ tokens: [Token], _ words: [String]) -> [ClaimNumber] {
    var numbers: [ClaimNumber] = []
    for (position, token) in tokens.enumerated() where token.isWord {
      let raw = words[position].filter { $0.isNumber || $0 == "." }
      var value: Double
      if token.hasDigit {
        guard let digits = Double(raw), !words[position].contains("-") else { continue }
        value = digits
      } else if let spelt = Self.numberWord(words[position]) {
        value = spelt
      } else {
        continue
      }
      let before = position > 0 ? String(scalars[tokens[position - 1].start]) : ""
      var next = position + 1
      if next < tokens.count, let scale = Self.scales[words[next]] {
        value *= scale
        next += 1
      }
      // Years and days of months are dates, not quantities.
      if raw.count == 4, value >= 1900, value <= 2100, !"€$£".contains(before) { continue }
      if position > 0, DateRecognizer.months[words[position - 1]] != nil { continue }
      if next < tokens.count, DateRecognizer.months[words[next]] != nil { continue }
      var unit = ""
      if "€$£¥".contains(before), !before.isEmpty {
        unit = before
      } else if next < tokens.count, !tokens[next].isWord, scalars[tokens[next].start] == "%" {
        unit = "%"
      } else {
        var look = next
        while look < tokens.count, look < next + 3 {
          let word = words[look]
          if tokens[look].isWord, !Self.stopwords.contains(word),
            !lexicon.adjectives.contains(word) || word.hasSuffix("s")
          {
            unit = lexicon.lemma(word)
            break
          }
          look += 1
        }
      }
      guard !unit.isEmpty else { continue }
      let end = tokens[min(next, tokens.count) - 1].end
      let text = String(
        String.UnicodeScalarView(scalars[tokens[max(0, position - (unit.count == 1 ? 1 : 0))].start..<end]))
      // What it counts: the nearest content word before it ("killed", past "at least") and the two
      // after its unit ("remained in hospital").
      var context: [String] = []
      var back = position - 1
      while back >= 0, back >= position - 6 {
        let hedge = [
          "least", "about", "around", "nearly", "almost", "roughly", "some", "than", "more", "fewer",
        ]
        if tokens[back].isWord, !Self.stopwords.contains(words[back]), !hedge.contains(words[back]),
          words[back].count >= 3
        {
          context.append(Self.measure(lexicon.lemma(words[back])))
          break
        }
        back -= 1
      }
      let afterUnit = unit.count > 1 ? next + 1 : next
      for look in afterUnit..<min(words.count, afterUnit + 3) where tokens[look].isWord {
        let word = words[look]
        if !Self.stopwords.contains(word), word.count >= 3 {
          context.append(Self.measure(lexicon.lemma(word)))
        }
      }
      numbers.append(ClaimNumber(value: value, unit: unit, text: text, context: context))
    }
    return numbers
  }

  /// The days a sentence names, each with its code-point offset in the sentence: absolute dates
  /// first, then "4 July" without a year and "on Friday", both resolved against the article's date.
  func locatedDates(_ text: String) -> (absolute: [(Int, ISODay)], relative: [(Int, ISODay)]) {
    let absolute = DateRecognizer.days(in: text).map { ($0.range.start, $0.day) }
    guard let articleDate = article.date else { return (absolute, []) }
    let lowerText = text.lowercased()
    func offset(_ found: Range<String.Index>) -> Int {
      lowerText.unicodeScalars.distance(from: lowerText.startIndex, to: found.lowerBound)
    }
    var relative: [(Int, ISODay)] = []
    for match in DateRecognizer.dayMonthWithoutYear(in: text) {
      guard let day = ISODay(year: articleDate.year, month: match.month, day: match.day),
        let found = lowerText.range(of: String(match.day))
      else { continue }
      relative.append((offset(found), day))
    }
    let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (index, name) in weekdayNames.enumerated() {
      guard let found = lowerText.range(of: "on " + name) else { continue }
      let back = (articleDate.weekday - (index + 1) + 7) % 7
      if let day = ISODay(daysSinceEpoch: articleDate.daysSinceEpoch - back) {
        relative.append((offset(found), day))
      }
    }
    return (absolute, relative)
  }

  /// Each date of the sentence joined to the event noun closest before it (within fifteen words), so
  /// that "said on Saturday" is not the date of "the explosion".
  func eventDates(_ text: String, _ located: [(Int, ISODay)]) -> [String: ISODay] {
    let lower = Array(text.lowercased().unicodeScalars)
    var result: [String: ISODay] = [:]
    for (position, day) in located {
      let prefix = String(scalars: lower[0..<min(position, lower.count)])
      let before = prefix.split(whereSeparator: { !$0.isLetter }).map { lexicon.lemma(String($0)) }
      guard let index = before.lastIndex(where: { ContradictionFinder.eventNouns.contains($0) }),
        before.count - index <= 15,
        !before[index...].contains(where: { Self.reportingVerbs.contains($0) })
      else { continue }
      if result[before[index]] == nil { result[before[index]] = day }
    }
    return result
  }

  /// Counts written as words, "two" to "ninety-nine" ("one" is too often a pronoun).
  static let numberWords: [String: Double] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
  ]
  /// The units after a hyphen: "twenty-five".
  static let unitWords: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
  ]

  /// The value of a number written as a word: "six", "twenty", "twenty-five".
  static func numberWord(_ word: String) -> Double? {
    if let value = numberWords[word] { return value }
    let parts = word.split(separator: "-").map(String.init)
    guard parts.count == 2, let tens = numberWords[parts[0]], tens >= 20,
      tens.truncatingRemainder(dividingBy: 10) == 0,
      let units = unitWords[parts[1]]
    else { return nil }
    return tens + units
  }

  /// Words for one measure folded together: "killed", "died", "dead" all count deaths.
  static func measure(_ lemma: String) -> String {
    if ["kill", "die", "dead", "death", "toll", "fatality", "killing"].contains(lemma) { return "death" }
    if ["cost", "damage", "loss", "claim", "estimate", "bill", "price"].contains(lemma) { return "cost" }
    return lemma
  }

  /// "this week", "last week", "this month", "last month", resolved against the article's date.
  func periods(_ lower: String) -> [String] {
    guard let date = article.date else { return [] }
    var result: [String] = []
    let monday = date.daysSinceEpoch - (date.weekday - 1)
    if lower.hasSubstring("this week"), let start = ISODay(daysSinceEpoch: monday) {
      result.append("week of \(start)")
    }
    if lower.hasSubstring("last week"), let start = ISODay(daysSinceEpoch: monday - 7) {
      result.append("week of \(start)")
    }
    func month(_ year: Int, _ month: Int) -> String {
      String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }
    if lower.hasSubstring("this month") { result.append(month(date.year, date.month)) }
    if lower.hasSubstring("last month") {
      result.append(date.month == 1 ? month(date.year - 1, 12) : month(date.year, date.month - 1))
    }
    return result
  }

  /// Days named in the sentence, each once: absolute dates, "on Friday", and "yesterday" resolved
  /// against the article's date when it has one.
  func dates(_ text: String, _ located: (absolute: [(Int, ISODay)], relative: [(Int, ISODay)])) -> [ISODay] {
    var days = located.absolute.map(\.1)
    for (_, day) in located.relative where !days.contains(day) { days.append(day) }
    if let articleDate = article.date, text.lowercased().hasSubstring("yesterday"),
      let day = ISODay(daysSinceEpoch: articleDate.daysSinceEpoch - 1)
    {
      days.append(day)
    }
    return days
  }
}
