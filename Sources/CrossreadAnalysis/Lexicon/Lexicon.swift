import CrossreadCore
import Foundation

/// The word lists entity analysis consults, generated from Debian packages by
/// `scripts/generate-lexicon` (sources and licences in `Resources/lexicon/SOURCES.md`).
///
/// Every key is folded with `Lexicon.fold`: lower case, straight apostrophes, no full stops.
public struct Lexicon: Sendable {
  /// What the gazetteer knows about a place name.
  public enum PlaceClass: String, Sendable {
    case country, capital, place
  }

  /// A WordNet synset of names: its kind, and the synset it is part of (if an organisation's part).
  public struct NameGroup: Sendable {
    public var id: Int
    public var kind: EntityKind
    public var whole: Int?
    public var canonical: String
    /// A name several people share ("Hussein"): it types a mention as a person but links it to
    /// nobody in particular.
    public var isShared: Bool { id < 0 }
  }

  var commonWords = WordSet()
  var places = WordTable<PlaceClass>()
  var groups: [Int: NameGroup] = [:]
  /// Name groups by folded name and by acronym, looked up in one step.
  var groupOfName = WordTable<NameGroup>()
  var groupOfAcronym = WordTable<NameGroup>()
  var demonyms = WordTable<String>()
  var roles = WordSet()
  /// Role words that are also proper names ("victor", "dean", "donna"): see `MentionFinder.titleEnd`.
  var roleNames = WordSet()
  var orgHeads = WordSet()
  var placeHeads = WordSet()
  var eventHeads = WordSet()
  var directions = WordSet()
  var calendar = WordSet()
  /// Feasts and holidays ("Christmas", "Ramadan", "Boxing Day"): they date things, name no one.
  var holidays = WordSet()
  /// The first words of `holidays`, looked up before a whole name is folded.
  var holidayFirstWords = WordSet()
  /// Substances, foods and plants ("copper", "oil", "cotton"): what a company produces or mines.
  var goods = WordSet()
  var adverbs = WordSet()
  var antonyms = WordTable<Set<String>>()
  var inflections = WordTable<String>()
  var capitals = WordTable<String>()
  var adjectives = WordSet()
  /// Acronyms WordNet knows only as common nouns ("gdp", "dna", "tv"), folded.
  var commonAcronyms = WordSet()
  /// Acronyms WordNet knows both as a name and as a common noun, with the common senses spelt
  /// out in words: "AI" → ["artificial", "intelligence"], ["artificial", "insemination"].
  var acronymPhrases = WordTable<[[String]]>()
  /// Common words that are also given names or surnames ("peter", "bill", "senior").
  var nameWords = WordSet()
  /// Given names, lower-cased: first words of WordNet's full names of people ("richard", "boris").
  var givenNames = WordSet()
  /// One of a people, lower-cased: "kurd", "tutsi", "serb" (WordNet person nouns).
  var peoples = WordSet()

  /// The lexicon shipped with crossread, loaded once.
  public static let shared: Lexicon = {
    guard let url = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
      return Lexicon()
    }
    return Lexicon(folder: url)
  }()

  /// An empty lexicon, for tests of rules that must not depend on it.
  public init() {}

  /// Loads the lists from `folder`.
  public init(folder: URL) {
    func lines(_ name: String) -> [Substring] {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
      return text.split(separator: "\n", omittingEmptySubsequences: true)
    }
    func set(_ name: String) -> WordSet { WordSet(lines(name).map { Lexicon.fold($0) }) }
    // Built as dictionaries (later lines may overrule earlier ones), then frozen into tables.
    var places: [String: PlaceClass] = [:]
    var groupOfName: [String: Int] = [:]
    var groupOfAcronym: [String: Int] = [:]
    var demonyms: [String: String] = [:]
    var antonyms: [String: Set<String>] = [:]
    var inflections: [String: String] = [:]
    var capitals: [String: String] = [:]
    commonWords = WordSet(lines("common-words.txt").map(String.init))
    for line in lines("places.tsv") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2, let placeClass = PlaceClass(rawValue: String(fields[1])) else { continue }
      let key = Lexicon.fold(fields[0])
      if places[key] == nil || placeClass == .country { places[key] = placeClass }
    }
    var dotted: Set<String> = []
    var dottedAcronyms: Set<String> = []
    for line in lines("names.tsv") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4, let id = Int(fields[0]), let kind = EntityKind(rawValue: String(fields[1]))
      else { continue }
      let names = fields[3].split(separator: "|").map(String.init)
      guard let first = names.first else { continue }
      groups[id] = NameGroup(id: id, kind: kind, whole: Int(fields[2]), canonical: first)
      for name in names {
        // An all-capital lemma ("UN", "CORE") matches only text in capitals.
        if let acronym = Lexicon.acronymKey(name) {
          // "US" written without full stops wins over a synset that only has "U.S.".
          if groupOfAcronym[acronym] == nil || (dottedAcronyms.contains(acronym) && !name.contains(".")) {
            groupOfAcronym[acronym] = id
            if name.contains(".") { dottedAcronyms.insert(acronym) } else { dottedAcronyms.remove(acronym) }
          }
          continue
        }
        let key = Lexicon.fold(name)
        if groupOfName[key] == nil || (dotted.contains(key) && !name.contains(".")) {
          groupOfName[key] = id
          if name.contains(".") { dotted.insert(key) } else { dotted.remove(key) }
        }
      }
    }
    for line in lines("demonyms.tsv") {
      let fields = line.split(separator: "\t")
      if fields.count == 2 { demonyms[String(fields[0])] = String(fields[1]) }
    }
    roles = set("roles.txt")
    roleNames = set("role-names.txt")
    orgHeads = set("org-heads.txt")
    placeHeads = set("place-heads.txt")
    eventHeads = set("event-heads.txt")
    directions = set("place-directions.txt")
    calendar = set("calendar.txt")
    holidays = set("holidays.txt")
    holidayFirstWords = WordSet(holidays.map { String($0.prefix { $0 != " " }) })
    goods = set("goods.txt")
    adverbs = set("adverbs.txt")
    for line in lines("antonyms.tsv") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      antonyms[String(fields[0]), default: []].insert(String(fields[1]))
      antonyms[String(fields[1]), default: []].insert(String(fields[0]))
    }
    for line in lines("inflections.tsv") {
      let fields = line.split(separator: "\t")
      if fields.count == 2 { inflections[String(fields[0])] = String(fields[1]) }
    }
    for line in lines("capitals.tsv") {
      let fields = line.split(separator: "\t")
      if fields.count == 2 { capitals[Lexicon.fold(fields[0])] = String(fields[1]) }
    }
    adjectives = set("adjectives.txt")
    commonAcronyms = set("common-acronyms.txt")
    acronymPhrases = WordTable(
      lines("acronym-phrases.tsv").compactMap { line in
        let fields = line.split(separator: "\t")
        guard fields.count == 2 else { return nil }
        return (
          String(fields[0]), fields[1].split(separator: "|").map { $0.split(separator: " ").map(String.init) }
        )
      })
    nameWords = set("name-words.txt")
    givenNames = set("given-names.txt")
    peoples = set("peoples.txt")
    self.places = WordTable(places)
    self.groupOfName = WordTable(groupOfName.compactMap { key, id in groups[id].map { (key, $0) } })
    self.groupOfAcronym = WordTable(groupOfAcronym.compactMap { key, id in groups[id].map { (key, $0) } })
    self.demonyms = WordTable(demonyms)
    self.antonyms = WordTable(antonyms)
    self.inflections = WordTable(inflections)
    self.capitals = WordTable(capitals)
  }

  /// The folded form of a name: lower case, straight apostrophes, no full stops, single spaces.
  public static func fold(_ text: some StringProtocol) -> String {
    // ASCII: one pass over the bytes, written straight into the new string.
    switch text.utf8.withContiguousStorageIfAvailable({ asciiFold($0) }) {
    case .some(.some(let ascii)): return ascii
    case .some(.none): break  // not ASCII
    case .none:
      // Text not stored as contiguous UTF-8 is copied out first.
      if let ascii = Array(text.utf8).withUnsafeBufferPointer({ asciiFold($0) }) { return ascii }
    }
    var result = String.UnicodeScalarView()
    var lastWasSpace = false
    // Per code point, as String.lowercased() does, without lower-casing the whole text first.
    for scalar in text.unicodeScalars {
      switch scalar {
      case ".": continue
      case "’", "‘": result.append("'")
      case " ", "\u{A0}", "\n", "\t":
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
        continue
      case "A"..."Z": result.append(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value | 0x20)))
      default:
        if scalar.value >= 0x80, scalar.properties.changesWhenLowercased {
          result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
          result.append(scalar)
        }
      }
      lastWasSpace = false
    }
    return String(result)
  }

  /// `fold` of ASCII bytes; nil when a byte is not ASCII.
  private static func asciiFold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for byte in bytes where byte >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var count = 0
      var lastWasSpace = false
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "."): continue
        case UInt8(ascii: " "), 0x09, 0x0A:
          if !lastWasSpace {
            buffer[count] = 0x20
            count += 1
          }
          lastWasSpace = true
          continue
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte | 0x20
        default: buffer[count] = byte
        }
        count += 1
        lastWasSpace = false
      }
      return count
    }
  }

  /// Whether `lower` is a common English word (a sentence-initial "However" is not a name).
  public func isCommon(_ lower: String) -> Bool { commonWords.contains(lower) }

  /// The place class of a folded name.
  public func place(_ folded: String) -> PlaceClass? { places[folded] }

  /// The name group of a name as written: capitals match acronyms ("UN", "U.S."), other text
  /// matches case-insensitively ("European Union").
  public func group(_ text: some StringProtocol) -> NameGroup? {
    if let acronym = Lexicon.acronymKey(text), let group = groupOfAcronym[acronym] { return group }
    return groupOfName[Lexicon.fold(text)]
  }

  /// `group(text)` for a caller that has already folded the text.
  public func group(_ text: some StringProtocol, folded: String) -> NameGroup? {
    if let acronym = Lexicon.acronymKey(text), let group = groupOfAcronym[acronym] { return group }
    return groupOfName[folded]
  }

  /// "U.S." → "US", "RFE/RL" → nil: two to six capitals, full stops allowed, nothing else.
  static func acronymKey(_ text: some StringProtocol) -> String? {
    // ASCII: most names fail at their second letter, with nothing built.
    var capitals = 0
    var ascii = true
    for byte in text.utf8 where byte != UInt8(ascii: ".") {
      guard byte < 0x80 else {
        ascii = false
        break
      }
      guard byte &- UInt8(ascii: "A") < 26, capitals < 6 else { return nil }
      capitals += 1
    }
    if ascii {
      guard capitals >= 2 else { return nil }
      return String(decoding: text.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }
    var letters = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where scalar != "." {
      guard scalar.isUpper else { return nil }
      letters.append(scalar)
    }
    return (2...6).contains(letters.count) ? String(letters) : nil
  }

  /// The country whose capital `name` is ("Beijing" → "China").
  public func country(ofCapital name: String) -> String? { capitals[Lexicon.fold(name)] }

  /// Whether two lemmas are antonyms in WordNet ("accept" and "reject").
  public func areAntonyms(_ a: String, _ b: String) -> Bool { antonyms[a]?.contains(b) ?? false }

  /// The lemma of a lower-case word: WordNet's irregular forms, then regular suffixes.
  public func lemma(_ word: String) -> String {
    if let irregular = inflections[word] { return irregular }
    for (suffix, replacement) in Lexicon.suffixes
    where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
      let stem = String(word.dropLast(suffix.count)) + replacement
      if commonWords.contains(stem) { return stem }
    }
    return word
  }

  static let suffixes: [(String, String)] = [
    ("ies", "y"), ("ied", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""),
    ("ation", "e"), ("ation", ""), ("ment", ""), ("ly", ""),
  ]

  /// Whether a lower-cased word names one or more of a people: "kurd", "kurds", "hutus".
  func isPeople(_ word: String) -> Bool {
    if peoples.contains(word) { return true }
    guard word.utf8.last == UInt8(ascii: "s") else { return false }
    return peoples.contains(String(word.dropLast()))
  }

  /// The place a demonym pertains to ("Chinese" → "China").
  ///
  /// Also in a headline set in capitals ("CHINESE") and as a plural naming a people
  /// ("Palestinians", "Thais").
  public func demonymPlace(_ word: String) -> String? {
    if let place = demonyms[word] { return place }
    var form = word
    // Capitals, judged by the second byte first: most words cost one comparison here.
    let utf8 = word.utf8
    if utf8.count > 3, utf8.dropFirst().first.map({ $0 &- UInt8(ascii: "A") < 26 }) ?? false,
      word.unicodeScalars.allSatisfy({ !$0.isLower }), let first = word.first
    {
      form = String(first) + word.dropFirst().lowercased()
      if let place = demonyms[form] { return place }
    }
    // The last three bytes, read once from contiguous storage.
    var count = 0
    var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
    form.withUTF8 { bytes in
      count = bytes.count
      if count >= 3 { tail = (bytes[count - 3], bytes[count - 2], bytes[count - 1]) }
    }
    // Only a country's people: "Olympics" is no people of Olympia.
    if tail.2 == UInt8(ascii: "s"), let place = demonyms[String(form.dropLast())],
      places[Lexicon.fold(place)] == .country
    {
      return place
    }
    // "Dagestani", "Tatarstani": a land in "-stan" and "i".
    if tail == (UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "i")), count > 6,
      form.dropLast().hasSuffix("stan"),
      places[Lexicon.fold(String(form.dropLast()))] != nil
    {
      return String(form.dropLast())
    }
    // "Surinamese", "Togolese": a country's name and "-ese" (after a final "e", or with an "l"
    // between, dropped), when the lists lack the adjective.
    if tail == (UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "e")), count > 6 {
      let stem = String(form.dropLast(3))
      for name in [stem, stem + "e", String(stem.dropLast())] where name.count > 3 {
        if places[Lexicon.fold(name)] == .country { return name }
      }
      return nil
    }
    // "Welshman", "Frenchwomen": one of a people.
    if tail.2 == UInt8(ascii: "n"), count > 6 {
      guard tail.0 == UInt8(ascii: "m"), tail.1 == UInt8(ascii: "a") || tail.1 == UInt8(ascii: "e") else {
        return nil
      }
      var stem = form.dropLast(3)
      if stem.hasSuffix("wo") { stem = stem.dropLast(2) }
      if let place = demonyms[String(stem)] { return place }
    }
    return nil
  }
}

extension String {
  /// Whether `needle` occurs in the text, compared as UTF-8 bytes (no Foundation bridging).
  func hasSubstring(_ needle: String) -> Bool {
    var haystack = self
    var pattern = needle
    return haystack.withUTF8 { text in
      pattern.withUTF8 { word in
        guard let first = word.first else { return true }
        guard word.count <= text.count else { return false }
        var index = 0
        let last = text.count - word.count
        while index <= last {
          if text[index] == first {
            var matched = 1
            while matched < word.count && text[index + matched] == word[matched] { matched += 1 }
            if matched == word.count { return true }
          }
          index += 1
        }
        return false
      }
    }
  }
}
