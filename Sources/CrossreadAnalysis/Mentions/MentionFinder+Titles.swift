import CrossreadCore

extension MentionFinder {
  /// Builds the candidates of one piece: strips a leading title or role ("Defence Secretary Pete
  /// Hegseth"), keeps a nationality adjective before an organisation ("Chinese Ministry of Foreign
  /// Affairs") and drops it elsewhere, and drops pieces made only of common words.
  func candidate(
    _ part: [Token], tokens: [Token], sentence: Int, hadArticle: Bool, afterTitle: Bool = false
  ) -> [Candidate]? {
    var part = part
    var hadTitle = afterTitle
    var qualifier: String?
    var extra: [Candidate] = []
    func emit(_ tokens: [Token]) {
      if var made = make(
        tokens, tokensOf: part, sentenceTokens: sentenceTokens[sentence], sentence, hadTitle: false,
        qualifier: nil, hadArticle: false)
      {
        made.beforeRole = true
        extra.append(made)
      }
    }

    // ("Spirit AeroSystems": a brand's inner capital after a word WordNet calls a role names a
    // company, not a titled person.)
    // ("Broad Stone Proprietary profit …" beside "Broad Stone Proprietary Co Ltd": a company's
    // name holds no title.)
    // ("Former president Lech Walesa": right after a lower-case title, a role word that is no
    // honorific, before a surname, is a given name.)
    let givenNameAfterTitle =
      part.count == 2 && !Self.honorifics.contains(lower(part[0]))
      && !Self.titleAbbreviations.contains(lower(part[0])) && !isPlainWord(part[1]) && !part[1].isAllCaps
      && isAfterLowerCaseRole(part[0], sentenceTokens[sentence])
    if !givenNameAfterTitle,
      let roleEnd = titleEnd(part, runningText: !titleCase[sentence] && !shouting[sentence]),
      !part[(roleEnd + 1)...].contains(where: isBrandCase), !isCompanyNameWithoutLegalForm(part)
    {
      // Names before the title ("UN Secretary General …", "Politburo Member …") are their own.
      let leading = namesBeforeRole(Array(part[..<roleEnd]), role: part[roleEnd])
      if !leading.isEmpty { emit(leading) }
      // "Rival KFC": a role in trade alone before a name says nothing of a person.
      hadTitle = !(roleEnd == 0 && KindVote.tradeRoles.contains(lower(part[0])))
      part.removeFirst(roleEnd + 1)
      // "Senate Majority Leader Trent Lott of Mississippi": the titled person, then where from.
      if let of = part.firstIndex(where: { lower($0) == "of" }), of >= 1, of + 1 < part.count,
        lexicon.place(Lexicon.fold(text(TextRange(part[of + 1].start, part[part.count - 1].end)))) != nil
      {
        emit(Array(part[(of + 1)...]))
        part.removeLast(part.count - of)
      }
    }
    // Titles and roles with no name after them ("Foreign Minister", "the UK Foreign Secretary")
    // name no one; a known name before them ("UK") still counts.
    // In running text a role after one unknown name is a surname ("Wayne Proctor"); a title
    // names no one there.
    // ("N. Knight", "C. Bishop": after an initial a role word is the surname.)
    if !hadTitle, let last = part.last, isRoleWord(last), !endsWithHead(part),
      // ("the Department of Justice", "the International Court of Justice": a head, "of" or "for"
      // and a role name the body's brief.)
      !part.indices.dropLast(2).contains(where: {
        isHeadToken(part[$0]) && !isRoleWord(part[$0]) && ["of", "for"].contains(lower(part[$0 + 1]))
      }),
      !isSurnameAfterGivenName(part, tokens: tokens, sentence: sentence),
      !(part.count >= 2 && isInitialToken(part[0])),
      // ("Legal & General": an ampersand joins a firm's words, whatever they are.)
      !joinedByAmpersand(part),
      // ("in Liege", "the Liege area": a town the gazetteer knows, where a place goes, though a
      // liege is a lord.)
      !(part.count == 1 && isPlaceSlot(part[0], tokens)),
      // ("Microsoft and Amazon": beside a name that is no word, a word WordNet calls a role is one
      // too.)
      !(part.count == 1 && isCoordinatedWithName(part[0], tokens)),
      // ("Amazon said it would hire": a role with no article is no one's title before a verb of
      // saying; "the Chairman said" is.)
      !(part.count == 1 && !hadArticle && isSubjectOfSaying(part[0], tokens)),
      // ("Oracle will buy …", "shares of Oracle" after "Oracle Corp": a role word that opens a
      // company's legal name in the article is that company.)
      !(part.count == 1 && !hadArticle && companyFirstWords.contains(lower(part[0]))),
      // ("Wimbledon champion Sinner beats …" beside "Jannik Sinner": the surname of a person the
      // article names in full.)
      !(part.count == 1 && surnameWords.contains(lower(part[0]))),
      // ("Law and Justice ( PiS )": a name the writer gives an acronym.)
      !(part.count >= 3
        && isBracketedAcronym(at: Self.firstToken(startingAtOrAfter: last.end, in: tokens), tokens))
    {
      // ("The United Nations Secretary-General , …": the body before the role.)
      if let role = part.firstIndex(where: isRoleWord) {
        let leading = namesBeforeRole(Array(part[..<role]), role: part[role])
        if !leading.isEmpty { emit(leading) }
      }
      return extra.isEmpty ? nil : extra
    }
    // "Sri Lankan troops", "Costa Rican coffee": a two-word country's name plus "n" is its
    // adjective, not a name.
    if part.count >= 2, let last = part.last, !endsWithHead(part),
      scalars[last.end - 1] == "n" || scalars[last.end - 1] == "N"
    {
      let folded = Lexicon.fold(text(TextRange(part[0].start, last.end)))
      if lexicon.place(String(folded.dropLast())) == .country { return extra.isEmpty ? nil : extra }
    }
    if let first = part.first, let place = lexicon.demonymPlace(text(first)),
      part.count == 1 || !isKnownName(part),
      // "Norman , who won": the surname of the article's "Greg Norman".
      !(part.count == 1 && demonymSurnames.contains(lower(first))),
      // "Former chancellor Norman Lamont": right after a role, where English puts no nationality
      // ("British Prime Minister …"), the word is a given name before a surname.
      !(part.count == 2 && !isPlainWord(part[1]) && !isHeadToken(part[1]) && !part[1].isAllCaps
        && (hadTitle || isAfterLowerCaseRole(first, sentenceTokens[sentence]))),
      // "the Australian Democrats": a nationality and the plural of a role word name a party.
      !(part.count == 2 && isRolePlural(part[1]) && !part[1].isAllCaps),
      // "the ruling Georgian Dream party": the nationality opens the party's name.
      !(part.count >= 2
        && nationalParties.contains(Lexicon.fold(text(TextRange(first.start, part[part.count - 1].end)))))
    {
      if part.count > 1 && endsWithHead(part) {
        qualifier = place
      } else if part.count == 2, isPlaceNoun(lower(part[1])), !part[1].isAllCaps {
        // "the Olympic Stadium", "the Swiss Alps": a place's head keeps its adjective.
      } else {
        part.removeFirst()
        // "Bosnian Serbs", "Bosnian Serb leader …": after a nationality adjective, one word in the
        // plural, or before a word for a people's leaders or forces, names a people.
        if part.count == 1, let only = part.first, !isKnownName(part),
          scalars[only.end - 1] == "s" || nextWordIsPeopleNoun(after: only, in: tokens)
        {
          return extra.isEmpty ? nil : extra
        }
      }
    }
    // "Briton Damon Hill", "Finn Mika Hakkinen": one of a people, before a name of two words or
    // more that opens with no common word, is the person's nationality ("Finn Russell" is a name).
    if part.count >= 3, scalars[part[0].end - 1] != "s", lexicon.peoples.contains(lower(part[0])),
      lexicon.demonymPlace(text(part[0])) == nil, !lexicon.isCommon(lower(part[1])), !part[1].isAllCaps,
      !endsWithHead(Array(part.dropFirst())) || lexicon.givenNames.contains(lower(part[1])),
      !isKnownName(part)
    {
      part.removeFirst()
    }
    // "Marxist Tupac Amaru rebels", "Gaullist Alain Juppe": a doctrine's adjective describes the
    // name after it, like a nationality.
    // ("the Maoist Shining Path": so does one before a name the lexicon knows.)
    if part.count >= 2, isDoctrineAdjective(part[0]),
      !isPlainWord(part[1]) && !endsWithHead(part) || isKnownName(Array(part.dropFirst())),
      !isKnownName(part)
    {
      part.removeFirst()
    }
    // "Taleban Islamic militia", "the Hamas Islamic movement": a faith's adjective closing a name,
    // before a lower-case word for a movement or its fighters, describes the group the name before
    // it names.
    if part.count >= 2, let last = part.last, isFaithAdjectiveBeforeGroup(last, in: tokens),
      !endsWithHead(Array(part.dropLast()))
    {
      part.removeLast()
    }
    // "74 Tory MPs", "Fianna Fail TDs": members counted after their party's name are no part of it.
    if part.count >= 2, let last = part.last, isAcronymPlural(last) { part.removeLast() }
    part = trimAfterHead(part, runningText: !titleCase[sentence] && !shouting[sentence])
    guard !part.isEmpty else { return extra.isEmpty ? nil : extra }
    // "after Christmas", "During Ramadan": a feast dates things.
    if part.count <= 4, lexicon.holidayFirstWords.contains(lower(part[0])),
      lexicon.holidays.contains(Lexicon.fold(text(TextRange(part[0].start, part[part.count - 1].end))))
    {
      return extra.isEmpty ? nil : extra
    }
    // "C$ 95 million", "HK$ 2 billion": capitals written onto a dollar sign mark a currency.
    if part.count == 1, part[0].end - part[0].start <= 3, part[0].end < scalars.count,
      scalars[part[0].end] == "$",
      scalars[part[0].start..<part[0].end].allSatisfy(\.isUpper)
    {
      return extra.isEmpty ? nil : extra
    }
    // "Kurds", "Tutsi-led rebels": a people, like a nationality word, is no name of one thing.
    // ("Kansas" is no plural of the Kansa people here: a place's name wins.)
    if part.count == 1, lexicon.isPeople(lower(part[0])), lexicon.place(Lexicon.fold(text(part[0]))) == nil {
      return extra.isEmpty ? nil : extra
    }
    // "the Moslem-Croat federation", "Anglo-Irish talks" are two peoples joined, no name either.
    if part.count == 1, part[0].hasHyphen, isPeoplesCompound(part[0]) || isCalendarCompound(part[0]) {
      return extra.isEmpty ? nil : extra
    }
    // "ONE-DAYER", "Two-Time", "Third-Round": a compound that opens with a number word is no name.
    if part.count == 1, part[0].hasHyphen, let hyphen = text(part[0]).firstIndex(of: "-"),
      Self.numberWords.contains(text(part[0])[..<hyphen].lowercased())
    {
      return extra.isEmpty ? nil : extra
    }
    // ("ALL BLACKS CLINCH SERIES" beside "the All Blacks": a name of running text holds whole.)
    if part.count >= 2, !(shouting[sentence] && spellsRunningName(part)) {
      let first = part[0]
      let rest = Array(part.dropFirst())
      // Only an acronym or a place: "UN Charter", "Ukraine Issue"; not "Tony Marsh".
      // A country or capital, not any hamlet the gazetteer knows ("Red" of "Red Cross").
      let firstKnown =
        (first.isAllCaps || (lexicon.place(Lexicon.fold(text(first))).map { $0 != .place } ?? false))
        && isKnownName([first])
      // "UN Charter": a known name and a common noun; "Top US": a common word and a known name.
      // ("the Washington Redskins": a plural after a town names its team.)
      // ("NY RANGERS 4 Boston 2": in capitals too on a results line.)
      func teamPlural() -> Bool {
        rest.count == 1 && (!rest[0].isAllCaps || scoreLine[sentence])
          && Self.singular(lower(rest[0])) != lower(rest[0])
      }
      // ("NEW JERSEY" in capitals is a name the lexicon knows whole, not "NEW" and a word.)
      // ("shares in Bangkok Bank and Siam Cement": a held company's name, not a country's.)
      // ("WHITE PLAINS , New York": not the words of a dateline's place.)
      if firstKnown, !teamPlural(), !isKnownName(part), !opensDatelineInCapitals(first),
        rest.allSatisfy({ isPlainWord($0) && !isHeadToken($0) && !Self.connectors.contains(lower($0)) }),
        !followsStakeCue(Self.firstToken(startingAtOrAfter: first.start, in: tokens), in: tokens)
      {
        part = [first]
      } else if !hadTitle, !scoreLine[sentence], isPlainWord(first), !isHeadToken(first),
        // ("SIESTA KEY, Fla. (AP) —", "ROUND ROCK, Texas": a dateline's place keeps its words.)
        !opensDatelineInCapitals(first),
        // Inside running text only a modifier goes ("the top US officials"); a noun opens the
        // name ("shares in Credit Suisse").
        // (Opening a sentence it may be a verb: "Will China …?", "Expose China".)
        // An organisation the lexicon knows keeps its adjective ("Liberal Democratic Party", "the
        // National Commission on Human Rights").
        !isHeadToken(part[part.count - 1]),
        !rest.indices.contains(where: {
          $0 + 1 < rest.count && isHeadToken(rest[$0]) && Self.headPrepositions.contains(lower(rest[$0 + 1]))
        }),
        // ("the Red Bull driver", "the Old Bailey": capitalised after a lower-case article, an
        // adjective is the name's own.)
        titleCase[sentence] || shouting[sentence]
          || (lexicon.adjectives.contains(lower(first)) && !isAfterLowerCaseArticle(first, tokens))
          || lexicon.adverbs.contains(lower(first)) || Self.auxiliaries.contains(lower(first))
          || (isInitial(tokens, Self.firstToken(startingAtOrAfter: first.start, in: tokens))
            && (tokens.last.map { scalars[$0.start] == "?" } ?? false || isObjectOfOpeningVerb(rest))),
        !lexicon.directions.contains(lower(first)),
        // ("Davor Suker ( Real Madrid )": a club's form before its town is the club's name.)
        !Self.clubForms.contains(lower(first)),
        isKnownName(rest), !isKnownName(part),
        // "Bill Clinton": a person the lexicon knows whole keeps the common word.
        lexicon.group(text(TextRange(first.start, part[part.count - 1].end))) == nil,
        // "Amnesty International": a known name that is only a head word takes the word before;
        // "Virgin Atlantic": so does one that alone would be an adjective.
        !(rest.count == 1 && (isHeadToken(rest[0]) || lexicon.demonymPlace(text(rest[0])) != nil)),
        // ("for Red Bull": one common word that some small town is named is no known name to
        // split off.)
        !(rest.count == 1 && lexicon.isCommon(lower(rest[0]))
          && lexicon.place(Lexicon.fold(text(rest[0]))) == .place)
      {
        // (After a title the common word is a given name: "President Bill Clinton"; in a results
        // line it is part of a team's name: "Real Madrid 2 Barcelona 0".)
        part = rest
      } else if first.isAllCaps, rest.count >= 2, !firstKnown,
        rest.allSatisfy({ !isPlainWord($0) && !isHeadToken($0) && !$0.isAllCaps })
      {
        // "FM Wang Yi": an abbreviated title before a full name.
        part = rest
        hadTitle = true
      }
    }
    guard
      var made = make(
        part, tokensOf: part, sentenceTokens: sentenceTokens[sentence], sentence,
        hadTitle: hadTitle, qualifier: qualifier, hadArticle: hadArticle)
    else { return extra.isEmpty ? nil : extra }
    // Only common words: a name only if it ends with a head noun ("White House", "Security Council")
    // or stands beside another name ("Putin and Xi").
    let words = part.filter {
      !Self.connectors.contains(lower($0))
        && (!Self.particles.contains(lower($0)) || (isCapitalParticle($0) && !shouting[sentence]))
    }
    // Only particles and connectors ("AL" of "AL-AIN" split apart): no name. ("the DA" in running
    // text is an acronym.)
    guard let lastWord = words.last else { return extra.isEmpty ? nil : extra }
    // "Tony Marsh agreed": two or three words before a verb of saying are a person's name.
    // So is one word that the article also uses inside a two-word name ("Li told Kim", after
    // "Premier Li Peng").
    made.companySubject = isCompanySubject(words, made, tokens)
    let speaks =
      KindVote.reportingVerbs.contains(made.wordAfter)
      && ((2...3).contains(words.count) || (words.count == 1 && namePartWords.contains(lower(words[0]))))
      || made.companySubject
    // ("Result : Bosnia 1 Italy 2": a common word before a colon is a label, even on a results line.)
    lazy var lastIndex = Self.firstToken(startingAtOrAfter: lastWord.start, in: tokens)
    let next = Self.firstToken(startingAtOrAfter: lastWord.end, in: tokens)
    let label = part.count == 1 && next < tokens.count && scalars[tokens[next].start] == ":"
    if words.allSatisfy({ isPlainWord($0) }) && !hadTitle && !hadArticle && !made.coordinatedWithName
      && !speaks && (!scoreLine[sentence] || label)
    {
      let last = lower(lastWord)
      let known =
        startsLexiconName(Array(part.indices), part)
        || (words.count == 1 && (organizationFirstWords.contains(last) || companyFirstWords.contains(last)))
        // "Broken Hill Proprietary 1996 / 97 profit seen lower" beside "Broken Hill Proprietary Co
        // Ltd": a company's name without its legal form.
        || isCompanyNameWithoutLegalForm(words)
        // "Hill still leads" after "Damon Hill": a person's surname.
        || (words.count == 1 && surnameWords.contains(last))
        // "Arsenal : David Seaman ; Lee Dixon , …": a side before its line-up.
        || isLineupLabel(lastIndex, in: tokens)
        // "BASEBALL - ORIOLES BEAT YANKEES" beside "the Orioles": a name of running text.
        || (words.count == 1 && shouting[sentence] && runningNames.contains(last))
        // "Nets coach John Calipari": a club's plural before a role and a name.
        || (words.count == 1 && isClubPluralBeforeRole(lastIndex, tokens))
        // ("ALL BLACKS CLINCH SERIES" beside "the All Blacks": of several words too.)
        || (shouting[sentence] && spellsRunningName(part))
        // "Legal & General", "Fortnum & Mason": words joined by an ampersand name a firm.
        || joinedByAmpersand(part)
        // "Shell , which pumps half the oil": a body that a relative clause describes.
        || (words.count == 1 && made.beforeWhich && !lexicon.adverbs.contains(last))
        || spelledByAcronymAhead(part, in: tokens)
        // "Law and Justice ( PiS )": several words the writer gives an acronym.
        || (part.count >= 3 && isBracketedAcronym(at: next, tokens))
        // "Human Rights Watch / Asia said": several words before a slash and a name.
        || (words.count >= 2 && slashBeforeName(at: next, tokens))
        // "Alphabet's Google": after a name's possessive, inside a sentence, a capitalised
        // common word is the name of what the name owns.
        // (One word: "Expose China's Double Standards" is a heading's phrase.)
        || (words.count == 1 && !titleCase[sentence] && !shouting[sentence]
          && isAfterNamePossessive(part[0], in: tokens))
        // "flew Virgin Atlantic to Boston": inside a sentence, a common word and a nationality's
        // or a sea's adjective name a firm.
        || (words.count == 2 && !titleCase[sentence] && !shouting[sentence]
          && opensNameBeforeDemonym(words[0], in: tokens) && lexicon.demonymPlace(text(words[1])) != nil)
        // "Social Democrats", "Christian Democrats": an adjective and a role's plural, a party.
        || (words.count == 2 && !titleCase[sentence] && !shouting[sentence]
          && lexicon.adjectives.contains(lower(words[0])) && isRolePlural(words[1]))
      // "Institute for Peace Research …": a head followed by "for" or "of" makes a name too.
      let headFirst = part.count > 1 && isHeadToken(part[0]) && ["of", "for"].contains(lower(part[1]))
      // "the Liberal Democrats", "the Red Cross": two or more capitalised common words right after
      // a lower-case "the" in running text are a name.
      let afterThe =
        words.count >= 2 && made.wordBefore == "the" && made.wordBeforeIsAdjacent
        && !titleCase[sentence]
      // "Peter Senior", "Bill Green": in running text, two words that are both given names or
      // surnames as well as common words are a person's name.
      let givenAndSurname =
        words.count == 2 && !titleCase[sentence] && !shouting[sentence] && made.wordBefore != "the"
        && !isInitial(tokens, Self.firstToken(startingAtOrAfter: words[0].start, in: tokens))
        && words.allSatisfy { lexicon.nameWords.contains(lower($0)) }
      // "U.S.-based Micron Technology", "state-owned Orvale Power": what a compound of a
      // participle describes is a name.
      let described =
        !titleCase[sentence] && !shouting[sentence]
        && afterAttributiveCompound(Self.firstToken(startingAtOrAfter: part[0].start, in: tokens), tokens)
      if !known && !afterThe && !givenAndSurname && !described
        && (words.count == 1 || !(isHead(last) || headFirst))
      {
        return extra.isEmpty ? nil : extra
      }
    }
    // "Gulf Arab states", "West African leaders": a place word and a nationality or people word
    // before a noun are an adjective ("Greg Norman shot" opens with a given name, not a place).
    // Before a verb of saying or an auxiliary they are a name ("Virgin Atlantic said").
    // ("flew Virgin Atlantic to …", "Virgin Atlantic chairman": not before a function word, nor
    // after a town's name that is a common word too.)
    if part.count == 2, made.followedByLowerWord, made.wordAfterIsAdjacent,
      !Self.isSayingOrAuxiliary(made.wordAfter), !Self.functionWords.contains(made.wordAfter),
      lexicon.directions.contains(lower(part[0])) || lexicon.placeHeads.contains(lower(part[0]))
        || (lexicon.place(Lexicon.fold(text(part[0]))) != nil && !lexicon.isCommon(lower(part[0]))),
      lexicon.isPeople(lower(part[1])) || lexicon.demonymPlace(text(part[1])) != nil,
      // ("Cathay Pacific shares" beside "Cathay Pacific Airways": the start of a longer name.)
      !opensLongerRunningName(part[0].start, part[1].end)
    {
      return extra.isEmpty ? nil : extra
    }
    // "Chuck Schumer, D-N.Y.": a party-and-state tag is not a name.
    if part.count == 1, Self.isPartyTag(text(part[0])) { return extra.isEmpty ? nil : extra }
    // "Opposition leader Karel Dunne": a lone common word before a lower-case role noun modifies
    // the role; it is not a name, even when WordNet knows it as one. ("Villa manager Unai Emery"
    // beside "Aston Villa": the article writes it inside a name, so it is that name's.)
    if part.count == 1, !hadArticle, isPlainWord(part[0]), lexicon.place(Lexicon.fold(text(part[0]))) == nil,
      made.followedByLowerWord, lexicon.roles.contains(Self.singular(made.wordAfter)),
      !namePartWords.contains(lower(part[0])) || isHeadToken(part[0]),
      // ("Fed governors" where the article writes "the Federal Reserve": WordNet's other name
      // for the same body, so the word is that body.)
      !isOtherNameOfRunningName(part[0]),
      // (One word: `lastIndex` is its token.)
      !isClubPluralBeforeRole(lastIndex, tokens)
    {
      return extra.isEmpty ? nil : extra
    }
    // "GDP growth", "DNA tests": an acronym WordNet knows only as a common noun, before a noun
    // ("AFP said", "HP reported" still name; so does one before a role, "BA chief executive", or
    // after "shares in").
    if part.count == 1, part[0].isAllCaps, made.wordAfterIsAdjacent, made.followedByLowerWord,
      lexicon.commonAcronyms.contains(lower(part[0])), !Self.isSayingOrAuxiliary(made.wordAfter),
      !made.wordAfter.hasSuffix("ed"), !made.heldStake,
      !lexicon.roles.contains(made.wordAfter),
      // ("the WBC title", "the ATP Tour": a body that runs a sport, before what it awards.)
      !Self.competitionNouns.contains(made.wordAfter)
    {
      return extra.isEmpty ? nil : extra
    }
    // "three TDs", "Labour MPs", "two IPOs": an acronym's plural counts things; it names none.
    if part.count == 1, isAcronymPlural(part[0]) { return extra.isEmpty ? nil : extra }
    // "by 1205 GMT", "at 10:30 EDT": capitals right after a clock time are its time zone.
    if part.count == 1, part[0].isAllCaps, !scoreLine[sentence], isAfterClockTime(part[0], in: tokens) {
      return extra.isEmpty ? nil : extra
    }
    // "artificial intelligence (AI)": an acronym the article defines by lower-case words.
    if part.count == 1, part[0].isAllCaps, isDefinedInLowerCase(part[0]) {
      return extra.isEmpty ? nil : extra
    }
    // "Western sanctions": a capitalised adjective before a noun is not a name.
    // ("Li told Kim": a verb of saying follows a name, not an adjective.)
    if part.count == 1, !hadArticle, lexicon.adjectives.contains(lower(part[0])), made.followedByLowerWord,
      made.wordAfterIsAdjacent,
      !made.coordinatedWithName, !KindVote.reportingVerbs.contains(made.wordAfter), !isKnownName(part),
      // ("Stone still leads" after "Jannik Stone": the surname.)
      !surnameWords.contains(lower(part[0])),
      // ("congratulated Lee and said": a name word before a function word is no adjective.)
      !(lexicon.nameWords.contains(lower(part[0])) && Self.functionWords.contains(made.wordAfter)),
      // ("Moody's cuts …" beside "Moody's Investors Service": a body's first word is the body.)
      !companyFirstWords.contains(lower(part[0])), !organizationFirstWords.contains(lower(part[0])),
      // ("Celtic manager …" after "Celtic 2 Kilmarnock 1": the team.)
      !resultsTeams.contains(lower(part[0])),
      // ("Celtic were held 1-1": before a plural verb, in a story with scores, so is an adjective
      // that the word lists write only with a capital.)
      !(Self.pluralVerbs.contains(made.wordAfter) && !lexicon.isCommon(lower(part[0])) && hasScores),
      // ("reporters in Pale that …", "the town of Pale was …": after a preposition of place and
      // before a function word or a verb, the word qualifies nothing.)
      !((KindVote.placePrepositions.contains(made.wordBefore) || made.wordBefore == "of")
        && made.wordBeforeIsAdjacent
        && (Self.functionWords.contains(made.wordAfter) || Self.isSayingOrAuxiliary(made.wordAfter)))
    {
      return extra.isEmpty ? nil : extra
    }
    // "By Sofia Lindqvist , Nordic Correspondent": in a byline an adjective alone before a
    // capitalised role names the writer's beat, not a body.
    if part.count == 1, !part[0].isAllCaps, made.wordAfterIsAdjacent,
      article.blocks[article.sentences[sentence].block].kind == .byline,
      lexicon.adjectives.contains(lower(part[0])),
      case let role = Self.firstToken(startingAtOrAfter: part[0].end, in: tokens), role < tokens.count,
      tokens[role].isCapitalized, isRoleWord(tokens[role]),
      lexicon.place(Lexicon.fold(text(part[0]))) == nil, !isKnownName(part)
    {
      return extra.isEmpty ? nil : extra
    }
    made.hadArticle = hadArticle
    extra.append(made)
    // In text order: a place split off after the name ("… Lott of Mississippi") comes last.
    if extra.count > 1 { extra.sort { $0.range.start < $1.range.start } }
    return extra
  }

  /// A place noun, singular or plural, that is not also an organisation's ("town", "villages").
  func isPlaceNoun(_ word: String) -> Bool {
    let singular = Self.singular(word)
    return (lexicon.placeHeads.contains(word) || lexicon.placeHeads.contains(singular))
      && !lexicon.orgHeads.contains(singular)
  }

  /// Whether brackets right after the token at `index` hold a country ("( South Africa )").
  func isBracketedCountry(after index: Int, in tokens: [Token]) -> Bool {
    let open = index + 1
    guard open < tokens.count, !tokens[open].isWord, scalars[tokens[open].start] == "(" else { return false }
    var close = open + 1
    while close < tokens.count, close - open <= 4, tokens[close].isWord, tokens[close].isCapitalized {
      close += 1
    }
    guard close > open + 1, close < tokens.count, !tokens[close].isWord, scalars[tokens[close].start] == ")"
    else { return false }
    let name = text(TextRange(tokens[open + 1].start, tokens[close - 1].end))
    return lexicon.place(Lexicon.fold(name)) == .country
  }

  /// "D-N.Y.", "R-Ky", "I-Vt.": a US party letter, a hyphen and a state abbreviation.
  static func isPartyTag(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 4, scalars.count <= 7, ["D", "R", "I"].contains(scalars[0]), scalars[1] == "-",
      scalars[2].properties.isUppercase
    else { return false }
    return scalars[3...].allSatisfy { $0.properties.isAlphabetic || $0 == "." }
  }

  /// The index of the first token that starts at or after `offset`: O(log n).
  static func firstToken(startingAtOrAfter offset: Int, in tokens: [Token]) -> Int {
    tokens.partitioningIndex { $0.start >= offset }
  }

  /// "cities" → "city", "towns" → "town": enough for head nouns.
  static func singular(_ word: String) -> String {
    // On the bytes: hasSuffix and dropLast on String walk grapheme clusters.
    let utf8 = word.utf8
    guard utf8.last == UInt8(ascii: "s") else { return word }
    let bytes = Array(utf8)
    if bytes.count >= 3, bytes[bytes.count - 3] == UInt8(ascii: "i"),
      bytes[bytes.count - 2] == UInt8(ascii: "e")
    {
      return String(decoding: bytes.dropLast(3) + [UInt8(ascii: "y")], as: UTF8.self)
    }
    if bytes.count >= 2, bytes[bytes.count - 2] == UInt8(ascii: "s") { return word }
    return String(decoding: bytes.dropLast(), as: UTF8.self)
  }

  /// Whether a word is an irregular form of another that is no organisation head and no plural:
  /// "drove" (drive), "rode", "bore"; not "brethren" or "masses".
  func isIrregularVerbForm(_ word: String) -> Bool {
    guard word.utf8.last != UInt8(ascii: "s"), let lemma = lexicon.inflections[word] else { return false }
    return lemma != word && !isOrgHead(lemma) && !lexicon.roles.contains(lemma)
  }

  /// The kind of the plural noun before "such as" or "including" that opens the list of names
  /// the name at `index` stands in: "cloud providers such as Microsoft and Amazon", "rival
  /// chipmakers, including AMD", "countries such as Orvalia".
  func exampleKind(before index: Int, in tokens: [Token]) -> EntityKind? {
    var cursor = index - 1
    // Back over the list's earlier names, commas and "and". (Words are compared as written: most
    // names have a lower-case word before them that opens no list.)
    while cursor >= 0, index - cursor <= 24 {
      let token = tokens[cursor]
      if token.isWord, !token.isCapitalized {
        if isWord(token, "and") || isWord(token, "or") || isWord(token, "of") || isWord(token, "the") {
          cursor -= 1
          continue
        }
        break
      }
      if token.isWord || scalars[token.start] == "," {
        cursor -= 1
        continue
      }
      return nil
    }
    guard cursor >= 1 else { return nil }
    var noun = cursor - 1
    if isWord(tokens[cursor], "as") {
      guard isWord(tokens[cursor - 1], "such"), cursor >= 2 else { return nil }
      noun = cursor - 2
    } else if !isWord(tokens[cursor], "including") {
      return nil
    }
    // ("chipmakers, including …": a comma may stand before "including".)
    if noun >= 1, !tokens[noun].isWord, scalars[tokens[noun].start] == "," { noun -= 1 }
    guard noun >= 0, tokens[noun].isWord, !tokens[noun].isCapitalized || isInitial(tokens, noun) else {
      return nil
    }
    // ("models including the Orvale Escort": people's names take no "the", so the noun is no
    // role here.)
    let beforeThe = cursor + 1 < tokens.count && isWord(tokens[cursor + 1], "the")
    return pluralNounKind(tokens[noun], roles: !beforeThe)
  }

  /// The kind of the plural noun after "and other" or "or other" that closes the list the name
  /// at `index` ends: "objections from Nvidia and other chipmakers", "Velsk and other towns".
  func otherKind(after index: Int, in tokens: [Token]) -> EntityKind? {
    guard index + 3 < tokens.count, isWord(tokens[index + 1], "and") || isWord(tokens[index + 1], "or"),
      isWord(tokens[index + 2], "other"), tokens[index + 3].isWord, !tokens[index + 3].isCapitalized
    else { return nil }
    return pluralNounKind(tokens[index + 3], roles: true)
  }

  /// The kind of the things a plural noun counts: "cities" places, "chipmakers" organisations,
  /// "officials" people (when `roles`).
  func pluralNounKind(_ token: Token, roles: Bool) -> EntityKind? {
    let plural = lower(token)
    let word = Self.singular(plural)
    guard word != plural else { return nil }
    if isPlaceNoun(plural) || Self.countryNouns.contains(word) { return .place }
    if isCompanyNoun(word) || lexicon.orgHeads.contains(word) || KindVote.tradeRoles.contains(word)
      || Self.bodyNouns.contains(word)
    {
      return .organization
    }
    return roles && lexicon.roles.contains(word) ? .person : nil
  }

  /// Whether a lower-case token is `word`, compared code point by code point with no string made.
  func isWord(_ token: Token, _ word: StaticString) -> Bool {
    guard token.end - token.start == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { bytes in
      bytes.indices.allSatisfy { scalars[token.start + $0].value == UInt32(bytes[$0]) }
    }
  }

  /// Nouns for countries that the organisation heads hold too ("country", "nation").
  static let countryNouns: WordSet = ["country", "nation", "economy", "market", "democracy"]
  /// Nouns for kinds of bodies that no word list types: "firms such as …", "brands such as …".
  static let bodyNouns: WordSet = [
    "firm", "brand", "lender", "brokerage", "exchange", "outlet", "publication", "club", "team",
    "side", "platform", "app", "startup", "start-up", "giant", "rival", "peer", "chain", "label",
  ]

  /// Whether the word stands alone before a verb of saying, after punctuation or at the start.
  func isSubjectOfSaying(_ token: Token, _ tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    guard index + 1 < tokens.count, index == 0 || !tokens[index - 1].isWord else { return false }
    let next = tokens[index + 1]
    guard next.isWord, !next.isCapitalized else { return false }
    let verb = lower(next)
    // ("Amazon did not respond", "Amazon declined to comment": a name the gazetteer knows, before
    // an auxiliary, is a subject too; "Judge blocks …" has no auxiliary.)
    return KindVote.reportingVerbs.contains(verb)
      || ((Self.auxiliaries.contains(verb) || verb == "declined")
        && lexicon.place(Lexicon.fold(text(token))) != nil)
  }

  /// Whether two to four words spell, whole, a name the article writes in running text: "ALL
  /// BLACKS" beside "the All Blacks", for a line set in capitals.
  func spellsRunningName(_ part: [Token]) -> Bool {
    guard (2...4).contains(part.count), let first = part.first, let last = part.last else { return false }
    return runningNames.contains(Lexicon.fold(text(TextRange(first.start, last.end))))
  }

  /// Whether an ampersand stands between the name's words: "Legal & General".
  func joinedByAmpersand(_ part: [Token]) -> Bool {
    guard part.count >= 2, let first = part.first, let last = part.last else { return false }
    return scalars[first.end..<last.start].contains("&")
  }

  /// Whether a lower-case role word stands right before the token: "chancellor" in "Former
  /// chancellor Norman Lamont".
  func isAfterLowerCaseRole(_ token: Token, _ tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    guard index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized else { return false }
    return lexicon.roles.contains(lower(tokens[index - 1]))
  }

  /// Whether "and" or "or" joins the word to a capitalised word that is no common word.
  func isCoordinatedWithName(_ token: Token, _ tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    func isName(_ at: Int) -> Bool {
      at >= 0 && at < tokens.count && tokens[at].isWord && tokens[at].isCapitalized
        && !isPlainWord(tokens[at])
        && !isRoleWord(tokens[at])
    }
    func isJoiner(_ at: Int) -> Bool {
      at >= 0 && at < tokens.count && tokens[at].isWord && ["and", "or"].contains(lower(tokens[at]))
    }
    return (isJoiner(index - 1) && isName(index - 2)) || (isJoiner(index + 1) && isName(index + 2))
  }

  /// "Wayne Proctor" in running text: a role word after one capitalised word that is no common
  /// word, role, nationality or name the lexicon knows as something else, and before no role or
  /// head ("a Tamil Tiger rebel base").
  func isSurnameAfterGivenName(_ part: [Token], tokens: [Token], sentence: Int) -> Bool {
    // (In title case too when the role word is also a surname: "c Moin Khan b Wasim Akram".)
    guard part.count == 2, !shouting[sentence], let first = part.first, let last = part.last,
      !titleCase[sentence] || lexicon.roleNames.contains(lower(last)), first.isCapitalized, !first.isAllCaps,
      lexicon.demonymPlace(text(first)) == nil,
      isGivenNameBeforeHonorificSurname(first, last)
        || (!isRoleWord(first) && (!isKnownName([first]) || lexicon.givenNames.contains(lower(first)))),
      // A common word only when it is also a given name ("Peter Senior"), never a domain word
      // ("Foreign Minister").
      !(isPlainWord(first) || lexicon.isCommon(lower(first))) || lexicon.nameWords.contains(lower(first))
    else { return false }
    let next = Self.firstToken(startingAtOrAfter: last.end, in: tokens)
    // ("Albert Belle drove in four runs": an irregular past form is the verb, not a drove.)
    if next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized,
      isRoleWord(tokens[next]) || isHead(lower(tokens[next])) && !isIrregularVerbForm(lower(tokens[next]))
    {
      return false
    }
    return true
  }

  /// The name, if any, that opens the words before a role: "UN" of "UN Secretary General".
  ///
  /// Leading words that are no common word, role or nationality; or two words or more that the
  /// lexicon knows as a name, or that end in an organisation's head ("Federal Reserve Chairman
  /// …", "Northern Ireland Secretary …", "United Nations High Commissioner …"). They may be longer
  /// than the leading words no dictionary has ("Orvale Airways Chairman …"). A common word right
  /// before a minister is the portfolio ("Saudi Oil Minister …").
  func namesBeforeRole(_ before: [Token], role: Token) -> [Token] {
    let leading = Array(
      before.prefix {
        !isRoleWord($0) && !lexicon.isCommon(lower($0)) && lexicon.demonymPlace(text($0)) == nil
          // ("Islamist Prime Minister …", "Gaullist Prime Minister …": a people or a doctrine
          // describes the holder.)
          && !lexicon.isPeople(lower($0)) && !isDoctrineAdjective($0)
      })
    guard before.count > max(1, leading.count) else { return leading }
    // "Chief Financial Officer …", "Senior Vice President …": a rank opens a title, not a name.
    if leading.isEmpty, Self.rankWords.contains(lower(before[0])) { return [] }
    let portfolio = Self.ministerialRoles.contains(lower(role))
    for end in stride(from: before.count, through: max(2, leading.count + 1), by: -1) {
      let prefix = Array(before[..<end])
      let last = lower(prefix[end - 1])
      // ("Oakland County Prosecutor …": a name and a place's head right after it.)
      if isKnownName(prefix)
        || (isOrgHead(last) && !(portfolio && end == before.count && lexicon.isCommon(last)))
        // ("Central Bank of Nigeria Governor …": a head, "of" or "for" and a name; not "True Path
        // Party of Foreign Minister …".)
        || (end >= 3 && prefix[end - 1].isCapitalized && ["of", "for"].contains(lower(prefix[end - 2]))
          && isOrgHead(lower(prefix[end - 3])) && !isPlainWord(prefix[end - 1])
          && !isRoleWord(prefix[end - 1]))
        // ("U.S. District Judge …": a country has no county or district of that name; "Manhattan
        // District Attorney": the head opens the title.)
        || (!leading.isEmpty && end == leading.count + 1 && lexicon.placeHeads.contains(last)
          && lexicon.place(Lexicon.fold(text(leading[0]))) != .country
          && !(end == before.count && Self.headedTitles.contains(last + " " + lower(role))))
      {
        return prefix
      }
    }
    return leading
  }

  /// Titles that open with a place's head: "the Manhattan District Attorney".
  static let headedTitles: Set<String> = [
    "district attorney", "state attorney", "state senator", "state representative", "city clerk",
    "town clerk",
  ]

  /// A role word that is also a given name, then an honorific that is also a surname.
  ///
  /// "Don King", "Guy Bishop": the first is not written as a title before the second ("Junior
  /// Minister" ends in no surname).
  func isGivenNameBeforeHonorificSurname(_ first: Token, _ last: Token) -> Bool {
    let given = lower(first)
    let surname = lower(last)
    return isGivenNameRole(first) && lexicon.nameWords.contains(given) && Self.honorifics.contains(surname)
      && lexicon.nameWords.contains(surname)
  }

  /// Whether the lexicon knows the tokens as one name, or they are a single acronym.
  func isKnownName(_ part: [Token]) -> Bool {
    guard let first = part.first, let last = part.last else { return false }
    if part.count == 1 && first.isAllCaps && first.end - first.start <= 6 { return true }
    let written = text(TextRange(first.start, last.end))
    let folded = Lexicon.fold(written)
    if lexicon.place(folded) != nil { return true }
    return lexicon.group(written, folded: folded).map { $0.kind != .person } ?? false
  }

  /// A title or a word for a person's role ("minister", "Sgt", "member").
  func isRoleWord(_ token: Token) -> Bool {
    if let flags = flags(token) { return flags & 4 != 0 }
    return computeRoleWord(token)
  }

  func computeRoleWord(_ token: Token) -> Bool {
    let word = lower(token)
    // "St" opens a place's or a saint's name ("St Albans", "St. Louis"); it is no title to strip.
    if word == "st" || word == "saint" { return false }
    if lexicon.roles.contains(word) {
      // Trades that are far more often English surnames than titles before a name: capitalised,
      // "Smith Barney" and "Baker Hughes" are names, not a smith called Barney.
      return !(token.isCapitalized && Self.tradeSurnames.contains(word))
    }
    if token.end - token.start <= 6, Self.titleAbbreviations.contains(word) {
      return !(token.isCapitalized && Self.tradeSurnames.contains(word))
    }
    guard token.hasHyphen else { return false }
    // "Secretary-General", "Editor-in-Chief", "President-elect", "Vice-President", "Co-founder".
    let parts = word.split(separator: "-").map(String.init)
    guard let first = parts.first, let last = parts.last, parts.count >= 2 else { return false }
    if Self.titleTails.contains(last), lexicon.roles.contains(first) { return true }
    if Self.titlePrefixes.contains(first) && lexicon.roles.contains(last) { return true }
    // A kind of player or worker: "Leg-spinner", "Left-winger", "Night-watchman". Each word before
    // the role is a plain English word, not a particle or a place ("Al-Amir", "Anglo-…").
    guard lexicon.roles.contains(last), !Self.tradeSurnames.contains(last) else { return false }
    return parts.dropLast().allSatisfy { part in
      part.count >= 3 && lexicon.isCommon(part) && !Self.particles.contains(part)
        && lexicon.place(part) == nil
        && !lexicon.givenNames.contains(part)
    }
  }

  /// Whether each part of a hyphenated word names a people or a nationality ("Moslem-Croat").
  ///
  /// "Anglo" and "Franco" are prefixes of nationality. A part that is also a
  /// place's name makes a region ("Indo-Pacific", "Afro-Asia").
  func isPeoplesCompound(_ token: Token) -> Bool {
    let parts = lower(token).split(separator: "-").map(String.init)
    return parts.count >= 2
      && parts.allSatisfy { part in
        if Self.nationalityPrefixes.contains(part) { return true }
        guard lexicon.place(part) == nil else { return false }
        return lexicon.isPeople(part)
          || lexicon.demonymPlace(part.prefix(1).uppercased() + part.dropFirst()) != nil
      }
  }
  /// Whether WordNet lists the word as another name of an organisation that the article writes
  /// in running text under a different name: "Fed" beside "the Federal Reserve".
  func isOtherNameOfRunningName(_ token: Token) -> Bool {
    let written = text(token)
    guard let group = lexicon.group(written), group.kind == .organization, group.id >= 0 else { return false }
    let folded = Lexicon.fold(written)
    return runningNames.contains { name in
      let name = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
      return name != folded && lexicon.group(name, folded: name)?.id == group.id
    }
  }

  /// Two to five capitals and a lower-case "s": "TDs", "MPs", "IPOs".
  func isAcronymPlural(_ token: Token) -> Bool {
    let length = token.end - token.start
    guard (3...6).contains(length), !token.isPossessive, scalars[token.end - 1] == "s" else { return false }
    return scalars[token.start..<(token.end - 1)].allSatisfy { $0.value &- 0x41 < 26 }
  }

  static let clockPrepositions: WordSet = [
    "by", "at", "until", "till", "before", "after", "around", "from", "to",
  ]

  /// Whether a clock time comes right before the token: four digits after "by" or "at" ("by 1205")
  /// or hours and minutes ("10:30"), as wire copy writes times before their zone.
  func isAfterClockTime(_ token: Token, in tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    guard index >= 1, tokens[index].spaceBefore else { return false }
    let before = tokens[index - 1]
    guard before.isWord, before.hasDigit else { return false }
    let digits = scalars[before.start..<before.end]
    // ("the 2010 FIFA World Cup": a year has no "by" or "at" before it.)
    if digits.count == 4, digits.allSatisfy(\.isDigit), let value = Int(String(scalars: digits)) {
      return value % 100 < 60 && value / 100 < 24 && index >= 2 && tokens[index - 2].isWord
        && Self.clockPrepositions.contains(lower(tokens[index - 2]))
    }
    // "10:30" is three tokens: hours, a colon, minutes.
    return index >= 3 && digits.count == 2 && digits.allSatisfy(\.isDigit)
      && !tokens[index - 2].isWord && scalars[tokens[index - 2].start] == ":"
      && tokens[index - 3].isWord && tokens[index - 3].hasDigit
  }

  /// "July-September", "Monday-Friday": a span of months or days is a date, not a name.
  func isCalendarCompound(_ token: Token) -> Bool {
    let parts = lower(token).split(separator: "-")
    return parts.count >= 2 && parts.allSatisfy { lexicon.calendar.contains(String($0)) }
  }
  static let nationalityPrefixes: WordSet = [
    "anglo", "franco", "sino", "russo", "indo", "austro", "italo", "greco", "turco", "afro", "euro",
    "hispano", "luso", "judeo", "serbo", "germano", "polono",
  ]

  /// "Ford said it would …", "Shell rose 1-1/4": one capitalised common word opening a sentence,
  /// right before "said" or a move in a share's price, is a company's name.
  ///
  /// Not a plural ("Officials said"), a head ("Police said"), a role ("Spokesman said"), a word
  /// that stands for people ("Everyone said") or a surname of the article ("Kohl said").
  func isCompanySubject(_ words: [Token], _ made: Candidate, _ tokens: [Token]) -> Bool {
    // The verb first: it rules out almost every name at once.
    let saying = made.wordAfter == "said" || made.wordAfter == "says"
    guard words.count == 1, made.wordAfterIsAdjacent, saying || KindVote.priceMoves.contains(made.wordAfter),
      let word = words.first, isInitial(tokens, Self.firstToken(startingAtOrAfter: word.start, in: tokens))
    else { return false }
    let lowered = lower(word)
    // (A surname here is the person: "Kohl said" after "Helmut Kohl".)
    guard isPlainWord(word), !namePartWords.contains(lowered), Self.singular(lowered) == lowered,
      !isHeadToken(word), !isRoleWord(word), !Self.standsForPeople.contains(lowered)
    else { return false }
    if saying { return true }
    return movesByFraction(after: Self.firstToken(startingAtOrAfter: word.end, in: tokens) - 1, tokens)
  }

  /// Whether a price move in fractions of a dollar follows the token at `index`: "rose 1-1/4",
  /// "gained 7/8".
  func movesByFraction(after index: Int, _ tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].isWord,
      KindVote.priceMoves.contains(lower(tokens[index + 1])), tokens[index + 2].hasDigit
    else { return false }
    // ("1-1/4" may come as "1-1", "/", "4".)
    let number = index + 2
    return scalars[tokens[number].start..<tokens[number].end].contains("/")
      || (number + 2 < tokens.count && !tokens[number + 1].isWord && scalars[tokens[number + 1].start] == "/"
        && tokens[number + 2].hasDigit)
  }
  static let standsForPeople: WordSet = [
    "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody", "none", "one",
    "another", "each", "few", "several", "others", "television", "radio", "media", "today",
  ]

  /// What a sport's governing body awards or runs: "the WBC title", "the ATP Tour".
  static let competitionNouns: WordSet = [
    "title", "titles", "belt", "crown", "tour", "rankings", "ranking", "championship",
    "championships", "tournament", "cup", "final", "finals", "season", "circuit", "rules",
  ]

  /// Words after a head that carry an organisation's name on: "Commission on Human Rights".
  static let headPrepositions: WordSet = ["of", "for", "on"]

  static let nicknameQuotes: Set<Unicode.Scalar> = ["\"", "“", "”"]
  /// Trade nouns that are common English surnames and are never written as a title before a name.
  static let tradeSurnames: WordSet = [
    "smith", "baker", "cook", "mason", "miller", "potter", "turner", "walker", "carter", "cooper",
    "fisher", "hunter", "porter", "taylor", "tailor", "wright", "butler", "chandler", "fletcher",
    "glover", "shepherd", "weaver", "sawyer", "thatcher", "tanner", "barber", "brewer", "farmer",
    "gardener", "archer", "chapman", "draper", "dyer", "slater", "spencer", "steward", "stewart",
  ]
  /// Verbs whose object is a listener, not a place: "told Reuters in Jericho".
  static let tellingVerbs: WordSet = ["told", "tells", "tell", "telling", "informed", "assured", "briefed"]

  /// Words before "to" whose object is a listener: "spoke to Reuters in Ankara".
  static let speakingToWords: WordSet = [
    "spoke", "speaking", "talked", "talking", "said", "explained", "wrote", "faxed", "statement",
    "interview", "complained", "reported",
  ]

  /// Second halves of hyphenated titles: "Secretary-General", "Editor-in-Chief", "President-elect".
  static let titleTails: WordSet = ["general", "chief", "elect", "designate"]
  /// First halves of hyphenated titles: "Vice-President", "Co-founder", "Ex-minister".
  static let titlePrefixes: WordSet = ["vice", "deputy", "co", "ex", "acting", "under", "assistant"]

  /// The position of the last title or role word that opens the piece, when a person's name follows.
  ///
  /// Roles may be mixed with modifiers: "National Security Advisor", "Chinese Foreign Minister".
  ///
  /// In running text the name after a title may be common words ("Prime Minister John Major"); in
  /// a headline they must hold a word that is no common one ("Foreign Minister Says …").
  func titleEnd(_ part: [Token], runningText: Bool = false) -> Int? {
    guard part.count >= 2 else { return nil }
    var lastRole: Int?
    for position in 0..<(part.count - 1) {
      let token = part[position]
      if isRoleWord(token) {
        lastRole = position
      } else if lastRole != nil && !(lexicon.isCommon(lower(token)) || token.isAllCaps) {
        break
      }
    }
    guard var end = lastRole else { return nil }
    // "Victor Ponta", "Secretary Donna Shalala": a role word that is also a proper name, right
    // before a single last word, is a given name, unless it is an honorific ("King Hussein").
    var givenName = false
    if end == part.count - 2, isGivenNameRole(part[end]) {
      guard end > 0, isRoleWord(part[end - 1]) else { return nil }
      end -= 1
      givenName = true
    }
    // ("copper producer Minera Alto Pello": in running text, a role word that is an adjective
    // too, between two single words no one knows, is inside a foreign name.)
    if runningText, end == 1, part.count == 3, !givenName, lexicon.adjectives.contains(lower(part[1])),
      !Self.honorifics.contains(lower(part[1])), lower(part[1]) != "chief", !isRoleWord(part[0]),
      !part[0].isAllCaps, !lexicon.isCommon(lower(part[0])), !isKnownName([part[0]]),
      lexicon.demonymPlace(text(part[0])) == nil
    {
      return nil
    }
    let rest = Array(part[(end + 1)...])
    // ("the Rainbow Warrior II", "Martin Luther King Jr.": a generation's numeral or suffix alone
    // is no one's name.)
    if rest.count == 1,
      (rest[0].isAllCaps && text(rest[0]).allSatisfy({ "IVX".contains($0) }))
        || ArticleEntities.generationSuffixes.contains(lower(rest[0]))
    {
      return nil
    }
    // "National Grid", "the Great Lakes": a role word that is an adjective and no honorific,
    // before one common word, opens a name; it is no title ("General Rivers" is one). So it does
    // after a connector inside a longer name ("the Office for National Statistics said").
    // ("Virgin Atlantic": so it does before a nationality or a sea's adjective.)
    if end == 0 || Self.connectors.contains(lower(part[end - 1])), !givenName, rest.count == 1,
      lexicon.adjectives.contains(lower(part[end])), !Self.honorifics.contains(lower(part[end])),
      lexicon.isCommon(lower(rest[0])) || lexicon.demonymPlace(text(rest[0])) != nil
    {
      return nil
    }
    guard let first = rest.first, first.isCapitalized, givenName || !isRoleWord(first),
      rest.contains(where: { !isPlainWord($0) })
        || (runningText && rest.count >= 2 && !isRoleWord(first) && !isHeadToken(rest[rest.count - 1]))
        // "Prince Harry": a given name that is also a common word.
        || (rest.count == 1 && lexicon.givenNames.contains(lower(first)))
        // ("Baroness Hale", "Judge Wood": an honorific takes a surname that is a word too.)
        || (rest.count == 1 && Self.honorifics.contains(lower(part[end])) && !isHeadToken(first)
          && !first.isAllCaps)
    else { return nil }
    // "Secretary General Assembly" is an organisation; a surname that is also a place word
    // ("Anna Berg", "Tom Hill") still follows a title.
    if rest.contains(where: { lexicon.orgHeads.contains(lower($0)) || lexicon.eventHeads.contains(lower($0)) }
    ) {
      return nil
    }
    let folded = Lexicon.fold(text(TextRange(first.start, rest[rest.count - 1].end)))
    if let group = lexicon.group(text(TextRange(first.start, rest[rest.count - 1].end))),
      group.kind != .person
    {
      return nil
    }
    // "Bishop Auckland" is a town; "President Clinton" is a person whose name is also a town's.
    if lexicon.place(folded) != nil, lexicon.group(folded)?.kind != .person { return nil }
    return end
  }

  /// Cardinal and ordinal number words that open compounds ("one-day", "third-round").
  static let numberWords: WordSet = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "single", "double", "triple", "half",
  ]

  /// Whether a single word the gazetteer knows stands where a place goes: right after "in", "at",
  /// "near" and the like, or right before "area", "province" and the like.
  func isPlaceSlot(_ token: Token, _ tokens: [Token]) -> Bool {
    guard lexicon.place(Lexicon.fold(text(token))) != nil else { return false }
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    let before =
      index > 0 && tokens[index - 1].isWord && !tokens[index - 1].isCapitalized
      && KindVote.placePrepositions.contains(lower(tokens[index - 1]))
    let after =
      index + 1 < tokens.count && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
      && KindVote.placeNounsAfter.contains(lower(tokens[index + 1]))
    return before || after
  }

  /// Whether a capitalised word is an adjective made from a leader's or a doctrine's name.
  ///
  /// "Marxist", "Gaullist", "Thatcherite": WordNet lists it as an adjective, the word list of
  /// common words does not, and it ends in "-ist" or "-ite".
  func isDoctrineAdjective(_ token: Token) -> Bool {
    let word = lower(token)
    guard token.isCapitalized, word.hasSuffix("ist") || word.hasSuffix("ite") else { return false }
    return lexicon.adjectives.contains(word) && !lexicon.isCommon(word)
  }

  /// Whether one or two capitalised words from `index` name a known place, not a month or a day,
  /// and a comma or a full stop follows them: the region after a town ("Renton , Washington ,").
  func regionClosingClause(from index: Int, in tokens: [Token]) -> Bool {
    for length in 1...2 {
      let end = index + length
      guard end < tokens.count, tokens[end - 1].isWord, tokens[end - 1].isCapitalized,
        !tokens[end - 1].isPossessive
      else { return false }
      guard !tokens[end].isWord, scalars[tokens[end].start] == "," || scalars[tokens[end].start] == "."
      else { continue }
      let name = TextRange(tokens[index].start, tokens[end - 1].end)
      return lexicon.place(Lexicon.fold(text(name))) != nil
        && !lexicon.calendar.contains(lower(tokens[index]))
    }
    return false
  }

  /// Whether a capitalised adjective of no country, that no common word spells, stands before a
  /// lower-case word for a political movement or its fighters: "Islamic" of "Islamic militia".
  func isFaithAdjectiveBeforeGroup(_ token: Token, in tokens: [Token]) -> Bool {
    let word = lower(token)
    guard token.isCapitalized, !token.isAllCaps, lexicon.adjectives.contains(word), !lexicon.isCommon(word),
      lexicon.demonymPlace(text(token)) == nil
    else { return false }
    let index = Self.firstToken(startingAtOrAfter: token.end, in: tokens)
    guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized else { return false }
    let next = lower(tokens[index])
    return KindVote.partyNounsAfter.contains(next) || Self.peopleNounsAfter.contains(next)
  }

  /// Whether the lower-case word right after `token` is one for a people's leaders or forces.
  func nextWordIsPeopleNoun(after token: Token, in tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.end, in: tokens)
    guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized else { return false }
    return Self.peopleNounsAfter.contains(lower(tokens[index]))
  }

  static let peopleNounsAfter: WordSet = [
    "leader", "leaders", "authorities", "forces", "troops", "officials", "commander", "commanders",
    "soldiers", "police", "refugees", "civilians", "rebels", "villagers", "politicians", "delegation",
    "fighters", "gunmen", "deputies", "community", "minority", "majority",
  ]

  /// Whether the acronym in brackets right after the name spells its words' initials: common
  /// words make a name then ("Human Rights Watch (HRW)").
  func spelledByAcronymAhead(_ part: [Token], in tokens: [Token]) -> Bool {
    guard part.count >= 2, let last = part.last else { return false }
    let index = Self.firstToken(startingAtOrAfter: last.start, in: tokens)
    guard let acronym = acronymAhead(after: index, in: tokens) else { return false }
    return NameKeys.initials(part.map(text)) == acronym
  }

  /// The kind an apposition gives the name that ends at `last`, if one follows.
  ///
  /// A comma, then a determiner or a possessive ("the", "a", "its", "Italy 's"), up to six words,
  /// and a noun that ends the phrase (before a comma, a full stop, "of", "for", "who" …): an
  /// organisation noun, a role or a place noun.
  func apposition(after last: Int, in tokens: [Token]) -> EntityKind? {
    let comma = last + 1
    guard comma + 2 < tokens.count, !tokens[comma].isWord, scalars[tokens[comma].start] == ",",
      tokens[comma + 1].isWord
    else { return nil }
    let opener = tokens[comma + 1]
    // ("Pello , head of the mobile business ,": an office of something, with no article.)
    if !opener.isCapitalized, Self.officesOfSomething.contains(lower(opener)), tokens[comma + 2].isWord,
      lower(tokens[comma + 2]) == "of"
    {
      return .person
    }
    var index = comma + 2
    if !Self.appositionOpeners.contains(lower(opener)) {
      guard opener.isCapitalized, let end = possessiveEnd(comma + 1, in: tokens) else { return nil }
      index = end + 1
    }
    while index < tokens.count, index <= comma + 9 {
      let token = tokens[index]
      guard token.isWord else { return nil }
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let ends =
        next.map { next in
          next.isWord
            ? Self.appositionEnders.contains(lower(next))
            : ",.;:)".unicodeScalars.contains(scalars[next.start])
        } ?? true
      if !token.isCapitalized, !token.hasDigit, ends {
        // ("… led by Jan Pello , the prosecutor 's office in Orvale said .": the sentence's
        // speaker, not a name for the one before it.)
        if next?.isWord == true, closesWithSaying(after: index, in: tokens) { return nil }
        let noun = Self.singular(lower(token))
        // ("Ciller , his coalition partner and foreign minister ,": one person's office joined
        // on.)
        if coordinatesPersonRole(after: index, in: tokens) { return .person }
        if KindVote.organizationNounsAfter.contains(noun)
          || (lexicon.orgHeads.contains(noun) && !lexicon.roles.contains(noun))
        {
          return .organization
        }
        // ("Fokker , the Dutch aircraft maker ,": a trade after what it makes is a company's.)
        if index > comma + 2, KindVote.tradeRoles.contains(noun) || Self.makerNouns.contains(noun),
          tokens[index - 1].isWord, !tokens[index - 1].isCapitalized, !tokens[index - 1].hasDigit,
          !lexicon.adjectives.contains(lower(tokens[index - 1])),
          !Self.functionWords.contains(lower(tokens[index - 1]))
        {
          return .organization
        }
        // ("Nvidia , the dominant maker of AI processors": a maker of things is a company.)
        if Self.makersOfThings.contains(noun), let next, next.isWord, lower(next) == "of" {
          return .organization
        }
        // ("Borussia Dortmund , the champions ,": one name called by a plural of people is a
        // team or a body.)
        if lexicon.roles.contains(noun) { return noun == lower(token) ? .person : .organization }
        if isPlaceNoun(noun) { return .place }
        return nil
      }
      // Only lower-case words, possessives and nationality words inside: "Italy 's leading
      // merchant bank", "the Finnish telecoms group".
      if token.isCapitalized {
        if let end = possessiveEnd(index, in: tokens) {
          index = end + 1
          continue
        }
        guard lexicon.demonymPlace(text(token)) != nil else { return nil }
      }
      index += 1
    }
    return nil
  }

  /// Whether token `index` ends the words that open a line-up: a side's name, a colon, then
  /// players in lines parted by two semicolons or more ("Arsenal : David Seaman ; Lee Dixon ,
  /// Tony Adams ; Ray Parlour ; Ian Wright").
  ///
  /// Not a role ("Referee :", "Scorers :"), which heads a list of people, not a side.
  func isLineupLabel(_ index: Int, in tokens: [Token]) -> Bool {
    guard index + 3 < tokens.count, index <= 3, !tokens[index + 1].isWord,
      scalars[tokens[index + 1].start] == ":",
      tokens[...index].allSatisfy({ $0.isWord && $0.isCapitalized && !isRoleWord($0) && !isRolePlural($0) })
    else { return false }
    var semicolons = 0
    for token in tokens[(index + 2)...] where !token.isWord {
      if scalars[token.start] == ";" { semicolons += 1 }
    }
    return semicolons >= 2
  }

  /// Whether the name from token `first` to `last` is listed on a ranked line after the rank's
  /// dash or a comma, with a name alone in brackets after it.
  ///
  /// Tables of scorers give a player's club so: "10 - Ronaldo ( Barcelona )", ", Pizzi ( Tenerife )".
  func isListedPlayer(_ first: Int, _ last: Int, in tokens: [Token]) -> Bool {
    guard first >= 2, last + 3 < tokens.count, !tokens[first - 1].isWord, opensWithRank(tokens),
      scalars[tokens[first - 1].start] == "," || first - 1 == 1,
      !tokens[last + 1].isWord, scalars[tokens[last + 1].start] == "(", tokens[last + 2].isCapitalized,
      let close = tokens[(last + 2)...].prefix(5).firstIndex(where: { !$0.isWord })
    else { return false }
    return scalars[tokens[close].start] == ")"
  }

  /// Whether "and" after `index` joins a second description that ends, before punctuation, in
  /// one person's office: "coalition partner and foreign minister ,".
  func coordinatesPersonRole(after index: Int, in tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count, isWord(tokens[index + 1], "and") else { return false }
    var cursor = index + 2
    while cursor < tokens.count, cursor <= index + 5, tokens[cursor].isWord,
      !tokens[cursor].isCapitalized || isRoleWord(tokens[cursor])
    {
      if cursor + 1 == tokens.count || !tokens[cursor + 1].isWord {
        let word = lower(tokens[cursor])
        return lexicon.roles.contains(word) && !KindVote.tradeRoles.contains(word)
          && Self.singular(word) == word
      }
      cursor += 1
    }
    return false
  }

  /// Whether a verb of reporting ends the sentence within six words after `index`, with no
  /// punctuation before it: "… office in Orvale said ." closes a sentence, not an apposition.
  func closesWithSaying(after index: Int, in tokens: [Token]) -> Bool {
    var cursor = index + 1
    while cursor < tokens.count, cursor <= index + 6, tokens[cursor].isWord {
      if KindVote.reportingVerbs.contains(lower(tokens[cursor])) {
        return cursor + 1 == tokens.count || scalars[tokens[cursor + 1].start] == "."
      }
      cursor += 1
    }
    return false
  }

  static let matchVerbsAfter: WordSet = [
    "beat", "beats", "drew", "draw", "lost", "lose", "won", "win", "defeated", "thrashed", "edged",
    "held", "hammered", "crushed", "routed", "trounced", "stunned", "overcame", "downed",
  ]
  /// Whether the token at `preposition` is the "in" of "shares in", "a stake in".
  func isStakeCue(_ preposition: Int, in tokens: [Token]) -> Bool {
    guard preposition > 0, tokens[preposition - 1].isWord else { return false }
    let noun = lower(tokens[preposition - 1])
    switch lower(tokens[preposition]) {
    case "in": return Self.holdingNouns.contains(noun)
    // "Shares of Airbus rose".
    case "of": return noun == "shares" || noun == "stock"
    default: return false
    }
  }

  /// Whether the name opening at `index` follows "shares in" or "a stake in", directly or after
  /// another name and "and" ("shares in Bangkok Bank and Siam Cement").
  func followsStakeCue(_ index: Int, in tokens: [Token]) -> Bool {
    guard index >= 2 else { return false }
    if tokens[index - 1].isWord, isStakeCue(index - 1, in: tokens) { return true }
    guard tokens[index - 1].isWord, ["and", "or"].contains(lower(tokens[index - 1])) else { return false }
    var cursor = index - 2
    while cursor >= 0, tokens[cursor].isWord, tokens[cursor].isCapitalized, index - 1 - cursor <= 4 {
      cursor -= 1
    }
    return cursor >= 1 && cursor < index - 2 && tokens[cursor].isWord
      && isStakeCue(cursor, in: tokens)
  }

  /// Words a club adds to its town's name that are also place nouns: "Stoke City".
  static let clubTownNouns: WordSet = ["city", "town", "county"]
  /// What shares do: "Tesla shares fell".
  static let marketMoves: WordSet = [
    "rose", "fell", "gained", "dropped", "jumped", "slipped", "climbed", "tumbled", "slumped", "surged",
    "soared", "plunged", "rallied", "closed", "ended", "traded", "edged", "dipped", "sank", "added",
    "lost", "were", "are", "have", "had",
  ]
  /// Nouns of ownership before "in" and a company: "a stake in …", "shares in …".
  static let holdingNouns: WordSet = [
    "stake", "stakes", "shares", "holding", "holdings", "stock", "shareholding",
  ]
  /// Verbs of a match to come: "Wigan play Bradford Bulls on Sunday".
  static let fixtureVerbs: WordSet = ["play", "plays", "face", "faces", "host", "hosts", "meet", "meets"]
  /// Verbs of winning that news uses of sides, not of towns.
  static let beatingVerbs: WordSet = [
    "beat", "beats", "defeated", "thrashed", "edged", "hammered", "crushed", "routed", "trounced",
    "overcame", "downed", "outplayed",
  ]
  /// Cricket scorecard marks: caught, bowled, leg before wicket, stumped.
  static let scorecardMarks: WordSet = ["c", "b", "lbw", "st"]
  /// Kinds of camp that are places: "refugee camp", "army camp".
  static let campKinds: WordSet = [
    "refugee", "refugees", "displacement", "transit", "detention", "army", "military", "prison",
    "training",
  ]
  /// Roles only a firm employs, singular and plural.
  static let firmRoles: WordSet = [
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
  ]
  /// Words of rank before a role: "chief economist", "senior analyst".
  static let rankWords: WordSet = ["chief", "senior", "lead", "head", "principal"]
  /// What a player does for a team: "scored for Celtic", "signed for Leeds".
  static let playsForVerbs: WordSet = [
    "scored", "scores", "scoring", "played", "plays", "playing", "signed", "signs", "signing", "netted",
    "starred", "appeared", "debuted",
  ]
  /// Whether the token at `index` is a place's name cut short with a full stop ("Va.", "Calif.")
  /// or written with dots ("N.C."), as US copy writes a state after a town.
  func isPlaceAbbreviation(at index: Int, in tokens: [Token]) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.isCapitalized, token.end - token.start <= 6 else { return false }
    let dotted = scalars[token.end - 1] == "."
    let stopped =
      index + 1 < tokens.count && !tokens[index + 1].isWord && !tokens[index + 1].spaceBefore
      && scalars[tokens[index + 1].start] == "." && scalars[token.start + 1].isLower
    guard dotted || stopped else { return false }
    return lexicon.place(Lexicon.fold(text(token))) != nil
  }

  /// Verbs that say a singular name stands for many: "Leicestershire were bowled out".
  static let pluralVerbs: WordSet = ["were", "are", "have"]
  /// What a side does in the league's table and its fixtures, in the plural of the present:
  /// "Liverpool stay second", "Newcastle go top", "Leeds host Arsenal".
  static let sidesVerbs: WordSet = [
    "stay", "remain", "go", "move", "climb", "slip", "face", "meet", "host", "visit", "play", "need",
    "trail", "travel",
  ]
  /// Words before a name that leave the verb after it to another subject or make it plural or a
  /// condition: "exports to Europe are", "Essex and Kent were", "if Quebec were to leave".
  static let notOwnPluralSubject = KindVote.placePrepositions.union([
    "of", "for", "on", "with", "by", "than", "against", "over", "like", "and", "or", "nor", "if",
    "whether", "though", "unless", "as",
  ])

  /// Whether a town or region the gazetteer knows, written as a singular name, takes a plural
  /// verb: British English writes a team so ("Leicestershire were bowled out for 206", "Kent
  /// have signed"), never a place.
  ///
  /// A country keeps its kind, as news-NER data writes national sides; a name ending in "s" may
  /// be plural itself ("the Netherlands are").
  func takesPluralVerb(_ candidate: Candidate, in tokens: [Token]) -> Bool {
    // ("rules in the English Channel were too weak": a team is written without "the".)
    // ("Liverpool stay second": in a story with scores, a side's verbs in the present too.)
    guard candidate.wordAfterIsAdjacent,
      Self.pluralVerbs.contains(candidate.wordAfter)
        || (hasScores && Self.sidesVerbs.contains(candidate.wordAfter)),
      !candidate.hadArticle, candidate.wordBefore != "the",
      let last = candidate.tokens.last, !last.isPossessive, !last.isAllCaps,
      !(candidate.wordBeforeIsAdjacent && Self.notOwnPluralSubject.contains(candidate.wordBefore))
    else { return false }
    let folded = Lexicon.fold(text(candidate.range))
    guard folded.last != "s", lexicon.place(folded) == .place else { return false }
    // "if Quebec were to separate": a condition, whatever the word before.
    let verb = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    return !(verb + 1 < tokens.count && tokens[verb + 1].isWord && lower(tokens[verb + 1]) == "to")
  }
  static let clubRolesAfter: WordSet = [
    "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward",
    "winger", "flanker", "skipper", "captain", "playmaker", "fullback", "full-back", "centre-back",
    "scrum-half", "fly-half", "hooker", "lock", "prop", "batsman", "bowler", "opener", "spinner",
    "player-manager", "player-coach",
    // American football, baseball, basketball and ice hockey.
    "quarterback", "receiver", "linebacker", "cornerback", "tailback", "halfback", "kicker", "punter",
    "pitcher", "catcher", "shortstop", "outfielder", "infielder", "reliever", "goaltender", "defenceman",
    "defenseman",
  ]
  /// Participles of a match's result, before "by" and the side that got it.
  static let matchParticiples: WordSet = [
    "beaten", "held", "defeated", "thrashed", "edged", "hammered", "crushed", "routed", "trounced",
    "stunned", "downed", "eliminated", "knocked",
  ]
  /// Positions on a team that are also common nouns: "Cardiff centre Leigh Davies" (a city
  /// centre), "Leeds wing …".
  static let positionNouns: WordSet = ["centre", "center", "wing", "back", "guard"]
  static let matchWordsBefore: WordSet = [
    "beat", "beating", "against", "over", "to", "with", "defeated", "thrashed", "edged", "held",
    "hammered", "crushed", "routed", "trounced", "stunned", "overcame", "downed",
  ]

  /// A match score: "2-1", "0-0", "3-2" (one or two digits each side).
  func isScore(_ token: Token) -> Bool {
    guard token.hasDigit, token.hasHyphen, token.end - token.start <= 5 else { return false }
    let parts = scalars[token.start..<token.end].split(separator: "-")
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isDigit) }
  }

  /// Makers named by what they make in an apposition: "the Dutch aircraft maker", "the oil
  /// producer".
  static let makerNouns: WordSet = ["manufacturer", "producer", "builder", "operator", "insurer"]
  /// Whether `token` follows a lower-case "the", "a" or "an".
  func isAfterLowerCaseArticle(_ token: Token, _ tokens: [Token]) -> Bool {
    let index = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    return index > 0 && tokens[index - 1].isWord && isArticleWord(tokens[index - 1])
  }

  /// Trades that name a company before "of" and what it makes or sells: "the biggest maker of
  /// memory chips" ("the producer of the film" may be a person).
  static let makersOfThings: WordSet = [
    "maker", "manufacturer", "supplier", "provider", "operator", "insurer", "exporter", "retailer",
  ]
  /// Offices held by one person, written without an article before "of": ", head of …",
  /// ", president of …".
  static let officesOfSomething: WordSet = [
    "head", "chief", "president", "chairman", "chairwoman", "director", "secretary", "leader", "governor",
    "mayor", "spokesman", "spokeswoman", "editor", "coach", "captain", "manager", "professor", "founder",
  ]
  static let appositionOpeners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "one"]
  /// Words after an apposition's noun that end it; a pronoun opens a relative clause ("the Dutch
  /// aircraft maker it controls").
  static let appositionEnders: WordSet = [
    "of", "for", "at", "in", "with", "who", "which", "that", "whose", "based", "and", "from", "on",
    "it", "he", "she", "they", "we",
  ]

  /// A role word that the word lists also spell as a proper name and that is no honorific:
  /// "Victor", "Dean", "Guy", "Donna"; not "King", "President" or "Bishop".
  func isGivenNameRole(_ token: Token) -> Bool {
    let word = lower(token)
    return lexicon.roleNames.contains(word) && !Self.honorifics.contains(word)
      && !Self.titleAbbreviations.contains(word)
  }

  /// Whether a token numbers a maker's model: three digits or more that are no year ("737"), or a
  /// capital and digits ("A320", "F-16"), not a count of years ("12-year-old").
  func isModelNumber(_ token: Token) -> Bool {
    guard token.hasDigit else { return false }
    if isDigits(token) { return token.end - token.start >= 3 && !isYear(token) }
    return scalars[token.start].properties.isUppercase
  }

  /// What a body has and a person does not, after "whose": its leaders, members and stock.
  static let membersOfBodies: WordSet = [
    "leader", "leaders", "leadership", "members", "membership", "chairman", "chairwoman", "shareholders",
    "shares", "headquarters", "board", "subsidiary", "subsidiaries", "lawmakers", "deputies",
  ]

  /// Whether a token names a quarter or a half of a year: "Q2", "H1", "3Q", "FY96", "FY2025".
  func isFiscalPeriod(_ token: Token) -> Bool {
    let letters = scalars[token.start..<token.end]
    guard letters.count >= 2, letters.count <= 6 else { return false }
    let first = letters[letters.startIndex]
    let second = letters[letters.startIndex + 1]
    if letters.count == 2 {
      if "QH".unicodeScalars.contains(first) { return ("1"..."4").contains(second) }
      return ("1"..."4").contains(first) && "QH".unicodeScalars.contains(second)
    }
    return first == "F" && second == "Y" && letters.dropFirst(2).allSatisfy(\.isDigit)
  }

  /// Who trades in goods: "copper producer", "gold miner", "sugar refiner", "oil major".
  static let goodsTrades: WordSet = [
    "producer", "miner", "refiner", "exporter", "importer", "supplier", "processor", "distributor",
    "smelter", "trader", "grower", "major",
  ]

  /// Role words written as a title before a surname alone ("King Hussein", "Father Brown").
  static let honorifics: WordSet = [
    "bishop", "cantor", "constable", "doctor", "duke", "earl", "father", "justice", "khan", "king",
    "knight", "lord", "major", "marquis", "miss", "monk", "pope", "president", "prince", "queen",
    "rep", "representative", "reverend", "secretary", "senator", "sister", "superior", "marshal",
    "chancellor", "governor", "judge", "mayor", "general", "captain", "colonel", "sergeant",
    "baroness", "countess", "dame", "lady", "viscount",
  ]

  /// The name without common words after its organisation head.
  ///
  /// In "U.S. Army Photo" the name is "U.S. Army"; with "of" between, nothing is trimmed.
  /// In running text two words or more after the head are the name's own: "the Financial Services
  /// Compensation Scheme".
  func trimAfterHead(_ part: [Token], runningText: Bool) -> [Token] {
    guard let head = part.lastIndex(where: { lexicon.orgHeads.contains(lower($0)) }), head < part.count - 1,
      !part.contains(where: { Self.connectors.contains(lower($0)) })
    else { return part }
    let tail = part[(head + 1)...]
    if runningText && tail.count >= 2 { return part }
    guard tail.allSatisfy({ isPlainWord($0) && !isHeadToken($0) && !Self.connectors.contains(lower($0)) })
    else { return part }
    return Array(part[...head])
  }

  /// A grade on the long-term credit-rating scale ("A3", "Baa1", "Caa2"): no name.
  static func isCreditRating(_ word: String) -> Bool {
    guard let digit = word.last, "123".contains(digit) else { return false }
    return ["Aaa", "Aa", "A", "Baa", "Ba", "B", "Caa", "Ca", "C"].contains(String(word.dropLast()))
  }

  func make(
    _ part: [Token], tokensOf _: [Token], sentenceTokens tokens: [Token], _ sentence: Int, hadTitle: Bool,
    qualifier: String?, hadArticle: Bool
  ) -> Candidate? {
    // "Tarvex Industries Q2 net rises": a quarter or a half of the year is no part of a name.
    var part = part
    while let last = part.last, last.hasDigit, isFiscalPeriod(last) { part.removeLast() }
    guard let first = part.first, let last = part.last else { return nil }
    if part.count == 1, first.hasDigit, Self.isCreditRating(text(first)) { return nil }
    // "cut its rating to BBB+", "AA-": one letter of A, B or C written two or three times, with a
    // sign right after it, is a credit grade.
    if part.count == 1, first.end - first.start >= 2, first.end - first.start <= 3, first.end < scalars.count,
      "+-".unicodeScalars.contains(scalars[first.end]),
      "ABC".unicodeScalars.contains(scalars[first.start]),
      scalars[first.start..<first.end].allSatisfy({ $0 == scalars[first.start] })
    {
      return nil
    }
    // "( BAY.L )", "( IBM.N )": a stock's code and its exchange's letter name no one here.
    if part.count == 1, first.isAllCaps, first.end + 2 < scalars.count, scalars[first.end] == ".",
      scalars[first.end + 1].isUpper
    {
      var end = first.end + 1
      while end < scalars.count, scalars[end].isUpper { end += 1 }
      if end - first.end <= 3, end < scalars.count, !scalars[end].properties.isAlphabetic, scalars[end] != "."
      {
        return nil
      }
    }
    // "NOTE - Tarvex Industries Inc is …": a common word in capitals before a dash opens a
    // note in wire copy; it names nothing.
    if part.count == 1, first.isAllCaps, let opening = tokens.first, opening.start == first.start,
      tokens.count > 2, !tokens[1].isWord, "-–—:".unicodeScalars.contains(scalars[tokens[1].start]),
      lexicon.isCommon(lower(first)), !shouting[sentence]
    {
      return nil
    }
    // "Volvo 's B shares": one letter alone names nothing.
    if part.count == 1, first.end - first.start == 1 { return nil }
    let range = TextRange(first.start, last.end)
    // The sentence's tokens are in text order: find the name's ends by binary search, then walk.
    let firstIndex = Self.firstToken(startingAtOrAfter: first.start, in: tokens)
    let lastIndex = max(firstIndex, Self.firstToken(startingAtOrAfter: last.start, in: tokens))
    // The name alone in brackets: "( Britain )", "( OT )".
    let bracketed =
      firstIndex > 0 && lastIndex + 1 < tokens.count && scalars[tokens[firstIndex - 1].start] == "("
      && scalars[tokens[lastIndex + 1].start] == ")"
    // "TORONTO 2 Chicago 2 ( OT )": a short code in brackets with no number on a results line
    // marks the result (overtime, shoot-out), not a team.
    if bracketed, part.count == 1, first.isAllCaps, first.end - first.start <= 3, scoreLine[sentence] {
      return nil
    }
    let before = tokens[..<firstIndex].lastIndex { $0.end <= first.start && $0.isWord }
    let after = tokens[min(tokens.count, lastIndex + 1)...].firstIndex { $0.start >= last.end && $0.isWord }
    var candidate = Candidate(range: range, tokens: part, sentence: sentence)
    candidate.hadTitle = hadTitle
    candidate.qualifier = qualifier
    candidate.hadArticle = hadArticle
    candidate.wordBefore = before.map { lower(tokens[$0]) } ?? ""
    candidate.wordBeforeIsAdjacent = before.map { $0 + 1 == firstIndex } ?? false
    candidate.wordAfter = after.map { lower(tokens[$0]) } ?? ""
    candidate.wordAfterIsAdjacent = after.map { $0 == lastIndex + 1 } ?? false
    candidate.inDateline = article.dateline.map { $0.contains(range) } ?? false
    candidate.followedByLowerWord = after.map { !tokens[$0].isCapitalized && !tokens[$0].hasDigit } ?? false
    // "chief of staff Aslan Maskhadov", "head of security Anna Berg": a lower-case role, "of" and
    // a noun right before a full name are a title, not the name's employer.
    if part.count >= 2, let before, before >= 2, candidate.wordBeforeIsAdjacent,
      !tokens[before].isCapitalized,
      !Self.functionWords.contains(candidate.wordBefore), lower(tokens[before - 1]) == "of",
      tokens[before - 2].isWord, !tokens[before - 2].isCapitalized,
      lexicon.roles.contains(lower(tokens[before - 2]))
    {
      candidate.hadTitle = true
    }
    // "copper producer Tarnack", "Oil producer Santorel …": goods and a trade in them (capitalised
    // only opening the sentence).
    if let before, before >= 1, candidate.wordBeforeIsAdjacent,
      Self.goodsTrades.contains(candidate.wordBefore),
      tokens[before - 1].isWord, !tokens[before - 1].isCapitalized || before == 1,
      lexicon.goods.contains(lower(tokens[before - 1]))
    {
      candidate.afterGoodsTrade = true
    }
    // "Putin and Xi": coordinated with a name.
    func isName(_ index: Int) -> Bool { tokens[index].isCapitalized && !isPlainWord(tokens[index]) }
    if let before, ["and", "or"].contains(candidate.wordBefore), before > 0, isName(before - 1) {
      candidate.coordinatedWithName = true
    }
    if let after, ["and", "or"].contains(candidate.wordAfter), after + 1 < tokens.count, isName(after + 1) {
      candidate.coordinatedWithName = true
    }
    // "Matthew Burke , Ben Tune , Joe Roff": a name of two words or more between commas in a list
    // of names ("the Camry , Corolla , RAV4": one word there may be a thing's).
    // ("; Ray Parlour , Patrick Vieira": a line-up's semicolons part its lines of players.)
    func isListMark(_ index: Int) -> Bool {
      !tokens[index].isWord && (scalars[tokens[index].start] == "," || scalars[tokens[index].start] == ";")
    }
    if part.count >= 2, firstIndex >= 2, lastIndex + 2 < tokens.count, isListMark(firstIndex - 1),
      isListMark(lastIndex + 1),
      isName(firstIndex - 2), isName(lastIndex + 2)
    {
      candidate.coordinatedWithName = true
    }
    // "Petrovski, 71, …": an age between commas after a name.
    if let after, after + 1 < tokens.count, after > 0, !tokens[after - 1].isWord,
      scalars[tokens[after - 1].start] == ",", tokens[after].hasDigit,
      let age = Int(text(tokens[after])), (1...120).contains(age),
      !tokens[after + 1].isWord, scalars[tokens[after + 1].start] == ","
    {
      candidate.personContext = true
    }
    if scoreLine[sentence], lastIndex + 1 < tokens.count, tokens[lastIndex + 1].hasDigit {
      var depth = 0
      for token in tokens[..<firstIndex] where !token.isWord {
        if scalars[token.start] == "(" { depth += 1 }
        if scalars[token.start] == ")" { depth -= 1 }
      }
      candidate.scorer = depth > 0
    }
    // "In Brussels : Anderlecht ( Belgium ) 1 Inter ( Italy ) 1": the town where a match was played.
    if let before, before == 0, candidate.wordBefore == "in", lastIndex + 1 < tokens.count,
      !tokens[lastIndex + 1].isWord, scalars[tokens[lastIndex + 1].start] == ":"
    {
      candidate.venue = true
    }
    // "Scorers : Valencia - Leandro 12 , Romario 55 . Schalke - Thon 60": the name before a dash
    // is the team, a name before a minute a player.
    if scorerLines[sentence], lastIndex + 1 < tokens.count {
      let next = tokens[lastIndex + 1]
      if !next.isWord, scalars[next.start] == "-" {
        candidate.teamOfPlayer = true
      } else if next.hasDigit, !candidate.tokens.contains(where: \.isAllCaps) {
        candidate.scorer = true
      }
    }
    // "stakes in Citicorp and Saks Fifth Avenue", "analysts at Goldman Sachs and Morgan Stanley":
    // after "and" or "or", the word before the name this one is joined to.
    var cueBeforeJoinedName: Int?
    if let before, candidate.wordBefore == "and" || candidate.wordBefore == "or" {
      var cursor = before - 1
      while cursor >= 0, tokens[cursor].isWord, tokens[cursor].isCapitalized, before - cursor <= 4 {
        cursor -= 1
      }
      if cursor >= 0, cursor < before - 1 { cueBeforeJoinedName = cursor }
    }
    if let before, candidate.wordBeforeIsAdjacent, isStakeCue(before, in: tokens) {
      candidate.heldStake = true
    }
    if candidate.wordBefore == "and", let cue = cueBeforeJoinedName, tokens[cue].isWord,
      isStakeCue(cue, in: tokens)
    {
      candidate.heldStake = true
    }
    if let after, after > 0, !tokens[after - 1].isWord, scalars[tokens[after - 1].start] == ",",
      candidate.wordAfter == "who" || candidate.wordAfter == "whose"
    {
      // ("Popular Force , whose leader …", "whose shares fell": a body has members and stock.)
      // ("Orvalair , whose 797 jet …", "whose A320 fleet": and models a maker numbers; "whose
      // 1996 season" or "whose 12-year-old son" may be a person's.)
      if candidate.wordAfter == "whose", after + 1 < tokens.count,
        tokens[after + 1].isWord && Self.membersOfBodies.contains(lower(tokens[after + 1]))
          || isModelNumber(tokens[after + 1])
      {
        candidate.beforeWhoseMembers = true
      } else {
        candidate.beforeWho = true
      }
    }
    // "Fremont , California": after "in", a name then a known place is a place in it.
    if let after, let before, after > 0, KindVote.placePrepositions.contains(candidate.wordBefore),
      candidate.wordBeforeIsAdjacent, !tokens[before].isCapitalized, !tokens[after - 1].isWord,
      scalars[tokens[after - 1].start] == ",", tokens[after].isCapitalized,
      lexicon.place(Lexicon.fold(text(tokens[after]))) != nil
    {
      candidate.namedPlace = true
    }
    // "Raleigh, N.C.", "Richmond, Va.": a name, a comma and a place's abbreviation (a state's, in
    // US copy) is a town in that place, whatever comes before it.
    if let after, after == lastIndex + 2, !tokens[after - 1].isWord, scalars[tokens[after - 1].start] == ",",
      isPlaceAbbreviation(at: after, in: tokens)
    {
      candidate.namedPlace = true
    }
    // 'Goran "Gogo" Petrovski': a quoted single name between two names.
    let quotes = Self.nicknameQuotes
    func quotedNickname(at open: Int) -> Bool {
      open + 3 < tokens.count && !tokens[open].isWord && quotes.contains(scalars[tokens[open].start])
        && tokens[open + 1].isWord && tokens[open + 1].isCapitalized && !tokens[open + 2].isWord
        && quotes.contains(scalars[tokens[open + 2].start]) && tokens[open + 3].isCapitalized
    }
    if lastIndex < tokens.count, quotedNickname(at: lastIndex + 1) { candidate.personContext = true }
    // "10 - Ronaldo ( Barcelona )": a name listed with a club, not a country, is a player's.
    if !bracketed, isListedPlayer(firstIndex, lastIndex, in: tokens),
      !candidate.tokens.contains(where: \.isAllCaps), !isBracketedCountry(after: lastIndex, in: tokens)
    {
      candidate.personContext = true
    }
    // "Greg Norman ( Australia ) 68 68": results tables give a player's country in brackets. A
    // club's name ends in a club word ("Leeds United ( England )") and keeps its vote, unless a
    // known given name opens it ("Thomas Muster ( Austria )": WordNet's muster is a gathering).
    if (2...3).contains(candidate.tokens.count), !candidate.tokens.contains(where: \.isAllCaps),
      let lastWord = candidate.tokens.last,
      !lexicon.orgHeads.contains(lower(lastWord))
        || (candidate.tokens.count == 2 && lexicon.givenNames.contains(lower(candidate.tokens[0]))),
      isBracketedCountry(after: lastIndex, in: tokens)
    {
      candidate.personContext = true
    }
    // The nickname itself, or the surname after it.
    if firstIndex >= 1, firstIndex < tokens.count,
      quotedNickname(at: firstIndex - 1) || (firstIndex >= 3 && quotedNickname(at: firstIndex - 3))
    {
      candidate.personContext = true
      candidate.quotedNickname = part.count == 1 && quotedNickname(at: firstIndex - 1)
    }
    candidate.describedAs = apposition(after: lastIndex, in: tokens)
    if firstIndex >= 2 { candidate.exampleOf = exampleKind(before: firstIndex, in: tokens) }
    if candidate.exampleOf == nil { candidate.exampleOf = otherKind(after: lastIndex, in: tokens) }
    if firstIndex >= 4, !tokens[firstIndex - 1].isWord, scalars[tokens[firstIndex - 1].start] == ")",
      let open = tokens[max(0, firstIndex - 6)..<(firstIndex - 1)].lastIndex(where: {
        !$0.isWord && scalars[$0.start] == "("
      }), open >= 1, tokens[open - 1].isWord, tokens[open - 1].isCapitalized,
      isBracketedCountry(after: open - 1, in: tokens), tokens[lastIndex...].contains(where: \.hasDigit)
    {
      candidate.teamOfPlayer = true
    }
    // "12 - Alan Shearer ( Newcastle ) , Ian Wright ( Arsenal )": alone in brackets after a
    // player's name on a line with numbers, a name that is no country is the player's club.
    // ("10 - Ronaldo ( Barcelona )": after a player of one word on a ranked line too.)
    if bracketed, firstIndex >= 3, candidate.tokens.count <= 3, tokens[firstIndex - 2].isWord,
      tokens[firstIndex - 2].isCapitalized,
      tokens[firstIndex - 3].isWord
        ? tokens[firstIndex - 3].isCapitalized : isListedPlayer(firstIndex - 2, firstIndex - 2, in: tokens),
      tokens.contains(where: \.hasDigit), lexicon.place(Lexicon.fold(text(range))) != .country,
      // (Where brackets give players' countries, "( Trinidad )" is one too.)
      !bracketsHoldCountries
    {
      candidate.clubOfPlayer = true
    }
    if let after, candidate.wordAfterIsAdjacent, KindVote.reportingVerbs.contains(candidate.wordAfter) {
      let word = lower(candidate.tokens[0])
      let subjectAlone =
        candidate.tokens.count == 1 && !candidate.hadTitle && !lexicon.givenNames.contains(word)
        && !namePartWords.contains(word) && !secondNameWords.contains(word)
      candidate.pronounAfter = pronounKind(after: after, in: tokens, subjectAlone: subjectAlone)
    } else if let after, candidate.wordAfterIsAdjacent, Self.ownChangeVerbs.contains(candidate.wordAfter),
      after + 1 < tokens.count, tokens[after + 1].isWord
    {
      // "Goldman Sachs lowered its rating", "Tarvo raised his stake": what the subject changes
      // is its own.
      switch lower(tokens[after + 1]) {
      case "its": candidate.pronounAfter = .organization
      case "his", "her": candidate.pronounAfter = .person
      default: break
      }
    }
    // A town (not a country, England or Wales included, or a capital) plays as a club beside a
    // verb of winning or losing in a sentence with a score ("Newcastle beat Arsenal 2-1"), and
    // before a lower-case player's or manager's role ("Leeds striker Tony Yeboah"). National sides
    // keep their country's name and kind.
    // ("Liverpool , who won 2-0 at …": the verb may follow "who".)
    let besideMatchWord =
      Self.matchVerbsAfter.contains(candidate.wordAfter)
      || Self.matchWordsBefore.contains(candidate.wordBefore)
      || (candidate.beforeWho
        && after.map { $0 + 1 < tokens.count && Self.matchVerbsAfter.contains(lower(tokens[$0 + 1])) }
          ?? false)
      // ("were held 1-1 at home by Aston Villa", "beaten 2-1 by Chelsea": the agent of a match.)
      || (candidate.wordBefore == "by" && candidate.wordBeforeIsAdjacent
        && tokens[..<firstIndex].suffix(8).contains { $0.isWord && Self.matchParticiples.contains(lower($0)) })
    // ("Cardiff centre Leigh Davies": a position that is also a common noun counts before a name.)
    // ("Wigan chairman Jack Robinson": in a club sports story, an office before a name too.)
    let beforeClubRole =
      candidate.followedByLowerWord
      && (Self.clubRolesAfter.contains(candidate.wordAfter)
        || (Self.positionNouns.contains(candidate.wordAfter) && roleBeforeName())
        || (Self.officesOfSomething.contains(candidate.wordAfter) && roleBeforeName() && isClubSportsStory))
      || isOwnerOfClubRole(lastIndex, in: tokens)
    // ("Wigan play Bradford Bulls on Sunday": a fixture, in a club sports story.)
    let playsFixture =
      candidate.wordAfterIsAdjacent && Self.fixtureVerbs.contains(candidate.wordAfter) && isClubSportsStory
    // In a story with scores anywhere, a verb only sport uses is enough ("Leeds beat Ipswich on
    // Saturday").
    let beatsInSportsStory =
      (Self.beatingVerbs.contains(candidate.wordAfter)
        || (candidate.wordBeforeIsAdjacent && Self.beatingVerbs.contains(candidate.wordBefore)))
      && hasScores
    // ("Tim Henman ( Britain ) beat …": a place in brackets is a player's country, not a team.)
    // ("Inter Miami beat Orlando City 2-1": so does a name of a town the gazetteer lacks and a
    // place noun.)
    // (Looked up only where a rule below reads it: folding every name cost 1% of the analysis.)
    let known =
      besideMatchWord || beforeClubRole || playsFixture || hasScores
      ? lexicon.place(Lexicon.fold(text(range))) : nil
    // ("City manager Pep Guardiola", "West Ham manager …": before a club's role any name the
    // lexicon does not know as a place or a person, and that opens with no given name, is the club.
    // A person's name too where the role is a title before a name: "Villa manager Unai Emery".)
    func townLike() -> Bool {
      known == .place || (known == nil && part.count >= 2 && isPlaceNoun(lower(part[part.count - 1])))
        // ("Bayern Munich routed Dinamo Zagreb 9-2": two words, the first no given name, and a
        // city the gazetteer knows second, are a club named after its city; so are a town and a
        // common or calendar word that is no surname: "Arsenal beat Sheffield Wednesday 4-1".)
        || (known == nil && part.count == 2 && !lexicon.givenNames.contains(lower(first))
          && !lexicon.nameWords.contains(lower(first))
          && ((lexicon.place(Lexicon.fold(text(part[1]))).map { $0 != .country } ?? false)
            || (lexicon.place(Lexicon.fold(text(first))) == .place
              && (isPlainWord(part[1]) || lexicon.calendar.contains(lower(part[1])))
              && !lexicon.nameWords.contains(lower(part[1])))))
        || (beforeClubRole && candidate.wordAfterIsAdjacent && !last.isPossessive && known == nil
          && !lexicon.givenNames.contains(lower(first))
          && (lexicon.group(text(range))?.kind != .person || roleBeforeName()))
    }
    func roleBeforeName() -> Bool {
      lastIndex + 3 < tokens.count && tokens[lastIndex + 2].isCapitalized
        && tokens[lastIndex + 3].isCapitalized
    }
    // ("Monica Seles beat Lindsay Davenport 6-2 6-3": in a sentence that scores a match by sets,
    // one player beats another, though "Davenport" is a town.)
    // ("sent off against Leeds": in a club sports story, the side a match is against.)
    if besideMatchWord || beforeClubRole || playsFixture, !bracketed, townLike(),
      beforeClubRole || playsFixture
        || (beatsInSportsStory || tokens.contains(where: { isScore($0) })) && !setScores[sentence]
        || (candidate.wordBefore == "against" && isClubSportsStory)
    {
      candidate.playsMatch = true
    }
    // "for Dallas" beside "the Dallas Cowboys" in a story with scores: the town alone is the team,
    // unless it says where ("in Dallas").
    if !candidate.playsMatch, candidate.tokens.count <= 2, !bracketed, !candidate.inDateline,
      !(candidate.wordBeforeIsAdjacent && ["in", "at", "near"].contains(candidate.wordBefore)),
      hasScores, case let folded = Lexicon.fold(text(range)), teamTowns.contains(folded),
      lexicon.place(folded) == .place
    {
      candidate.playsMatch = true
    }
    // "Maeda also scored for Celtic", "he signed for Orvale Rovers": in a story with scores, what a
    // player scores or plays for is the team, whatever else the name is.
    if !candidate.playsMatch, hasScores, !bracketed, candidate.wordBefore == "for",
      candidate.wordBeforeIsAdjacent, let before, before > 0, tokens[before - 1].isWord,
      Self.playsForVerbs.contains(lower(tokens[before - 1]))
    {
      candidate.playsMatch = true
    }
    // "Manchester City", "Derby County", "Ipswich Town" in a story with scores: a town and the
    // word a club adds to it, which the gazetteer does not know whole ("Kansas City" it does).
    if !candidate.playsMatch, hasScores, part.count == 2, !bracketed, !candidate.inDateline,
      Self.clubTownNouns.contains(lower(part[1])), !part[1].isAllCaps, known == nil,
      lexicon.place(Lexicon.fold(text(part[0]))) != nil
    {
      candidate.playsMatch = true
    }
    if !candidate.playsMatch, !bracketed, !candidate.inDateline, takesPluralVerb(candidate, in: tokens) {
      candidate.playsMatch = true
    }
    // "Arsenal : David Seaman ; Lee Dixon , …": a side before its line-up.
    if !candidate.playsMatch, candidate.tokens.count <= 3, isLineupLabel(lastIndex, in: tokens) {
      candidate.playsMatch = true
    }
    // "Saeed Anwar c Croft b Cork 176": caught by, bowled by, in a line with numbers; so is a
    // batsman "not out 35", "run out 148" or "retired hurt 12".
    let notOut =
      ["not", "run", "retired"].contains(candidate.wordAfter) && candidate.wordAfterIsAdjacent
      && lastIndex + 2 < tokens.count && ["out", "hurt"].contains(lower(tokens[lastIndex + 2]))
    if candidate.tokens.count <= 3, !candidate.tokens.contains(where: \.isAllCaps),
      (candidate.wordBeforeIsAdjacent && Self.scorecardMarks.contains(candidate.wordBefore))
        || (candidate.followedByLowerWord && Self.scorecardMarks.contains(candidate.wordAfter)) || notOut,
      tokens.contains(where: \.hasDigit)
    {
      candidate.inScorecard = true
    }
    // "Pogradec in Albania": "in" and a known place after the name; not after a verb that takes
    // a listener ("Erekat told Reuters in Jericho").
    // Nor after "to" following a verb of speaking ("a statement faxed to Reuters in Ankara").
    candidate.spokenTo =
      candidate.wordBefore == "to"
      && (before.map { $0 > 0 && Self.speakingToWords.contains(lower(tokens[$0 - 1])) } ?? false)
    if let after, candidate.wordAfter == "in", after + 1 < tokens.count, tokens[after + 1].isCapitalized,
      !Self.tellingVerbs.contains(candidate.wordBefore), !candidate.spokenTo,
      lexicon.place(Lexicon.fold(text(tokens[after + 1]))) != nil
    {
      candidate.locatedInPlace = true
    }
    // "its Renton, Washington, factory": one name that is no acronym, after a word, then a comma,
    // a known region or country and a comma.
    // ("an analyst in Warren, New Jersey.": or a region of two words, and a full stop.)
    if part.count == 1, !first.isAllCaps, firstIndex > 0, tokens[firstIndex - 1].isWord,
      lastIndex + 3 < tokens.count, !tokens[lastIndex + 1].isWord,
      scalars[tokens[lastIndex + 1].start] == ",",
      regionClosingClause(from: lastIndex + 2, in: tokens)
    {
      candidate.locatedInPlace = true
    }
    // "the Nuseirat refugee camp": a kind of camp after the name. ("The Trump camp" is people.)
    if let after, candidate.wordAfterIsAdjacent, candidate.followedByLowerWord,
      Self.campKinds.contains(candidate.wordAfter), after + 1 < tokens.count,
      isWord(tokens[after + 1], "camp") || isWord(tokens[after + 1], "camps")
    {
      candidate.namedPlace = true
    }
    // "staff at the Mugunga camp": one word the lexicon does not know, between a place
    // preposition's "the" and "camp", names the camp's site. ("in the Dole camp" is a candidate's
    // people: the lexicon knows "Dole".)
    if let before, candidate.wordBefore == "the", candidate.wordBeforeIsAdjacent, before > 0,
      KindVote.placePrepositions.contains(lower(tokens[before - 1])), part.count == 1,
      candidate.wordAfterIsAdjacent, candidate.followedByLowerWord,
      candidate.wordAfter == "camp" || candidate.wordAfter == "camps", !first.isAllCaps,
      case let word = lower(first), !lexicon.isCommon(word), !lexicon.givenNames.contains(word),
      !lexicon.nameWords.contains(word), lexicon.group(text(first)) == nil
    {
      candidate.namedPlace = true
    }
    // "the state 's summer capital Srinagar": a lower-case "capital" right before the name.
    if let before, candidate.wordBefore == "capital", candidate.wordBeforeIsAdjacent,
      !tokens[before].isCapitalized
    {
      candidate.namedPlace = true
    }
    // "the town of Velsk", "the Jewish settlement of Netzarim": a lower-case place noun and "of".
    // So is "department" in lower case, a country's division ("the department of Caqueta"); a
    // ministry is written in capitals.
    // ("the end of World War Two": an end is a time's as often as a place's.)
    if let before, candidate.wordBefore == "of", before > 0, tokens[before - 1].isWord,
      !tokens[before - 1].isCapitalized, lower(tokens[before - 1]) != "end",
      isPlaceNoun(lower(tokens[before - 1])) || lower(tokens[before - 1]) == "department"
        || (part.count == 1 && Self.placeRelations.contains(lower(tokens[before - 1])))
    {
      candidate.namedPlace = true
    }
    // "Analysts at Goldman Sachs", "an analyst with Smith Barney": a role word, then "at" or
    // "with", then the place of work.
    func isWorkplaceCue(_ preposition: Int) -> Bool {
      let word = lower(tokens[preposition])
      guard (word == "at" || word == "with"), preposition > 0, tokens[preposition - 1].isWord else {
        return false
      }
      let noun = lower(tokens[preposition - 1])
      // ("job cuts at Orlix", "a strike at Quindar": what happens to a payroll happens at a firm.)
      return lexicon.roles.contains(Self.singular(noun))
        || (word == "at" && Self.payrollEvents.contains(noun))
    }
    // ("reporters at Halim airport": not before a lower-case place noun.)
    if let before, isWorkplaceCue(before),
      !(candidate.followedByLowerWord && candidate.wordAfterIsAdjacent
        && KindVote.placeNounsAfter.contains(candidate.wordAfter))
    {
      candidate.workplace = true
    }
    // "Bernstein analyst Stacy Rasgon", "Orvale chief economist …": only firms employ analysts,
    // economists, strategists and traders; a known place there is where they work ("a London
    // trader").
    if let after, candidate.wordAfterIsAdjacent, candidate.followedByLowerWord, !last.isPossessive {
      let role =
        Self.rankWords.contains(candidate.wordAfter) && after + 1 < tokens.count && tokens[after + 1].isWord
        ? lower(tokens[after + 1]) : candidate.wordAfter
      if Self.firmRoles.contains(role), lexicon.place(Lexicon.fold(text(range))) == nil {
        candidate.workplace = true
      }
      // "the former Rockwell Collins boss", "Tesla chief Elon Musk", "Tesla chief executive …",
      // "Orvale founder …": the body a boss runs or a founder set up. ("Reagan chief of staff …" is an office; a given name opens a person.)
      let next = after + 1 < tokens.count ? tokens[after + 1] : nil
      let chiefOfBody =
        candidate.wordAfter == "chief"
        && (next.map { !$0.isWord || $0.isCapitalized || lower($0) == "executive" } ?? true)
      if ["boss", "founder", "co-founder"].contains(candidate.wordAfter) || chiefOfBody,
        !lexicon.givenNames.contains(lower(first))
      {
        candidate.workplace = true
      }
    }
    if part.count >= 2, creditLines[sentence], candidate.wordBefore != "in" { candidate.credited = true }
    // "Analyst Dan Ives of Wedbush said": "of" after a full name, where no gazetteer place follows.
    // ("Analyst Karin Sjoberg at Handelsbanken": "at" too, after an analyst's or a trader's name.)
    if let before, candidate.wordBeforeIsAdjacent, before >= 2,
      candidate.wordBefore == "of"
        || (candidate.wordBefore == "at" && before >= 3 && tokens[before - 3].isWord
          && Self.firmRoles.contains(lower(tokens[before - 3]))
          && lexicon.place(Lexicon.fold(text(range))) == nil),
      tokens[before - 1].isWord, tokens[before - 1].isCapitalized, !tokens[before - 1].isAllCaps,
      tokens[before - 2].isWord, tokens[before - 2].isCapitalized, !tokens[before - 2].isAllCaps,
      !isHeadToken(tokens[before - 1]), !isPlainWord(tokens[before - 1])
    {
      candidate.workplace = true
    }
    // "Tesla shares fell": a name whose shares move is a company's.
    if let after, candidate.wordAfterIsAdjacent, candidate.followedByLowerWord,
      candidate.wordAfter == "shares" || candidate.wordAfter == "stock", after + 1 < tokens.count,
      Self.marketMoves.contains(lower(tokens[after + 1]))
    {
      candidate.heldStake = true
    }
    if let cue = cueBeforeJoinedName, isWorkplaceCue(cue) { candidate.workplace = true }
    // "Moscow and Kyiv", "Kyiv and other cities": coordinated with places. (Not with a place's
    // possessive: "Apple and China's Huawei" join two firms.)
    func isPlace(_ index: Int) -> Bool {
      tokens[index].isCapitalized && !tokens[index].isPossessive
        && lexicon.place(Lexicon.fold(text(tokens[index]))) != nil
    }
    if let before, ["and", "or"].contains(candidate.wordBefore), before > 0, isPlace(before - 1) {
      candidate.coordinatedWithPlace = true
    }
    // "plants in Dagenham and Halewood": one capitalised word after "in" (or another place
    // preposition), "and", then this name: both are places.
    if let before, candidate.wordBefore == "and", before >= 2, tokens[before - 1].isWord,
      tokens[before - 1].isCapitalized, !tokens[before - 1].isAllCaps, tokens[before - 2].isWord,
      KindVote.placePrepositions.contains(lower(tokens[before - 2])), candidate.tokens.count == 1,
      // ("losing ground to Volkswagen and Renault": parties something passes to.)
      !(lower(tokens[before - 2]) == "to"
        && hasWord(of: Self.passingVerbs, before: before - 2, within: 3, in: tokens))
    {
      candidate.coordinatedWithPlace = true
    }
    // "the Tarvo and Pello rivers": two names before one plural place noun name two places.
    if let after, candidate.wordAfterIsAdjacent, ["and", "or"].contains(candidate.wordAfter),
      after + 2 < tokens.count, tokens[after + 1].isCapitalized, !tokens[after + 1].isAllCaps,
      tokens[after + 2].isWord, !tokens[after + 2].isCapitalized,
      case let noun = lower(tokens[after + 2]), noun != Self.singular(noun),
      KindVote.placeNounsAfter.contains(Self.singular(noun))
    {
      candidate.namedPlace = true
    }
    if let after, ["and", "or"].contains(candidate.wordAfter), after + 1 < tokens.count {
      // ("Belgrade , Nis and 12 other towns": a count may come before "other".)
      let counted =
        after + 2 < tokens.count && tokens[after + 1].isWord
        && (tokens[after + 1].hasDigit || Self.numberWords.contains(lower(tokens[after + 1]))
          || Self.countWords.contains(lower(tokens[after + 1])))
      let other = counted ? after + 2 : after + 1
      let next = lower(tokens[other])
      let then = other + 1 < tokens.count ? Self.singular(lower(tokens[other + 1])) : ""
      if isPlace(after + 1) || (next == "other" && lexicon.placeHeads.contains(then)) {
        candidate.coordinatedWithPlace = true
      }
    }
    return candidate
  }

  /// Words of quantity that count things before "other" besides the number words: "Nis and
  /// several other towns".
  static let countWords: WordSet = [
    "dozen", "dozens", "several", "many", "some", "few", "numerous", "hundreds",
  ]

  /// How far a possessive at token `index` reaches: "Italy's" ends there, "Italy 's" in tokenised
  /// copy two tokens on.
  func possessiveEnd(_ index: Int, in tokens: [Token]) -> Int? {
    if tokens[index].isPossessive { return index }
    guard index + 2 < tokens.count, !tokens[index + 1].isWord, tokens[index + 2].isWord,
      "'’".unicodeScalars.contains(scalars[tokens[index + 1].start]), lower(tokens[index + 2]) == "s"
    else { return nil }
    return index + 2
  }

  /// Whether the name ending at token `last` owns a player's or manager's role, with a
  /// nationality word between: "Sheffield Wednesday 's Dutch winger Regi Blinker",
  /// "Middlesbrough 's midfielder Emerson".
  func isOwnerOfClubRole(_ last: Int, in tokens: [Token]) -> Bool {
    guard let end = possessiveEnd(last, in: tokens) else { return false }
    var cursor = end + 1
    while cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized,
      lexicon.demonymPlace(text(tokens[cursor])) != nil
    {
      cursor += 1
    }
    return cursor + 1 < tokens.count && tokens[cursor].isWord && !tokens[cursor].isCapitalized
      && Self.clubRolesAfter.contains(lower(tokens[cursor])) && tokens[cursor + 1].isWord
      && tokens[cursor + 1].isCapitalized
  }

  /// Nouns whose "of" takes a place, written before one name: "north of Basra", "the outskirts
  /// of Grozny", "the capture of Arbil".
  static let placeRelations: WordSet = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
    "suburbs", "siege", "capture", "heart", "out",
  ]

  /// Roles whose office is named by the word before them ("Oil Minister", "Defence Secretary").
  static let ministerialRoles: WordSet = [
    "minister", "ministers", "secretary", "secretaries", "commissioner",
  ]

  /// Whether a known name after a sentence's first word may be that word's object ("Expose
  /// China's double standards", "Blame Yeltsin"): a country, a capital or a person.
  ///
  /// Lesser places are rarely a verb's object there and often end a company's or a club's name
  /// ("Credit Suisse", "Inter Milan").
  func isObjectOfOpeningVerb(_ rest: [Token]) -> Bool {
    guard let first = rest.first, let last = rest.last else { return false }
    let written = text(TextRange(first.start, last.end))
    let folded = Lexicon.fold(written)
    if let place = lexicon.place(folded) { return place != .place }
    return lexicon.group(written, folded: folded)?.kind == .person
  }

  /// The kind a subject's pronoun gives it, read after the verb of saying at `verb`: "said on
  /// Tuesday its profit" an organisation, "said he" a person.
  ///
  /// Reads at most six words and stops at punctuation, at another name and at an article ("said
  /// the company and its …" speaks of the company); "it" may be no more than a dummy subject
  /// ("said it was his best round") and is read past.
  ///
  /// When the subject is one word that no full name in the article holds (`subjectAlone`), "it"
  /// before an auxiliary or a verb of intent is the subject itself ("Tarvex said on Wednesday it
  /// would cut 6,000 jobs"): a person would be named in full first, and would be "he" or "she".
  func pronounKind(after verb: Int, in tokens: [Token], subjectAlone: Bool = false) -> EntityKind? {
    var itSubject = false
    for index in (verb + 1)..<min(tokens.count, verb + 7) {
      let token = tokens[index]
      guard token.isWord else { break }
      let word = lower(token)
      if token.isCapitalized, !lexicon.calendar.contains(word) { break }
      switch word {
      case "he", "she", "his", "him", "her", "himself", "herself": return .person
      case "its", "itself": return .organization
      case "the", "a", "an", "they", "their", "we", "our", "i", "my", "you", "your":
        return itSubject ? .organization : nil
      case "it":
        if subjectAlone, index + 1 < tokens.count, Self.itsOwnVerbs.contains(lower(tokens[index + 1])) {
          itSubject = true
        }
      default: continue
      }
    }
    return itSubject ? .organization : nil
  }

  /// What happens to a payroll, before "at" and the employer: "job cuts at …", "a strike at …".
  static let payrollEvents: WordSet = [
    "cuts", "layoffs", "lay-offs", "job", "jobs", "strike", "strikes", "walkout", "stoppage",
    "shake-up", "shakeup", "restructuring", "redundancies", "hiring",
  ]

  /// Whether `first`, inside a sentence, may open a firm's name before a nationality's or a sea's
  /// adjective ("flew Virgin Atlantic"): it opens no sentence and is no adverb or nationality.
  func opensNameBeforeDemonym(_ first: Token, in tokens: [Token]) -> Bool {
    !isInitial(tokens, Self.firstToken(startingAtOrAfter: first.start, in: tokens))
      && !lexicon.adverbs.contains(lower(first)) && lexicon.demonymPlace(text(first)) == nil
  }

  /// Whether the token before `token` is a capitalised name's possessive ("Alphabet 's Google").
  func isAfterNamePossessive(_ token: Token, in tokens: [Token]) -> Bool {
    let at = Self.firstToken(startingAtOrAfter: token.start, in: tokens)
    guard at >= 1 else { return false }
    let before = tokens[at - 1]
    return before.isWord && before.isCapitalized && before.isPossessive && !isInitial(tokens, at - 1)
  }

  /// Verbs whose possessive object is the subject's own: "raised its forecast", "cut its stake".
  static let ownChangeVerbs: WordSet = [
    "raised", "lowered", "cut", "increased", "reduced", "boosted", "trimmed", "doubled", "lifted",
    "halved", "narrowed", "widened", "expanded", "posted", "reported", "reiterated", "upgraded",
    "downgraded", "revised", "raises", "lowers", "cuts", "increases", "reduces", "boosts", "trims",
    "doubles", "lifts", "halves", "narrows", "widens", "expands", "posts", "reports", "reiterates",
    "upgrades", "downgrades", "revises",
  ]

  /// Auxiliaries and verbs of intent after "said it" that make "it" the speaker.
  static let itsOwnVerbs: WordSet = [
    "would", "will", "could", "might", "may", "had", "has", "was", "is", "expects", "expected",
    "plans", "planned", "intends", "intended", "aims", "hopes", "agreed", "wants", "did", "does",
  ]
}
