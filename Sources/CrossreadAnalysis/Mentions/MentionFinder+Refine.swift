import CrossreadCore

extension MentionFinder {
  /// Whether `token` is in capitals and opens the article's dateline ("SIESTA KEY , Florida").
  func opensDatelineInCapitals(_ token: Token) -> Bool {
    token.isAllCaps && article.dateline?.start == token.start
  }

  /// The words in capitals that open the article's dateline ("GRAND BLANC , Michigan"): one
  /// place, though a word of it is a common one.
  func datelinePlace(_ run: ClosedRange<Int>, _ tokens: [Token]) -> Set<Int> {
    guard opensDatelineInCapitals(tokens[run.lowerBound]), let dateline = article.dateline else { return [] }
    return Set(run.prefix { tokens[$0].isAllCaps && tokens[$0].end <= dateline.end })
  }

  /// Turns one capitalised run into names: drops sentence-initial and title-case common words,
  /// function and calendar words, adjectives of nationality; splits "China-Russia"; strips titles.
  func refine(_ run: ClosedRange<Int>, tokens: [Token], sentence: Int) -> [Candidate] {
    var run = run
    // "Secretary of State Warren Christopher", "Chancellor of the Exchequer Kenneth Clarke": the
    // run after a role's "of" holds the rest of the title, then the name.
    let afterTitle = titleDomainEnd(run, tokens: tokens)
    if let end = afterTitle { run = (end + 1)...run.upperBound }
    // "High Commissioner for Refugees", "Minister for Foreign Affairs": the office's brief.
    if isRoleBrief(run, after: run.lowerBound - 1, tokens: tokens) { return [] }
    if let joiner = run.dropFirst().first(where: { isFor(tokens[$0]) }),
      joiner < run.upperBound, isRoleBrief((joiner + 1)...run.upperBound, after: joiner, tokens: tokens)
    {
      run = run.lowerBound...(joiner - 1)
    }
    // ("Reporting by Natalie Grover in London and Florence Tan in Singapore": a credit line is all
    // names, no headline; its surnames may be common words. So are a byline's author names: "By
    // Tim Hepher and Aditi Shah", not "Nordic Correspondent" after them.)
    let isTitleCase =
      (titleCase[sentence] && !creditLines[sentence]
        && !(article.byline.map { $0.contains(tokens[run.lowerBound].start) } ?? false))
      || shouting[sentence]
    // In capitals even head nouns may be verbs ("WALES EDGE PAST SCOTLAND"): only names the
    // lexicon knows hold together there.
    let isShouting = shouting[sentence]
    var pieces: [[Int]] = [Array(run).filter { tokens[$0].isWord }]
    // In title case and in capitals, a name the article writes whole in running text holds
    // together ("… Beat PSG in Champions League", "DAY OF DAVIS CUP FINAL"), and so does a
    // company's name it writes before a legal form ("Broken Hill Proprietary profit seen lower").
    let protected =
      isTitleCase
      ? (isShouting
        ? lexiconSpans(Array(run), tokens, skippingLowerCaseWords: true)
        : lexiconSpans(Array(run), tokens).union(headPhrase(Array(run), tokens)))
        .union(runningNameSpans(Array(run), tokens)).union(companyNameSpans(Array(run), tokens))
        .union(datelinePlace(run, tokens))
      : []

    // Calendar words, nationality adjectives inside a name, and plain words in title case split it.
    pieces = pieces.flatMap { piece in
      split(piece) { position, index in
        let token = tokens[index]
        let word = lower(token)
        // "Febuary 2022": a misspelt month only counts before a day or a year.
        let beforeNumber = index + 1 < tokens.count && tokens[index + 1].hasDigit
        // ("Sunday : Derby v Leicester": on a results line only a label's.)
        let label =
          index + 1 < tokens.count && !tokens[index + 1].isWord && scalars[tokens[index + 1].start] == ":"
        if lexicon.calendar.contains(word), !scoreLine[sentence] || label,
          isCalendarHere(piece, position, tokens)
        {
          return true
        }
        if beforeNumber && isMisspeltMonth(word) { return true }
        // In capitals a function word is a word, even when it spells a code the lexicon knows
        // ("LEVERKUSEN AS DORTMUND", "TALKS IN GENEVA").
        // ("ALL BLACKS CLINCH SERIES" beside "the All Blacks": not inside a name of running text.)
        if isShouting, Self.functionWords.contains(word), !Self.connectors.contains(word),
          !(position + 1 < piece.count
            && spellsRunningName([token, tokens[piece[position + 1]]]))
        {
          return true
        }
        // "LEWIS TO FIGHT MCCALL FOR WBC TITLE": "for" and "of" join a name only after a head
        // ("MINISTRY OF DEFENCE") or inside a name the lexicon knows ("BANK OF ENGLAND").
        if isShouting, word == "for" || word == "of", !protected.contains(index), position > 0,
          !isHeadToken(tokens[piece[position - 1]])
        {
          return true
        }
        // "PRINCE CHARLES AND DIANA FINALISE DIVORCE": in capitals "and" parts two names unless an
        // organisation's head follows it ("FOOD AND DRUG ADMINISTRATION").
        if isShouting, word == "and", !protected.contains(index),
          !piece[(position + 1)...].contains(where: { isOrgHead(lower(tokens[$0])) })
        {
          return true
        }
        // "South Korean President …", "NORTH KOREAN SUBMARINE": a compass word before a
        // nationality adjective goes with it, even where the lexicon knows the word as a region.
        // ("Congress of South African Trade Unions": after a connector they are the name's.)
        // ("the South African National Defence Force": before a head the adjective opens the name.)
        if lexicon.directions.contains(word), position + 1 < piece.count,
          lexicon.demonymPlace(text(tokens[piece[position + 1]])) != nil,
          !(position > 0 && Self.connectors.contains(lower(tokens[piece[position - 1]]))),
          !piece[(position + 2)...].contains(where: { isHeadToken(tokens[$0]) })
        {
          return true
        }
        // "Paris-based Orvale Bank", "the Republican-led Congress": a compound that ends in a
        // participle or an adjective describes the name; it is no part of it. (Alone, "US-based"
        // still names the US.)
        if token.hasHyphen, position + 1 < piece.count, isAttributiveCompound(token) { return true }
        if protected.contains(index) { return false }
        // "Organisation of African Unity": after a connector the adjective belongs to the name.
        if position > 0, lexicon.demonymPlace(text(token)) != nil, !Self.connectors.contains(word),
          !Self.connectors.contains(lower(tokens[piece[position - 1]])),
          // ("Federation of South Korean Dock Workers": after a connector and a compass word too.)
          !(position > 1 && lexicon.directions.contains(lower(tokens[piece[position - 1]]))
            && Self.connectors.contains(lower(tokens[piece[position - 2]]))),
          // "Greg Norman": after a given name it is a surname.
          !(position == piece.count - 1 && demonymSurnames.contains(word)),
          // "Parti Quebecois": after an organisation's head it is the name's own adjective.
          !isOrgHead(lower(tokens[piece[position - 1]])),
          // "Trade Minister Norman Orlix": right after a title, before a surname, a given name.
          !(position + 2 == piece.count && isRoleWord(tokens[piece[position - 1]])
            && !isPlainWord(tokens[piece[position + 1]]) && !isHeadToken(tokens[piece[position + 1]])
            && !tokens[piece[position + 1]].isAllCaps),
          // "Virgin Atlantic said": last, before a verb, it is no adjective but the name's end.
          !(position == piece.count - 1 && endsBeforeVerb(index, tokens)),
          // ("flew Virgin Atlantic to …": inside a sentence, after one capitalised common word,
          // the name's end too.)
          !(position == 1 && piece.count == 2 && lexicon.isCommon(lower(tokens[piece[0]]))
            && opensNameBeforeDemonym(tokens[piece[0]], in: tokens)),
          // "Royal Dutch / Shell": before a slash inside the name too.
          !slashBeforeName(at: index + 1, tokens),
          // ("Cathay Pacific shares" beside "Cathay Pacific Airways": the words open a longer name
          // the article writes.)
          !opensLongerRunningName(tokens[piece[0]].start, tokens[index].end)
        {
          // "Chinese Ministry …" keeps its adjective; "Cold War European order" does not.
          return !piece[(position + 1)...].contains { isHeadToken(tokens[$0]) }
        }
        if isTitleCase && !Self.connectors.contains(word) && !Self.particles.contains(word) {
          // "Meta to pay …", "Moody's cuts …" beside "Meta Platforms Inc" and "Moody's Investors
          // Service": the first word of a body the story names is that body.
          if !isShouting, companyFirstWords.contains(word) || organizationFirstWords.contains(word) {
            return false
          }
          // A role stays only before a name: "French President Macron", not "Private Talks".
          // "N. Knight": after an initial any word is a surname.
          if !isShouting, position > 0, isInitialToken(tokens[piece[position - 1]]) { return false }
          // "Karl Vessel ( Canada )": after a known given name opening the piece, a surname.
          if !isShouting, position == 1, lexicon.givenNames.contains(lower(tokens[piece[0]])),
            !isHead(word), !isRoleWord(token)
          {
            return false
          }
          let beforeName =
            position + 1 < piece.count
            && (isRoleWord(tokens[piece[position + 1]]) || !isPlainWord(tokens[piece[position + 1]]))
          // "Tony Rominger ( Switzerland )": a word that is also a given name, before a name that
          // is no common word, opens it.
          let givenName =
            !isShouting && position + 1 < piece.count && lexicon.nameWords.contains(word)
            && !isPlainWord(tokens[piece[position + 1]]) && !isRoleWord(tokens[piece[position + 1]])
          return isPlainWord(token) && (isShouting || !isHead(word)) && !(isRoleWord(token) && beforeName)
            && !givenName
        }
        return false
      }
    }

    var result: [Candidate] = []
    for var piece in pieces {
      var article: Int?
      stripConnectors(&piece, tokens, article: &article, shouting: shouting[sentence])
      if piece.count == 1, isEmphasis(piece[0], tokens, sentence: sentence) { continue }
      if piece.count == 1, article == nil, isCapitalizedWordOnly(piece[0], tokens, sentence: sentence) {
        continue
      }
      // "Swede Jesper Parnevik", "with Briton Tim Henman second": one of a people before a
      // person's name says where the person is from; it is no part of the name. (Not before a
      // head or a connector: "Dane County", "Chinese Ministry of Foreign Affairs".)
      if piece.count >= 3, article == nil, isDemonymNoun(tokens[piece[0]]),
        tokens[piece[1]].isCapitalized, !tokens[piece[1]].isAllCaps,
        !isPlainWord(tokens[piece[1]]) || lexicon.givenNames.contains(lower(tokens[piece[1]])),
        !piece.dropFirst().contains(where: {
          isHeadToken(tokens[$0]) || Self.connectors.contains(lower(tokens[$0]))
        })
      {
        piece.removeFirst()
      }
      // A plural of people opening the sentence says who the names after it are; it is no part
      // of them: before a given name ("Bookmakers William Hill and Ladbrokes said"), or before
      // "of" and a body's name ("Leaders of the Forum for the Restoration of Democracy said";
      // "Friends of the Earth" has no head after "of").
      // ("Champions Ajax have dropped four points": or before a name that is no common word, with
      // no head in the piece; "Champions League" keeps its word.)
      if piece.count >= 2, article == nil, !titleCase[sentence], isInitial(tokens, piece[0]),
        isRolePlural(tokens[piece[0]])
      {
        let next = tokens[piece[1]]
        if next.isCapitalized, !next.isAllCaps, lexicon.givenNames.contains(lower(next)) {
          piece.removeFirst()
        } else if let last = piece.last,
          lexicon.place(Lexicon.fold(text(TextRange(next.start, tokens[last].end)))) != nil
        {
          // ("Hosts United Arab Emirates beat Syria": before a place the gazetteer knows whole.)
          piece.removeFirst()
        } else if next.isCapitalized, !isPlainWord(next), !isRoleWord(next),
          !piece.contains(where: { isHeadToken(tokens[$0]) || Self.connectors.contains(lower(tokens[$0])) })
        {
          piece.removeFirst()
        } else if piece.count >= 3, lower(next) == "of",
          piece[2...].contains(where: {
            isOrgHead(lower(tokens[$0])) || lexicon.eventHeads.contains(lower(tokens[$0]))
          })
            // ("Leaders of the Zajedno ( Together ) coalition": a body's leaders or members are
            // no part of its name, whatever ends it.)
            || MentionFinder.membersOfBodies.contains(lower(tokens[piece[0]]))
        {
          piece.removeFirst(2)
          stripConnectors(&piece, tokens, article: &article, shouting: shouting[sentence])
        }
      }
      // A common word opening a sentence is not a name unless the article capitalises it elsewhere,
      // a name follows it ("Tony Munroe"), or it is part of an organisation's name.
      // (In a results line a team may be a common word: "Arsenal 3 2 1 0 6 2 7".)
      // ("GRAND BLANC, Mich. (AP) —": a dateline's place keeps its words.)
      if let first = piece.first, isInitial(tokens, first), article == nil, isPlainWord(tokens[first]),
        !scoreLine[sentence],
        !opensDatelineInCapitals(tokens[first]),
        lexicon.demonymPlace(text(tokens[first])) == nil,
        !startsLexiconName(piece, tokens, openingSentence: true)
      {
        let word = lower(tokens[first])
        let rest = piece.dropFirst().map { tokens[$0] }
        lazy var wordAfter = wordAfterPiece(piece, tokens)
        // ("ALL BLACKS CLINCH SERIES" beside "the All Blacks": in capitals, a name of running text
        // keeps its first word, even a function word.)
        // ("All Blacks captain …" beside "the All Blacks": so does a name that opens with one
        // inside a sentence.)
        let keeps =
          (isShouting && spellsRunningName(piece.map { tokens[$0] }))
          || (Self.functionWords.contains(word) && spellsFunctionOpenedName(piece, tokens))
          // ("( Real Madrid )", "Real Betis": a club's form before a name opens the club's name.)
          || (Self.clubForms.contains(word) && rest.count == 1 && !isPlainWord(rest[0]))
          || !Self.functionWords.contains(word) && !lexicon.adverbs.contains(word)
            // ("Former U.S. Senator …": an adjective before a name that is no common word or
            // nationality only describes it; "National Bank", "Royal Dutch Shell", "Port Aurel" and
            // a given name such as "Randy" keep it.)
            && !(lexicon.adjectives.contains(word) && !lexicon.nameWords.contains(word)
              && !KindVote.placePrefixes.contains(word) && !opensOrganizationName(word, rest)
              && (rest.first.map {
                !isPlainWord($0) && lexicon.demonymPlace(text($0)) == nil && !isHeadToken($0)
                  && !isRoleWord($0)
              } ?? false)
              // ("National Grid said": one common word that is no name is the name's own.)
              && !(rest.count == 1 && lexicon.isCommon(lower(rest[0]))
                && !lexicon.nameWords.contains(lower(rest[0])))
              // ("Advanced Micro Devices and Intel declined": nor is it before a body's name that
              // ends in the plural of a common thing.)
              && !(rest.count >= 2 && endsInPluralOfThing(rest)))
            && ((rest.last.map { isHeadToken($0) } ?? false)
              || (rest.count <= 2 && KindVote.reportingVerbs.contains(wordAfter))
              || (rest.isEmpty && movesByFraction(after: first, tokens))
              // "Human Rights Watch / Asia said": a name of several words before a slash and a name.
              || (!rest.isEmpty && (piece.last.map { slashBeforeName(at: $0 + 1, tokens) } ?? false))
              || (isHead(word) && rest.first.map { ["of", "for"].contains(lower($0)) } ?? false)
              || (rest.first.map { !isPlainWord($0) && !isRoleWord($0) } ?? false)
              // "Reporters Sans Frontieres": a foreign "without" goes on with the word's name.
              || (rest.count >= 2 && KindVote.foreignWithout.contains(lower(rest[0])))
              // "President Bill Clinton signed …": a title before a name; the title is stripped later.
              || (isRoleWord(tokens[first]) && rest.contains { !isPlainWord($0) && !isRoleWord($0) })
              // ("Baroness Hale , a former director , said": an honorific before a surname alone,
              // though the surname is a word.)
              || (Self.honorifics.contains(word) && rest.count == 1 && !isHeadToken(rest[0])
                && !isRoleWord(rest[0]) && !rest[0].isAllCaps
                && (wordAfter.isEmpty || KindVote.reportingVerbs.contains(wordAfter)))
              // "Apple, based in …" after "Apple Computer Inc.": the company's short name.
              // ("Ford 's Genk plant" after "Ford Motor Co": so is a company's.)
              || (rest.isEmpty && !isRoleWord(tokens[first])
                && (organizationFirstWords.contains(word) || companyFirstWords.contains(word)))
              // "Shell , which pumps half the oil": a body that a relative clause describes.
              || (rest.isEmpty && !lexicon.adverbs.contains(word) && beforeCommaWhich(first, tokens))
              // "Storm Ciaran batters …": a storm's word before its name.
              || (rest.count == 1 && KindVote.stormWords.contains(word))
              // "Hill still leads" after "Damon Hill": the surname of a person named in full.
              || (rest.isEmpty && surnameWords.contains(word))
              // "Nets coach John Calipari said": in a club sports story, a plural before a
              // player's or manager's role and a name is the club.
              || (rest.isEmpty && isClubPluralBeforeRole(first, tokens))
              // "Arsenal : David Seaman ; Lee Dixon , …": a side before its line-up.
              || isLineupLabel(piece[piece.count - 1], in: tokens)
              // "BASEBALL - ORIOLES BEAT YANKEES" beside "the Orioles": a name of running text.
              || (rest.isEmpty && isShouting && runningNames.contains(word))
              // "Broken Hill Proprietary profit seen lower": a company's name without its legal form.
              || isCompanyNameWithoutLegalForm(piece, tokens)
              // "Fed governors backed it" beside "the Federal Reserve": WordNet's other name for a
              // body the article names.
              || (rest.isEmpty && isOtherNameOfRunningName(tokens[first]))
              // "The Liberation Tigers of Tamil Eelam ( LTTE )": an acronym ahead spells this word.
              || acronymAhead(after: piece.last ?? first, in: tokens)?.first == word.uppercased().first)
        // "Rival Advanced Micro Devices Inc. reports …": a role word opening a sentence before an
        // organisation's name describes it.
        // ("General Motors", "National Westminster Bank": an adjective too opens the name.)
        // So does a word for a body's standing: "Opposition National Party leader …".
        let roleBeforeBody =
          ((isRoleWord(tokens[first]) || isRolePlural(tokens[first])) && !lexicon.adjectives.contains(word)
            || Self.bodyStandings.contains(word))
          && rest.count >= 2
          // ("Rivals Toyota Motor Corp and …": or a company's legal form.)
          && (rest.last.map { isOrgHead(lower($0)) || Self.legalForms.contains(lower($0)) } ?? false)
          && !Self.connectors.contains(lower(rest[0]))
        // ("Opposition Social Democrats said": a body's standing before the plural of its members.)
        let standingBeforeMembers =
          Self.bodyStandings.contains(word) && (rest.last.map { isRolePlural($0) && !$0.isAllCaps } ?? false)
        // "Chipmaker Qorvane to cut jobs", "Airline Orvalair said": a kind of company opening the
        // sentence says what the name after it is; it is no part of it.
        let companyBeforeName =
          isCompanyNoun(word) && rest.first.map { $0.isCapitalized && !isPlainWord($0) } ?? false
        if !keeps || roleBeforeBody || standingBeforeMembers || companyBeforeName {
          piece.removeFirst()
          stripConnectors(&piece, tokens, article: &article, shouting: shouting[sentence])
        }
      }
      guard !piece.isEmpty else { continue }
      // "The Guardian", "The Conversation": a publication's "The" stays in its name.
      if let the = article, piece.count == 1, isPlainWord(tokens[piece[0]]) { piece.insert(the, at: 0) }
      let next = tokens.indices[min(tokens.count, (piece.last ?? 0) + 1)...].first { tokens[$0].isWord }
      let beforeLowerWord =
        next.map {
          !tokens[$0].isCapitalized && !Self.functionWords.contains(lower(tokens[$0]))
            && !Self.auxiliaries.contains(lower(tokens[$0]))
        } ?? false
      for part in splitHyphenated(piece, tokens, beforeLowerWord: beforeLowerWord) {
        if let candidates = candidate(
          part, tokens: tokens, sentence: sentence, hadArticle: article != nil, afterTitle: afterTitle != nil)
        {
          result += candidates
        }
      }
    }
    return result
  }

  /// "Paris-based", "U.S.-backed", "Republican-led": the part after the last hyphen is a
  /// lower-case participle or adjective of three letters or more ("Kim Jong-un" keeps its "un").
  func isAttributiveCompound(_ token: Token) -> Bool {
    guard let hyphen = scalars[token.start..<token.end].lastIndex(of: "-"), token.end - hyphen > 3,
      scalars[(hyphen + 1)..<token.end].allSatisfy(\.properties.isLowercase)
    else { return false }
    let tail = String(scalars: scalars[(hyphen + 1)..<token.end])
    return tail.hasSuffix("ed") || lexicon.inflections[tail] != nil || lexicon.adjectives.contains(tail)
  }

  /// Whether a hyphenated word opens with one capitalised syllable of four letters or fewer that
  /// names no place, alone or after the name's first word: "Ji-won" of "Park Ji-won", a given
  /// name though "won" is a participle ("Kremlin-run", "Gaza-run" and "Hong Kong-based" describe).
  func opensWithSyllable(_ token: Token, after first: Token) -> Bool {
    guard token.isCapitalized, !token.isAllCaps,
      let hyphen = scalars[token.start..<token.end].firstIndex(of: "-"), hyphen - token.start <= 4
    else { return false }
    let opening = TextRange(token.start, hyphen)
    return scalars[(token.start + 1)..<hyphen].allSatisfy(\.properties.isLowercase)
      && lexicon.place(Lexicon.fold(text(opening))) == nil && lexicon.demonymPlace(text(opening)) == nil
      && lexicon.place(Lexicon.fold(text(TextRange(first.start, hyphen)))) == nil
  }

  /// Whether the token before `index` is an attributive compound right before it ("U.S.-based",
  /// "state-owned").
  func afterAttributiveCompound(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index > 0, index < tokens.count, tokens[index].spaceBefore else { return false }
    let before = tokens[index - 1]
    return before.isWord && before.hasHyphen && isAttributiveCompound(before)
  }

  /// Whether a token is one person of a people, in the singular: "Swede", "Briton", "Dane".
  func isDemonymNoun(_ token: Token) -> Bool {
    guard token.isWord, token.isCapitalized, !token.isAllCaps, !token.isPossessive, !token.hasHyphen else {
      return false
    }
    let word = lower(token)
    return word.utf8.last != UInt8(ascii: "s") && lexicon.isPeople(word)
  }

  /// Whether the token at `index` modifies a lower-case common noun in its base form that is no
  /// role: "State television", "State radio"; not "Labour leader" or "Congress passed".
  func isModifierBeforeThing(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index + 1 < tokens.count, case let next = tokens[index + 1], next.isWord, !next.isCapitalized,
      !next.hasDigit
    else { return false }
    let word = lower(next)
    return lexicon.isCommon(word) && !lexicon.roles.contains(Self.singular(word))
      && lexicon.lemma(word) == word
      && !Self.functionWords.contains(word)
  }

  /// Whether a name's last word is the plural of a common noun for things: "Devices", "Futures";
  /// not of a people or a role ("Serbs", "Traders").
  func endsInPluralOfThing(_ name: [Token]) -> Bool {
    guard let last = name.last, last.isWord, !last.isAllCaps, !last.isPossessive,
      case let word = lower(last), isCommonPlural(word)
    else { return false }
    let singular = lexicon.inflections[word] ?? Self.singular(word)
    return !lexicon.isPeople(singular) && !lexicon.roles.contains(singular)
  }

  /// Whether the word after `index` is a verb of saying or an auxiliary ("… Atlantic said").
  func endsBeforeVerb(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized else {
      return false
    }
    return Self.isSayingOrAuxiliary(lower(tokens[index + 1]))
  }

  /// A verb of saying or an auxiliary: after one, capitalised words are a subject, not a modifier.
  static func isSayingOrAuxiliary(_ word: String) -> Bool {
    KindVote.reportingVerbs.contains(word) || auxiliaries.contains(word)
  }

  /// "National Westminster Bank", "First Orvale Corp": an adjective opening a sentence before two
  /// words or more that end in an organisation's head is the name's first word.
  ///
  /// Not a participle ("Troubled Orvale Bank") nor a word that dates an office ("Former …").
  func opensOrganizationName(_ adjective: String, _ rest: [Token]) -> Bool {
    guard rest.count >= 2, let last = rest.last, isOrgHead(lower(last)),
      !Self.officeDatingWords.contains(adjective)
    else { return false }
    return !adjective.hasSuffix("ed") && !adjective.hasSuffix("ing")
  }

  /// Adjectives that date someone's office or an organisation's state: a closed class.
  static let officeDatingWords: WordSet = [
    "former", "then", "outgoing", "incoming", "late", "new", "old", "ex",
  ]

  /// Where the rest of a title ends, in a run that follows "<Role> of (the)".
  ///
  /// "State" in "Secretary of State Warren Christopher", "Foreign Affairs" in "Minister of Foreign
  /// Affairs Ali Akbar Velayati". The name is the last two words (one, if the run has two), and any word before them
  /// that is no common word, head or place; its last word must be none of those either. Nil when
  /// the run is not so built.
  func titleDomainEnd(_ run: ClosedRange<Int>, tokens: [Token]) -> Int? {
    var before = run.lowerBound - 1
    if before >= 0, tokens[before].isWord, lower(tokens[before]) == "the" { before -= 1 }
    guard before >= 1, tokens[before].isWord, lower(tokens[before]) == "of",
      tokens[before - 1].isCapitalized, isRoleWord(tokens[before - 1])
    else { return nil }
    let words = run.filter { tokens[$0].isWord }
    guard words.count >= 2, let last = words.last else { return nil }
    guard !lexicon.isCommon(lower(tokens[last])), !isHeadToken(tokens[last]),
      lexicon.place(Lexicon.fold(text(tokens[last]))) == nil
    else { return nil }
    var nameStart = max(1, words.count - 2)
    while nameStart > 1 {
      let token = tokens[words[nameStart - 1]]
      guard !isPlainWord(token), !isHeadToken(token), !Self.connectors.contains(lower(token)),
        lexicon.place(Lexicon.fold(text(token))) == nil
      else { break }
      nameStart -= 1
    }
    return words[nameStart - 1]
  }

  /// A lower-case "for", tested on its letters before any string is made.
  func isFor(_ token: Token) -> Bool { token.isWord && isWord(token, "for") }

  /// Whether a run is the brief of the role and "for" before it.
  ///
  /// "Refugees" of "the U.N. High Commissioner for Refugees", "Foreign Affairs" of "Minister for
  /// Foreign Affairs": common words after a role and "for" name an office's brief, no body. A place
  /// ("Minister for Europe", "… for Northern Ireland") or an acronym in brackets after them ("… for
  /// Refugees ( UNHCR )") keeps them.
  func isRoleBrief(_ run: ClosedRange<Int>, after joiner: Int, tokens: [Token]) -> Bool {
    guard joiner >= 1, isFor(tokens[joiner]),
      tokens[joiner - 1].isWord, tokens[joiner - 1].isCapitalized, isRoleWord(tokens[joiner - 1])
    else { return false }
    let words = run.filter { tokens[$0].isWord }
    guard let first = words.first, let last = words.last else { return false }
    // (The lexicon's bodies named by a brief alone, "Education" for the Department of Education,
    // are the brief here.)
    return words.allSatisfy { index in
      let word = lower(tokens[index])
      return Self.connectors.contains(word)
        || (lexicon.isCommon(word) && lexicon.place(Lexicon.fold(text(tokens[index]))) == nil)
    }
      && lexicon.place(Lexicon.fold(text(TextRange(tokens[first].start, tokens[last].end)))) == nil
      && acronymAhead(after: run.upperBound, in: tokens) == nil
  }

  /// The acronym in brackets within the next few words of the sentence: "LTTE" after "Liberation
  /// Tigers of Tamil Eelam (".
  func acronymAhead(after index: Int, in tokens: [Token]) -> String? {
    var cursor = index + 1
    while cursor < tokens.count, cursor <= index + 6 {
      if !tokens[cursor].isWord, scalars[tokens[cursor].start] == "(" {
        guard cursor + 2 < tokens.count, tokens[cursor + 1].isAllCaps, !tokens[cursor + 2].isWord,
          scalars[tokens[cursor + 2].start] == ")"
        else { return nil }
        return NameKeys.acronym(text(tokens[cursor + 1]))
      }
      guard tokens[cursor].isWord else { return nil }
      cursor += 1
    }
    return nil
  }

  /// "Febuary": a month name with one letter dropped, added or changed.
  func isMisspeltMonth(_ word: String) -> Bool {
    // A real word or place is no misspelling: "T. Marsh 40" is a batsman's score, not March 40.
    guard word.count >= 5, !lexicon.isCommon(word), lexicon.place(word) == nil else { return false }
    let letters = Array(word)
    return lexicon.calendar.contains { name in
      let target = Array(name)
      guard abs(target.count - letters.count) <= 1, target.count >= 5, target.first == letters.first else {
        return false
      }
      return Self.editDistanceIsOne(letters, target)
    }
  }

  static func editDistanceIsOne(_ a: [Character], _ b: [Character]) -> Bool {
    var i = 0
    var j = 0
    var edits = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count > b.count {
        i += 1
      } else if b.count > a.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) == 1
  }

  /// Whether a verb in the past, an auxiliary or a verb of saying follows the token at `index`:
  /// "Congress passed", "Parliament has".
  func beforeVerb(_ index: Int, _ tokens: [Token]) -> Bool {
    if endsBeforeVerb(index, tokens) { return true }
    guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized else {
      return false
    }
    let word = lower(tokens[index + 1])
    return word.hasSuffix("ed") && lexicon.lemma(word) != word
  }

  /// Whether the token at `index` is "/" before a capitalised word: "Human Rights Watch / Asia".
  func slashBeforeName(at index: Int, _ tokens: [Token]) -> Bool {
    guard index + 1 < tokens.count, !tokens[index].isWord else { return false }
    return scalars[tokens[index].start] == "/" && tokens[index + 1].isWord && tokens[index + 1].isCapitalized
  }

  /// Whether ", which" or ", whose" follows the token at `index`.
  func beforeCommaWhich(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count, !tokens[index + 1].isWord, scalars[tokens[index + 1].start] == ",",
      tokens[index + 2].isWord
    else { return false }
    let word = lower(tokens[index + 2])
    return word == "which" || word == "whose"
  }

  /// The lower-cased word right after the piece.
  func wordAfterPiece(_ piece: [Int], _ tokens: [Token]) -> String {
    guard let last = piece.last, last + 1 < tokens.count, tokens[last + 1].isWord else { return "" }
    return lower(tokens[last + 1])
  }

  /// Whether a month or day name in a name run is the date it names, not part of a name.
  ///
  /// Beside a number it is a date ("March 3", "Jan 2026"); after a name it is a surname ("Theresa
  /// May"); an abbreviation before a name or a particle is a given name ("Jan de Wit").
  func isCalendarHere(_ piece: [Int], _ position: Int, _ tokens: [Token]) -> Bool {
    let index = piece[position]
    // "Arsenal beat Sheffield Wednesday 4-1": after a town's name a day is the club's, even
    // before a score.
    if position > 0, !isPlainWord(tokens[piece[position - 1]]),
      lexicon.place(Lexicon.fold(text(tokens[piece[position - 1]]))) == .place
    {
      return false
    }
    let nearNumber =
      (index + 1 < tokens.count && tokens[index + 1].hasDigit) || (index > 0 && tokens[index - 1].hasDigit)
    if nearNumber { return true }
    // "the \" White March \"": a name set in quotation marks keeps its month.
    if position > 0, let first = piece.first, let last = piece.last, first > 0, last + 1 < tokens.count,
      Self.nicknameQuotes.contains(scalars[tokens[first - 1].start]),
      Self.nicknameQuotes.contains(scalars[tokens[last + 1].start])
    {
      return false
    }
    // After a name it is a surname; after "On", "In", "By" or a plain word ("RESULTS THURSDAY") it
    // is the day.
    if position > 0 {
      let previousToken = tokens[piece[position - 1]]
      let previous = lower(previousToken)
      if !Self.functionWords.contains(previous) && !Self.connectors.contains(previous)
        && !isPlainWord(previousToken)
      {
        return false
      }
    }
    let word = lower(tokens[index])
    let abbreviation = word.count <= 4 && !["may", "june", "july"].contains(word)
    guard abbreviation, index + 1 < tokens.count, tokens[index + 1].isWord else { return true }
    let next = lower(tokens[index + 1])
    return
      !(Self.particles.contains(next)
      || (tokens[index + 1].isCapitalized && !lexicon.calendar.contains(next)))
  }

  /// Whether lower-case particles open the piece and a capitalised surname follows them.
  func opensSurname(_ piece: [Int], _ tokens: [Token]) -> Bool {
    guard let name = piece.firstIndex(where: { tokens[$0].isCapitalized }), name > 0 else { return false }
    return piece[..<name].allSatisfy { Self.surnameParticles.contains(lower(tokens[$0])) }
  }

  /// Whether the token at `index` is a club's plural before its player's or manager's role.
  ///
  /// The plural of a common noun (not a position or a club's own staff) before a lower-case role
  /// and a capitalised name, in a club sports story: "Nets coach John Calipari", "Braves manager
  /// Bobby Cox"; not "Head coach Pat Riley", "Backs coach Brian Ashton" or "Assistants coach".
  func isClubPluralBeforeRole(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count, case let token = tokens[index], scalars[token.end - 1] == "s",
      !token.isAllCaps,
      tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
      Self.clubRolesAfter.contains(lower(tokens[index + 1]))
        || Self.positionNouns.contains(lower(tokens[index + 1])),
      tokens[index + 2].isWord, tokens[index + 2].isCapitalized, isClubSportsStory
    else { return false }
    let singular = Self.singular(lower(token))
    // ("Braves manager Bobby Cox": the plural of a person noun too, but not a team's own staff or
    // players: "Forwards coach", "Assistants coach".)
    return singular != lower(token) && lexicon.isCommon(singular) && !Self.positionNouns.contains(singular)
      && !Self.clubRolesAfter.contains(singular) && !Self.clubStaff.contains(singular)
  }

  /// A team's own people, whose plural before a role is no club: "Assistants coach", "Juniors
  /// coach".
  static let clubStaff: WordSet = [
    "assistant", "junior", "senior", "youth", "reserve", "player", "official", "fan", "supporter",
  ]

  /// Words for a body's standing that describe its name without being part of it.
  static let bodyStandings: WordSet = [
    "opposition", "ruling", "governing", "outlawed", "banned", "breakaway", "exiled", "hardline", "former",
  ]

  /// Whether a word in capitals inside running text is a common word set in capitals for
  /// emphasis or a convention, not an acronym: "( home team in CAPS )", "it was NEVER over".
  ///
  /// After a lower-case word, four letters or more, and no name or place the lexicon knows.
  func isEmphasis(_ index: Int, _ tokens: [Token], sentence: Int) -> Bool {
    let token = tokens[index]
    guard token.isAllCaps, token.end - token.start >= 4, !titleCase[sentence], !shouting[sentence],
      !scoreLine[sentence], index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized
    else { return false }
    let word = lower(token)
    return lexicon.isCommon(word) && lexicon.group(text(token)) == nil && lexicon.place(word) == nil
  }

  /// "Robusta coffee fell …" beside "January robusta": a word no list knows, capitalised only
  /// because it opens the sentence, before a lower-case word, that the article writes in lower
  /// case elsewhere.
  func isCapitalizedWordOnly(_ index: Int, _ tokens: [Token], sentence: Int) -> Bool {
    let token = tokens[index]
    guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
      !tokens[index + 1].hasDigit, !token.isAllCaps, !token.hasDigit, isInitial(tokens, index),
      !titleCase[sentence], !scoreLine[sentence], !isPlainWord(token)
    else { return false }
    // A verb or a small word next ("Tyson told", "Kohl and") says the word is a subject; the
    // scan below is for a noun next ("Robusta coffee").
    let next = lower(tokens[index + 1])
    guard !Self.functionWords.contains(next), !Self.auxiliaries.contains(next), !next.hasSuffix("ed"),
      !KindVote.reportingVerbs.contains(next),
      let initial = scalars[token.start].properties.lowercaseMapping.unicodeScalars.first
    else { return false }
    let length = token.end - token.start
    // The rest of the word is in lower case already: compare it as written.
    return sentenceTokens.contains { line in
      line.contains { other in
        other.isWord && !other.isCapitalized && other.end - other.start == length
          && scalars[other.start] == initial
          && (1..<length).allSatisfy { scalars[other.start + $0] == scalars[token.start + $0] }
      }
    } && lexicon.group(text(token)) == nil && lexicon.place(lower(token)) == nil
  }

  /// Two capitals that spell a name's particle and no function word or connector: "DA", "AL".
  func isCapitalParticle(_ token: Token) -> Bool {
    guard token.isAllCaps, token.end - token.start == 2 else { return false }
    let word = lower(token)
    return Self.particles.contains(word) && !Self.functionWords.contains(word)
      && !Self.connectors.contains(word)
  }

  /// Whether a piece of two words or more spells a name the article writes inside a sentence
  /// opened by a capitalised function word: "All Blacks".
  func spellsFunctionOpenedName(_ piece: [Int], _ tokens: [Token]) -> Bool {
    guard piece.count >= 2, let first = piece.first, let last = piece.last else { return false }
    return functionOpenedNames.contains(Lexicon.fold(text(TextRange(tokens[first].start, tokens[last].end))))
  }

  /// Drops function words and connectors at both ends; remembers a mid-sentence "The".
  func stripConnectors(_ piece: inout [Int], _ tokens: [Token], article: inout Int?, shouting: Bool) {
    while let first = piece.first {
      let word = lower(tokens[first])
      guard
        Self.functionWords.contains(word) || Self.connectors.contains(word) || Self.particles.contains(word)
      else { break }
      // "Abu Dhabi", "Le Pen", "Ben Tune": a capitalised particle opens the name; so do lower-case
      // ones before a surname ("said de Klerk", "von der Leyen").
      if Self.particles.contains(word), piece.count >= 2,
        tokens[first].isCapitalized
          ? !Self.particles.contains(lower(tokens[piece[1]]))
          : Self.surnameParticles.contains(word) && opensSurname(piece, tokens)
      {
        break
      }
      // "the All Blacks", "the All England Club": inside a sentence a capitalised "All" before
      // another capitalised word opens a name.
      // (Opening a sentence too, when the article writes the name so inside one: "All Blacks
      // captain …" beside "the All Blacks".)
      if word == "all", piece.count >= 2, tokens[first].isCapitalized, !tokens[first].isAllCaps,
        !isInitial(tokens, first) || spellsFunctionOpenedName(piece, tokens)
      {
        break
      }
      // "chief executive Per Lindgren": a capitalised "Per" before a word no dictionary lists is
      // a given name ("Profit Per Share" is not).
      if word == "per", piece.count >= 2, tokens[first].isCapitalized, !tokens[first].isAllCaps,
        !isPlainWord(tokens[piece[1]])
      {
        break
      }
      // ("ALL BLACKS CLINCH SERIES" beside "the All Blacks": in capitals, a name of running text.)
      if shouting, piece.count >= 2, spellsRunningName([tokens[first], tokens[piece[1]]]) { break }
      // "The Hague": the article belongs to the place's name. ("The Netherlands": not to a name
      // the gazetteer also lists without it, which news copy writes "the Netherlands".)
      if word == "the", piece.count == 2, case let bare = lower(tokens[piece[1]]),
        lexicon.place("the " + bare) != nil, lexicon.place(bare) == nil
      {
        break
      }
      // "WHO", "IT": capitals spelling a function word are an acronym, unless the whole sentence
      // is in capitals.
      // ("the DA": so do two capitals spelling a particle.)
      let token = tokens[first]
      if token.isAllCaps, !shouting, token.end - token.start >= 3 || isCapitalParticle(token) {
        break
      }
      if word == "the" && !isInitial(tokens, first) && tokens[first].isCapitalized { article = first }
      piece.removeFirst()
    }
    while let last = piece.last,
      Self.connectors.contains(lower(tokens[last]))
        || (Self.particles.contains(lower(tokens[last])) && !(isCapitalParticle(tokens[last]) && !shouting))
    {
      piece.removeLast()
    }
  }

  /// A run built around "Institute for", "Ministry of", "Office of" is one organisation's name,
  /// whatever its words ("Press and Information Office of the Federal Government").
  func headPhrase(_ run: [Int], _ tokens: [Token]) -> Set<Int> {
    var protected: Set<Int> = []
    for (position, index) in run.enumerated() {
      let word = lower(tokens[index])
      let next = position + 1 < run.count ? lower(tokens[run[position + 1]]) : ""
      if lexicon.orgHeads.contains(word) && (next == "for" || next == "of") { return Set(run) }
      // "Northsea Freight Journal", "South China Morning Post": a name, common words, a head.
      if lexicon.orgHeads.contains(word), position > 0 {
        var start = position - 1
        while start > 0, isPlainWord(tokens[run[start]]) { start -= 1 }
        if !isPlainWord(tokens[run[start]]) { protected.formUnion(run[start...position]) }
      }
    }
    return protected
  }

  /// Whether `piece` spells a name the article writes before a company's legal form.
  func isCompanyNameWithoutLegalForm(_ piece: [Int], _ tokens: [Token]) -> Bool {
    guard piece.count >= 2, let first = piece.first, let last = piece.last else { return false }
    return isCompanyName(from: tokens[first], to: tokens[last])
  }

  /// Whether `part`, two words or more, spells a name the article writes before a company's
  /// legal form.
  func isCompanyNameWithoutLegalForm(_ part: [Token]) -> Bool {
    guard part.count >= 2, let first = part.first, let last = part.last else { return false }
    return isCompanyName(from: first, to: last)
  }

  private func isCompanyName(from first: Token, to last: Token) -> Bool {
    !companyNames.isEmpty && companyNames.contains(Lexicon.fold(text(TextRange(first.start, last.end))))
  }

  /// The words of a capitalised run that spell a name the article writes before a company's legal
  /// form ("Broken Hill Proprietary" of "Broken Hill Proprietary Co Ltd").
  func companyNameSpans(_ run: [Int], _ tokens: [Token]) -> Set<Int> {
    guard run.count >= 2, !companyNames.isEmpty else { return [] }
    return spans(of: run, tokens, lengths: 2...6) { range, _ in
      companyNames.contains(Lexicon.fold(text(range)))
    }
  }

  /// Splits `piece` at the tokens `isBreak` picks, dropping them.
  func split(_ piece: [Int], isBreak: (Int, Int) -> Bool) -> [[Int]] {
    var pieces: [[Int]] = []
    var current: [Int] = []
    for (position, index) in piece.enumerated() {
      if isBreak(position, index) {
        if !current.isEmpty { pieces.append(current) }
        current = []
      } else {
        current.append(index)
      }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// Whether a name ends in (or holds after its first word) an organisation or event head.
  func endsWithHead(_ part: [Token]) -> Bool {
    part.dropFirst().contains {
      lexicon.orgHeads.contains(lower($0)) || lexicon.eventHeads.contains(lower($0))
    }
  }

  /// Token indices covered by names the lexicon knows, longest first.
  ///
  /// In a headline set in capitals a single word the article also writes in lower case is no
  /// known name ("NORTHERN VILLAGE" beside "a village in northern Uganda"; "SENATE" beside "the
  /// Senate" still is).
  func lexiconSpans(_ run: [Int], _ tokens: [Token], skippingLowerCaseWords: Bool = false) -> Set<Int> {
    spans(of: run, tokens, lengths: 1...7) { range, length in
      let folded = Lexicon.fold(text(range))
      guard lexicon.group(text(range)) != nil || lexicon.place(folded) != nil else { return false }
      return !(length == 1 && skippingLowerCaseWords && usedInLowerCase.contains(text(range).lowercased()))
    }
  }

  /// The words of `run` covered by spans that `matches`, longest first from each word on.
  func spans(of run: [Int], _ tokens: [Token], lengths: ClosedRange<Int>, matches: (TextRange, Int) -> Bool)
    -> Set<Int>
  {
    var covered: Set<Int> = []
    var start = 0
    while start < run.count {
      var matched = 0
      for length in stride(
        from: min(lengths.upperBound, run.count - start), through: lengths.lowerBound, by: -1)
      {
        if matches(TextRange(tokens[run[start]].start, tokens[run[start + length - 1]].end), length) {
          matched = length
          break
        }
      }
      for position in start..<(start + matched) { covered.insert(run[position]) }
      start += max(matched, 1)
    }
    return covered
  }

  /// The words of a capitalised run that spell, whole, a name the article writes in running
  /// text ("DAVIS CUP" for "Davis Cup"); longest first.
  func runningNameSpans(_ run: [Int], _ tokens: [Token]) -> Set<Int> {
    guard !runningNames.isEmpty else { return [] }
    return spans(of: run, tokens, lengths: 1...4) { range, _ in
      runningNames.contains(Lexicon.fold(text(range)))
    }
  }

  func startsLexiconName(_ piece: [Int], _ tokens: [Token], openingSentence: Bool = false) -> Bool {
    guard let first = piece.first else { return false }
    for length in 1...min(4, piece.count) {
      let range = TextRange(tokens[first].start, tokens[piece[length - 1]].end)
      let folded = Lexicon.fold(text(range))
      if lexicon.place(folded) != nil { return true }
      // One common word that WordNet also lists as somebody's surname ("Banks brace for new
      // rules") is not enough; a longer name, or another kind, is.
      // Opening a sentence, neither is one common word WordNet lists as a body ("State television
      // said", "Energy prices rose") unless the article writes it inside a longer name ("Labour
      // wins" beside "the Labour Party").
      if let group = lexicon.group(text(range), folded: folded), length > 1 || group.kind != .person {
        // ("Labour's finance spokesperson …": a body's possessive opening the sentence before its
        // member is the body's; "Energy's share" is no body's.)
        if openingSentence, length == 1, group.kind != .place, lexicon.isCommon(folded),
          !(piece.count == 1 && beforeVerb(first, tokens)),
          // ("State television RTS" beside "the State Department": a word modifying a thing is
          // no body, though the article names one with the word.)
          !namePartWords.contains(folded) || (piece.count == 1 && isModifierBeforeThing(first, tokens)),
          !(piece.count == 1 && tokens[first].isPossessive && group.kind == .organization
            && tokens[(first + 1)..<min(tokens.count, first + 4)].contains { isRoleWord($0) })
        {
          continue
        }
        return true
      }
    }
    return false
  }

  /// Whether the text from `start` to `end` opens a longer name the article writes in running text.
  func opensLongerRunningName(_ start: Int, _ end: Int) -> Bool {
    let prefix = Lexicon.fold(text(TextRange(start, end))) + " "
    return runningNames.contains { $0.hasPrefix(prefix) }
  }

  /// Splits hyphenated compounds that join known names.
  ///
  /// "China-Russia" and "EU-China" name two known things; "US-sanctioned" names one. Names like
  /// "Kim Jong-un" or "Shangri-La" stay whole.
  func splitHyphenated(_ piece: [Int], _ tokens: [Token], beforeLowerWord: Bool) -> [[Token]] {
    // Most names have no hyphen: one part, with no word looked up.
    guard piece.contains(where: { tokens[$0].hasHyphen }) else { return [piece.map { tokens[$0] }] }
    var parts: [[Token]] = []
    var current: [Token] = []
    for (position, index) in piece.enumerated() {
      let token = tokens[index]
      let isLast = index == piece.last
      // "… for the Liberation of Congo-Zaire": after a connector the compound ends a longer name.
      let afterConnector = position > 0 && Self.connectors.contains(lower(tokens[piece[position - 1]]))
      // "Asia-Pacific Economic Cooperation", "US-China Business Council": a compound that opens a
      // longer name belongs to it.
      let opensName =
        position + 1 < piece.count && !Self.connectors.contains(lower(tokens[piece[position + 1]]))
      // "Kung Fan-ding", "Lee Teng-hui": a compound after a name's first word is its given name,
      // unless it describes ("… Kremlin-backed").
      let endsName =
        position > 0 && !afterConnector
        && (!isAttributiveCompound(token) || opensWithSyllable(token, after: tokens[piece[0]]))
      guard token.hasHyphen, !afterConnector, !opensName, !endsName,
        !isBracketedAcronymCompound(index, tokens),
        let pieces = knownParts(token, adjective: isLast && beforeLowerWord)
      else {
        current.append(token)
        continue
      }
      // "New York-based", "San Francisco-based": the words before the compound and its first part
      // are one place.
      if pieces.count == 1, let first = current.first, isAttributiveCompound(token),
        lexicon.place(Lexicon.fold(text(TextRange(first.start, pieces[0].end)))) != nil
      {
        parts.append(current + pieces)
        current = []
        continue
      }
      if !current.isEmpty { parts.append(current) }
      current = []
      parts += pieces.map { [$0] }
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }

  /// "( FORD-Kenya )" after a party's name: an acronym joined to a name, alone in brackets, is
  /// the short name, not the acronym and a country.
  func isBracketedAcronymCompound(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index > 0, index + 1 < tokens.count, !tokens[index - 1].isWord, !tokens[index + 1].isWord,
      scalars[tokens[index - 1].start] == "(", scalars[tokens[index + 1].start] == ")"
    else { return false }
    let token = tokens[index]
    var end = token.start
    while end < token.end, scalars[end] != "-" { end += 1 }
    return end - token.start >= 2 && scalars[token.start..<end].allSatisfy(\.isUpper)
  }

  /// The parts of a hyphenated word when it joins known names, or nil to keep it whole.
  ///
  /// A compound used as an adjective ("Sino-Russian ties", "Chinese-made parts") yields no part.
  func knownParts(_ token: Token, adjective: Bool) -> [Token]? {
    var parts: [Token] = []
    var start = token.start
    for index in token.start...token.end {
      if index == token.end || scalars[index] == "-" || scalars[index] == "\u{2010}"
        || scalars[index] == "\u{2011}"
      {
        if index > start { parts.append(Token(start: start, end: index, isWord: true)) }
        start = index + 1
      }
    }
    guard parts.count >= 2, let first = parts.first, let last = parts.last else { return nil }
    // "Scrum-half Rob Howley": a hyphenated role stays whole, to be stripped as a title; so does
    // a hyphenated name the lexicon knows whole ("Guinea-Bissau", "AFL-CIO").
    let whole = Lexicon.fold(text(token))
    if lexicon.roles.contains(whole) || lexicon.place(whole) != nil
      || lexicon.group(text(token), folded: whole) != nil
    {
      return nil
    }
    // "AL-AIN", "al-Shara": a particle joined by a hyphen belongs to the name.
    if Self.particles.contains(Lexicon.fold(text(first))) { return nil }
    if adjective, lexicon.demonymPlace(text(last)) != nil { return [] }
    if lexicon.demonymPlace(text(first)) != nil, !scalars[last.start].isUpper { return [] }
    // "Dravonian-flagged", "Kremlin-backed": a capitalised word before a lower-case one.
    if parts.count == 2, scalars[first.start].isUpper,
      !scalars[last.start].isUpper,
      lexicon.isCommon(text(last).lowercased())
    {
      var part = first
      part.isCapitalized = true
      return [part]
    }
    var known: [Token] = []
    var anyInLexicon = false
    for var part in parts {
      if text(part).unicodeScalars.allSatisfy({ $0.isNumeric }) { continue }
      guard scalars[part.start].isUpper else {
        // "Jong-un": a lower-case part that is no English word keeps the name whole.
        if !lexicon.isCommon(text(part).lowercased()) { return nil }
        continue
      }
      part.isCapitalized = true
      part.isAllCaps = text(part).unicodeScalars.filter { $0.isLetter }.allSatisfy {
        $0.isUpper
      }
      let folded = Lexicon.fold(text(part))
      let inLexicon =
        lexicon.place(folded) != nil || (lexicon.group(text(part)).map { $0.kind != .person } ?? false)
      if inLexicon { anyInLexicon = true }
      let isKnown =
        inLexicon
        // An acronym: "US-CHINA", "NATO-led"; in a word set in capitals, only a short part
        // ("GRAND-BORNAND" is one name).
        || (part.isAllCaps && part.end - part.start >= 2 && (part.end - part.start <= 4 || !token.isAllCaps))
      guard isKnown else { return nil }
      known.append(part)
    }
    // "ZANU-PF": acronyms joined, none of them a name the lexicon knows, are one party's name.
    if token.isAllCaps, !anyInLexicon { return nil }
    return known.isEmpty ? nil : known
  }
}
