import CrossreadCore

/// Finds the entities of a corpus and links them across articles.
///
/// Each article is analysed on its own (in parallel when asked), then the linker joins them.
public enum EntityAnalysis {
  /// The entities of `articles`, with the cross-reference lookups.
  public static func run(_ articles: [Article], lexicon: Lexicon = .shared, threads: Int = 2)
    -> CrossReference
  {
    let locals = localEntities(articles, lexicon: lexicon, threads: threads)
    var linker = CorpusLinker(locals: locals)
    let groups = linker.link()
    let linked = linker.locals
    // Each group becomes its entity on its own: the last per-entity step runs in parallel too.
    var entities = Parallel.map(groups.count, threads: threads) { index in
      build(groups[index].map { linked[$0] }, articles: articles, lexicon: lexicon)
    }
    entities.sort { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
    assignIDs(&entities)
    var lengths: [ArticleID: Int] = [:]
    for article in articles { lengths[article.id] = article.text.count }
    return CrossReference(entities: entities, lengths: lengths)
  }

  /// The entities of each article, before linking.
  static func localEntities(_ articles: [Article], lexicon: Lexicon, threads: Int) -> [LocalEntity] {
    let work = { @Sendable (index: Int) -> [LocalEntity] in
      let article = articles[index]
      let finder = MentionFinder(lexicon: lexicon, article: article, scalars: article.text.scalars)
      return ArticleEntities(finder: finder).resolve(article: index)
    }
    return Parallel.map(articles.count, threads: threads, work).flatMap { $0 }
  }

  static func build(_ parts: [LocalEntity], articles: [Article], lexicon: Lexicon) -> Entity {
    var votes: [EntityKind: Double] = [:]
    var counts: [String: Int] = [:]
    var order: [String] = []
    var mentions: [Mention] = []
    for part in parts {
      votes.merge(part.votes, uniquingKeysWith: +)
      let id = articles[part.article].id
      for mention in part.mentions {
        mentions.append(
          Mention(article: id, range: mention.range, text: mention.text, sentence: mention.sentence))
        if counts[mention.text] == nil { order.append(mention.text) }
        counts[mention.text, default: 0] += 1
      }
    }
    let kind = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
    // The lexicon's name for an article's entity of another kind is no name for this one: the
    // headline's "Villa" that reads as Pancho Villa, beside the club "Aston Villa".
    let canonical = parts.first { $0.canonical != nil && $0.kind == kind }?.canonical
    let aliases = order.enumerated().sorted {
      (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset)
    }.map(\.element)
    // "UNHCR", "NYMEX": a long name in capitals inside a sentence with lower-case letters is an
    // acronym, unless it is a place ("DETROIT 7 Seattle 5"); a headline or a dateline in capitals
    // reads as words ("BELGIUM").
    // Each distinct form is judged once; only forms in capitals are looked for among the mentions.
    var inCapitals = Set(
      counts.keys.filter { form in
        form.unicodeScalars.count > 4 && form.unicodeScalars.allSatisfy({ !$0.properties.isLowercase })
          && lexicon.place(Lexicon.fold(form)) == nil
      })
    var acronyms: Set<String> = []
    for part in parts where !inCapitals.isEmpty {
      let article = articles[part.article]
      for mention in part.mentions where inCapitals.contains(mention.text) {
        let range = article.sentences[mention.sentence].range
        if !(article.dateline.map { $0.contains(mention.range) } ?? false),
          article.text.scalars[range.start..<range.end].contains(where: \.properties.isLowercase)
        {
          acronyms.insert(mention.text)
          inCapitals.remove(mention.text)
        }
      }
    }
    // By index, not by searching the list: an entity such as "U.S." is in thousands of articles.
    var articleOrder: [ArticleID] = []
    var seen: Set<Int> = []
    for part in parts where seen.insert(part.article).inserted {
      articleOrder.append(articles[part.article].id)
    }
    return Entity(
      id: EntityID(""), name: displayName(aliases, kind: kind, canonical: canonical, acronyms: acronyms),
      kind: kind,
      aliases: aliases, mentions: mentions, articles: articleOrder)
  }

  /// The lexicon's name when the articles use it, else the most used full form.
  static func displayName(
    _ aliases: [String], kind: EntityKind, canonical: String?, acronyms: Set<String> = []
  ) -> String {
    let full = aliases.filter { $0.contains(" ") }
    // WordNet names many people by surname alone ("Powell"); the articles' full name is better.
    let preferFull = kind == .person && !full.isEmpty && !(canonical?.contains(" ") ?? false)
    if let canonical, !preferFull {
      let forms = aliases.filter { Lexicon.fold($0) == Lexicon.fold(canonical) }
      if !forms.isEmpty { return readable(forms, among: aliases, acronyms: acronyms, place: kind == .place) }
    }
    return readable(full.isEmpty ? aliases : full, among: aliases, acronyms: acronyms, place: kind == .place)
  }

  /// The first of `forms`, as written in running text when the articles have it so: "IRELAND" in a
  /// headline and "BELGIUM" in a dateline read as "Ireland" and "Belgium"; acronyms stay.
  ///
  /// A place of four letters reads as a word too ("BONN", "OSLO"), unless it has no vowel after its
  /// first letter ("USSR", "DPRK").
  static func readable(
    _ forms: [String], among aliases: [String], acronyms: Set<String> = [], place: Bool = false
  ) -> String {
    guard let name = forms.first else { return "?" }
    guard name == name.uppercased(), name.contains(where: \.isLetter) else { return name }
    // ("U.S. OPEN" beside "U.S. Open": even with full stops, as running text writes it.)
    if let written = aliases.first(where: { $0 != $0.uppercased() && Lexicon.fold($0) == Lexicon.fold(name) })
    {
      return written
    }
    guard !name.contains(".") else { return name }
    // "ABN AMRO" beside "ABN AMRO Holding NV": running text writes the name in capitals too.
    if acronyms.contains(name)
      || aliases.contains(where: { $0 != $0.uppercased() && $0.hasPrefix(name + " ") })
    {
      return name
    }
    let word = place && name.count == 4 && name.dropFirst().contains(where: { "AEIOUY".contains($0) })
    return name.count > 4 || word ? titleCased(name) : name
  }

  /// A name in capitals in title case, word by word: "BANK OF ENGLAND" → "Bank of England";
  /// two-letter words and words with no vowel after the first letter stay abbreviations ("NY
  /// RANGERS" → "NY Rangers", "PSV EINDHOVEN" → "PSV Eindhoven"), but not titles ("ST LOUIS").
  static func titleCased(_ name: String) -> String {
    let words = name.split(separator: " ", omittingEmptySubsequences: false)
    return words.enumerated().map { position, word -> String in
      let lower = word.lowercased()
      if position > 0, MentionFinder.connectors.contains(lower) { return lower }
      if MentionFinder.particles.contains(lower) || MentionFinder.titleAbbreviations.contains(lower) {
        return word.capitalized
      }
      let abbreviation =
        word.allSatisfy(\.isLetter)
        && (word.count <= 2 || !word.dropFirst().contains(where: { "AEIOUY".contains($0) }))
      return abbreviation ? String(word) : capitalizedAfterElision(word.capitalized)
    }.joined(separator: " ")
  }

  /// "D'isere" → "D'Isere", "O'neill" → "O'Neill": one letter and an apostrophe open an elided
  /// article or a clan prefix, and the name after it keeps its capital.
  static func capitalizedAfterElision(_ word: String) -> String {
    var scalars = Array(word.unicodeScalars)
    guard scalars.count > 3, "'’".unicodeScalars.contains(scalars[1]), scalars[0].properties.isUppercase,
      scalars[2].properties.isLowercase
    else { return word }
    scalars[2] = scalars[2].properties.uppercaseMapping.unicodeScalars.first ?? scalars[2]
    return String(String.UnicodeScalarView(scalars))
  }

  static func assignIDs(_ entities: inout [Entity]) {
    var used: Set<String> = []
    for index in entities.indices {
      let base = slug(entities[index].name)
      var id = base
      var suffix = 2
      while used.contains(id) {
        id = "\(base)-\(suffix)"
        suffix += 1
      }
      used.insert(id)
      entities[index].id = EntityID(id)
    }
  }

  /// "Wang Yi" → "wang-yi"; letters and digits of any script are kept.
  static func slug(_ name: String) -> String {
    var output = ""
    var lastWasDash = true
    for character in Lexicon.fold(name) {
      if character.isLetter || character.isNumber {
        output.append(character)
        lastWasDash = false
      } else if !lastWasDash {
        output.append("-")
        lastWasDash = true
      }
    }
    while output.hasSuffix("-") { output.removeLast() }
    return output.isEmpty ? "entity" : output
  }
}
