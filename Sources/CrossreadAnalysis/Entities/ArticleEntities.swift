import CrossreadCore

/// Resolves the names of one article into entities.
///
/// Needs: the article's candidates and their votes. Adds: `LocalEntity`s, where "Wang Yi" and a
/// later "Wang", "European Union" and "EU", "Zelenskiy" and "Zelensky" are one; two different
/// full names never are.
///
/// A class for the same reason as `MentionFinder`: its methods run in closures.
final class ArticleEntities {
  let finder: MentionFinder
  let candidates: [Candidate]
  let votes: [KindVote]
  let folded: [String]
  let texts: [String]
  /// The first and last words of the article's full person names.
  let personNameParts: Set<String>
  /// The last words of those names ("davenport" of "Lindsay Davenport").
  let personLastNames: Set<String>
  /// Variant keys of the forms, computed once.
  let variants: [String: String]
  /// Each candidate's lexicon group, looked up once.
  let groupOf: [Lexicon.NameGroup?]
  /// Whether the lexicon knows the candidate as something other than a person.
  let inOtherGroup: [Bool]
  /// Each candidate's word as a surname form, worked out once.
  ///
  /// The word itself, the word after a particle ("De Klerk"), or nil for other names.
  let surnameKeys: [String?]
  let lexicon: Lexicon

  /// Words a company's name is often written without: legal forms and line-of-business words
  /// ("Norvik Energy ASA", "Norvik Energy" and "Norvik" are one company; so are "Orvale Cos Inc"
  /// and "Orvale").
  static let genericTails: WordSet = MentionFinder.legalForms.union([
    "network", "group", "holding", "holdings", "company", "cos", "companies", "motor", "sca", "se", "energy",
    "power", "oil",
    "petroleum", "gas", "motors", "airlines", "airways", "pharmaceuticals", "pharma", "technologies",
    "systems", "industries", "resources", "mining", "steel", "chemicals", "foods", "telecom",
    "communications", "media", "entertainment", "capital", "partners", "securities", "investments",
    "insurance", "financial", "logistics", "shipping", "properties", "enterprises", "breweries", "stores",
    "associates", "textiles", "developments", "mines", "minerals", "international",
  ])
  static let governmentHeads: WordSet = [
    "ministry", "department", "office", "cabinet", "parliament", "army", "navy", "embassy", "police",
    "government", "administration", "foreign", "defence", "defense",
  ]

  /// The text with each run of white space (line breaks, tabs, doubled spaces) as one space.
  static func singleSpaced(_ text: String) -> String {
    // Bytes first: almost every name has single spaces only, and Unicode properties are slow.
    var previous: UInt8 = 0
    let needs = text.utf8.contains { byte in
      defer { previous = byte }
      return (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previous == 0x20)
    }
    guard needs else { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  init(finder: MentionFinder) {
    let candidates = finder.candidates()
    let votes = finder.sharingListKinds(candidates, candidates.map(finder.vote))
    // A name broken across lines ("Kovra\nBank") is written with one space, as a reader sees it.
    let texts = candidates.map { Self.singleSpaced(finder.text($0.range)) }
    let folded = texts.map { Lexicon.fold($0) }
    var parts: Set<String> = []
    var lastNames: Set<String> = []
    var variants: [String: String] = [:]
    var surnameKeys: [String?] = []
    surnameKeys.reserveCapacity(candidates.count)
    for index in candidates.indices {
      if variants[folded[index]] == nil { variants[folded[index]] = NameKeys.variant(folded[index]) }
      let particleFirst = Self.opensWithParticle(candidates[index], finder)
      if candidates[index].tokens.count == 1 {
        surnameKeys.append(folded[index])
      } else if particleFirst, let last = candidates[index].tokens.last {
        surnameKeys.append(Lexicon.fold(finder.text(last)))
      } else {
        surnameKeys.append(nil)
      }
      guard candidates[index].tokens.count >= 2, votes[index].kind == .person, !particleFirst else {
        continue
      }
      parts.formUnion(Self.nameParts(candidates[index], finder))
      if let last = candidates[index].tokens.last { lastNames.insert(Lexicon.fold(finder.text(last))) }
    }
    self.finder = finder
    lexicon = finder.lexicon
    self.candidates = candidates
    self.votes = votes
    self.texts = texts
    self.folded = folded
    personNameParts = parts
    personLastNames = lastNames
    self.surnameKeys = surnameKeys
    self.variants = variants
    groupOf = zip(texts, folded).map { finder.lexicon.group($0, folded: $1) }
    inOtherGroup = groupOf.map { $0.map { $0.kind != .person } ?? false }
  }

  func resolve(article: Int) -> [LocalEntity] {
    var sets = UnionFind(count: candidates.count)
    var firstOfForm: [String: Int] = [:]
    for index in candidates.indices {
      if let first = firstOfForm[folded[index]] {
        if !isSurname(index) { sets.union(first, index) }
      } else {
        firstOfForm[folded[index]] = index
      }
    }
    let forms = Array(firstOfForm.keys)
    linkLexiconGroups(forms, firstOfForm, &sets)
    linkAcronyms(forms, firstOfForm, &sets)
    linkVariants(forms, firstOfForm, &sets)
    linkGenericTails(forms, firstOfForm, &sets)
    let country = dominantCountry(forms, firstOfForm)
    var governmentKeys: [String: String] = [:]
    for form in forms {
      if let index = firstOfForm[form], let key = governmentKey(index, country: country) {
        governmentKeys[form] = key
      }
    }
    linkGovernmentBodies(governmentKeys, firstOfForm, &sets)
    linkSurnames(&sets)
    linkShortenedFullNames(&sets)
    linkShortOrgNames(forms, firstOfForm, &sets)
    linkNamesAfterPlace(forms, firstOfForm, &sets)
    linkGamesToPlural(forms, firstOfForm, &sets)
    linkPlacesWithoutArticle(forms, firstOfForm, &sets)
    return collect(&sets, article: article, governmentKeys: governmentKeys)
  }

  // MARK: Person names

  func isPersonFullName(_ index: Int) -> Bool {
    candidates[index].tokens.count >= 2 && votes[index].kind == .person && !isSurname(index)
  }

  /// "De Klerk", "van Gaal": a particle and one word, a surname as written.
  static func opensWithParticle(_ candidate: Candidate, _ finder: MentionFinder) -> Bool {
    guard candidate.tokens.count == 2, let first = candidate.tokens.first else { return false }
    return MentionFinder.particles.contains(Lexicon.fold(finder.text(first)))
  }

  /// A single word, or a particle and a word, that matches a full name's first or last word.
  ///
  /// "Klerk" and "De Klerk" after "Frederik de Klerk" in the same article.
  func isSurname(_ index: Int) -> Bool {
    // A surname the lexicon knows as someone else's ("Johnson") is still this article's person's.
    guard candidates[index].tokens.count <= 2, let key = surnameKeys[index] else { return false }
    // ("West , a former international" beside "Graeme West": a region WordNet lists, that is the
    // last word of the article's person, where no place goes. Other bodies stay apart.)
    if inOtherGroup[index] {
      guard groupOf[index]?.kind == .place, lexicon.place(folded[index]).map({ $0 == .place }) ?? true else {
        return false
      }
      // ("where the West has little sway": no surname takes "the".)
      let candidate = candidates[index]
      let afterThe = candidate.hadArticle || (candidate.wordBefore == "the" && candidate.wordBeforeIsAdjacent)
      return personLastNames.contains(key) && !isInPlaceSlot(index) && !afterThe
    }
    if let place = lexicon.place(folded[index]), groupOf[index]?.isShared != true {
      // ("Seles beats Davenport" beside "Lindsay Davenport": a town's name that is the last word
      // of the article's person, where no place goes.)
      return place == .place && personLastNames.contains(key) && !isInPlaceSlot(index)
    }
    return personNameParts.contains(key)
  }

  /// Whether a name stands where places go: in the dateline, after "in", "at", "from" and the like,
  /// or beside a place.
  func isInPlaceSlot(_ index: Int) -> Bool {
    let candidate = candidates[index]
    return candidate.inDateline || candidate.coordinatedWithPlace || candidate.locatedInPlace
      || candidate.namedPlace
      || (candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore))
  }

  func nameParts(_ index: Int) -> [String] { Self.nameParts(candidates[index], finder) }

  /// The words of a full name that may stand for it alone: the first ("Wang" of "Wang Yi"), the
  /// last, and the ones between, a first surname or a byname in Spanish and Portuguese usage
  /// ("Belaunde" of "Fernando Belaunde Terry", "Lula" of "Luiz Inacio Lula da Silva").
  static func nameParts(_ candidate: Candidate, _ finder: MentionFinder) -> [String] {
    let tokens = candidate.tokens
    guard let first = tokens.first, let last = tokens.last else { return [] }
    var parts = [Lexicon.fold(finder.text(first)), Lexicon.fold(finder.text(last))]
    for token in tokens.dropFirst().dropLast()
    where token.end - token.start >= 3 && !token.hasDigit && token.isCapitalized
      && finder.scalars[token.end - 1] != "." && !MentionFinder.particles.contains(finder.lower(token))
    {
      parts.append(Lexicon.fold(finder.text(token)))
    }
    return parts
  }

  /// Words that end a son's name after his father's: "Jr", "Sr", "Jnr", "III".
  static let generationSuffixes: WordSet = ["jr", "sr", "jnr", "snr", "ii", "iii", "iv"]

  /// "Wang" joins the full name it abbreviates; when two full names share it, the first one
  /// written: a writer who brings in a second "Hill" names that one in full ("His father Graham
  /// Hill"), and "Hill" alone goes on meaning the first.
  func linkSurnames(_ sets: inout UnionFind) {
    // Full names by their first and last words, in text order: one pass, then lookups.
    var byPart: [String: [Int]] = [:]
    for full in candidates.indices where isPersonFullName(full) {
      for part in Set(nameParts(full)) { byPart[part, default: []].append(full) }
    }
    // "Sainsbury 's shares fell" beside "J Sainsbury Plc" and "Chairman David Sainsbury": a word of
    // a company's name, alone, is the company rather than the person who shares it.
    var companyWords: Set<Substring> = []
    for index in candidates.indices where candidates[index].tokens.count >= 2 {
      guard let last = candidates[index].tokens.last,
        MentionFinder.legalForms.contains(finder.lower(last))
      else { continue }
      companyWords.formUnion(folded[index].wordsBetweenSpaces().dropLast())
    }
    // "Williams team mate …" beside "Frank Williams": a lone word the article surely types as an
    // organisation somewhere is the team or the firm, not the person.
    var organizationForms: Set<String> = []
    for index in candidates.indices
    where candidates[index].tokens.count == 1 && votes[index].kind == .organization
      && votes[index].weight >= 3
    {
      organizationForms.insert(folded[index])
    }
    for index in candidates.indices where isSurname(index) {
      if companyWords.contains(Substring(folded[index])) || organizationForms.contains(folded[index]),
        !(votes[index].kind == .person && votes[index].weight >= 3)
      {
        continue
      }
      // One full name or several: the first (matches are in text order).
      if let first = surnameKeys[index].flatMap({ byPart[$0]?.first }) { sets.union(first, index) }
    }
  }

  /// "Carlos Salinas" after "Carlos Salinas de Gortari": a full name that opens exactly one
  /// longer full name in the article is that person, shortened.
  func linkShortenedFullNames(_ sets: inout UnionFind) {
    var longer: [String: [Int]] = [:]
    for index in candidates.indices where candidates[index].tokens.count >= 3 && isPersonFullName(index) {
      let words = folded[index].wordsBetweenSpaces()
      // "Donald Trump Jr." is not "Donald Trump": a son is named after his father.
      if let last = words.last, Self.generationSuffixes.contains(String(last)) { continue }
      longer[words.prefix(2).joined(separator: " "), default: []].append(index)
      // "Deve Gowda" after "H.D. Deve Gowda": the name without its initials.
      let initials = candidates[index].tokens.prefix { finder.isInitialToken($0) }.count
      if initials > 0, words.count - initials == 2 {
        longer[words.suffix(2).joined(separator: " "), default: []].append(index)
      }
    }
    guard !longer.isEmpty else { return }
    for index in candidates.indices where candidates[index].tokens.count == 2 && isPersonFullName(index) {
      guard let matches = longer[folded[index]], let first = matches.first,
        matches.allSatisfy({ folded[$0] == folded[first] })
      else { continue }
      sets.union(first, index)
    }
  }

  /// "Northsea" after "Northsea Freight Journal": the first word of one organisation's name; and
  /// "Generali" after "Assicurazioni Generali SpA": its last word before a legal form, when that
  /// word is no common word or head and the name has no connector.
  func linkShortOrgNames(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    var byWord: [String: [Int]] = [:]
    for form in forms {
      guard let index = first[form], candidates[index].tokens.count >= 2 else { continue }
      let words = form.wordsBetweenSpaces()
      guard let firstWord = words.first else { continue }
      // "Elysee" after "Elysee Palace": a building's or a street's first word.
      if votes[index].kind == .place, candidates[index].tokens.count == 2, let last = words.last,
        finder.lexicon.placeHeads.contains(String(last)), lexicon.place(form) == nil
      {
        byWord[String(firstWord), default: []].append(index)
        continue
      }
      // "Dan" after "Typhoon Dan": a storm's given name.
      if votes[index].kind == .event, candidates[index].tokens.count == 2,
        KindVote.stormWords.contains(String(firstWord)), let last = words.last
      {
        byWord[String(last), default: []].append(index)
        continue
      }
      guard votes[index].kind == .organization else { continue }
      byWord[String(firstWord), default: []].append(index)
      // "Moody's said" beside "Moody's Investors Service": the lone word is written without its
      // possessive.
      for mark in ["'s", "’s"] where firstWord.count > 2 && firstWord.hasSuffix(mark) {
        byWord[String(firstWord.dropLast(2)), default: []].append(index)
      }
      // "Daimler" of "Daimler-Benz AG".
      if let hyphen = firstWord.firstIndex(of: "-"), hyphen != firstWord.startIndex {
        byWord[String(firstWord[..<hyphen]), default: []].append(index)
      }
      var kept = words.reversed().drop { Self.genericTails.contains(String($0)) }
      // ("Lilly" of "Eli Lilly and Co": the joiner goes with the tail.)
      if kept.count < words.count, let joiner = kept.first, joiner == "and" || joiner == "&" {
        kept = kept.dropFirst()
      }
      // Not after a connector: in "University of Vrana" the last word is the place.
      if kept.count >= 2, !kept.contains(where: { MentionFinder.connectors.contains(String($0)) }),
        let lastWord = kept.first.map(String.init), lastWord != firstWord,
        !lexicon.isCommon(lastWord), !lexicon.orgHeads.contains(lastWord),
        !lexicon.eventHeads.contains(lastWord)
      {
        byWord[lastWord, default: []].append(index)
      }
    }
    for form in forms {
      // Not a word the article itself types a place or a person ("VRANA —" beside "University
      // of Vrana").
      // A name the lexicon knows as a town or a person may still be the company here ("Hershey").
      guard let index = first[form], candidates[index].tokens.count == 1,
        // ("Gulf unity" beside "Gulf Cooperation Council": a place noun alone names a place.)
        !finder.isPlaceNoun(form),
        // (A word WordNet knows only as somebody's name may be the short name too: "Ajax coach …"
        // beside "Ajax Amsterdam".)
        let names = byWord[form], let other = names.first,
        (groupOf[index].map { $0.kind == .person || isOwnShortName($0, of: names) } ?? true)
          && lexicon.place(form) == nil
          || finder.companyFirstWords.contains(form) || finder.clubTownWords.contains(form),
        // ("Orvale mayor faces …" above "ORVALE, Ohio (AP) —" and "the Orvale Falcons": any
        // mention of the word typed firmly a place or a person keeps it apart.)
        !candidates.indices.contains(where: {
          folded[$0] == form && (votes[$0].kind == .place || votes[$0].kind == .person)
            && votes[$0].weight >= 2
        })
      else { continue }
      // One organisation (its forms may already be joined: "Deutsche Bank AG", "Deutsche Bank").
      // A unit named by the word and a common noun ("Lufthansa Cargo AG") is not the company the
      // word names alone ("Deutsche Lufthansa AG").
      var owners = names
      if names.contains(where: { sets.find($0) != sets.find(other) }) {
        owners = names.filter { !isUnitName(folded[$0], of: form) }
      }
      guard let owner = owners.first, owners.allSatisfy({ sets.find($0) == sets.find(owner) }) else {
        continue
      }
      sets.union(owner, index)
    }
  }

  /// Whether `name` is `word` and a common noun that is no legal form: "lufthansa cargo ag".
  func isUnitName(_ name: String, of word: String) -> Bool {
    let words = name.wordsBetweenSpaces()
    guard let at = words.firstIndex(where: { $0 == word }), at + 1 < words.count else { return false }
    let next = String(words[at + 1])
    return lexicon.isCommon(next) && !Self.genericTails.contains(next)
  }

  /// Whether a word the lexicon knows as a body ("Labor", WordNet's British Labour Party) is
  /// the short name of the article's party of that word, that the lexicon knows as no other.
  ///
  /// "Labor" beside "the opposition Labor Party" is that party, wherever it is. Other bodies keep
  /// apart: "the Senate" is not "the Senate Committee".
  func isOwnShortName(_ group: Lexicon.NameGroup, of names: [Int]) -> Bool {
    group.kind == .organization
      && names.allSatisfy {
        candidates[$0].tokens.count == 2 && folded[$0].hasSuffix(" party")
          && (groupOf[$0].map { $0.id == group.id } ?? true)
      }
  }

  /// "the Mariners" after "the Seattle Mariners": an organisation named by a place and a name
  /// goes by the name alone, when no other organisation here ends in it.
  func linkNamesAfterPlace(_: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    // The short names first: most articles have none, and then there is nothing to do.
    var short: Set<String> = []
    for (form, index) in first where candidates[index].tokens.count <= 2 && votes[index].kind == .organization
    {
      short.insert(form)
    }
    guard !short.isEmpty else { return }
    var byRest: [String: [Int]] = [:]
    for (form, index) in first where candidates[index].tokens.count >= 2 && votes[index].kind == .organization
    {
      // The name's last word or two, after a place ("Seattle", "Kansas City").
      var end = form.endIndex
      for _ in 0..<2 {
        guard let space = form[..<end].lastIndex(of: " ") else { break }
        let rest = String(form[form.index(after: space)...])
        end = space
        guard short.contains(rest) else { continue }
        let place = String(form[..<space])
        if let head = rest.split(separator: " ").first, !MentionFinder.connectors.contains(String(head)),
          lexicon.place(place) != nil
        {
          byRest[rest, default: []].append(index)
          break
        }
      }
    }
    for (form, names) in byRest {
      guard let index = first[form], let other = names.first else { continue }
      let root = sets.find(other)
      guard names.allSatisfy({ sets.find($0) == root }) else { continue }
      sets.union(other, index)
    }
  }

  // MARK: Other aliases

  /// "Hague" in a headline is "The Hague" of the text.
  func linkPlacesWithoutArticle(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    for form in forms where form.hasPrefix("the ") {
      guard let index = first[form], votes[index].kind == .place, let other = first[String(form.dropFirst(4))]
      else { continue }
      sets.union(index, other)
    }
  }

  /// "Olympic Winter Games" → "olympics": games named by an adjective go by its plural.
  static func pluralOfGames(_ form: String) -> String? {
    // Most forms end otherwise: test the bytes before splitting.
    guard form.utf8.count > 6, form.utf8.suffix(6).elementsEqual(" games".utf8) else { return nil }
    let words = form.wordsBetweenSpaces()
    guard words.count >= 2, words.last == "games", let first = words.first, first.count >= 4 else {
      return nil
    }
    return first + "s"
  }

  /// "the Olympics" and "the Olympic Winter Games" are one event; "Paralympic Games" stays apart.
  func linkGamesToPlural(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    for form in forms {
      guard let plural = Self.pluralOfGames(form), let index = first[form], let other = first[plural],
        votes[index].kind == .event
      else { continue }
      sets.union(other, index)
    }
  }

  func linkLexiconGroups(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    var byGroup: [Int: Int] = [:]
    for form in forms {
      guard let index = first[form], let group = groupOf[index] else { continue }
      guard let other = byGroup[group.id] else {
        byGroup[group.id] = index
        continue
      }
      // ("ROME" of the dateline and the club "Roma": WordNet's names of one city that the article
      // surely types apart name two things here. A country's names stay one: its side plays
      // under the country's name, "Uzbek striker …" beside "Uzbekistan".)
      if votes[other].kind != votes[index].kind, votes[other].weight >= 3, votes[index].weight >= 3,
        lexicon.place(folded[other]) != .country, lexicon.place(folded[index]) != .country
      {
        continue
      }
      sets.union(other, index)
    }
    // Without a known name in the article, no part can join its whole.
    guard !byGroup.isEmpty else { return }
    // "U.S. Drug Enforcement Administration" beside "DEA": a country before a body the lexicon
    // knows is that body.
    for form in forms {
      guard let index = first[form], groupOf[index] == nil, candidates[index].tokens.count >= 3,
        let space = texts[index].firstIndex(of: " ")
      else { continue }
      let qualifier = texts[index][..<space]
      guard lexicon.place(Lexicon.fold(qualifier)) != nil || lexicon.demonymPlace(String(qualifier)) != nil,
        let group = lexicon.group(texts[index][texts[index].index(after: space)...]),
        group.kind == .organization,
        let other = byGroup[group.id]
      else { continue }
      sets.union(other, index)
    }
    // A part named with its whole ("UN General Assembly") joins the whole; cut between words, as
    // slices of the name.
    var composed: Set<Int> = []
    for form in forms {
      guard let index = first[form], candidates[index].tokens.count >= 2 else { continue }
      let text = texts[index]
      var from = text.startIndex
      while let space = text[from...].firstIndex(of: " ") {
        from = text.index(after: space)
        if let parent = lexicon.group(text[..<space]), let other = byGroup[parent.id],
          lexicon.group(text[from...])?.whole == parent.id
        {
          sets.union(other, index)
          composed.insert(parent.id)
        }
      }
    }
    // Then a part alone joins it too ("Security Council" beside "UN General Assembly"), when its
    // name is common words. A part with a name of its own ("Sinn Fein" of the IRA) stays apart, and
    // so does a part the article never names with its whole ("the Senate" beside "Congress").
    guard !composed.isEmpty else { return }
    for form in forms {
      guard let index = first[form], let whole = groupOf[index]?.whole, composed.contains(whole),
        let other = byGroup[whole], form.wordsBetweenSpaces().allSatisfy({ lexicon.isCommon(String($0)) })
      else { continue }
      sets.union(other, index)
    }
  }

  func linkAcronyms(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    var byInitials: [String: [Int]] = [:]
    for form in forms {
      guard let index = first[form], candidates[index].tokens.count >= 2 else { continue }
      var words = candidates[index].tokens.map(finder.text)
      byInitials[NameKeys.initials(words), default: []].append(index)
      // "BT" of "British Telecommunications Plc": a company's legal form is no initial.
      if words.count >= 3, let last = words.last, MentionFinder.legalForms.contains(last.lowercased()) {
        words.removeLast()
        if words.last == "&" { words.removeLast() }
        byInitials[NameKeys.initials(words), default: []].append(index)
      }
    }
    // Acronyms the writer defines in brackets count as initials too, whatever their letters.
    for (index, candidate) in candidates.enumerated() {
      guard let defined = candidate.definedAcronym,
        NameKeys.initials(candidate.tokens.map(finder.text)) != defined
      else { continue }
      byInitials[defined, default: []].append(index)
    }
    for form in forms {
      guard let index = first[form], candidates[index].tokens.count == 1,
        let acronym = NameKeys.acronym(texts[index])
      else { continue }
      guard let expansions = byInitials[acronym] else {
        // "NYMEX" of "New York Mercantile Exchange": each word gives the start of its spelling.
        guard acronym.utf8.count >= 4 else { continue }
        let spelled = forms.compactMap { other -> Int? in
          guard let candidate = first[other], candidates[candidate].tokens.count >= 2,
            votes[candidate].kind == .organization
          else { return nil }
          let words = candidates[candidate].tokens.map(finder.text).filter {
            !MentionFinder.connectors.contains($0.lowercased())
          }
          return NameKeys.spells(acronym, byPrefixesOf: words) ? candidate : nil
        }
        if spelled.count == 1 { sets.union(spelled[0], index) }
        continue
      }
      // ("British Airways" and "British Airways Plc" are one name.)
      // ("BA" beside "British Airways" and "Bob Ayling": a person's initials are no acronym when
      // a body's name has them too.)
      var meant = expansions
      if Set(meant.map { Self.withoutLegalForm(folded[$0]) }).count > 1 {
        meant = meant.filter { votes[$0].kind != .person }
      }
      guard let expansion = meant.first, Set(meant.map { Self.withoutLegalForm(folded[$0]) }).count == 1
      else { continue }
      sets.union(expansion, index)
    }
  }

  /// A folded name without its trailing legal form: "british airways plc" → "british airways".
  static func withoutLegalForm(_ name: String) -> Substring {
    guard let space = name.lastIndex(of: " "),
      MentionFinder.legalForms.contains(String(name[name.index(after: space)...]))
    else { return Substring(name) }
    return name[..<space]
  }

  func linkVariants(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    var byKey: [String: Int] = [:]
    for form in forms where form.unicodeScalars.count >= 5 {
      guard let index = first[form], !isSurname(index) else { continue }
      let key = (variants[form] ?? form) + "|" + String(candidates[index].tokens.count)
      if let other = byKey[key] { sets.union(other, index) } else { byKey[key] = index }
    }
  }

  /// "CCTV Network" is "CCTV".
  func linkGenericTails(_ forms: [String], _ first: [String: Int], _ sets: inout UnionFind) {
    for form in forms {
      guard let index = first[form] else { continue }
      var words = form.wordsBetweenSpaces()
      // Strip tails one by one: "norvik energy asa" → "norvik energy" → "norvik".
      while words.count >= 2, let last = words.last, Self.genericTails.contains(String(last)) {
        words.removeLast()
        // "Brightwell & Co": the joiner goes with the tail.
        if words.count >= 2, let joiner = words.last, joiner == "&" || joiner == "and" { words.removeLast() }
        // "Cheung Kong ( Holdings ) Ltd": so does a bracketed word before it.
        if words.count >= 5, words[words.count - 1] == ")", words[words.count - 3] == "(" {
          words.removeLast(3)
        }
        let shorter = words.joined(separator: " ")
        // A short form that is a known place stays the place ("Beijing Capital" is not Beijing).
        guard lexicon.place(shorter) == nil else { break }
        if let other = first[shorter] { sets.union(other, index) }
      }
    }
  }

  // MARK: Government bodies

  /// The country this article is mostly about: the most-mentioned country in it.
  func dominantCountry(_ forms: [String], _ first: [String: Int]) -> String? {
    var countryOfForm: [String: String] = [:]
    for form in forms {
      if let index = first[form], let country = countryOf(texts[index]) { countryOfForm[form] = country }
    }
    var counts: [String: Int] = [:]
    for index in candidates.indices {
      if let country = countryOfForm[folded[index]] { counts[country, default: 0] += 1 }
    }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// The country a name stands for ("U.S.", "People's Republic of China" → the lexicon's name).
  func countryOf(_ text: String) -> String? {
    let folded = Lexicon.fold(text)
    let group = lexicon.group(text, folded: folded)
    if lexicon.place(folded) == .country { return group?.canonical ?? folded }
    if let group, group.kind == .place, lexicon.place(Lexicon.fold(group.canonical)) == .country {
      return group.canonical
    }
    return nil
  }

  /// The country an organisation's name states, and the words that state it.
  ///
  /// Reads a leading demonym ("Chinese …"), a country in the name ("U.S. …", "… of the
  /// People's Republic of China").
  func statedCountry(_ index: Int) -> (country: String, words: Set<String>)? {
    if let qualifier = candidates[index].qualifier {
      return (countryOf(qualifier) ?? qualifier, [Lexicon.fold(finder.text(candidates[index].tokens[0]))])
    }
    let words = texts[index].wordsBetweenSpaces().map(String.init)
    for start in words.indices {
      for end in stride(from: words.count, to: start, by: -1) {
        if let country = countryOf(words[start..<end].joined(separator: " ")) {
          return (country, Set(words[start..<end].map { Lexicon.fold($0) }))
        }
      }
    }
    return nil
  }

  /// "Foreign Ministry", "Ministry of Foreign Affairs" and "Chinese Ministry of Foreign Affairs"
  /// meet on a key of the country and the sorted content words; an unqualified body belongs to
  /// the article's main country.
  func governmentKey(_ index: Int, country: String?) -> String? {
    guard votes[index].kind == .organization else { return nil }
    let words = texts[index].wordsBetweenSpaces().map { Lexicon.fold($0) }
    guard words.contains(where: { Self.governmentHeads.contains($0) }) else { return nil }
    let stated = statedCountry(index)
    guard let owner = stated?.country ?? country else { return nil }
    let content = words.filter {
      !MentionFinder.connectors.contains($0) && $0 != "affairs" && !(stated?.words.contains($0) ?? false)
        && !["people's", "republic"].contains($0)
    }
    guard !content.isEmpty else { return nil }
    return owner + "|" + content.sorted().joined(separator: " ")
  }

  func linkGovernmentBodies(_ keys: [String: String], _ first: [String: Int], _ sets: inout UnionFind) {
    var byKey: [String: Int] = [:]
    for (form, key) in keys.sorted(by: { $0.key < $1.key }) {
      guard let index = first[form] else { continue }
      if let other = byKey[key] { sets.union(other, index) } else { byKey[key] = index }
    }
  }

  // MARK: Collecting

  /// The initials of a group's longer names ("AL" of "the American League").
  ///
  /// An acronym the article spells out means what the spelt-out name means, not the state
  /// WordNet abbreviates the same way ("in the AL").
  func spelledOutAcronyms(_ group: [Int]) -> Set<String> {
    guard group.count >= 2,
      group.contains(where: {
        votes[$0].fromGazetteerAlone && candidates[$0].tokens.count == 1 && candidates[$0].tokens[0].isAllCaps
      })
    else { return [] }
    var initials: Set<String> = []
    for index in group where candidates[index].tokens.count >= 2 {
      initials.insert(NameKeys.initials(candidates[index].tokens.map(finder.text)))
    }
    return initials
  }

  /// Whether the mention at `index` is one word written as one of `initials`.
  func isSpelledOut(_ index: Int, _ initials: Set<String>) -> Bool {
    guard !initials.isEmpty, candidates[index].tokens.count == 1, let acronym = NameKeys.acronym(texts[index])
    else { return false }
    return initials.contains(acronym)
  }

  func collect(_ sets: inout UnionFind, article: Int, governmentKeys: [String: String]) -> [LocalEntity] {
    // Groups in order of their first mention: a group's first member is the first index to reach
    // its root.
    var slotOfRoot = [Int](repeating: -1, count: candidates.count)
    var groups: [[Int]] = []
    for index in candidates.indices {
      let root = sets.find(index)
      if slotOfRoot[root] < 0 {
        slotOfRoot[root] = groups.count
        groups.append([])
      }
      groups[slotOfRoot[root]].append(index)
    }
    // "NEW YORK 1996-08-29" over "Seattle 8 NEW YORK 4": the dateline is the city the story is
    // filed from; the same name on a results line is its team. Where a group holds both, the
    // dateline's mention is an entity of its own.
    // (The team's group still counts as filed from the town: see `teamCue`.)
    var filedFrom = [Bool](repeating: false, count: groups.count)
    let isDatelineOnly = { (index: Int) in self.candidates[index].inDateline && !self.votes[index].playsAsTeam
    }
    for slot in groups.indices where groups[slot].contains(where: { candidates[$0].inDateline }) {
      filedFrom[slot] = true
      let dateline = groups[slot].filter(isDatelineOnly)
      guard !dateline.isEmpty, dateline.count < groups[slot].count,
        groups[slot].contains(where: { votes[$0].playsAsTeam })
      else { continue }
      groups[slot].removeAll(where: isDatelineOnly)
      groups.append(dateline)
      filedFrom.append(true)
    }
    return zip(groups, filedFrom).map { group, filedFrom in
      var entity = LocalEntity(
        article: article, mentions: [], votes: [:], fullNames: [], keys: [], surnames: [], canonical: nil)
      var keys: [LinkKey] = []
      keys.reserveCapacity(group.count * 4 + 4)
      // "McDonnell Douglas" looks like a person's name; "McDonnell Douglas Corp" in the same
      // article says what it is. The shape of a name counts only when no organisation head does.
      let organizationCue = group.contains {
        votes[$0].kind == .organization && votes[$0].weight >= 2.5 && !votes[$0].fromShapeAlone
      }
      // "Wigan beat St Helens 44-14": a town that plays a match here is the team wherever the
      // gazetteer alone calls it a town ("tries for Wigan", "Wigan chairman"). Not when the
      // dateline names it too: the story is filed from the town.
      let teamCue = group.contains { votes[$0].playsAsTeam } && !filedFrom
      let spelledOut = spelledOutAcronyms(group)
      // ("Davenport" beside "Lindsay Davenport": the gazetteer's town says nothing of a surname.)
      // (Looked for only when a lone word has a gazetteer-only vote.)
      lazy var fullName = group.contains(where: isPersonFullName)
      for index in group {
        let candidate = candidates[index]
        entity.mentions.append((candidate.range, texts[index], candidate.sentence))
        if !(organizationCue && votes[index].fromShapeAlone)
          && !(votes[index].fromGazetteerAlone
            && (teamCue || isSpelledOut(index, spelledOut) || (candidate.tokens.count == 1 && fullName)))
        {
          entity.votes[votes[index].kind, default: 0] += votes[index].weight
        }
        if isPersonFullName(index) { entity.fullNames.insert(variants[folded[index]] ?? folded[index]) }
        if let key = governmentKeys[folded[index]] { keys.append(LinkKey(.government, key)) }
      }
      // A lexicon name links and names the entity only when it is of the kind the article decides:
      // "Cordoba" the city is no alias of the conquistador WordNet lists as "Cordoba" and "Cordova".
      for index in group {
        if let group = groupOf[index], !group.isShared, group.kind == entity.kind {
          keys.append(LinkKey(.group, String(group.id)))
          entity.canonical = entity.canonical ?? group.canonical
        }
      }
      // A person-shaped mention of what the article decides is a club or company ("held by Bayer
      // Leverkusen") gives it no person's full name for other articles' surnames to join.
      if entity.kind != .person { entity.fullNames.removeAll() }
      let hasFullName = !entity.fullNames.isEmpty
      // Keys depend only on the form as written: work out each form once, however often it recurs.
      var seen: Set<String> = []
      let forms = group.filter { seen.insert(texts[$0]).inserted }
      for index in forms {
        let single = candidates[index].tokens.count == 1
        if single && hasFullName { continue }
        // A lone word typed on weak evidence may still be a surname ("Xi", "Putin").
        if single && (entity.kind == .person || entity.strength < 3) { entity.surnames.insert(folded[index]) }
        keys.append(LinkKey(.name, folded[index]))
        if let plural = Self.pluralOfGames(folded[index]) { keys.append(LinkKey(.name, plural)) }
        // A spelling variant links only names of one kind: "Cordova" the person is not "Cordoba"
        // the city, one letter apart.
        if folded[index].unicodeScalars.count >= 5 {
          keys.append(LinkKey(.variant, entity.kind.rawValue, variants[folded[index]] ?? folded[index]))
        }
        if let acronym = NameKeys.acronym(texts[index]) { keys.append(LinkKey(.acronym, acronym)) }
      }
      for index in group {
        if let defined = candidates[index].definedAcronym, texts[index].contains(" ") {
          entity.initials.insert(defined)
        }
      }
      for index in forms {
        let words = texts[index].wordsBetweenSpaces().map(String.init)
        if words.count >= 2 {
          entity.initials.insert(NameKeys.initials(words))
        } else {
          entity.singleForms.insert(folded[index])
          if let acronym = NameKeys.acronym(texts[index]), acronym == texts[index].filter({ $0 != "." }) {
            entity.acronyms.insert(acronym)
          }
        }
      }
      for name in entity.fullNames {
        keys.append(LinkKey(.variant, name))
        let words = name.wordsBetweenSpaces()
        if let last = words.last, let initial = words.first?.first {
          keys.append(LinkKey(.personInitial, String(last), String(initial)))
        }
      }
      keys.sort()
      entity.keys = keys.indices.compactMap { $0 == 0 || keys[$0] != keys[$0 - 1] ? keys[$0] : nil }
      return entity
    }
  }
}
