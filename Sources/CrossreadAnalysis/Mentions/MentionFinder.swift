import CrossreadCore

/// Finds the names in an article's sentences.
///
/// Needs: the article's sentences and blocks. Adds: `Candidate`s, one per name as written.
/// A name is a run of capitalised words joined by connectors ("Institute for Peace Research and
/// Security Policy", "University of Hamburg"), with hyphens and initials inside. Sentence-initial
/// and title-case words count only when the common-word list or the rest of the article says they
/// are names. Titles and roles are stripped ("Foreign Minister Wang Yi" → "Wang Yi").
///
/// A class, not a struct: closures and method references over it (`map(finder.text)`) would
/// otherwise copy every array and word list it holds, millions of retains per corpus.
final class MentionFinder {
  let lexicon: Lexicon
  let article: Article
  let scalars: [Unicode.Scalar]
  /// Lower-cased words seen capitalised in the middle of ordinary sentences.
  private(set) var evidence: Set<String> = []
  /// Lower-case words of the article, gathered only when some sentence is set in capitals.
  private(set) var usedInLowerCase: Set<String> = []
  /// Words seen mid-sentence in two capitalised words in a row ("Li Peng"), lower-cased.
  ///
  /// Parts of full names, which may come back alone ("Li told Kim"). Worked out when first asked.
  private(set) lazy var namePartWords: Set<String> = {
    var words: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] {
      for position in tokens.indices.dropLast() {
        let token = tokens[position]
        let next = tokens[position + 1]
        guard token.isWord, token.isCapitalized, !token.isAllCaps, next.isWord, next.isCapitalized,
          !next.isAllCaps, next.spaceBefore, !isInitial(tokens, position)
        else { continue }
        words.insert(lower(token))
        words.insert(lower(next))
      }
    }
    return words
  }()
  /// Words written capitalised right after another capitalised word, lower-cased.
  ///
  /// Neither word in capitals nor the first a possessive: "bouchard" of "Lucien Bouchard", even
  /// opening a sentence. Worked out when first asked.
  private(set) lazy var secondNameWords: Set<String> = {
    var words: Set<String> = []
    for tokens in sentenceTokens {
      for position in tokens.indices.dropFirst() {
        let token = tokens[position]
        let before = tokens[position - 1]
        if token.isWord, token.isCapitalized, !token.isAllCaps, before.isWord, before.isCapitalized,
          !before.isAllCaps, !before.isPossessive
        {
          words.insert(lower(token))
        }
      }
    }
    return words
  }()
  /// Names of two to four capitalised words the article writes in running text, folded; and
  /// capitalised plurals it writes alone after "the" ("the Orioles").
  ///
  /// A headline in capitals can only be read against them: "DAY OF DAVIS CUP FINAL" holds the
  /// "Davis Cup" of "the Davis Cup final", though "cup" is a common word. Worked out when first
  /// asked, which is only for articles with a line in capitals.
  private(set) lazy var runningNames: Set<String> = {
    var names: Set<String> = []
    // ("Australian PGA Championship": an acronym may stand inside.)
    forEachRunningRun { tokens, start, end in
      // ("Former Bolivian dictator …" opening a sentence: a common word there and a nationality
      // after it are no name to hold a headline's words together.)
      if end > start, end - start < 4,
        !(isInitial(tokens, start) && isPlainWord(tokens[start])
          && lexicon.demonymPlace(text(tokens[start + 1])) != nil)
      {
        names.insert(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end].end))))
        // ("MARINERS BEAT YANKEES" beside "the Seattle Mariners": a team's plural alone is the
        // team, in a headline as on the terraces.)
        if isTownAndTeamNoun(tokens[start...end]) { names.insert(Lexicon.fold(text(tokens[end]))) }
      }
      // ("Erbakan 's Welfare Party": the name after a possessive inside the run.)
      if let owner = (start..<end).last(where: { tokens[$0].isPossessive }), end - owner >= 2,
        end - owner <= 4
      {
        names.insert(Lexicon.fold(text(TextRange(tokens[owner + 1].start, tokens[end].end))))
      }
      // ("ORIOLES BEAT YANKEES" beside "the Orioles have won": a plural standing alone as a name
      // inside a sentence names a team or a party.)
      let first = end > start && lower(tokens[start]) == "the" ? start + 1 : start
      if first == end, isNamedPlural(tokens, first, openingThe: true) {
        names.insert(Lexicon.fold(text(tokens[first])))
      }
    }
    return names
  }()
  /// Names of two words or more that open with a capitalised function word inside a sentence of
  /// running text, folded: "all blacks" of "the All Blacks".
  ///
  /// Opening a sentence such a name keeps its first word ("All Blacks captain Sean Fitzpatrick").
  /// Worked out when first asked.
  private(set) lazy var functionOpenedNames: Set<String> = {
    var names: Set<String> = []
    forEachRunningRun { tokens, start, end in
      guard end > start, end - start < 4, start > 0, !isInitial(tokens, start),
        Self.functionWords.contains(lower(tokens[start]))
      else { return }
      names.insert(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end].end))))
    }
    return names
  }()
  /// Last words of two-word names in running text whose first word is no common word, lower-cased:
  /// "hill" of "Damon Hill".
  ///
  /// Opening a sentence alone, such a word is that surname ("Hill still leads"), though it is a
  /// common word. Worked out when first asked.
  private(set) lazy var surnameWords: Set<String> = {
    var words: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      // ("Michael Jordan scored 45": opening the sentence too.)
      for position in tokens.indices.dropLast() {
        let token = tokens[position]
        let next = tokens[position + 1]
        guard token.isWord, token.isCapitalized, !token.isAllCaps, next.isWord, next.isCapitalized,
          !next.isAllCaps, next.spaceBefore,
          position + 2 >= tokens.count || !tokens[position + 2].isCapitalized || !tokens[position + 2].isWord
        else { continue }
        // "President Lee Jae-myung", "Park Chan-wook": a family name first, before a given name of
        // two syllables joined by a hyphen, the second in lower case.
        if lexicon.nameWords.contains(lower(token)), next.hasHyphen,
          let hyphen = text(next).firstIndex(of: "-"),
          text(next)[text(next).index(after: hyphen)...].first?.isLowercase == true
        {
          words.insert(lower(token))
          continue
        }
        // ("President George Bush": after a capitalised title too.)
        guard position == 0 || !tokens[position - 1].isCapitalized || isRoleWord(tokens[position - 1]),
          !token.isPossessive,
          // ("John Major": a given name that is a common word too.)
          !lexicon.isCommon(lower(token)) || lexicon.givenNames.contains(lower(token)),
          !isHeadToken(token),
          !isRoleWord(token),
          // ("Swiss Indoors", "Kansas City": a nationality or a place opens no person's name.)
          lexicon.demonymPlace(text(token)) == nil, lexicon.place(Lexicon.fold(text(token))) == nil
        else { continue }
        words.insert(lower(next))
      }
    }
    return words
  }()
  /// Whether the article gives a country in brackets after a capitalised name anywhere.
  ///
  /// Then its brackets after players' names hold countries, not clubs. Worked out when first
  /// asked.
  private(set) lazy var bracketsHoldCountries: Bool = {
    sentenceTokens.contains { tokens in
      tokens.indices.dropFirst().contains { index in
        tokens[index - 1].isWord && tokens[index - 1].isCapitalized
          && isBracketedCountry(after: index - 1, in: tokens)
      }
    }
  }()
  /// Lines of goal scorers, and the lines after them that go on in the same shape.
  ///
  /// "Scorers : Valencia - Leandro 12 , Romario 55 .", then "Schalke - Thon 60 .". Worked out when
  /// first asked.
  private(set) lazy var scorerLines: [Bool] = {
    var lines = Array(repeating: false, count: sentenceTokens.count)
    for (index, tokens) in sentenceTokens.enumerated() {
      // Cheap tests first: almost no line opens so, or follows a scorers' line.
      guard let first = tokens.first, first.isWord, first.isCapitalized, tokens.count > 2 else { continue }
      let opens =
        !tokens[1].isWord && scalars[tokens[1].start] == ":"
        && ["scorers", "scorer", "goalscorers"].contains(lower(first))
      // "Schalke - Thon 60": a name, a dash, a name and a number, after a scorers' line.
      let goesOn = index > 0 && lines[index - 1] && tokens.count > 3
      guard opens || goesOn, tokens.contains(where: \.hasDigit) else { continue }
      lines[index] =
        opens
        || tokens.indices.dropFirst().contains { !tokens[$0].isWord && scalars[tokens[$0].start] == "-" }
    }
    return lines
  }()
  /// Calls `body` with each maximal run of spaced capitalised words in running text (not in a
  /// title-case or shouted line): the sentence's tokens and the run's first and last index.
  func forEachRunningRun(_ body: ([Token], Int, Int) -> Void) {
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      var start = 0
      while start < tokens.count {
        guard tokens[start].isWord, tokens[start].isCapitalized else {
          start += 1
          continue
        }
        var end = start
        while end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized,
          tokens[end + 1].spaceBefore
        {
          end += 1
        }
        body(tokens, start, end)
        start = end + 1
      }
    }
  }
  /// Nationality words the article uses as a surname after a given name, lower-cased.
  ///
  /// "Greg Norman", "Tom English": alone they still name that person. Worked out when first asked.
  private(set) lazy var demonymSurnames: Set<String> = {
    var words: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      for position in tokens.indices.dropLast() {
        let token = tokens[position]
        let next = tokens[position + 1]
        guard next.isWord, next.isCapitalized, !next.isAllCaps, next.spaceBefore, token.isWord,
          token.isCapitalized, !token.isAllCaps, !isPlainWord(token), !isRoleWord(token), !isHeadToken(token),
          // ("Sunday 's Dutch first division": a possessive ends a name.)
          !token.isPossessive,
          lexicon.demonymPlace(text(next)) != nil, lexicon.demonymPlace(text(token)) == nil,
          !isKnownName([token])
        else { continue }
        words.insert(lower(next))
      }
    }
    return words
  }()
  /// Parties named by a nationality and words after it, before a lower-case party noun: "georgian
  /// dream" of "the ruling Georgian Dream party", folded.
  ///
  /// The nationality is the name's own there, and wherever the article writes the name again
  /// ("Georgian Dream founder …"). Worked out when first asked.
  private(set) lazy var nationalParties: Set<String> = {
    var names: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      for start in tokens.indices.dropLast(2)
      where tokens[start].isCapitalized && !tokens[start].isAllCaps
        && lexicon.demonymPlace(text(tokens[start])) != nil
      {
        var end = start + 1
        while end < tokens.count, end - start <= 3, tokens[end].isWord, tokens[end].isCapitalized,
          !tokens[end].isAllCaps, !isHeadToken(tokens[end])
        {
          end += 1
        }
        guard end > start + 1, end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
          KindVote.partyNounsAfter.contains(lower(tokens[end]))
        else { continue }
        names.insert(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end - 1].end))))
      }
    }
    return names
  }()
  /// Single capitalised words the article has speak: "Hill told reporters", "said Hill".
  ///
  /// Places and head nouns do not talk, so "Damon Hill" is the speaker's full name even though a
  /// hill is a place. Worked out when first asked.
  private(set) lazy var speakerWords: Set<String> = {
    var words: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      for position in tokens.indices {
        let token = tokens[position]
        guard token.isWord, token.isCapitalized, !token.isAllCaps else { continue }
        let before = position > 0 ? tokens[position - 1] : nil
        let after = position + 1 < tokens.count ? tokens[position + 1] : nil
        if let before, before.isWord, before.isCapitalized { continue }
        if let after, after.isWord, after.isCapitalized { continue }
        let spokeAfter = after.map { $0.isWord && KindVote.reportingVerbs.contains(lower($0)) } ?? false
        // ("said City manager Pep Guardiola": the word before a role is not who speaks.)
        let saidBefore =
          (before.map { $0.isWord && lower($0) == "said" } ?? false)
          && !(after.map { $0.isWord && isRoleWord($0) } ?? false)
        if spokeAfter || saidBefore { words.insert(lower(token)) }
      }
    }
    return words
  }()
  /// Sentences that credit reporters and editors, worked out when first asked.
  ///
  /// "(Reporting by Alex Lawler in London; Editing by Jason Neely and Louise Heavens)".
  private(set) lazy var creditLines: [Bool] = sentenceTokens.map { tokens in
    guard let first = tokens.firstIndex(where: \.isWord), Self.creditWords.contains(lower(tokens[first]))
    else {
      return false
    }
    return tokens[(first + 1)...].prefix(2).contains { $0.isWord && lower($0) == "by" }
  }
  static let creditWords: WordSet = [
    "reporting", "editing", "writing", "additional", "compiled", "reported", "edited", "written",
  ]
  /// First words of the article's organisation names that are common words.
  ///
  /// "apple" when the article writes "Apple Computer Inc.", so that "Apple, based in …" opening a sentence is the
  /// company. Worked out when first asked.
  private(set) lazy var organizationFirstWords: Set<String> = {
    var words: Set<String> = []
    forEachRunningRun { tokens, start, end in
      if end > start, isOrgHead(lower(tokens[end])), lexicon.isCommon(lower(tokens[start])) {
        words.insert(lower(tokens[start]))
      }
    }
    return words
  }()
  /// Towns that open or end a team's name on a results line ("Dortmund" of "Borussia Dortmund 2"),
  /// folded; not the dateline's town, which stays the place.
  ///
  /// Alone in running text they name the team ("Dortmund , the European champions ,"). Worked out
  /// when first asked.
  private(set) lazy var clubTownWords: Set<String> = {
    var words: Set<String> = []
    forEachResultsRun { tokens, start, end in
      if end > start {
        for edge in [start, end] {
          let word = Lexicon.fold(text(tokens[edge]))
          if lexicon.place(word) != nil { words.insert(word) }
        }
      }
    }
    if !words.isEmpty, let dateline = article.dateline {
      for word in text(dateline).split(whereSeparator: { !$0.isLetter }) {
        words.remove(Lexicon.fold(word))
      }
    }
    return words
  }()
  /// Teams of one word on the article's results lines, in lower case.
  ///
  /// "celtic" of "Celtic 2 Kilmarnock 1". Worked out when first asked.
  private(set) lazy var resultsTeams: Set<String> = {
    var words: Set<String> = []
    forEachResultsRun { tokens, start, end in
      if end == start { words.insert(lower(tokens[start])) }
    }
    return words
  }()

  /// Event heads that end a name of two words or more here, in lower case.
  ///
  /// "open" of "the British Open". Worked out when first asked.
  private(set) lazy var namedEventHeads: Set<String> = {
    var words: Set<String> = []
    for tokens in sentenceTokens {
      for position in tokens.indices.dropFirst()
      where tokens[position].isCapitalized && tokens[position - 1].isCapitalized
        && tokens[position - 1].isWord
      {
        let word = lower(tokens[position])
        if lexicon.eventHeads.contains(word) { words.insert(word) }
      }
    }
    return words
  }()

  /// Towns that open a team's name in running text, folded.
  ///
  /// "dallas" of "the Dallas Cowboys". Worked out when first asked.
  private(set) lazy var teamTowns: Set<String> = {
    var towns: Set<String> = []
    forEachRunningRun { tokens, start, end in
      guard end > start, end - start <= 2, isTownAndTeamNoun(tokens[start...end]) else { return }
      towns.insert(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end - 1].end))))
    }
    return towns
  }()

  /// Calls `body` with each maximal run of capitalised words without digits on a results line: the
  /// line's tokens and the run's first and last index.
  func forEachResultsRun(_ body: ([Token], Int, Int) -> Void) {
    for (index, tokens) in sentenceTokens.enumerated() where scoreLine[index] {
      var start = 0
      while start < tokens.count {
        guard tokens[start].isWord, tokens[start].isCapitalized, !tokens[start].hasDigit else {
          start += 1
          continue
        }
        var end = start
        while end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized,
          !tokens[end + 1].hasDigit
        {
          end += 1
        }
        body(tokens, start, end)
        start = end + 1
      }
    }
  }

  /// Whether the article's results lines are mostly national sides: three or more lines name a
  /// country, and at least half of them do ("Iran 1 1 0 0 5 0 3" in a table of an Asian Cup group).
  private(set) lazy var tablesOfCountries: Bool = {
    var lines = 0
    var withCountry = 0
    for index in sentenceTokens.indices where scoreLine[index] {
      lines += 1
      if countriesOnLine(index) > 0 { withCountry += 1 }
    }
    return withCountry >= 3 && withCountry * 2 >= lines
  }()

  /// Whether the article reports results: a results line, a score ("2-1") or a batting line
  /// ("Nasser Hussain lbw b Wasim Akram 12") somewhere in it.
  private(set) lazy var hasScores: Bool = {
    scoreLine.contains(true)
      || sentenceTokens.contains { tokens in
        tokens.contains(where: isScore)
          || (tokens.contains(where: \.hasDigit) && tokens.contains(where: { isScorecardMark($0) }))
      }
  }()
  /// Whether the article is a club sports story.
  ///
  /// It reports results, or writes players' roles in lower case twice or more ("winger",
  /// "striker", "coach"). A role that other news uses too ("the receiver", "moving forward")
  /// counts only right before a name ("forward Dennis Rodman").
  private(set) lazy var isClubSportsStory: Bool = {
    if hasScores { return true }
    var roles = 0
    for tokens in sentenceTokens {
      for (position, token) in tokens.enumerated() where token.isWord && !token.isCapitalized {
        // (Most words fail on their first letter and length, before any string is made.)
        guard Self.clubRoleShapes.contains(Self.shape(of: token, in: scalars)) else { continue }
        let word = lower(token)
        guard Self.clubRolesAfter.contains(word) else { continue }
        if Self.rolesOutsideSport.contains(word) {
          guard position + 1 < tokens.count, tokens[position + 1].isWord, tokens[position + 1].isCapitalized
          else { continue }
        }
        roles += 1
        if roles >= 2 { return true }
      }
    }
    return false
  }()
  /// The first letter and length of each club role, for a cheap test before a word is made.
  static let clubRoleShapes: Set<Int> = Set(
    clubRolesAfter.map { word in Int(word.unicodeScalars.first?.value ?? 0) << 8 | word.unicodeScalars.count }
  )
  static func shape(of token: Token, in scalars: [Unicode.Scalar]) -> Int {
    Int(scalars[token.start].value) << 8 | (token.end - token.start)
  }
  /// Club roles that name other trades or are common words: a ship's captain, a fund manager.
  static let rolesOutsideSport: WordSet = [
    "manager", "captain", "skipper", "keeper", "forward", "hooker", "lock", "prop", "opener", "receiver",
    "kicker", "punter", "catcher", "reliever", "pitcher",
  ]
  /// Whether each sentence scores a match in sets, two scores in a row ("beat Lindsay Davenport
  /// 6-2 6-3"): a match between two players, whose names are no teams.
  private(set) lazy var setScores: [Bool] = sentenceTokens.map { tokens in
    tokens.indices.dropLast().contains { isScore(tokens[$0]) && isScore(tokens[$0 + 1]) }
  }
  /// First words of the article's company names, those ending in a legal form ("Toyota Motor
  /// Corp"): a town of that name alone is the company here.
  var companyFirstWords: Set<String> { companyNameParts.firstWords }
  /// Names of two words or more before a company's legal form in running text, folded: "broken
  /// hill proprietary" of "Broken Hill Proprietary Co Ltd".
  ///
  /// Written without the legal form, in a headline or opening a sentence, they still name it,
  /// though each word is a common one.
  var companyNames: Set<String> { companyNameParts.names }
  private(set) lazy var companyNameParts: (firstWords: Set<String>, names: Set<String>) = {
    var words: Set<String> = []
    var names: Set<String> = []
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] && !shouting[index] {
      // Legal forms are written capitalised ("Corp", "AG"): only those tokens are looked up.
      for (position, token) in tokens.enumerated() where position > 0 && token.isWord && token.isCapitalized {
        guard token.end - token.start <= 12, Self.legalForms.contains(lower(token)) else { continue }
        var start = position
        // ("said on Wednesday Cathay Pacific Airways Ltd had …": a day or a month opens no name.)
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
          !lexicon.calendar.contains(lower(tokens[start - 1]))
        {
          start -= 1
        }
        if start < position {
          let word = Lexicon.fold(text(tokens[start]))
          words.insert(word)
          // "Daimler" of "Daimler-Benz AG"; "Amazon" of "Amazon.com Inc".
          if let hyphen = word.firstIndex(of: "-") { words.insert(String(word[..<hyphen])) }
          let written = text(tokens[start])
          if [".com", ".net", ".org"].contains(where: { written.hasSuffix($0) }) {
            words.insert(Lexicon.fold(written.dropLast(4)))
          }
          if position - start >= 2, !Self.legalForms.contains(lower(tokens[position - 1])) {
            names.insert(Lexicon.fold(text(TextRange(tokens[start].start, tokens[position - 1].end))))
          }
        }
      }
    }
    return (words, names)
  }()
  /// Company legal forms ("Corp", "AG"); `ArticleEntities.genericTails` adds lines of business.
  static let legalForms: WordSet = [
    "inc", "ltd", "corp", "co", "plc", "llc", "limited", "corporation", "incorporated", "ag", "sa",
    "nv", "bv", "ab", "gmbh", "spa", "asa", "oyj", "kk", "bhd", "pty",
  ]
  /// Words that open a sports club's name across Europe and Latin America, as a legal form ends a
  /// company's: "Real Betis", "Sporting Lisbon", "Dynamo Kiev", "Olympique Marseille".
  static let clubForms: WordSet = [
    "real", "sporting", "atletico", "athletic", "deportivo", "dynamo", "dinamo", "spartak", "lokomotiv",
    "olympique", "racing", "rapid", "borussia", "eintracht", "fortuna", "steaua", "inter",
    "internazionale",
  ]
  /// Countries' adjectives in their own languages, which open the names of national companies
  /// and bodies: "Deutsche Bahn", "Svenska Dagbladet", "Norsk Hydro", "Nippon Steel".
  static let nativeNationalAdjectives: WordSet = [
    "deutsche", "deutscher", "deutsches", "svenska", "svenskt", "norsk", "norske", "dansk", "danske",
    "nederlandse", "nippon", "nihon", "suomen", "oesterreichische", "österreichische", "schweizerische",
    "polska", "polskie", "magyar", "ceska", "česká", "slovenska", "hellenic",
  ]
  private(set) var sentenceTokens: [[Token]] = []
  /// The text and lower-cased text of every token, by ordinal: computed once.
  private var tokenTexts: [String?] = []
  private var tokenLowers: [String?] = []
  /// Per capitalised token, computed once: bit 0 known, 1 plain word, 2 role word, 3 head noun.
  private var tokenFlags: [UInt8] = []
  private(set) var titleCase: [Bool] = []
  /// Sentences set in capitals ("WALES EDGE PAST SCOTLAND"), where case says nothing at all.
  private(set) var shouting: [Bool] = []
  /// Lines of a results table, "Leeds 0 Sheffield Wednesday 2": the names are teams.
  private(set) var scoreLine: [Bool] = []

  static let connectors: WordSet = ["of", "for", "and", "&", "the"]
  /// A lower-case token in `surnameParticles`, tested on its letters before any string is made.
  func isSurnameParticle(_ token: Token) -> Bool {
    guard token.isWord, !token.isCapitalized, token.end - token.start <= 5,
      "dvbiael".unicodeScalars.contains(scalars[token.start])
    else { return false }
    return Self.surnameParticles.contains(lower(token))
  }

  /// Particles that may open a surname written without its given name ("de Klerk", "von der
  /// Leyen", "bin Laden"); not "do", "den" or "ter", which are also English words.
  static let surnameParticles: WordSet = [
    "de", "del", "della", "di", "da", "dos", "du", "van", "von", "der", "bin", "ibn", "al", "el",
    "ben", "abu", "bint", "la", "le", "arap",
  ]
  /// Prepositions a body's name may capitalise and go on after with "the": "… Across the Taiwan
  /// Straits", "Campaign Against the Arms Trade".
  static let namePrepositions: WordSet = [
    "across", "against", "among", "between", "beyond", "through", "towards", "within", "without",
  ]
  static let particles: WordSet = [
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der",
    "den", "ter", "bin", "ibn", "al", "el", "ben", "abu", "bint", "arap", "wa",
  ]
  /// Closed-class words that open a capitalised run without being part of a name.
  static let functionWords: WordSet = [
    "the", "a", "an", "via", "per", "in", "on", "at", "for", "from", "with", "by", "to", "of", "and",
    "or", "but", "as", "after", "before", "during", "under", "over", "since", "despite", "while", "if",
    "when", "both", "neither", "either", "this", "that", "these", "those", "its", "his", "her",
    "their", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you", "there", "here", "what",
    "who", "how", "why", "where", "which", "not", "no", "yes", "all", "some", "many", "most", "more",
    "according", "like", "unlike", "between", "among", "against", "without", "within", "about",
    "also", "yet", "still", "so", "then", "than", "though", "although", "because", "whether",
  ]
  /// Verbs that follow a noun subject: "the Indo-Pacific is …" uses the name as a noun.
  static let auxiliaries: WordSet = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "shall", "should", "must", "does", "did", "do", "remains", "remained", "says", "said",
  ]
  /// Institutions named after a person or saint, whose possessive stays in the name.
  ///
  /// For example "St. Brigid’s Hospital" or "King’s College".
  static let institutions: WordSet = [
    "hospital", "church", "cathedral", "chapel", "college", "school", "university", "academy", "hall",
    "museum", "library", "infirmary", "clinic", "abbey", "priory", "bridge", "square", "park", "club",
  ]
  static let titleAbbreviations: WordSet = [
    "mr", "mrs", "ms", "mx", "dr", "prof", "sgt", "gen", "col", "lt", "capt", "maj", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "sir", "dame", "lord", "lady",
    "sheikh", "mme", "cmdr", "brig", "fr", "st", "pm", "fm", "ceo", "cfo", "mp", "mep",
  ]

  init(lexicon: Lexicon, article: Article, scalars: [Unicode.Scalar]) {
    self.lexicon = lexicon
    self.article = article
    self.scalars = scalars
    var ordinal = 0
    var texts: [String?] = []
    sentenceTokens = article.sentences.map { sentence in
      var tokens = Tokenizer.tokens(scalars, in: sentence.range)
      for index in tokens.indices {
        tokens[index].ordinal = ordinal
        ordinal += 1
        // Only capitalised words are looked up often enough to keep.
        guard tokens[index].isCapitalized else {
          texts.append(nil)
          continue
        }
        texts.append(String(scalars: scalars[tokens[index].start..<tokens[index].end]))
      }
      return tokens
    }
    tokenTexts = texts
    tokenLowers = texts.map { $0.map(Self.lowercased) }
    // A date line ("Saturday, 7 March 2026") has the same shape but a four-digit year.
    var scoreLine = sentenceTokens.map {
      Self.isScoreLine($0, scalars: scalars) || Self.isFixtureLine($0, scalars: scalars)
    }
    // "KANSAS CITY AT DETROIT" under a schedule, in an article of results: one side at the other.
    if scoreLine.contains(true) {
      for (index, tokens) in sentenceTokens.enumerated() where !scoreLine[index] {
        scoreLine[index] = Self.isAwayFixture(tokens, scalars: scalars)
      }
    }
    self.scoreLine = scoreLine
    titleCase = article.sentences.indices.map { index in
      // A results line is names and scores, not a headline ("Real Madrid 2 Barcelona 0"), even
      // set on a line of its own.
      if scoreLine[index] { return false }
      let kind = article.blocks[article.sentences[index].block].kind
      if kind == .title || kind == .heading { return true }
      // Nor is a batting line ("B. Young c Moin Khan b Wasim Akram 11").
      let words = sentenceTokens[index]
      if words.contains(where: \.hasDigit), words.contains(where: { isScorecardMark($0) }) { return false }
      // Title case: capitalised content words with almost no lower-case ones ("Wang Yi Expounds
      // China’s Five-Point Position on the Current Ukraine Issue").
      var content = 0
      var lowerCase = 0
      var numbers = 0
      var separators = 0
      var wordsInGroup = 0
      var longestGroup = 0
      var anyLowerCase = false
      for token in sentenceTokens[index] {
        guard token.isWord else {
          if scalars[token.start] == "," || scalars[token.start] == ";" {
            separators += 1
            wordsInGroup = 0
          }
          continue
        }
        wordsInGroup += 1
        longestGroup = max(longestGroup, wordsInGroup)
        if !token.isCapitalized && !token.hasDigit { anyLowerCase = true }
        // Scores and small counts ("69", "6-3"), not years or footnote numbers alone.
        if token.hasDigit, token.end - token.start <= 3 || token.hasHyphen { numbers += 1 }
        guard token.end - token.start >= 4, !token.hasDigit else { continue }
        content += 1
        if !token.isCapitalized { lowerCase += 1 }
      }
      // Names among numbers are a table ("136 Billy Mayfair 69 67"), not a headline; so is a line
      // that opens with a score or a rank ("68 Darren Clarke , Frank Nobilo ( New Zealand )").
      if numbers >= 3 { return false }
      // A list of names ("Ben Tune , Jason Little , Rob Howley ;") is no headline either; a list
      // with "for" or "and" in it may be one name ("Institute for Conflict, Cooperation and …").
      if separators >= 3 && longestGroup <= 4 && !anyLowerCase { return false }
      if let first = sentenceTokens[index].first, first.isWord, first.end - first.start <= 3,
        scalars[first.start..<first.end].allSatisfy(\.isDigit)
      {
        return false
      }
      // A sentence that ends with a full stop and has a lower-case content word is running text,
      // however many names it holds ("They drew at Marrow Road on Saturday."): headlines do not
      // end with a full stop.
      let endsWithStop = Self.endsWithStop(sentenceTokens[index], scalars: scalars)
      if lowerCase > 0, endsWithStop { return false }
      guard content - lowerCase >= 3 && lowerCase * 5 <= content else { return false }
      // Title case writes only short function words in lower case; a lower-case verb or noun of
      // any length ("Premier Li Peng met President Kim …") is running text.
      if endsWithStop {
        for token in sentenceTokens[index] where token.isWord && !token.isCapitalized && !token.hasDigit {
          let word = lower(token)
          if !Self.functionWords.contains(word) && !Self.connectors.contains(word)
            && !Self.particles.contains(word)
          {
            return false
          }
        }
      }
      // Nor is a list of people and their countries ("Umpires : Darrell Hair ( Australia ) ,
      // Merv Kitchen ( England )").
      return !words.indices.dropLast().contains { position in
        words[position].isWord && words[position].isCapitalized
          && isBracketedCountry(after: position, in: words)
      }
    }
    for (index, tokens) in sentenceTokens.enumerated() where !titleCase[index] {
      for position in tokens.indices {
        let token = tokens[position]
        guard token.isWord, token.isCapitalized, !token.isAllCaps, !isInitial(tokens, position) else {
          continue
        }
        // Capitalised next to a lower-case word: real evidence, not a run of title-case words.
        // ("High Commissioner for Refugees": a connector inside a name is no lower-case context.)
        let previous =
          position > 0 && tokens[position - 1].isWord && !tokens[position - 1].isCapitalized
          && !isArticleWord(tokens[position - 1])
          && !(position > 1 && tokens[position - 2].isCapitalized && isNameConnector(tokens[position - 1])
            // ("Shares of Alphabet fell": a common word capitalised only to open the sentence.)
            && !(position == 2 && tokens[0].isWord && lexicon.isCommon(lower(tokens[0]))
              && !isHead(lower(tokens[0])) && !isRoleWord(tokens[0])
              && !lexicon.nameWords.contains(lower(tokens[0]))))
        let next =
          position + 1 < tokens.count && tokens[position + 1].isWord && !tokens[position + 1].isCapitalized
        if previous || next || isNamedPlural(tokens, position) { evidence.insert(lower(token)) }
      }
    }
    shouting = sentenceTokens.map { tokens in
      var words = 0
      var capitals = 0
      for token in tokens where token.isWord && !token.hasDigit {
        words += 1
        if token.isAllCaps { capitals += 1 }
      }
      return words >= 3 && capitals * 10 >= words * 8
    }
    // Words the article also writes in lower case: set in capitals in a headline ("ENGLISH
    // MIDFIELDER"), they are words, not names, even when the word list lacks them.
    if shouting.contains(true) {
      for tokens in sentenceTokens {
        for token in tokens where token.isWord && !token.isCapitalized && !token.hasDigit {
          usedInLowerCase.insert(lower(token))
        }
      }
    }
    var flags = [UInt8](repeating: 0, count: ordinal)
    for (index, tokens) in sentenceTokens.enumerated() {
      // In a sentence set in capitals, a common word is only a word, however short; elsewhere a
      // short one in capitals may be an acronym ("WHO").
      let shouting = self.shouting[index]
      for token in tokens where token.isCapitalized && token.ordinal >= 0 {
        var value: UInt8 = 1
        let plain =
          shouting && token.isAllCaps
          ? Self.functionWords.contains(lower(token))
            || (lexicon.isCommon(lower(token)) && lexicon.place(lower(token)) == nil)
            || usedInLowerCase.contains(lower(token))
            // ("LINE-UP": each part a common word.)
            || (token.hasHyphen && isCommonCompound(lower(token)))
          : computePlainWord(token)
        if plain { value |= 2 }
        if computeRoleWord(token) { value |= 4 }
        if isHead(lower(token)) { value |= 8 }
        flags[token.ordinal] = value
      }
    }
    tokenFlags = flags
  }

  /// Whether the sentence ends with a full stop, exclamation or question mark (closers after it allowed).
  static func endsWithStop(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    for token in tokens.reversed() {
      if token.isWord { return false }
      let mark = scalars[token.start]
      if mark == "." || mark == "!" || mark == "?" { return true }
      if !mark.isCloser { return false }
    }
    return false
  }

  /// `lowercased()`, with the ASCII case done on the bytes.
  static func lowercased(_ text: String) -> String {
    var text = text
    let ascii = text.withUTF8 { bytes -> String? in
      for byte in bytes where byte >= 0x80 { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
        return bytes.count
      }
    }
    return ascii ?? text.lowercased()
  }

  /// Whether the tokens are a fixture, one side against another and nothing else.
  ///
  /// "Miami Heat v Detroit Pistons", "Orvale Rovers vs. Tarvo City".
  static func isFixtureLine(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    func isVersus(_ token: Token) -> Bool {
      token.isWord && scalars[token.start] == "v"
        && (token.end - token.start == 1 || (token.end - token.start == 2 && scalars[token.start + 1] == "s"))
    }
    // (Most sentences hold no "v" at all.)
    guard let versus = tokens.firstIndex(where: isVersus), versus > 0 else { return false }
    // "Saturday : Arsenal v Sunderland , Blackburn v Coventry": after a label, fixtures in a list.
    let colon = tokens.prefix(4).firstIndex { !$0.isWord && scalars[$0.start] == ":" }
    if tokens.count > 4, tokens.count <= 120,
      case let separators = tokens.indices.filter({ index in
        !tokens[index].isWord && (scalars[tokens[index].start] == "," || scalars[tokens[index].start] == ";")
      }), !separators.isEmpty || colon != nil
    {
      var start = 0
      if let colon, tokens[..<colon].allSatisfy({ $0.isWord && $0.isCapitalized }) { start = colon + 1 }
      var segments: [ArraySlice<Token>] = []
      for end in separators + [tokens.count] where end > start {
        segments.append(tokens[start..<end])
        start = end + 1
      }
      if segments.count >= 2 || (segments.count == 1 && segments[0].count < tokens.count) {
        return segments.allSatisfy { isFixtureLine(Array($0), scalars: scalars) }
      }
    }
    // "Valencia ( Spain ) v Bayern Munich ( Germany )": a draw gives each side's country in
    // brackets.
    if tokens.count <= 24, tokens.contains(where: { !$0.isWord && scalars[$0.start] == "(" }) {
      let outside = outsideBrackets(tokens, scalars: scalars, wordsOnly: false)
      return outside.count < tokens.count && isFixtureLine(outside, scalars: scalars)
    }
    guard tokens.count <= 16 else { return false }
    var after = versus + 1
    if after < tokens.count, !tokens[after].isWord, scalars[tokens[after].start] == "." { after += 1 }
    let sides = [tokens[..<versus], tokens[after...]]
    return sides.allSatisfy { side in
      guard let first = side.first, first.isWord, first.isCapitalized else { return false }
      return side.allSatisfy { $0.isWord && ($0.isCapitalized || $0.hasDigit) }
    }
  }

  /// The tokens outside brackets, without the brackets: only the words, or the punctuation too.
  static func outsideBrackets(_ tokens: [Token], scalars: [Unicode.Scalar], wordsOnly: Bool) -> [Token] {
    var depth = 0
    var outside: [Token] = []
    for token in tokens {
      if !token.isWord, scalars[token.start] == "(" {
        depth += 1
      } else if !token.isWord, scalars[token.start] == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0, token.isWord || !wordsOnly {
        outside.append(token)
      }
    }
    return outside
  }

  /// Whether a line in capitals is one side at another, of one to three words each: "KANSAS
  /// CITY AT DETROIT".
  static func isAwayFixture(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    guard (3...7).contains(tokens.count), tokens.allSatisfy({ $0.isWord && $0.isAllCaps && !$0.hasDigit }),
      let at = tokens.firstIndex(where: {
        $0.end - $0.start == 2 && scalars[$0.start] == "A" && scalars[$0.start + 1] == "T"
      })
    else { return false }
    return (1...3).contains(at) && (1...3).contains(tokens.count - at - 1)
  }

  /// "Arsenal 2 Coventry 0": two groups of capitalised words, each followed by a small whole number;
  /// or a standings line, one group followed by four numbers or more ("Ajax 4 3 1 0 9 2 10").
  static func isScoreLine(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    // Both shapes need a number; most sentences have none.
    guard tokens.contains(where: \.hasDigit) else { return false }
    // Remarks and scorers in brackets go: "Seattle 5 Baltimore 4 ( 10 innings )", "Vrana 2 (
    // Larsson 34 , Kessel 60 ) Orvale 1 ( Gorre 85 )".
    if tokens.count <= 60, tokens.contains(where: { !$0.isWord && scalars[$0.start] == "(" }) {
      let outside = outsideBrackets(tokens, scalars: scalars, wordsOnly: true)
      // A lower-case word outside the brackets: running text, not a results line.
      guard outside.allSatisfy({ $0.isCapitalized || $0.hasDigit }) else { return false }
      return outside.count < tokens.count && isScoreLine(outside, scalars: scalars)
    }
    let words = tokens.filter(\.isWord)
    func small(_ token: Token) -> Bool {
      token.hasDigit && token.end - token.start <= 3
        && scalars[token.start..<token.end].allSatisfy { $0.properties.numericType != nil }
    }
    // Numbers parted by spaces only: "71:46:29" is a time, not a standings line.
    if let first = words.first, first.isCapitalized, !first.hasDigit,
      let names = words.firstIndex(where: \.hasDigit), names <= 4, words.count - names >= 4,
      words[names...].allSatisfy(small),
      let firstNumber = tokens.firstIndex(where: \.hasDigit),
      tokens[firstNumber...].dropLast().allSatisfy(\.isWord)
    {
      return true
    }
    // "NEW YORK 88 67 .568 -", "BOSTON 81 75 .519 7 1/2": a standings row with a winning
    // percentage, games behind and its fractions and dashes.
    if let first = words.first, first.isCapitalized, !first.hasDigit,
      let names = words.firstIndex(where: \.hasDigit), names <= 4, words.count - names >= 3,
      words[names...].allSatisfy(small), let firstNumber = tokens.firstIndex(where: \.hasDigit),
      tokens[firstNumber...].allSatisfy({ $0.isWord || "./-–".unicodeScalars.contains(scalars[$0.start]) }),
      tokens.indices.dropLast().contains(where: {
        $0 >= firstNumber && !tokens[$0].isWord && scalars[tokens[$0].start] == "."
          && !tokens[$0 + 1].spaceBefore && tokens[$0 + 1].hasDigit
      })
    {
      return true
    }
    var groups = 0
    var namesInGroup = 0
    var numberEndsName = false
    for (position, token) in words.enumerated() {
      // "1860 Munich 1 Werder Bremen 1": a founding year may open a team's name (a rank in a
      // table of scores is shorter: "136 Billy Mayfair 69 67").
      if position == 0, token.end - token.start == 4,
        scalars[token.start..<token.end].allSatisfy({ $0.properties.numericType != nil }), words.count > 1,
        words[1].isCapitalized, !words[1].hasDigit
      {
        continue
      }
      if token.isCapitalized && !token.hasDigit {
        namesInGroup += 1
        numberEndsName = false
        guard namesInGroup <= 4 else { return false }
      } else if token.hasDigit, token.end - token.start <= 3,
        scalars[token.start..<token.end].allSatisfy({ $0.properties.numericType != nil })
      {
        if namesInGroup > 0 {
          groups += 1
          namesInGroup = 0
          numberEndsName = true
        } else if numberEndsName {
          // "Schalke 04 0": a number in the team's name, then its score.
          numberEndsName = false
        } else {
          return false
        }
      } else {
        return false
      }
    }
    return groups == 2 && namesInGroup == 0
  }

  /// Whether the word at `position` opens the sentence, a quotation or a clause after a colon
  /// or dash, where any word is capitalised.
  func isInitial(_ tokens: [Token], _ position: Int) -> Bool {
    var cursor = position - 1
    while cursor >= 0 {
      let token = tokens[cursor]
      if token.isWord { return token.hasDigit && !tokens[..<cursor].contains(where: \.isWord) }
      switch scalars[token.start] {
      case "“", "\"", "‘", "'", "(", "[", ":", "–", "—", "•": return true
      // "CAIRO, Aug 15 (Reuters) - Mediators from …": a spaced hyphen as a dash.
      case "-" where token.spaceBefore: return true
      case "]": break
      default: return false
      }
      cursor -= 1
    }
    return true
  }

  /// Whether a capitalised plural of a common word after a lower-case "the" is a name.
  ///
  /// "for the Bruins , who", "beat the Giants": alone, such a word is a team's or a group's name;
  /// running prose writes the plain word in lower case ("the bruins of the forest").
  ///
  /// `openingThe` accepts "The" opening the sentence too ("The Orioles have won five straight").
  func isNamedPlural(_ tokens: [Token], _ position: Int, openingThe: Bool = false) -> Bool {
    let token = tokens[position]
    guard position > 0, token.end - token.start >= 4, scalars[token.end - 1] == "s",
      isArticleWord(tokens[position - 1]) && scalars[tokens[position - 1].start] == "t"
        || (openingThe && position == 1 && lower(tokens[0]) == "the")
    else { return false }
    if position + 1 < tokens.count, tokens[position + 1].isWord, tokens[position + 1].isCapitalized {
      return false
    }
    let word = lower(token)
    let singular = Self.singular(word)
    return singular != word && lexicon.isCommon(singular) && !Self.decades.contains(word)
  }

  /// "the Sixties": decades are periods, not names.
  static let decades: WordSet = [
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
  ]

  /// Whether a token is a batting line's "c", "b", "st" or "lbw", read off the code points.
  func isScorecardMark(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    switch token.end - token.start {
    case 1: return scalars[token.start] == "c" || scalars[token.start] == "b"
    case 2: return scalars[token.start] == "s" && scalars[token.start + 1] == "t"
    case 3:
      return scalars[token.start] == "l" && scalars[token.start + 1] == "b" && scalars[token.start + 2] == "w"
    default: return false
    }
  }

  /// Whether a token is "of", "for" or "and" in lower case: the words that join a name's parts.
  func isNameConnector(_ token: Token) -> Bool {
    let word = scalars[token.start..<token.end]
    return word.elementsEqual("of".unicodeScalars) || word.elementsEqual("for".unicodeScalars)
      || word.elementsEqual("and".unicodeScalars)
  }

  /// Whether a lower-case token is "a", "an" or "the", read off the code points.
  func isArticleWord(_ token: Token) -> Bool {
    switch token.end - token.start {
    case 1: return scalars[token.start] == "a"
    case 2: return scalars[token.start] == "a" && scalars[token.start + 1] == "n"
    case 3:
      return scalars[token.start] == "t" && scalars[token.start + 1] == "h" && scalars[token.start + 2] == "e"
    default: return false
    }
  }

  func text(_ token: Token) -> String {
    if token.ordinal >= 0 && token.ordinal < tokenTexts.count, let cached = tokenTexts[token.ordinal] {
      return cached
    }
    return String(scalars: scalars[token.start..<token.end])
  }

  func lower(_ token: Token) -> String {
    if token.ordinal >= 0 && token.ordinal < tokenLowers.count, let cached = tokenLowers[token.ordinal] {
      return cached
    }
    return text(token).lowercased()
  }

  func text(_ range: TextRange) -> String {
    String(scalars: scalars[range.start..<range.end])
  }

  /// Whether a capitalised word is only a common word here: in the word list, and never seen
  /// capitalised mid-sentence in this article.
  func isPlainWord(_ token: Token) -> Bool {
    if let flags = flags(token) { return flags & 2 != 0 }
    return computePlainWord(token)
  }

  /// Whether a token is a head noun, from the cache when it can.
  func isHeadToken(_ token: Token) -> Bool {
    if let flags = flags(token) { return flags & 8 != 0 }
    return isHead(lower(token))
  }

  func flags(_ token: Token) -> UInt8? {
    guard token.ordinal >= 0, token.ordinal < tokenFlags.count else { return nil }
    let value = tokenFlags[token.ordinal]
    return value & 1 != 0 ? value : nil
  }

  /// Whether a sentence opens with a number of up to three digits and a dash or a full stop.
  ///
  /// A rank opens a table's row so: "10 - Ronaldo", "2. Laurent Jalabert".
  func opensWithRank(_ tokens: [Token]) -> Bool {
    guard tokens.count >= 3, tokens[0].isWord, tokens[0].end - tokens[0].start <= 3, isDigits(tokens[0]),
      !tokens[1].isWord
    else { return false }
    let mark = scalars[tokens[1].start]
    return mark == "-" || mark == "." || mark == "\u{2013}"
  }

  /// Whether each part of a hyphenated word is a common word: "line-up", "farmer-citizen".
  func isCommonCompound(_ word: String) -> Bool {
    word.split(separator: "-").allSatisfy { lexicon.isCommon(String($0)) }
  }

  func computePlainWord(_ token: Token) -> Bool {
    guard !token.isAllCaps else { return lexicon.isCommon(lower(token)) && token.end - token.start > 4 }
    let word = lower(token)
    if token.hasHyphen {
      return isCommonCompound(word)
    }
    return (lexicon.isCommon(word) || (word.utf8.count > 7 && isMakerCompound(word)))
      && !evidence.contains(word)
  }

  /// A word with a capital after lower-case letters, as brands are written: "AeroSystems",
  /// "BlackRock", "PayPal".
  ///
  /// Not a surname's prefix ("MacArthur", "VanderBeek", "DelVecchio", "FitzGerald"), nor two
  /// letters ("McCarthy", "DeSantis"), nor a word in capitals or with a hyphen or apostrophe
  /// ("O'Neill", "al-Assad").
  func isBrandCase(_ token: Token) -> Bool {
    guard token.isCapitalized, !token.isAllCaps, !token.hasHyphen, token.end - token.start >= 5 else {
      return false
    }
    // (Letters are read by their code in ASCII: Unicode's properties cost a fifth of all the
    // analysis when asked of every letter of every name.)
    var inner: Int?
    var previousIsLower = false
    for index in (token.start + 1)..<token.end {
      let scalar = scalars[index]
      let isUpper: Bool
      let isLower: Bool
      if scalar.isASCII {
        isUpper = (65...90).contains(scalar.value)
        isLower = (97...122).contains(scalar.value)
        if !isUpper && !isLower { return false }
      } else {
        guard scalar.properties.isAlphabetic else { return false }
        isUpper = scalar.properties.isUppercase
        isLower = scalar.properties.isLowercase
      }
      if inner == nil, isUpper, previousIsLower { inner = index }
      previousIsLower = isLower
    }
    guard let inner else { return false }
    // ("DeAndre", "LaMarcus", "JaVale": given names may open with two letters and a capital.)
    guard inner - token.start >= 3 else { return false }
    let prefix = String(scalars: scalars[token.start..<inner]).lowercased()
    return !Self.surnamePrefixes.contains(prefix) && !Self.particles.contains(prefix)
  }

  /// What opens surnames written with an inner capital: "MacArthur", "FitzGerald", "VanderBeek".
  static let surnamePrefixes: WordSet = ["mac", "fitz", "ter", "van", "von", "vander", "dela", "della"]

  /// Whether the article defines the acronym by lower-case words, in brackets right after them:
  /// "artificial intelligence (AI)"; or, for an acronym WordNet knows both as a name and as a
  /// common noun, writes the common noun's words anywhere ("AI" beside "artificial intelligence",
  /// not Army Intelligence).
  ///
  /// Then the acronym is a common noun, whatever a word list calls it. (Any lower-case words whose
  /// initials spell it are chance too often: "economic uncertainty" spells "EU".)
  func isDefinedInLowerCase(_ acronym: Token) -> Bool {
    guard !lowerCaseDefinitions.isEmpty else { return false }
    return lowerCaseDefinitions.contains(String(scalars: scalars[acronym.start..<acronym.end]))
  }

  /// Acronyms of two to five capitals that the article defines by lower-case words.
  ///
  /// Worked out when first asked, in one pass over the article.
  private(set) lazy var lowerCaseDefinitions: Set<String> = {
    var found: Set<String> = []
    var spelt: Set<String> = []
    for tokens in sentenceTokens {
      for token in tokens where token.isAllCaps && (2...5).contains(token.end - token.start) {
        let acronym = String(scalars: scalars[token.start..<token.end])
        guard !spelt.contains(acronym), let phrases = lexicon.acronymPhrases[acronym] else { continue }
        spelt.insert(acronym)
        if phrases.contains(where: writesPhrase) { found.insert(acronym) }
      }
      for open in tokens.indices.dropFirst(2).dropLast()
      where !tokens[open].isWord && scalars[tokens[open].start] == "(" && tokens[open + 1].isAllCaps {
        let letters = scalars[tokens[open + 1].start..<tokens[open + 1].end]
        guard (2...5).contains(letters.count), open >= letters.count,
          letters.allSatisfy({ $0.isASCII && $0.properties.isUppercase })
        else { continue }
        let start = open - letters.count
        if zip(start..<open, letters).allSatisfy({ index, letter in
          let token = tokens[index]
          return token.isWord && !token.isCapitalized && !token.hasDigit
            && scalars[token.start].value == letter.value + 32
        }) {
          found.insert(String(scalars: letters))
        }
      }
    }
    return found
  }()

  /// Whether the article writes `words` in lower case, one after another in a sentence.
  func writesPhrase(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    return sentenceTokens.contains { tokens in
      tokens.indices.contains { start in
        start + words.count <= tokens.count && tokens[start].isWord && !tokens[start].isCapitalized
          && lower(tokens[start]) == first
          && (1..<words.count).allSatisfy { offset in
            tokens[start + offset].isWord && lower(tokens[start + offset]) == words[offset]
          }
      }
    }
  }

  /// A closed compound of a common word and "maker": "chipmaker", "drugmaker", "lawmakers".
  ///
  /// News coins them freely; the word list has few.
  func isMakerCompound(_ word: String) -> Bool {
    makerStem(word.hasSuffix("makers") ? word.dropLast() : word[...]) != nil
  }

  /// The common word before a singular "maker": "chip" of "chipmaker".
  private func makerStem(_ word: Substring) -> String? {
    guard word.hasSuffix("maker") else { return nil }
    let stem = String(word.dropLast(5))
    return stem.count >= 3 && lexicon.isCommon(stem) ? stem : nil
  }

  /// A word for a kind of company before its name: "airline", "chipmaker", "drugmaker".
  ///
  /// A maker of things, not of laws, films or peace, is a company.
  func isCompanyNoun(_ word: String) -> Bool {
    KindVote.companyNouns.contains(word) || isCompanyMaker(word)
  }

  /// A maker of things, not of laws, films or peace: "chipmaker", "steelmaker".
  func isCompanyMaker(_ word: String) -> Bool {
    guard let stem = makerStem(word[...]) else { return false }
    return !Self.peopleMakers.contains(stem)
  }

  /// A kind of company that is also a person's role: "insurer", "publisher", "steelmaker".
  ///
  /// Before a name that opens with no given name it is the company's ("the publisher Orvale").
  func isCompanyRole(_ word: String) -> Bool {
    // ("the Chinese bulk carrier Hai Xing": not every company noun; a carrier may be a ship.)
    KindVote.companyRoles.contains(word) || isCompanyMaker(word)
  }

  /// What people, not companies, make: "lawmaker", "filmmaker", "playmaker".
  static let peopleMakers: WordSet = [
    "law", "policy", "film", "movie", "peace", "king", "match", "play", "deal", "trouble", "pace",
    "rain", "home", "dress", "shoe", "decision", "mischief", "merry", "hay", "money", "news", "speech",
    "holiday", "pattern", "tea", "coffee", "noise", "program", "programme", "map", "cabinet",
  ]

  /// An organisation, place or event head noun ("Ministry", "Sea", "Dialogue").
  func isHead(_ word: String) -> Bool {
    lexicon.eventHeads.contains(word) || isOrgHead(word) || has(word, orPlural: lexicon.placeHeads)
  }

  /// An organisation head, singular or plural ("Center", "Centers").
  func isOrgHead(_ word: String) -> Bool { has(word, orPlural: lexicon.orgHeads) }

  /// Whether `heads` holds `word`, or its singular when it is a plural ("Centers for …", "Services").
  private func has(_ word: String, orPlural heads: WordSet) -> Bool {
    if heads.contains(word) { return true }
    // Byte tests first: String.count walks grapheme clusters.
    guard word.utf8.last == UInt8(ascii: "s"), word.unicodeScalars.count > 4 else { return false }
    let singular = Self.singular(word)
    return singular != word && heads.contains(singular)
  }

  // MARK: Candidates

  /// A known place inside a name: "Asia" in "East Asia", "Munich" in "Munich Security Conference".
  func nestedPlace(_ candidate: Candidate) -> Candidate? {
    let tokens = candidate.tokens
    guard tokens.count >= 2, let first = tokens.first, let last = tokens.last else { return nil }
    var inner: [Token] = []
    let start = tokens[1]
    if lexicon.directions.contains(lower(first)), !lexicon.directions.contains(lower(start)),
      lexicon.place(Lexicon.fold(text(TextRange(start.start, last.end)))) != nil
    {
      inner = Array(tokens.dropFirst())
    } else if lexicon.eventHeads.contains(lower(last)), lexicon.place(Lexicon.fold(text(first))) != nil,
      lexicon.demonymPlace(text(first)) == nil
    {
      // ("Canadian Open": the adjective is no place, though WordNet has a Canadian River.)
      inner = [first]
    }
    // A name the lexicon knows whole ("South Africa") is not split.
    guard let innerFirst = inner.first, let innerLast = inner.last, !isKnownName(tokens) else { return nil }
    var nested = Candidate(
      range: TextRange(innerFirst.start, innerLast.end), tokens: inner, sentence: candidate.sentence)
    nested.isNested = true
    return nested
  }

  /// Whether the sentence is a row of a results table in figures, whose label names nothing.
  ///
  /// A label of one or two words, then this period's figure against last year's: "Shr $ 0.45 vs
  /// $ 0.38", "Net 12.4 vs 10.1".
  func isFigureRow(_ tokens: [Token]) -> Bool {
    guard tokens.count >= 4, tokens.count <= 16, tokens[0].isWord, !tokens[0].hasDigit else { return false }
    var label = 1
    if tokens[1].isWord, !tokens[1].hasDigit, lower(tokens[1]) != "vs" { label = 2 }
    var versus = false
    var figures = 0
    for token in tokens[label...] where token.isWord {
      if token.hasDigit {
        figures += 1
      } else if lower(token) == "vs" {
        versus = true
      } else {
        return false
      }
    }
    return versus && figures >= 2
  }

  /// A table's column heads: three or more words, each a capital and at most two more
  /// ("W L PCT GB", "P W D L F A PTS").
  func isColumnHeads(_ tokens: [Token]) -> Bool {
    var words = 0
    for token in tokens where token.isWord {
      guard token.end - token.start <= 3, scalars[token.start..<token.end].allSatisfy(\.isUpper) else {
        return false
      }
      words += 1
    }
    return words >= 3
  }

  /// Every name in the article, in reading order.
  func candidates() -> [Candidate] {
    var result: [Candidate] = []
    for (index, tokens) in sentenceTokens.enumerated() {
      let block = article.blocks[article.sentences[index].block]
      guard block.kind.isAnalysed, !isColumnHeads(tokens), !isFigureRow(tokens) else { continue }
      var found: [Candidate] = []
      let spelled = tokens.count > 3 ? spelledByAcronyms(tokens) : []
      for var run in runs(tokens) {
        if let name = spelled.first(where: { $0.overlaps(run) }) {
          // The run that ends the name makes it; runs inside it make nothing of their own.
          let words = name.map { tokens[$0] }.filter(\.isWord)
          if run.upperBound == name.upperBound,
            let made = make(
              words, tokensOf: words, sentenceTokens: tokens, index, hadTitle: false, qualifier: nil,
              hadArticle: false)
          {
            found.append(made)
          }
          // Words before it are refined alone ("The", "Top Orvale official …").
          guard run.lowerBound < name.lowerBound else { continue }
          run = run.lowerBound...(name.lowerBound - 1)
        }
        for candidate in refine(run, tokens: tokens, sentence: index) {
          found.append(candidate)
          if let nested = nestedPlace(candidate) { found.append(nested) }
        }
      }
      // "Centers for Disease Control and Prevention (CDC)": the writer defines the acronym.
      result += joinedByAcronym(found, tokens: tokens).map { candidate in
        var candidate = candidate
        if candidate.tokens.count >= 2 {
          candidate.definedAcronym = definedAcronym(of: candidate, tokens: tokens)
        }
        return candidate
      }
    }
    return result
  }

  /// The token ranges of names with a role word inside that their acronym spells, read back from it.
  ///
  /// "U.N. High Commissioner for Refugees ( UNHCR )", "U.S. Trade Representative ( USTR )": the
  /// acronym in brackets spells the words letter by letter, so they are one body's name, role and
  /// all, and no title before a name.
  func spelledByAcronyms(_ tokens: [Token]) -> [ClosedRange<Int>] {
    var found: [ClosedRange<Int>] = []
    for open in tokens.indices.dropFirst()
    where !tokens[open].isWord && scalars[tokens[open].start] == "(" && tokens[open - 1].isWord {
      guard let acronym = bracketedAcronym(afterToken: open - 1, tokens: tokens) else { continue }
      // Letters of the words read backwards: an acronym's capitals, a word's first letter.
      var letters: [Unicode.Scalar] = []
      var start = open - 1
      var hasRole = false
      while start >= 0, tokens[start].isWord, letters.count < acronym.unicodeScalars.count {
        let token = tokens[start]
        let word = lower(token)
        if Self.headPrepositions.contains(word) || Self.connectors.contains(word) {
          guard start > 0, !token.isCapitalized else { break }
          start -= 1
          continue
        }
        guard token.isCapitalized else { break }
        let written = scalars[token.start..<token.end]
        if token.isAllCaps || written.contains(".") {
          letters.insert(contentsOf: written.filter(\.isUpper), at: 0)
        } else {
          letters.insert(written[written.startIndex], at: 0)
        }
        if isRoleWord(token) { hasRole = true }
        if letters.count == acronym.unicodeScalars.count { break }
        start -= 1
      }
      guard start >= 0, start < open - 2, hasRole, tokens[start].isCapitalized,
        String(String.UnicodeScalarView(letters)) == acronym
      else { continue }
      found.append(start...(open - 1))
    }
    return found
  }

  /// Whether a body named for causes ("Organisation for Security and Cooperation") goes on with
  /// "in" and a continent: its head and "for", "on" or "of" open it, two causes joined by "and"
  /// follow, and a common word ends it ("the Ministry of Fisheries in Oceania" is located there).
  func takesContinent(_ first: Candidate, _ second: Candidate) -> Bool {
    guard second.tokens.count == 1, first.tokens.count >= 5, let last = first.tokens.last,
      Self.continents.contains(lower(second.tokens[0])), isOrgHead(lower(first.tokens[0])),
      ["for", "on", "of"].contains(lower(first.tokens[1])),
      first.tokens.dropFirst(2).contains(where: { lower($0) == "and" })
    else { return false }
    return lexicon.isCommon(lower(last)) && lexicon.place(Lexicon.fold(text(last))) == nil
  }
  static let continents: WordSet = ["europe", "asia", "africa", "america", "americas", "oceania"]

  static let acronymJoiners: WordSet = ["and", "in", "on", "at", "of", "for", "de", "du", "des", "la"]

  /// "Organisation for Security and Cooperation in Europe (OSCE)": two names joined by a small
  /// lower-case word become one when the acronym in brackets after them spells their initials.
  func joinedByAcronym(_ found: [Candidate], tokens: [Token]) -> [Candidate] {
    var result: [Candidate] = []
    var index = 0
    while index < found.count {
      let first = found[index]
      guard index + 1 < found.count, let last = first.tokens.last,
        let joiner = tokens[Self.firstToken(startingAtOrAfter: last.end, in: tokens)...].firstIndex(
          where: \.isWord)
      else {
        result.append(first)
        index += 1
        continue
      }
      let second = found[index + 1]
      let word = lower(tokens[joiner])
      let nextWord = tokens[(joiner + 1)...].firstIndex(where: \.isWord)
      // The joiner sits right between the two names, and an acronym in brackets follows the second.
      // ("… for Security and Cooperation in Europe said": with no acronym, a body named for a
      // cause takes the continent it works in.)
      if Self.acronymJoiners.contains(word), !tokens[joiner].isCapitalized,
        let secondFirst = second.tokens.first,
        nextWord.map({ tokens[$0].start == secondFirst.start }) ?? false,
        bracketedAcronym(after: second, tokens: tokens).map({ acronym in
          Self.acronym(
            acronym, fits: NameKeys.initials(withoutLegalForm(first.tokens + second.tokens).map(text)))
            && NameKeys.initials(first.tokens.map(text)) != acronym
        }) ?? (word == "in" && takesContinent(first, second))
      {
        var joined = first
        joined.range = TextRange(first.range.start, second.range.end)
        joined.tokens = first.tokens + [tokens[joiner]] + second.tokens
        joined.wordAfter = second.wordAfter
        result.append(joined)
        index += 2
        continue
      }
      result.append(first)
      index += 1
    }
    return result
  }

  /// A company's words without the legal form that ends them: "Nippon Telegraph and Telephone
  /// Corp ( NTT )" spells no C.
  func withoutLegalForm(_ words: [Token]) -> ArraySlice<Token> {
    guard words.count >= 2, let last = words.last, Self.legalForms.contains(lower(last)) else {
      return words[...]
    }
    return words.dropLast()
  }

  /// Whether an acronym stands for a name with these initials: the same letters, or, for an
  /// acronym of four letters or more, all but one of them in order, first and last kept (a body
  /// renamed after its acronym was coined: "London International Financial Futures and Options
  /// Exchange ( LIFFE )").
  static func acronym(_ acronym: String, fits initials: String) -> Bool {
    if acronym == initials { return true }
    let short = Array(acronym.utf8)
    let long = Array(initials.utf8)
    guard short.count >= 4, long.count == short.count + 1, short.first == long.first, short.last == long.last
    else { return false }
    var index = 0
    for letter in long where index < short.count && letter == short[index] { index += 1 }
    return index == short.count
  }

  /// The acronym in "( OSCE )" or "(OSCE)" right after a candidate, without full stops.
  func bracketedAcronym(after candidate: Candidate, tokens: [Token]) -> String? {
    guard let last = candidate.tokens.last else { return nil }
    return bracketedAcronym(
      afterToken: Self.firstToken(startingAtOrAfter: last.end, in: tokens) - 1, tokens: tokens)
  }

  /// The acronym in brackets right after the token at `index`.
  func bracketedAcronym(afterToken index: Int, tokens: [Token]) -> String? {
    let open = index + 1
    // ("( PiS )", "( AfD )": capitals at both ends may hold a small letter between.)
    guard open < tokens.count, scalars[tokens[open].start] == "(", open + 2 < tokens.count,
      tokens[open + 1].isWord, scalars[tokens[open + 2].start] == ")",
      tokens[open + 1].isAllCaps
        || (scalars[tokens[open + 1].start].properties.isUppercase
          && scalars[tokens[open + 1].end - 1].properties.isUppercase)
    else { return nil }
    // "NEW YORK (AP) —": the agency credited after a dateline is no acronym of the place.
    let inside = TextRange(tokens[open + 1].start, tokens[open + 1].end)
    if article.source.map({ $0.contains(inside) }) ?? false { return nil }
    return NameKeys.acronym(text(tokens[open + 1]))
  }

  /// The acronym a candidate's writer gives it in brackets ("Medecins Sans Frontieres ( MSF )").
  ///
  /// Letters may differ from the initials ("Opposition Social Democrats ( SPD )"), but two of them
  /// must be initials in order: "Ana Ruiz ( GER )" says where she is from. So does a name the
  /// lexicon knows ("Ana Ruiz ( U.S. )").
  func definedAcronym(of candidate: Candidate, tokens: [Token]) -> String? {
    guard let acronym = bracketedAcronym(after: candidate, tokens: tokens) else { return nil }
    let initials = NameKeys.initials(candidate.tokens.map(text))
    guard acronym != initials else { return acronym }
    var rest = Substring(initials)
    var matched = 0
    for letter in acronym {
      guard let found = rest.firstIndex(of: letter) else { continue }
      matched += 1
      rest = rest[rest.index(after: found)...]
    }
    // "Institutional Revolutionary Party ( PRI )": the same letters in the order of the name in
    // its own language also define it.
    // "Kurdistan Workers Party ( PKK )": an organisation's name, ending in its head, shares two
    // letters with an acronym in another language's order.
    let shared = Set(acronym).intersection(initials).count
    let endsWithOrgHead = candidate.tokens.last.map { isOrgHead(lower($0)) } ?? false
    // "Law and Justice ( PiS )", "Civic Coalition ( KO )": a name made only of common words takes
    // the acronym of its own language, whatever the letters.
    // ("Farmer-Citizen Movement ( BBB )": each part of a compound a common word.)
    let commonWords = candidate.tokens.allSatisfy { token in
      let word = lower(token)
      return lexicon.isCommon(word)
        || (token.hasHyphen && isCommonCompound(word))
    }
    guard
      matched >= 2 || (acronym.count >= 3 && acronym.sorted() == initials.sorted())
        || (endsWithOrgHead && shared >= 2) || commonWords
    else { return nil }
    let written = Lexicon.fold(acronym)
    // ("National Action Party ( PAN )": a god's name in capitals is no one's in brackets.)
    guard lexicon.place(written) == nil, lexicon.group(acronym).map({ $0.kind == .person }) ?? true
    else { return nil }
    return acronym
  }

  /// Whether two or more capitalised common words follow "for", none of them a given name, a
  /// surname or a known name: what a group stands for ("Honest Budgets"), not whom it serves.
  func isCauseAfterFor(_ tokens: [Token], from index: Int) -> Bool {
    var end = index
    while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized {
      let word = lower(tokens[end])
      guard lexicon.isCommon(word), !lexicon.givenNames.contains(word), !lexicon.nameWords.contains(word),
        !surnameWords.contains(word)
      else { return false }
      end += 1
    }
    guard end - index >= 2 else { return false }
    let written = text(TextRange(tokens[index].start, tokens[end - 1].end))
    return lexicon.place(Lexicon.fold(written)) == nil && lexicon.group(written) == nil
  }

  /// Only ASCII digits: "2000", not "2-1" or "3.5".
  func isDigits(_ token: Token) -> Bool {
    scalars[token.start..<token.end].allSatisfy { ("0"..."9").contains($0) }
  }

  /// Two digits ("96") or a year of four (19xx or 20xx), and nothing else.
  func isYear(_ token: Token) -> Bool {
    guard isDigits(token) else { return false }
    let century = scalars[token.start..<min(token.end, token.start + 2)]
    return token.end - token.start == 2
      || (token.end - token.start == 4
        && (century.elementsEqual(["1", "9"]) || century.elementsEqual(["2", "0"])))
  }

  /// Whether the token at `index` is a French or Italian article elided before an apostrophe, as
  /// tokenised copy writes it: the "l" of "de l' Arc", the "d" of "Costa d' Avorio".
  func isElidedArticle(_ index: Int, in tokens: [Token]) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.end - token.start == 1, ["l", "d"].contains(scalars[token.start]),
      index + 1 < tokens.count, !tokens[index + 1].isWord, tokens[index + 1].start == token.end
    else { return false }
    return "'’".unicodeScalars.contains(scalars[tokens[index + 1].start])
  }

  /// Maximal runs of capitalised words with connectors, as token index ranges.
  func runs(_ tokens: [Token]) -> [ClosedRange<Int>] {
    var runs: [ClosedRange<Int>] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].isWord, tokens[index].isCapitalized else {
        index += 1
        continue
      }
      var start = index
      // "said de Klerk", "bin Laden": lower-case particles right before a surname open it (not
      // after a capitalised word, where they are already inside the run).
      while start >= 1, start > (runs.last?.upperBound ?? -1) + 1, tokens[start].spaceBefore,
        isSurnameParticle(tokens[start - 1]),
        start < 2 || !(tokens[start - 2].isWord && tokens[start - 2].isCapitalized)
          || isSurnameParticle(tokens[start - 2])
      {
        start -= 1
      }
      var last = index
      var insideHeadPhrase = false
      extend: while true {
        let current = tokens[last]
        if current.isPossessive {
          // "People’s Republic": a common word's possessive inside a name continues it, and so does
          // a name's possessive before an organisation's head ("St. Brigid’s Hospital").
          let next = last + 1
          guard next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized else { break extend }
          // ... when a head follows ("People 's Liberation Army"): in "John Major 's Conservatives"
          // the common word is a surname and its owner ends there.
          var headAhead = false
          var ahead = next
          while ahead < tokens.count, ahead < next + 5, tokens[ahead].isWord, tokens[ahead].isCapitalized {
            if isHeadToken(tokens[ahead]) {
              headAhead = true
              break
            }
            ahead += 1
          }
          // ("Japan 's Daiwa Bank": a country is no common word, though lacquer is "japan".)
          // ("AMR Corp 's American Airlines": a company's legal form ends its name; its unit follows.)
          // ("Donald Tusk 's Civic Coalition": after one word that is no common word, nationality
          // or place, the possessive is a person's, though "tusk" is a word; "Tarvo County Sheriff
          // 's Department" goes on.)
          let personsPossessive =
            last == start + 1 && !lexicon.isCommon(lower(tokens[start]))
            && lexicon.demonymPlace(text(tokens[start])) == nil
            && lexicon.place(Lexicon.fold(text(tokens[start]))) == nil
          let commonPossessive =
            headAhead && lexicon.isCommon(lower(current)) && !personsPossessive
            // ("the small People 's Democratic Party": a word opening the run, capitalised only
            // here, is no evidence of a name unless it is a name word.)
            && (!evidence.contains(lower(current))
              || (last == start && !lexicon.nameWords.contains(lower(current))))
            && lexicon.place(Lexicon.fold(text(current))) == nil && !Self.legalForms.contains(lower(current))
          // "McDonald 's Corp": a legal form after the possessive ends the company's name.
          let headFollows =
            (Self.institutions.contains(lower(tokens[next])) || Self.legalForms.contains(lower(tokens[next])))
            && (next + 1 >= tokens.count || !tokens[next + 1].isCapitalized)
          // ("St. Mary 's Catholic Church": a saint's possessive before a head names the place.)
          let saintsPossessive = headAhead && ["st", "saint"].contains(lower(tokens[start]))
          guard commonPossessive || headFollows || saintsPossessive else { break extend }
          last = next
          continue
        }
        // An organisation's or event's head opens a phrase that may go on across "of" or "on"; a
        // place word only when it stands right before "of" ("Gulf of …"), not as a given name
        // ("Dale X of").
        let bodyHead =
          isHeadToken(current) && (isOrgHead(lower(current)) || lexicon.eventHeads.contains(lower(current)))
        if bodyHead { insideHeadPhrase = true }
        var next = last + 1
        guard next < tokens.count else { break }
        // "Sgt. Mikki": a title's full stop does not end the run.
        if !tokens[next].isWord, scalars[tokens[next].start] == ".", next + 1 < tokens.count,
          Self.titleAbbreviations.contains(lower(current)), tokens[next + 1].isCapitalized
        {
          next += 1
        }
        let token = tokens[next]
        if token.isWord && token.isCapitalized && token.spaceBefore {
          last = next
          continue
        }
        // "Gateway 2000 Inc": a number inside a company's name, before its legal form.
        if token.hasDigit, token.spaceBefore, next + 1 < tokens.count, tokens[next + 1].isCapitalized,
          tokens[next + 1].isWord, Self.legalForms.contains(lower(tokens[next + 1])),
          isDigits(token)
        {
          last = next + 1
          continue
        }
        // "Euro 96", "Expo 2010": a year after an event's one-word name is part of it.
        if last == start, token.hasDigit, token.spaceBefore, isYear(token),
          lower(current) == "euro" || lexicon.eventHeads.contains(lower(current)),
          next + 1 >= tokens.count || !tokens[next + 1].hasDigit
        {
          last = next
          break extend
        }
        // "National Farmers ' Union": a plural's apostrophe, spaced in tokenised copy, inside a
        // name that goes on to an organisation's head.
        if !token.isWord, "'’".unicodeScalars.contains(scalars[token.start]), next + 1 < tokens.count,
          tokens[next + 1].isWord, tokens[next + 1].isCapitalized, current.isWord,
          scalars[current.end - 1] == "s", isOrgHead(lower(tokens[next + 1]))
        {
          last = next + 1
          continue
        }
        if token.isWord && !token.isCapitalized {
          let word = lower(token)
          // "Ludwig van Beethoven", and up to three particles in a row: "Nikolaus van der Pas",
          // "Maria de la Cruz".
          if Self.particles.contains(word) {
            var after = next + 1
            while after < tokens.count, after - next < 3, tokens[after].isWord, !tokens[after].isCapitalized,
              Self.particles.contains(lower(tokens[after]))
            {
              after += 1
            }
            // ("Prix de l' Arc de Triomphe": an elided article, spaced in tokenised copy.)
            if after + 2 < tokens.count, isElidedArticle(after, in: tokens) { after += 2 }
            if after < tokens.count, tokens[after].isCapitalized, tokens[after].isWord {
              last = after
              continue
            }
          }
          // "Glaxo Wellcome Plc of Britain": a legal form ends a company's name; "of" says where from.
          if word == "of" || word == "for", !(last > start && Self.legalForms.contains(lower(current))) {
            var after = next + 1
            if after < tokens.count, lower(tokens[after]) == "the" { after += 1 }
            // "Institute for …" and "Ministry of …", "Gulf of …", "Battle of …"; never "Sea for …".
            // (After a particle a head noun is a surname: "Lula da Silva of the Workers ' Party".)
            let afterParticle =
              last > start && tokens[last - 1].isWord && !tokens[last - 1].isCapitalized
              && Self.particles.contains(lower(tokens[last - 1]))
            // ("Thomas Muster of Austria": after a given name a head noun is a surname.)
            let afterGivenName = last == start + 1 && lexicon.givenNames.contains(lower(tokens[start]))
            // ("Missionaries of Charity", "Friends of the Earth": a plural role word inside a
            // sentence opens a body's name.)
            let rolePlural =
              word == "of" && isRolePlural(current) && !isInitial(tokens, last)
              && (last == start || Self.functionWords.contains(lower(tokens[last - 1])))
            // ("Delta Air Lines of the United States": "of the" and a country after a name of
            // several words says where the body is from; "Republic of the Congo" opens with its head.)
            // ("Daimler-Benz Aerospace of Germany": so does "of" and a country after a name that
            // opens with a word no dictionary lists; "Royal Bank of Scotland" is common words.)
            let fromCountry =
              word == "of" && last > start
              && (after == next + 2
                || (after == next + 1
                  && tokens[start..<last].contains { !isPlainWord($0) && !isHeadToken($0) }))
              && countryName(startingAt: after, in: tokens)
            // ("Citizens for Honest Budgets", "Americans for Tax Reform": a plural of people opening
            // the name, then common words; "Lawyers for Jan Orvale" are lawyers.)
            let peopleForCause =
              word == "for" && (isRolePlural(current) || lexicon.isPeople(lower(current)))
              && (last == start || Self.functionWords.contains(lower(tokens[last - 1])))
              && isCauseAfterFor(tokens, from: after)
            let joins =
              !afterGivenName && !fromCountry
              && !(word == "of" && last >= start + 2 && after == next + 1
                && isPersonName(tokens, at: after))
              && (word == "for"
                ? isOrgHead(lower(current)) || (insideHeadPhrase && !isHeadToken(current))
                : insideHeadPhrase || (isHeadToken(current) && !afterParticle) || rolePlural)
              || peopleForCause
            if joins, after < tokens.count, tokens[after].isWord, tokens[after].isCapitalized {
              last = after
              continue
            }
            // "a Group of 20 summit", "the Group of 77": a body's head, "of" and its number.
            if word == "of", after == next + 1, after < tokens.count, isOrgHead(lower(current)),
              tokens[after].isWord, tokens[after].hasDigit, tokens[after].end - tokens[after].start <= 3,
              isDigits(tokens[after])
            {
              last = after
              continue
            }
            // "Liberation Tigers of Tamil Eelam": the lexicon knows the whole name.
            if !joins, let end = lexiconNameEnd(tokens, from: start, after: after) {
              last = end
              continue
            }
          }
          // "Commission on Presidential Debates", "Conference on Disarmament": "on" after a body.
          if word == "on", bodyHead,
            next + 1 < tokens.count, tokens[next + 1].isWord, tokens[next + 1].isCapitalized,
            !lexicon.calendar.contains(lower(tokens[next + 1]))
          {
            last = next + 1
            continue
          }
          // "Association for Relations Across the Taiwan Straits", "Campaign Against the Arms
          // Trade": a preposition the name capitalises goes on across "the".
          if word == "the", insideHeadPhrase, last > start, Self.namePrepositions.contains(lower(current)),
            next + 1 < tokens.count, tokens[next + 1].isWord, tokens[next + 1].isCapitalized
          {
            last = next + 1
            continue
          }
          if word == "and", next + 1 < tokens.count, tokens[next + 1].isWord, tokens[next + 1].isCapitalized {
            if joinsAcrossAnd(tokens, run: start...last, and: next) {
              last = next + 1
              continue
            }
          }
        }
        // ("Johnson & Johnson 's Janssen unit": a possessive ends the name after the ampersand.)
        // ("Rival Procter & Gamble reports": after a common word opening the sentence too.)
        let singleWordAmpersand =
          (last == start || (last == 1 && start == 0 && isPlainWord(tokens[0]))) && next + 2 <= tokens.count
          && (next + 2 == tokens.count || !tokens[next + 2].isCapitalized || !tokens[next + 2].isWord
            || tokens[next + 1].isPossessive)
        // "Brightwell & Co Inc", "Procter & Gamble Co": what follows ends in a company word.
        var companyAfter = false
        var look = next + 1
        while look < tokens.count, tokens[look].isWord, tokens[look].isCapitalized, look <= next + 3 {
          if isOrgHead(lower(tokens[look])) { companyAfter = true }
          look += 1
        }
        if !token.isWord, scalars[token.start] == "&", next + 1 < tokens.count,
          tokens[next + 1].isCapitalized,
          insideHeadPhrase || singleWordAmpersand || companyAfter
        {
          last = next + 1
          continue
        }
        // "Cheung Kong ( Holdings ) Ltd": one bracketed capitalised word inside a company's name,
        // right before its legal form.
        if !token.isWord, scalars[token.start] == "(", current.isWord, next + 3 < tokens.count,
          tokens[next + 1].isWord, tokens[next + 1].isCapitalized, !tokens[next + 2].isWord,
          scalars[tokens[next + 2].start] == ")", tokens[next + 3].isWord,
          Self.legalForms.contains(lower(tokens[next + 3]))
        {
          last = next + 3
          continue
        }
        // "Royal Dutch / Shell", "Dow Jones / Telerate": one name across a slash, unless what
        // follows is a place or a people ("Israel / Palestine", "Human Rights Watch / Asia").
        if !token.isWord, scalars[token.start] == "/", current.isWord, next + 1 < tokens.count,
          tokens[next + 1].isWord, tokens[next + 1].isCapitalized, !tokens[next + 1].isAllCaps,
          lexicon.place(Lexicon.fold(text(tokens[next + 1]))) == nil,
          lexicon.demonymPlace(text(tokens[next + 1])) == nil, !lexicon.isPeople(lower(tokens[next + 1])),
          lexicon.place(Lexicon.fold(text(TextRange(tokens[start].start, current.end)))) == nil
        {
          last = next + 1
          continue
        }
        if !token.isWord, scalars[token.start] == ",", insideHeadPhrase,
          let listEnd = listInsideName(tokens, afterComma: next)
        {
          last = listEnd
          continue
        }
        break
      }
      runs.append(start...last)
      index = last + 1
    }
    return runs
  }

  /// Where a name that the lexicon knows whole ends, if the words from `start` across "of" up to
  /// three capitalised words from `after` are one ("Liberation Tigers of Tamil Eelam").
  func lexiconNameEnd(_ tokens: [Token], from start: Int, after: Int) -> Int? {
    // Without a leading "The": "The Liberation Tigers of …" opening a sentence.
    let first = lower(tokens[start]) == "the" && start + 1 < after ? start + 1 : start
    var end = after
    var found: Int?
    while end < tokens.count, end < after + 3, tokens[end].isWord, tokens[end].isCapitalized {
      let written = text(TextRange(tokens[first].start, tokens[end].end))
      if let group = lexicon.group(written), group.kind != .person { found = end }
      end += 1
    }
    return found
  }

  /// "Institute for Peace Research and Security Policy", "Press and Information Office":
  /// join across "and" inside an organisation's name, not between two names.
  func joinsAcrossAnd(_ tokens: [Token], run: ClosedRange<Int>, and index: Int) -> Bool {
    // "Oppenheimer and Co", "Morgan Grenfell and Co Ltd": a company's form after "and" closes
    // its name.
    if index + 1 < tokens.count, tokens[index + 1].isCapitalized,
      ["co", "company"].contains(lower(tokens[index + 1])),
      index + 2 >= tokens.count || !(tokens[index + 2].isWord && tokens[index + 2].isCapitalized)
        || Self.legalForms.contains(lower(tokens[index + 2]))
    {
      return true
    }
    let words = run.map { lower(tokens[$0]) }
    // "Office of Management and Budget", "the White House Office of Management and Budget": a
    // head, "of" or "for", and its brief. A person's name after "and" is someone else ("the
    // Ministry of Defence and Tarvo Pello"), and so is a body with a head of its own before its
    // last word ("Union Bank of Switzerland and Swiss Bank Corp"; "… and Human Services" joins).
    if words.indices.dropLast().contains(where: {
      (words[$0 + 1] == "for" || words[$0 + 1] == "of") && isHead(words[$0])
    }) {
      var end = index + 1
      while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
      // (A head right after "and" has no name before it and is the brief's own word: "the
      // International Association of Machinists and Aerospace Workers".)
      let ownHead = (index + 2)..<max(index + 2, end - 1)
      return !isPersonName(tokens, at: index + 1) && !ownHead.contains { isOrgHead(lower(tokens[$0])) }
    }
    // "China Light and Power": a common word that is no head ("the Interior Ministry and Police"
    // are two), then one organisation head that ends the name.
    if words.count >= 2, let last = words.last, lexicon.isCommon(last), !isHead(last),
      index + 1 < tokens.count,
      lexicon.orgHeads.contains(lower(tokens[index + 1])),
      index + 2 >= tokens.count || !(tokens[index + 2].isWord && tokens[index + 2].isCapitalized)
    {
      return true
    }
    // A single common word (after "The", if any), then a name that ends with an organisation
    // head: "The Transport and General Workers Union". (Its capital beside "and" is no evidence
    // of a name here, so the word list decides, not isPlainWord.) Two adjectives that name no
    // people may stand for the word: "the Social Democratic and Labour Party".
    let body = words.first == "the" ? words.dropFirst() : words[...]
    let single = body.count == 1 && lexicon.isCommon(body[body.startIndex])
    // "Law and Justice ( PiS )": two common words across "and", then the acronym the writer gives
    // the name, name one body (its letters may come from its own language).
    if single, index + 2 < tokens.count, tokens[index + 1].isCapitalized,
      lexicon.isCommon(lower(tokens[index + 1])), isBracketedAcronym(at: index + 2, tokens)
    {
      return true
    }
    let adjectives =
      body.count == 2 && body.allSatisfy { lexicon.adjectives.contains($0) }
      && run.allSatisfy { lexicon.demonymPlace(text(tokens[$0])) == nil }
    // "the U.S. Food and Drug Administration", "the U.S. Fish and Wildlife Service": the same
    // shape after a country's name, when only common words and the head follow "and" ("U.S.
    // Steel and Nippon Steel Corp" are two firms).
    // ("the New Zealand Fish and Game Council": or a country's name of two words.)
    if (2...3).contains(body.count), let common = body.last, lexicon.isCommon(common), !isHead(common),
      case let place = TextRange(
        tokens[run.upperBound - body.count + 1].start, tokens[run.upperBound - 1].end),
      lexicon.place(Lexicon.fold(text(place))) == .country
    {
      var cursor = index + 1
      while cursor < tokens.count, cursor <= index + 3, tokens[cursor].isWord, tokens[cursor].isCapitalized,
        lexicon.isCommon(lower(tokens[cursor]))
      {
        if lexicon.orgHeads.contains(lower(tokens[cursor])) {
          return cursor + 1 >= tokens.count
            || !(tokens[cursor + 1].isWord && tokens[cursor + 1].isCapitalized)
        }
        cursor += 1
      }
      return false
    }
    // "the London International Financial Futures and Options Exchange": two plurals of common
    // nouns across "and", then a head that ends the name, are one body's trade.
    if let last = words.last, index + 2 < tokens.count, isCommonPlural(last),
      tokens[index + 1].isCapitalized, isCommonPlural(lower(tokens[index + 1])),
      tokens[index + 2].isCapitalized, lexicon.orgHeads.contains(lower(tokens[index + 2])),
      index + 3 >= tokens.count || !(tokens[index + 3].isWord && tokens[index + 3].isCapitalized)
    {
      return true
    }
    guard single || adjectives else { return false }
    var cursor = index + 1
    while cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized {
      if lexicon.orgHeads.contains(lower(tokens[cursor])) { return true }
      cursor += 1
    }
    return false
  }

  /// Whether a lower-cased word is the plural of a common noun that is no head: "futures",
  /// "options".
  func isCommonPlural(_ word: String) -> Bool {
    guard word.utf8.last == UInt8(ascii: "s"), !isHead(word) else { return false }
    let singular = lexicon.inflections[word] ?? Self.singular(word)
    return singular != word && lexicon.isCommon(singular)
  }

  /// Whether an acronym in brackets opens at `index`: "( PiS )", "(KO)".
  func isBracketedAcronym(at index: Int, _ tokens: [Token]) -> Bool {
    index >= 1 && bracketedAcronym(afterToken: index - 1, tokens: tokens) != nil
  }

  /// Whether the two capitalised words at `index` are a person's name that ends the run: "the
  /// Inkatha Freedom Party of Mangosuthu Buthelezi", "Morgan Stanley's Ellen Zentner said".
  ///
  /// A given name first, or two words that no word list knows, with no head noun.
  func isPersonName(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let given = tokens[index]
    let surname = tokens[index + 1]
    guard given.isWord, given.isCapitalized, !given.isAllCaps, surname.isWord, surname.isCapitalized,
      !surname.isAllCaps,
      !(index + 2 < tokens.count && tokens[index + 2].isWord && tokens[index + 2].isCapitalized)
    else { return false }
    func unknown(_ token: Token) -> Bool {
      !isPlainWord(token) && !isHeadToken(token) && !isRoleWord(token) && !isKnownName([token])
        && lexicon.demonymPlace(text(token)) == nil
    }
    return (lexicon.givenNames.contains(lower(given)) || unknown(given)) && unknown(surname)
      && !isKnownName([given, surname])
  }

  /// Whether the capitalised words from `start` spell a country ("United States", "Congo").
  func countryName(startingAt start: Int, in tokens: [Token]) -> Bool {
    var end = start
    while end < tokens.count, end - start < 4, tokens[end].isWord, tokens[end].isCapitalized {
      if lexicon.place(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end].end)))) == .country {
        return true
      }
      end += 1
    }
    return false
  }

  /// The last token of a list of single capitalised words inside a name, ending in "and X".
  ///
  /// For example "Institute for Conflict, Cooperation and Security".
  func listInsideName(_ tokens: [Token], afterComma comma: Int) -> Int? {
    var cursor = comma + 1
    while cursor + 1 < tokens.count {
      guard tokens[cursor].isWord, tokens[cursor].isCapitalized, isPlainWord(tokens[cursor]) else {
        return nil
      }
      let next = tokens[cursor + 1]
      if next.isWord, lower(next) == "and", cursor + 2 < tokens.count, tokens[cursor + 2].isCapitalized {
        return cursor + 2
      }
      guard !next.isWord, scalars[next.start] == "," else { return nil }
      cursor += 2
    }
    return nil
  }
}
