import CrossreadCore

/// Decides what one name is, with a weight for how sure the evidence is.
///
/// In order: the lexicon (gazetteer and WordNet names), a title before the name, head nouns
/// ("… Ministry", "… Sea", "… Dialogue"), compass words ("South Ossetia"), "The" before a
/// publication, a workplace ("analysts at …"), digits, acronyms, the shape of a person's name,
/// then the words around it.
struct KindVote {
  var kind: EntityKind
  var weight: Double
  /// Only the shape of a name said person: two or more capitalised words and no other cue.
  var fromShapeAlone = false
  /// Only a word list said place (the gazetteer, or WordNet for a name no list calls a country or
  /// a capital): the name is a town's, with no other cue.
  var fromGazetteerAlone = false
  /// A results line or a match says the name plays as a team ("Wigan beat St Helens 44-14").
  var playsAsTeam = false
  /// Nothing said anything: the last rule's guess.
  var isFallback = false

  static let reportingVerbs: WordSet = [
    "said", "says", "told", "tells", "added", "asserted", "stated", "admitted", "remarked", "warned",
    "argued", "insisted", "claimed", "denied", "explained", "wrote", "noted", "recalled", "believes",
    "thinks", "wants", "hopes", "urged", "announced", "agreed", "replied", "confirmed",
  ]
  /// Verbs whose object is a person given a post, or taken from one: "named Anthony Lake to run
  /// the agency", "sacked Helen Bay".
  static let appointingVerbs: WordSet = [
    "named", "appointed", "nominated", "picked", "chose", "elected", "sacked", "fired", "dismissed",
    "replaced", "replacing", "succeeded", "succeeding", "succeeds", "appoint", "nominate",
  ]
  /// Words for a storm before its given name: "Hurricane Fran", "Storm Ciaran".
  static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone", "storm"]
  /// Words that open a place's name: "Port Aurel", "Lake Ohrid", "Mount Kenya".
  static let placePrefixes: WordSet = [
    "port", "lake", "mount", "fort", "cape", "isle", "loch", "glen", "st", "saint",
    // A saint in Spanish, Portuguese, Italian: "Santa Monica", "San Siro", "Sao Tome".
    "san", "santa", "santo", "sao",
    // A stadium in Italian, Spanish, French, German: "Stadio Olimpico", "Estadio Azteca".
    "stadio", "estadio", "stade", "stadion",
    // A street in French, Spanish, Italian, Portuguese or English: "Rue de Rivoli".
    "rue", "boulevard", "avenue", "avenida", "calle", "piazza", "praca",
  ]
  /// The words of `placePrefixes` that open a street's or a square's name, which may run to four
  /// words with connectors: "Piazza San Marco", "Avenida de Mayo".
  static let streetPrefixes: WordSet = ["rue", "boulevard", "avenue", "avenida", "calle", "piazza", "praca"]
  /// Words between a plural of people and what they stand for in a body's name.
  static let causePrepositions: WordSet = ["of", "for", "without", "against"]
  /// Offices held in a place, not a body: "Ryazan Governor …", "Orvale Mayor …".
  static let placeOffices: WordSet = ["governor", "mayor", "premier"]
  /// Lower-case nouns after a name that make it a news organisation or company: "the Xinhua news
  /// agency", "the Vantage group".
  static let organizationNounsAfter: WordSet = [
    "news", "agency", "newspaper", "broadcaster", "network", "company", "firm", "group", "bank",
    "airline", "carrier", "newsagency", "arm", "unit", "subsidiary", "affiliate", "team",
    // ("the Verdi union", "the Likud party", "the Hamas movement".)
    "union", "party", "movement",
  ]
  /// Lower-case words for a kind of company, before its name, that the organisation heads lack:
  /// "Russian airline Aeroflot" ("bank", "agency" and the like are heads already).
  static let companyNouns: WordSet = [
    "airline", "carrier", "broadcaster", "newspaper", "brewer", "conglomerate", "utility", "firm",
    "chipmaker", "retailer", "provider", "insurer", "manufacturer",
    // ("its London unit Morgan Grenfell": a part of a company is a company.)
    "unit", "subsidiary", "affiliate", "arm", "offshoot",
  ]
  /// Kinds of company that WordNet also lists as a person's role: "provider", "insurer".
  static let companyRoles: WordSet = [
    "provider", "insurer", "manufacturer", "retailer", "brewer", "publisher", "shipbuilder",
    "housebuilder", "homebuilder",
  ]
  /// What one player does in a match: "Ronaldo scored twice".
  static let playerVerbs: WordSet = [
    "scored", "netted", "headed", "volleyed", "converted", "kicked", "threw", "pitched", "homered",
    "rushed", "dribbled", "equalised", "equalized", "levelled", "leveled",
  ]
  /// A company's works, named by the town they stand in: "its Genk plant".
  static let worksNouns: WordSet = [
    "plant", "plants", "factory", "factories", "works", "refinery", "mill", "smelter", "mine", "site",
    "yard", "shipyard",
  ]
  /// A sports contest's nouns, in lower case after its name: "the World Match Play championship".
  static let contestNounsAfter: WordSet = ["championship", "championships", "tournament", "tourney"]
  /// Lower-case nouns after a name that make it a political or labour organisation.
  static let partyNounsAfter: WordSet = [
    "party", "union", "federation", "movement", "militia", "coalition", "alliance", "bloc", "rebels",
    "rebel", "guerrillas", "guerrilla", "militants", "insurgents",
    // ("the CFDT and Force Ouvriere unions": one plural after two names.)
    "parties", "unions", "federations", "movements",
  ]
  /// Lower-case plurals after a name of two words or more that make it an employer: "Credit
  /// Suisse First Boston economists".
  static let staffNounsAfter: WordSet = [
    "economists", "analysts", "executives", "employees", "officials", "traders", "dealers",
    "strategists", "shareholders", "staff", "workers", "bankers", "engineers",
  ]
  /// Lower-case nouns after a name that make it a place: "the Saddar area", "Hebei province".
  static let placeNounsAfter: WordSet = [
    "area", "district", "region", "province", "county", "neighbourhood", "neighborhood", "suburb",
    "suburbs", "quarter", "valley", "township", "municipality", "prefecture", "governorate", "oblast",
    "canton", "enclave", "peninsula", "delta", "airport", "airfield", "stadium", "harbour", "harbor",
    "river", "island", "islands", "archipelago", "mountains", "crossing", "checkpoint", "racecourse",
    "corridor",
    "tunnel", "bridge", "dam", "canal", "strait", "straits", "highway", "motorway", "border",
    "coast", "lake", "mountain", "plain", "plateau", "desert", "heights", "arena", "circuit", "velodrome",
    "gorge", "canyon", "glacier", "basin", "reservoir", "oasis", "lagoon", "estuary", "jungle",
    "rainforest", "swamp", "marshes", "steppe",
  ]
  /// Heads of a built place's name that no one has as a surname ("the Orvale Stadium").
  static let facilityHeads: WordSet = [
    "stadium", "arena", "airport", "square", "street", "road", "avenue", "boulevard", "bridge",
    "highway", "velodrome", "racecourse",
  ]
  /// "Without" in the languages whose bodies' names wire copy leaves untranslated.
  static let foreignWithout: WordSet = ["sans", "sin", "sem", "senza", "ohne"]
  static let polities: WordSet = [
    "commonwealth", "republic", "kingdom", "empire", "state", "states", "emirate", "principality",
    "federation", "union", "territory", "province",
  ]
  /// Roles in trade that companies hold as often as people ("rival Vauxhall", "carrier Lufthansa").
  ///
  /// After one, the name's kind is left to other evidence.
  static let tradeRoles: WordSet = [
    "rival", "competitor", "client", "customer", "supplier", "owner", "parent", "buyer", "seller",
    "bidder", "suitor", "shareholder", "creditor", "lender", "underwriter", "distributor", "retailer",
    "wholesaler", "maker", "exporter", "importer", "carrier", "contractor", "brewer", "refiner",
    "miner", "broadcaster", "publisher", "partner", "provider", "insurer", "manufacturer",
  ]

  /// What only a person has: kin, a body's ills, a life's events, a staff of one's own. (Not
  /// "health" or "family", which a company's units and products are named by.)
  static let personalPossessions: WordSet = [
    "wife", "husband", "widow", "son", "sons", "daughter", "daughters", "mother", "father", "brother",
    "sister", "grandson", "granddaughter", "nephew", "niece", "parents", "girlfriend", "boyfriend",
    "fiancee", "fiance", "aides", "aide", "bodyguard", "bodyguards", "doctors", "physician", "funeral",
    "memoirs", "birthday", "illness", "surgery", "heart", "death", "marriage", "divorce",
    "re-election", "resignation", "team-mate", "team-mates", "teammate", "teammates",
  ]
  /// A government or a time named by its leader: "the Clinton administration", "the Thatcher years".
  /// (Not "government" or "cabinet", which a ruling party names too: "the Likud government".)
  static let leadersTimes: WordSet = [
    "administration", "regime", "era", "presidency", "premiership", "years",
  ]
  /// What only a person does: "resigned", "died", "wept". (Not "retired", "pleaded" or
  /// "underwent": a company retires debt, pleads guilty and undergoes a restructuring.)
  static let personalVerbs: WordSet = [
    "rest", "resign", "resigns", "resigned", "die", "dies", "died", "marry", "married", "testify",
    "testified", "testifies", "smiled", "shrugged", "wept",
  ]
  /// What is done only to a person, after an auxiliary: "was arrested", "was born". (Alone,
  /// "Orvale elected a chairman" is a company's act.)
  static let personalPassives: WordSet = [
    "born", "arrested", "jailed", "sentenced", "executed", "elected", "re-elected", "sworn", "wounded",
    "hospitalised", "hospitalized", "kidnapped", "abducted", "assassinated",
  ]
  /// What a body issues, runs or holds, after "a" and the body's name: "a Reuters survey", "a
  /// Kremlin source", "a Siemens plant".
  static let bodysIssues: WordSet = [
    "survey", "poll", "report", "study", "statement", "source", "sources", "plant", "factory", "unit",
    "subsidiary", "bid", "offer", "delegation", "document", "filing", "announcement",
  ]
  /// What a contest's winner takes: "the 1992 Masters champion", "the 1995 Wimbledon title".
  static let contestPrizes: WordSet = [
    "champion", "champions", "title", "winner", "winners", "finalist", "runner-up", "crown", "trophy",
  ]
  /// Auxiliaries and modals between a subject and its verb: "would rest", "was arrested".
  static let auxiliaries: WordSet = [
    "would", "will", "was", "is", "has", "had", "have", "could", "may", "might", "must", "should",
    "can", "did",
  ]
  /// A family, named by its surname: "the Wallenberg family".
  static let kinGroups: WordSet = ["family", "clan", "dynasty"]
  /// Who serves one person, before "to" and the person: "aides to Dole". (Not an adviser, whom a
  /// company in a takeover has too.)
  static let personalStaff: WordSet = ["aide", "aides", "confidant", "confidants", "bodyguard", "bodyguards"]
  /// Plays in a match, made by one player: "a goal from Kiko", "a late header from Suker".
  static let plays: WordSet = [
    "goal", "goals", "header", "headers", "cross", "pass", "shot", "strike", "effort", "penalty",
    "try", "tries", "kick", "volley", "equaliser", "equalizer", "brace", "hat-trick", "double",
    "save", "saves", "tackle", "assist", "catch", "drive", "lob", "chip", "throw",
  ]

  /// Verbs of a price's movement, and the units a share or an index moves in.
  static let priceMoves: WordSet = [
    "rose", "fell", "gained", "lost", "slipped", "eased", "dropped", "climbed", "jumped", "added",
    "shed", "firmed", "edged", "dipped", "slid", "tumbled", "soared", "surged", "plunged", "rallied",
    "advanced", "declined", "retreated", "sank", "slumped", "rises", "falls", "gains", "loses",
  ]
  /// The same moves under way: "with Tokyo Electron rising 3%".
  static let priceMovesUnderway: WordSet = [
    "rising", "falling", "gaining", "losing", "slipping", "easing", "dropping", "climbing", "jumping",
    "adding", "shedding", "edging", "dipping", "sliding", "tumbling", "soaring", "surging", "plunging",
    "rallying", "advancing", "declining", "sinking", "slumping",
  ]
  static let priceUnits: WordSet = [
    "pence", "cents", "dollars", "points", "point", "marks", "pfennigs", "francs", "centimes", "yen",
    "guilders", "lire", "pesetas", "crowns", "kronor", "kroner", "rupees", "ringgit", "baht", "pesos",
    "rand",
  ]

  static let placePrepositions: WordSet = [
    "in", "at", "from", "to", "near", "across", "into", "towards", "toward", "outside", "inside",
    "throughout", "around", "via",
  ]
}

extension MentionFinder {
  /// A single capital letter with its full stop, the first token of "A. de Silva"
  func isInitialToken(_ token: Token) -> Bool {
    let length = token.end - token.start
    guard length == 2 || length == 4 || length == 6 else { return false }
    // "P.V. Narasimha Rao", "H.D. Deve Gowda"; but "U.S." and "U.K." name countries.
    var index = token.start
    while index < token.end {
      guard scalars[index].isUpper, scalars[index + 1] == "." else { return false }
      index += 2
    }
    return length == 2 || lexicon.group(text(token)) == nil && lexicon.place(Lexicon.fold(text(token))) == nil
  }

  /// "Brazilian striker Ronaldo", "spokesman Brandt": a lower-case role noun right before a name.
  ///
  /// A participle such as "accused" is a verb there, not a role: the word must be its own lemma.
  func isPersonAfterRole(_ candidate: Candidate) -> Bool {
    guard candidate.wordBeforeIsAdjacent, lexicon.roles.contains(candidate.wordBefore),
      lexicon.lemma(candidate.wordBefore) == candidate.wordBefore,
      !KindVote.tradeRoles.contains(candidate.wordBefore),
      !candidate.tokens.contains(where: \.isAllCaps)
    else { return false }
    // "liberal Democrats": a plural of a role word names a group, not one person.
    return !(candidate.tokens.count == 1 && isRolePlural(candidate.tokens[0]))
  }

  /// Whether a place word that is also a surname ("Hill", "Wood", "Dell") ends a person's name:
  /// after a given name ("founded by Michael Dell"), after one of a people ("Briton Damon Hill"),
  /// or after a name right before a verb of saying, winning or playing ("Damon Hill won", "Grant
  /// Hill scored").
  ///
  /// Not when the first word is a place, a head, an adjective or a compass word ("Chapel Hill"),
  /// after "the", nor after a place's preposition for a given name ("in Elizabeth Park").
  func isPersonWithPlaceSurname(_ candidate: Candidate, first: String, last: String) -> Bool {
    // ("Paul Dales": a plural place word may be a surname too.)
    guard candidate.tokens.count == 2, !candidate.hadArticle,
      lexicon.nameWords.contains(last) || lexicon.nameWords.contains(Self.singular(last)),
      !candidate.tokens.contains(where: \.isAllCaps)
    else { return false }
    let opening = candidate.tokens[0]
    guard lexicon.place(Lexicon.fold(text(opening))) == nil, !isHead(first),
      !lexicon.adjectives.contains(first),
      !lexicon.directions.contains(first), !KindVote.placePrefixes.contains(first)
    else { return false }
    if lexicon.givenNames.contains(first),
      !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore))
    {
      return true
    }
    // ("Briton Damon Hill", "Swede Tarvo Wood": after one of a people, in the singular.)
    if candidate.wordBeforeIsAdjacent, case let tokens = sentenceTokens[candidate.sentence],
      case let start = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens), start > 0,
      isDemonymNoun(tokens[start - 1])
    {
      return true
    }
    let verb = candidate.wordAfter
    return candidate.wordAfterIsAdjacent
      && (KindVote.reportingVerbs.contains(verb) || MentionFinder.matchVerbsAfter.contains(verb)
        || MentionFinder.playsForVerbs.contains(verb))
      && (lexicon.nameWords.contains(first) || !isPlainWord(opening))
  }

  /// Whether the name is one capitalised plural of a person noun that is also an adjective, itself
  /// or with "-ic": "Republicans", "Socialists", "Democrats" (not "Ministers").
  func isPartyMembers(_ candidate: Candidate) -> Bool {
    guard candidate.tokens.count == 1, let token = candidate.tokens.first, !token.isAllCaps,
      !token.isPossessive
    else { return false }
    let word = lower(token)
    let singular = Self.singular(word)
    guard singular != word, lexicon.roles.contains(singular) else { return false }
    return lexicon.adjectives.contains(singular) || lexicon.adjectives.contains(singular + "ic")
  }

  /// Whether the name ends a journey: after "to", "into", "toward" or "from", with a verb of
  /// travel or sending at most four words before it and no punctuation between ("flew to", "sent
  /// teams to", "returned home from").
  func isJourneyEnd(_ candidate: Candidate) -> Bool {
    guard ["to", "into", "toward", "towards", "from"].contains(candidate.wordBefore),
      !(candidate.tokens.last?.isPossessive ?? false)
    else { return false }
    let tokens = sentenceTokens[candidate.sentence]
    let preposition = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens) - 1
    return hasWord(of: Self.journeyVerbs, before: preposition, within: 4, in: tokens)
  }

  /// Whether a verb that passes something to a party stands up to three words before the "to"
  /// right before the name: "losing ground to Volkswagen", "sold its stake to Orvale".
  func isPassedToParty(_ candidate: Candidate) -> Bool {
    guard candidate.wordBefore == "to", candidate.wordBeforeIsAdjacent else { return false }
    let tokens = sentenceTokens[candidate.sentence]
    let to = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens) - 1
    return hasWord(of: Self.passingVerbs, before: to, within: 3, in: tokens)
  }

  /// Whether a word of `words` stands at most `count` words before token `index`, with no
  /// punctuation between: the verb before a preposition ("sent teams to", "losing ground to").
  func hasWord(of words: WordSet, before index: Int, within count: Int, in tokens: [Token]) -> Bool {
    var cursor = index - 1
    while cursor >= 0, cursor >= index - count, tokens[cursor].isWord {
      if words.contains(lower(tokens[cursor])) { return true }
      cursor -= 1
    }
    return false
  }

  /// Verbs that pass goods, ground or a contest to a party, whose "to" names the party.
  static let passingVerbs: WordSet = [
    "sold", "sell", "sells", "selling", "lost", "lose", "loses", "losing", "ceded", "cede", "cedes",
    "ceding", "licensed", "licenses", "licensing", "awarded", "supplied", "supplies", "supplying",
    "hand", "hands", "handed", "handing", "transferred", "transfer", "transfers", "leased",
  ]

  /// Verbs of travel and sending, whose "to" or "from" names a place.
  static let journeyVerbs: WordSet = [
    "flew", "fly", "flies", "flying", "travelled", "traveled", "travel", "travels", "travelling", "traveling",
    "sent", "send", "sends", "sending", "returned", "return", "returns", "returning", "headed", "heading",
    "drove", "driving", "moved", "moving", "evacuated", "deployed", "shipped", "flown", "driven",
  ]

  /// Whether a capitalised word comes right before the word before the name ("Cardiff" of
  /// "Cardiff centre Leigh Davies").
  func isAfterClubName(_ candidate: Candidate) -> Bool {
    let tokens = sentenceTokens[candidate.sentence]
    let first = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens)
    return first >= 2 && tokens[first - 1].isWord && tokens[first - 2].isWord
      && tokens[first - 2].isCapitalized
  }

  /// Whether two or three words are a town and the plural of a common noun: "Bradford Bulls",
  /// "Kansas City Chiefs" ("Victoria Falls", "Golan Heights": not a place's own plural head; "Don
  /// Nickles": not after a given name, though a river is called Don).
  func isTownAndTeamNoun(_ tokens: ArraySlice<Token>) -> Bool {
    guard (2...3).contains(tokens.count), let firstToken = tokens.first, let lastToken = tokens.last,
      !lastToken.isAllCaps, scalars[lastToken.end - 1] == "s"
    else { return false }
    let first = lower(firstToken)
    let last = lower(lastToken)
    guard !lexicon.givenNames.contains(first),
      lexicon.place(Lexicon.fold(text(TextRange(firstToken.start, tokens[tokens.endIndex - 2].end)))) != nil
    else { return false }
    let singular = lexicon.inflections[last] ?? Self.singular(last)
    return singular != last && (lexicon.isCommon(singular) || lexicon.roles.contains(singular))
      && !isHead(last) && !isPlaceNoun(last) && !lexicon.isPeople(singular)
      && lexicon.demonymPlace(text(lastToken)) == nil
  }

  /// Whether the two words right after the name are a person's name that speaks or is described:
  /// "… Ellen Zentner said", "… Satya Nadella , who"; not "Nitish Kumar 's Janata Dal ( United )".
  func isFullNameAfter(_ candidate: Candidate) -> Bool {
    let tokens = sentenceTokens[candidate.sentence]
    let next = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    guard next + 2 < tokens.count, isPersonName(tokens, at: next) else { return false }
    let after = tokens[next + 2]
    if after.isWord { return KindVote.reportingVerbs.contains(lower(after)) }
    return scalars[after.start] == "," && next + 3 < tokens.count && lower(tokens[next + 3]) != "which"
  }

  /// Whether "team mate", "team-mate" or "teammate" follows the name.
  func isBeforeTeamMate(_ candidate: Candidate) -> Bool {
    let word = candidate.wordAfter
    guard candidate.wordAfterIsAdjacent, word.hasPrefix("team") else { return false }
    if word == "teammate" || word == "team-mate" || word == "teammates" || word == "team-mates" {
      return true
    }
    let tokens = sentenceTokens[candidate.sentence]
    let next = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    return word == "team" && next + 1 < tokens.count && tokens[next + 1].isWord
      && ["mate", "mates"].contains(lower(tokens[next + 1]))
  }

  /// Whether the name follows "from" in a sentence that signs or sells a player.
  ///
  /// A verb of transfer and a player's position or role come before it. A country or capital
  /// keeps its kind.
  func isTransferSource(_ candidate: Candidate) -> Bool {
    guard candidate.wordBeforeIsAdjacent, candidate.wordBefore == "from",
      lexicon.place(Lexicon.fold(text(candidate.range))).map({ $0 == .place }) ?? true
    else { return false }
    let (transfer, player) = lowerWordsBefore(
      candidate, hold: Self.transferVerbs, MentionFinder.clubRolesAfter)
    // ("Blinker , signed from Feyenoord in March": the player's role may be elsewhere in the
    // story.)
    return transfer && (player || isClubSportsStory)
  }

  /// Whether the lower-case words of the sentence before the name hold a word of each set.
  func lowerWordsBefore(_ candidate: Candidate, hold first: WordSet, _ second: WordSet) -> (Bool, Bool) {
    let tokens = sentenceTokens[candidate.sentence]
    let end = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens)
    var found = (false, false)
    for token in tokens[..<end] where token.isWord && !token.isCapitalized {
      let word = lower(token)
      if first.contains(word) { found.0 = true }
      if second.contains(word) { found.1 = true }
    }
    return found
  }

  /// Whether one word after "from" sells a stake the sentence says was bought.
  ///
  /// "bought a stake in Seven from Telstra"; a gazetteer's town still says where from.
  func isStakeSeller(_ candidate: Candidate) -> Bool {
    guard candidate.tokens.count == 1, candidate.wordBeforeIsAdjacent, candidate.wordBefore == "from",
      lexicon.place(Lexicon.fold(text(candidate.range))) == nil
    else { return false }
    let (bought, holding) = lowerWordsBefore(candidate, hold: Self.purchaseVerbs, Self.holdingNouns)
    return bought && holding
  }

  static let purchaseVerbs: WordSet = [
    "bought", "buys", "buy", "buying", "acquired", "acquires", "acquire", "purchased", "purchases",
  ]
  static let transferVerbs: WordSet = [
    "signed", "signs", "sign", "bought", "buys", "sold", "loaned", "joined", "joins", "recruited",
  ]

  /// Whether the name is a company or a body the article or the lexicon knows: the owner of a
  /// works ("the Toyota plant"), not where it stands.
  func isOwnerHere(_ candidate: Candidate) -> Bool {
    if candidate.tokens.contains(where: \.isAllCaps) { return true }
    let first = candidate.tokens[0]
    // (Each set keeps its words as it was built: folded, and lower-cased.)
    if companyFirstWords.contains(Lexicon.fold(text(first))) || organizationFirstWords.contains(lower(first))
    {
      return true
    }
    return lexicon.group(text(candidate.range))?.kind == .organization
  }

  /// Whether a possessive "'s" ends the text right before `start` ("Ford 's Genk", "Ford's Genk").
  func followsPossessive(_ start: Int) -> Bool {
    var end = start
    while end > 0, scalars[end - 1] == " " { end -= 1 }
    return end >= 2 && (scalars[end - 1] == "s" || scalars[end - 1] == "S")
      && (scalars[end - 2] == "'" || scalars[end - 2] == "’")
  }

  /// One word of two or three capitals ("BA", "AMR"), or capitals with a connector's letter ("BoE").
  func isShortAcronym(_ candidate: Candidate) -> Bool {
    guard candidate.tokens.count == 1, let token = candidate.tokens.first else { return false }
    // ("the BoE": so is one with a connector's letter, which no town is spelt like.)
    return token.isAllCaps && token.end - token.start <= 3
      || (!token.isAllCaps && NameKeys.isConnectorAcronym(text(candidate.range)))
  }

  /// "Democrats", "Conservatives": the plural of a role word, a group of people.
  func isRolePlural(_ token: Token) -> Bool {
    scalars[token.end - 1] == "s" && lexicon.roles.contains(Self.singular(lower(token)))
  }

  /// "Inter Milan have signed", "Orvale are": one person takes "has", "is", "was"; a plural verb
  /// after a name on its own makes it a team or a company, as British copy writes them.
  ///
  /// Not when "and" comes earlier in the sentence: "Martin Haag and Leicester prop Graham Rowntree
  /// were recalled" has two subjects.
  func takesPluralVerb(_ candidate: Candidate) -> Bool {
    guard candidate.wordAfterIsAdjacent, ["have", "are", "were"].contains(candidate.wordAfter),
      candidate.tokens.last.map({ scalars[$0.end - 1] != "s" }) ?? false,
      // ("Prosecutors in Darmstadt are …": the verb is the subject's, before the preposition.)
      !(candidate.wordBeforeIsAdjacent
        && (KindVote.placePrepositions.contains(candidate.wordBefore) || candidate.wordBefore == "of"))
    else { return false }
    return !sentenceTokens[candidate.sentence].contains { token in
      token.end <= candidate.range.start
        && (token.isWord ? ["and", "or"].contains(lower(token)) : scalars[token.start] == "&")
    }
  }

  /// How many countries a line names, as runs of one to three capitalised words: two on a line of
  /// national sides ("Armenia 0 Portugal 0"), one where a club bears a country's name ("Bastia 2
  /// Monaco 2").
  func countriesOnLine(_ sentence: Int) -> Int {
    let tokens = sentenceTokens[sentence]
    var count = 0
    var index = 0
    while index < tokens.count {
      var found = 0
      for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
        let span = tokens[index..<(index + length)]
        guard let first = span.first, let last = span.last, span.allSatisfy({ $0.isWord && $0.isCapitalized })
        else { continue }
        if lexicon.place(Lexicon.fold(text(TextRange(first.start, last.end)))) == .country {
          found = length
          break
        }
      }
      count += found > 0 ? 1 : 0
      index += max(found, 1)
    }
    return count
  }

  /// The word before the "The" that opens a name: "at" in "at The Oval".
  func wordBeforeArticle(_ candidate: Candidate) -> String? { wordBefore(candidate, before: "the") }

  /// Whether a verb of price movement, a number and a unit of price follow the name: "rose 15
  /// pence", "fell 2.10 marks", "gained 23.4 points".
  func movesInPrice(_ candidate: Candidate) -> Bool {
    let participle = KindVote.priceMovesUnderway.contains(candidate.wordAfter)
    guard candidate.wordAfterIsAdjacent, participle || KindVote.priceMoves.contains(candidate.wordAfter)
    else {
      return false
    }
    let tokens = sentenceTokens[candidate.sentence]
    let verb = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    if !participle, movesByFraction(after: verb - 1, tokens) { return true }
    guard verb + 2 < tokens.count, tokens[verb + 1].hasDigit else { return false }
    // "Toyota Motor gained 1.2%", "with Tokyo Electron rising 3%": a share moves by a percentage;
    // not a given name's person, nor a place ("Germany grew 0.3%").
    if scalars[tokens[verb + 2].start] == "%" || ["percent", "pct"].contains(lower(tokens[verb + 2])) {
      return !lexicon.givenNames.contains(lower(candidate.tokens[0]))
        && lexicon.place(Lexicon.fold(text(candidate.range))) == nil
    }
    // "Cheung Kong gained 1.00 to 62.25", "Hutchison added 0.50 .": a price moves in decimals, to
    // a new price or alone.
    let amount = tokens[verb + 1]
    if !participle, scalars[amount.start..<amount.end].contains("."),
      tokens[verb + 2].isWord
        ? (lower(tokens[verb + 2]) == "to" && verb + 3 < tokens.count && tokens[verb + 3].hasDigit)
        : ",.;".unicodeScalars.contains(scalars[tokens[verb + 2].start])
    {
      return !lexicon.givenNames.contains(lower(candidate.tokens[0]))
        && lexicon.place(Lexicon.fold(text(candidate.range))) == nil
    }
    guard !participle, tokens[verb + 2].isWord else { return false }
    let unit = lower(tokens[verb + 2])
    // An index moves in points with decimals ("23.4 points"); a player adds whole ones.
    if unit == "points" || unit == "point" {
      return scalars[tokens[verb + 1].start..<tokens[verb + 1].end].contains(".")
    }
    return KindVote.priceUnits.contains(unit)
  }

  /// The lower-cased word before `word` when `word` is right before the candidate: "goal" in "a
  /// goal from Kiko".
  func wordBefore(_ candidate: Candidate, before word: String) -> String? {
    let tokens = sentenceTokens[candidate.sentence]
    let first = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens)
    guard first >= 2, tokens[first - 1].isWord, lower(tokens[first - 1]) == word, tokens[first - 2].isWord
    else { return nil }
    return lower(tokens[first - 2])
  }

  /// Whether "of" and a country's name of one to three words follow the name: "Nokia of Finland",
  /// "Anglo American of South Africa".
  func isBeforeOfCountry(_ candidate: Candidate) -> Bool {
    guard candidate.wordAfter == "of", candidate.wordAfterIsAdjacent else { return false }
    let tokens = sentenceTokens[candidate.sentence]
    let start = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens) + 1
    var end = start
    while end < tokens.count, end < start + 3, tokens[end].isWord, tokens[end].isCapitalized {
      if lexicon.place(Lexicon.fold(text(TextRange(tokens[start].start, tokens[end].end)))) == .country {
        return true
      }
      end += 1
    }
    return false
  }

  /// Whether a capitalised nationality stands right before the name, with no article before it:
  /// "from Brazilian Ronaldo", not "the Russian Duma".
  func isAfterNationality(_ candidate: Candidate) -> Bool {
    guard candidate.wordBeforeIsAdjacent else { return false }
    let tokens = sentenceTokens[candidate.sentence]
    let first = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens)
    guard first >= 1, case let nationality = tokens[first - 1], nationality.isWord,
      nationality.isCapitalized, !nationality.isAllCaps, !nationality.isPossessive,
      lexicon.demonymPlace(text(nationality)) != nil
    else { return false }
    return first < 2 || !["the", "a", "an"].contains(lower(tokens[first - 2]))
  }

  /// The gazetteer's class of a name written without the "the" the gazetteer has after "of":
  /// "Democratic Republic of Congo" for "Democratic Republic of the Congo".
  func placeWithoutArticle(_ candidate: Candidate, folded: String) -> Lexicon.PlaceClass? {
    guard candidate.tokens.count >= 3, candidate.tokens.contains(where: { isWord($0, "of") }),
      let range = folded.range(of: " of "), !folded[range.upperBound...].hasPrefix("the ")
    else { return nil }
    return lexicon.place(folded.replacingCharacters(in: range, with: " of the "))
  }

  /// Whether a lower-case noun for a body follows a short name: "the Xinhua news agency" (not a
  /// possessive: "Smith 's party" is Smith's).
  func isBeforeOrganizationNoun(_ candidate: Candidate) -> Bool {
    candidate.tokens.count <= 3 && candidate.followedByLowerWord
      && candidate.tokens.last?.isPossessive != true
      && KindVote.organizationNounsAfter.contains(candidate.wordAfter)
  }

  /// The lower-cased word after `word` when `word` is right after the candidate: "of" in "the
  /// Orvale family of funds".
  func wordAfter(_ candidate: Candidate, after word: String) -> String? {
    let tokens = sentenceTokens[candidate.sentence]
    let next = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    guard next + 1 < tokens.count, tokens[next].isWord, lower(tokens[next]) == word, tokens[next + 1].isWord
    else { return nil }
    return lower(tokens[next + 1])
  }

  /// Whether the verb right after the name is followed by "to": "Titleist said to be worth …" is
  /// said of the name, not by it.
  ///
  /// Only a participle that can be passive: "Kohl agreed to press ahead" is Kohl's doing.
  func isPassiveSaying(_ candidate: Candidate) -> Bool {
    guard Self.passiveSayings.contains(candidate.wordAfter) else { return false }
    let tokens = sentenceTokens[candidate.sentence]
    let verb = Self.firstToken(startingAtOrAfter: candidate.range.end, in: tokens)
    return verb + 1 < tokens.count && tokens[verb + 1].isWord && lower(tokens[verb + 1]) == "to"
  }

  /// Verbs of saying whose participle, before "to", says something of the name: "said to be".
  static let passiveSayings: WordSet = ["said", "told", "stated", "claimed", "asserted", "believed"]

  /// The vote of one candidate.
  func vote(_ candidate: Candidate) -> KindVote {
    let written = text(candidate.range)
    let folded = Lexicon.fold(written)
    // "A. de Silva", "M. Odumbe": an initial opens a person's name, even when the surname is a
    // head noun ("silva" is a forest), and in a line of scores; an organisation's head still wins
    // ("J. Lyons Holdings").
    // ("the R. Orvale Stadium": a place's head still wins too.)
    if candidate.tokens.count >= 2, isInitialToken(candidate.tokens[0]),
      let last = candidate.tokens.last.map(lower), !lexicon.orgHeads.contains(last),
      !lexicon.eventHeads.contains(last), !KindVote.facilityHeads.contains(last)
    {
      return KindVote(kind: .person, weight: 3)
    }
    // "Euro 96", "Expo 2010": a one-word name and its year (see `runs`) name a championship or
    // a fair.
    if candidate.tokens.count == 2, candidate.tokens[1].hasDigit, isYear(candidate.tokens[1]) {
      return KindVote(kind: .event, weight: 3)
    }
    // "the Wallenberg family", "the Kennedy clan": a family is named by its people's surname
    // ("the Orvale family of funds" is a company's range).
    if candidate.tokens.count <= 2, candidate.wordAfterIsAdjacent,
      KindVote.kinGroups.contains(candidate.wordAfter),
      !candidate.tokens.contains(where: \.isAllCaps), lexicon.place(folded) == nil,
      lexicon.demonymPlace(written) == nil, wordAfter(candidate, after: candidate.wordAfter) != "of"
    {
      return KindVote(kind: .person, weight: 2.5)
    }
    // "the Clinton administration", "the Mengistu regime", "the Thatcher years": a leader's
    // surname names a government or a time by its leader ("the Taliban regime" is a body's, which
    // WordNet knows).
    if candidate.tokens.count == 1, candidate.wordBefore == "the", candidate.wordAfterIsAdjacent,
      KindVote.leadersTimes.contains(candidate.wordAfter), !candidate.tokens[0].isAllCaps,
      lexicon.place(folded) == nil, lexicon.demonymPlace(written) == nil,
      lexicon.group(written, folded: folded).map({ $0.kind == .person }) ?? true
    {
      return KindVote(kind: .person, weight: 2.5)
    }
    // "Editing by Jason Neely and Louise Heavens": a credit line names people.
    if candidate.credited { return KindVote(kind: .person, weight: 4) }
    // "J.P. Morgan & Co", "Smith Barney Inc": a company's legal form ends a company's name.
    if candidate.tokens.count >= 2, let last = candidate.tokens.last, !scoreLine[candidate.sentence],
      MentionFinder.legalForms.contains(lower(last))
    {
      return KindVote(kind: .organization, weight: 4)
    }
    // "Real Betis", "Deportivo Coruna", "Dynamo Kiev": a sports club's form opens its name, as a
    // legal form ends a company's.
    // ("Deutsche Telekom", "Svenska Handelsbanken", "Nippon Steel": so does a country's adjective
    // in its own language, which no English word list knows.)
    if candidate.tokens.count >= 2, !candidate.tokens[0].isAllCaps,
      MentionFinder.clubForms.contains(lower(candidate.tokens[0]))
        || MentionFinder.nativeNationalAdjectives.contains(lower(candidate.tokens[0])),
      !lexicon.givenNames.contains(lower(candidate.tokens[1]))
    {
      return KindVote(kind: .organization, weight: 3)
    }
    // "Glaxo Wellcome rose 15 pence": a share or an index moves in price; people do not.
    if movesInPrice(candidate) { return KindVote(kind: .organization, weight: 3) }
    if candidate.companySubject { return KindVote(kind: .organization, weight: 2) }
    // "Royal Dutch / Shell", "Legal & General": no one's name has a slash or an ampersand in it.
    if candidate.tokens.count >= 2,
      scalars[candidate.range.start..<candidate.range.end].contains(where: { $0 == "/" || $0 == "&" })
    {
      return KindVote(kind: .organization, weight: 3)
    }
    // A results table names teams, even teams named after their town ("Leeds 0 Sheffield Wednesday 2").
    if candidate.inScorecard || candidate.scorer { return KindVote(kind: .person, weight: 6) }
    // (A country's side keeps the country's name and kind, as news-NER data writes national sides:
    // "Armenia 0 Portugal 0".)
    // ("Iran 1 1 0 0 5 0 3": or in a table of national sides, one to a line.)
    if scoreLine[candidate.sentence], lexicon.place(folded) == .country,
      countriesOnLine(candidate.sentence) >= 2 || tablesOfCountries
    {
      return KindVote(kind: .place, weight: 6)
    }
    if candidate.venue { return KindVote(kind: .place, weight: 6) }
    // "a draw with Sheffield Wednesday": a town's name before a weekday's names no person and no
    // place, but a club.
    if candidate.tokens.count == 2, let last = candidate.tokens.last.map(lower), last.hasSuffix("day"),
      lexicon.calendar.contains(last), lexicon.place(Lexicon.fold(text(candidate.tokens[0]))) != nil
    {
      return KindVote(kind: .organization, weight: 4)
    }
    if scoreLine[candidate.sentence] || candidate.playsMatch || candidate.teamOfPlayer
      || candidate.clubOfPlayer
    {
      return KindVote(kind: .organization, weight: 6, playsAsTeam: true)
    }
    // "The Hague", "The Gambia": the article belongs to the place's name.
    if candidate.hadArticle || candidate.wordBefore == "the", lexicon.place("the " + folded) != nil {
      return KindVote(kind: .place, weight: 5)
    }
    // "JORDAN SCORES 45" beside "Michael Jordan": in a headline in capitals, one word that is the
    // surname of a person the running text names in full is that person, though a country has
    // the name.
    // ("FALCONS BEAT …" beside "the Orvale Falcons": not a common word's plural, a team's.)
    if candidate.tokens.count == 1, shouting[candidate.sentence], surnameWords.contains(folded),
      !(folded.utf8.last == UInt8(ascii: "s") && lexicon.isCommon(MentionFinder.singular(folded)))
    {
      return KindVote(kind: .person, weight: 6)
    }
    // "Toyota", "Hershey" after "Toyota Motor Corp", "Hershey Foods Corp": a town's or a person's
    // name that opens a company's name in this article is the company.
    if candidate.tokens.count == 1, companyFirstWords.contains(folded),
      lexicon.place(folded).map({ $0 == .place }) ?? true
    {
      return KindVote(kind: .organization, weight: 5)
    }
    // "Dortmund , the European champions ,": the town of a team on the article's results lines.
    if candidate.tokens.count == 1, !candidate.inDateline, clubTownWords.contains(folded) {
      return KindVote(kind: .organization, weight: 5)
    }
    // "a stake in Citicorp and Saks Fifth Avenue": owned shares are a company's, whatever its
    // name's head; a country or capital keeps its kind ("shares in Britain").
    if candidate.heldStake, lexicon.place(folded).map({ $0 == .place }) ?? true,
      lexicon.group(written, folded: folded)?.kind != .place
    {
      return KindVote(kind: .organization, weight: 3.5)
    }
    // "beat rivals Ericsson of Sweden and Nokia of Finland": a town is not named by "of" and its
    // country ("Nokia , Finland"), a body of that country is.
    if candidate.tokens.count == 1, !candidate.inDateline, !candidate.tokens[0].isAllCaps,
      lexicon.place(folded) == .place || lexicon.group(written, folded: folded)?.kind == .place,
      isBeforeOfCountry(candidate)
    {
      return KindVote(kind: .organization, weight: 3.5)
    }
    // "Airbus Chief Executive Guillaume Faury": a name before a title is where the title is held,
    // a body unless the gazetteer or WordNet knows it ("Texas Governor …") or a place noun ends it
    // ("Oakland County Prosecutor …"). (Not in a headline: "JANSHER KHAN BEATS NICOL".)
    if candidate.beforeRole, !shouting[candidate.sentence], !titleCase[candidate.sentence],
      lexicon.place(folded) == nil, lexicon.group(written, folded: folded) == nil,
      !isPlaceNoun(lower(candidate.tokens[candidate.tokens.count - 1]))
    {
      // ("Ryazan Governor Pavel Malkov", "Ontario Premier Doug Ford": a governor's, mayor's or
      // premier's title is held in a place.)
      if KindVote.placeOffices.contains(candidate.wordAfter),
        !candidate.tokens.contains(where: { isOrgHead(lower($0)) })
      {
        return KindVote(kind: .place, weight: 2.5)
      }
      return KindVote(kind: .organization, weight: 2.5)
    }
    // "Williams team mate Jacques Villeneuve", "Ferrari team-mate …": drivers and players share a
    // team, named right before the word.
    if candidate.tokens.count <= 3, candidate.followedByLowerWord,
      !(candidate.tokens.last?.isPossessive ?? false),
      isBeforeTeamMate(candidate)
    {
      return KindVote(kind: .organization, weight: 3)
    }
    // "signed Dutch defender Michael Reiziger from Ajax": where a player is signed from is a club.
    if isTransferSource(candidate) { return KindVote(kind: .organization, weight: 3, playsAsTeam: true) }
    // "bought a 15 percent stake in the network from Telstra": who sells a stake is a company.
    if isStakeSeller(candidate) { return KindVote(kind: .organization, weight: 2.5) }
    if candidate.quotedNickname { return KindVote(kind: .person, weight: 3) }
    // "the 1992 Masters champion", "his 1995 Wimbledon title": between the year it was held and
    // what was won there, a contest.
    if candidate.wordBeforeIsAdjacent, candidate.wordAfterIsAdjacent, candidate.wordBefore.utf8.count == 4,
      KindVote.contestPrizes.contains(candidate.wordAfter),
      case let tokens = sentenceTokens[candidate.sentence],
      case let first = Self.firstToken(startingAtOrAfter: candidate.range.start, in: tokens), first > 0,
      isYear(tokens[first - 1])
    {
      return KindVote(kind: .event, weight: 3)
    }
    // ("cloud providers such as Microsoft and Amazon": the list's noun outweighs the river.)
    if let kind = candidate.exampleOf { return KindVote(kind: kind, weight: 3) }
    // "Spirit AeroSystems", "BlackRock": people's names have no brand's inner capital. (A place
    // may have one: "games at the FleetCenter".)
    if candidate.tokens.contains(where: isBrandCase),
      !lexicon.givenNames.contains(lower(candidate.tokens[0])),
      !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore)),
      !(wordBefore(candidate, before: "the").map { KindVote.placePrepositions.contains($0) } ?? false)
    {
      return KindVote(kind: .organization, weight: 2.5)
    }
    // "Medecins Sans Frontieres", "Medicos Sin Fronteras": a capitalised "without" of French,
    // Spanish, Portuguese, Italian or German before the name's last word is a body's; no person's
    // name holds one. ("Cardinal Jaime Sin" ends with it.)
    if candidate.tokens.dropLast().contains(where: { KindVote.foreignWithout.contains(lower($0)) }) {
      return KindVote(kind: .organization, weight: 3)
    }
    // ("PAN leaders met": three capitals in running text spell an acronym, not WordNet's god.)
    if let group = lexicon.group(written, folded: folded),
      !(group.kind == .person && isShortAcronym(candidate) && !shouting[candidate.sentence])
    {
      // One word that WordNet knows as a person ("Harlow", "Ajax") is weak evidence: many places,
      // teams and companies share a famous surname. Longer names and other kinds stay sure.
      let weak = group.kind == .person && candidate.tokens.count == 1
      if weak && (candidate.namedPlace || candidate.inDateline) { return KindVote(kind: .place, weight: 3) }
      // "closed in Cordoba and Rosario": a town the gazetteer knows, right after "in" or "near", is
      // that town rather than the namesake WordNet lists.
      // So is one a journey goes to or from ("sent teams to Raleigh", "flew in from Houston").
      // ("an analyst in Warren , New Jersey": or one the region after it locates.)
      if weak, candidate.wordBeforeIsAdjacent,
        ["in", "near"].contains(candidate.wordBefore) || isJourneyEnd(candidate),
        lexicon.place(folded) != nil || candidate.locatedInPlace
      {
        return KindVote(kind: .place, weight: 3)
      }
      // ("Siemens said its orders rose": the pronoun outweighs WordNet's engineer.)
      if weak, let kind = candidate.pronounAfter { return KindVote(kind: kind, weight: 2) }
      // ("Court jails former minister" beside "the Supreme Court": an organisation's head alone
      // names a body, whatever tennis player WordNet lists by it.)
      if weak, isOrgHead(folded), !candidate.tokens[0].isAllCaps, !candidate.tokens[0].isPossessive,
        !KindVote.reportingVerbs.contains(candidate.wordAfter)
      {
        return KindVote(kind: .organization, weight: 2)
      }
      // ("analysts at Bernstein": a workplace outweighs WordNet's composer; so does a body's noun
      // after the name, "the Verdi union".)
      if weak, candidate.workplace || isBeforeOrganizationNoun(candidate) {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // ("Nike , which signed Woods": "which" outweighs WordNet's goddess.)
      if weak, candidate.beforeWhich, !candidate.tokens[0].isAllCaps,
        !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore))
      {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // (WordNet's county or town, like the gazetteer's, gives way to a team the article plays.)
      let lexiconTown = group.kind == .place && lexicon.place(folded).map({ $0 == .place }) ?? true
      return KindVote(kind: group.kind, weight: weak ? 1.5 : 5, fromGazetteerAlone: lexiconTown)
    }
    // ("BA" in running text is an acronym, not the town of Ba: a short word in capitals matches
    // only a country or a capital.)
    // ("Leo makes the difference": a given name that is also some small town is the person,
    // unless a place's preposition or the dateline says otherwise.)
    if let place = lexicon.place(folded) ?? placeWithoutArticle(candidate, folded: folded),
      place != .place || !isShortAcronym(candidate) || shouting[candidate.sentence],
      !(place == .place && candidate.tokens.count == 1 && lexicon.givenNames.contains(folded)
        && !candidate.inDateline
        && !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore)))
    {
      return KindVote(kind: .place, weight: 5, fromGazetteerAlone: place == .place)
    }
    // "the National Conference party", "the Liberal VVD party": a lower-case party or union noun
    // after the name says organisation, whatever the name's own head or the word before it.
    // ("Deve Varl 's coalition", "Murdoch 's company": a possessor is more often the leader.)
    let possessive = candidate.tokens.last?.isPossessive ?? false
    if candidate.tokens.count <= 4, candidate.followedByLowerWord, !possessive,
      KindVote.partyNounsAfter.contains(candidate.wordAfter)
    {
      return KindVote(kind: .organization, weight: 3)
    }
    // "the World Match Play championship", "the Orvale Masters tournament": a name of several
    // words before a contest's lower-case noun is the contest's (a town or a body holds one: "the
    // Paris summit", "the ASEAN summit").
    if candidate.tokens.count >= 2, candidate.tokens.count <= 4, candidate.followedByLowerWord,
      candidate.wordAfterIsAdjacent, !possessive, KindVote.contestNounsAfter.contains(candidate.wordAfter),
      !candidate.tokens.contains(where: \.isAllCaps), lexicon.place(folded) == nil,
      let last = candidate.tokens.last.map(lower), !isOrgHead(last), !lexicon.placeHeads.contains(last)
    {
      return KindVote(kind: .event, weight: 3)
    }
    // "Hurricane Fran", "Typhoon Dale", "Storm Ciaran": a storm named like a person is an event.
    if candidate.tokens.count == 2, KindVote.stormWords.contains(lower(candidate.tokens[0])),
      !candidate.tokens[1].isAllCaps, !isPlainWord(candidate.tokens[1])
    {
      return KindVote(kind: .event, weight: 4)
    }
    // ("Euro-sceptic Conservatives": a title goes before one person, not before a plural.)
    if candidate.hadTitle, !(candidate.tokens.count == 1 && isRolePlural(candidate.tokens[0])) {
      return KindVote(kind: .person, weight: 4)
    }
    // "Free Democrats", "Young Conservatives": adjectives before the plural of a role word name a
    // party or group, not a person ("Tom Sellers" opens with a noun).
    // So does a place before one ("Ulster Unionists"); not before an event's head ("the
    // Scandinavian Masters", "the U.S. Masters").
    if candidate.tokens.count >= 2, let last = candidate.tokens.last, isRolePlural(last),
      !lexicon.eventHeads.contains(lower(last)),
      candidate.tokens.dropLast().allSatisfy({
        lexicon.adjectives.contains(lower($0)) || lexicon.place(Lexicon.fold(text($0))) != nil
      })
    {
      return KindVote(kind: .organization, weight: 3)
    }
    if candidate.tokens.count >= 2, candidate.wordAfterIsAdjacent, candidate.followedByLowerWord,
      KindVote.staffNounsAfter.contains(candidate.wordAfter)
    {
      return KindVote(kind: .organization, weight: 2.5)
    }
    // A byline names people ("By Helen Marsh and Ortwin Sayer"), even when a surname is a place word.
    if candidate.tokens.count >= 2,
      article.blocks[article.sentences[candidate.sentence].block].kind == .byline
    {
      return KindVote(kind: .person, weight: 4)
    }
    if candidate.inDateline { return KindVote(kind: .place, weight: 3) }
    // An age ("Petrovski, 71,"), a quoted nickname or a bracketed country in a results table say
    // person more surely than a surname that happens to be a head noun ("Grant Marsh").
    if candidate.personContext { return KindVote(kind: .person, weight: 3) }
    if candidate.namedPlace { return KindVote(kind: .place, weight: 3) }
    let words = candidate.tokens.map(lower).filter { !Self.connectors.contains($0) }
    guard let first = words.first, let last = words.last else { return KindVote(kind: .other, weight: 0) }
    // "Plaza de Mayo", "Place de la Concorde", "Rue de la Loi": a place's head, then a particle,
    // opens the name of a square or a street.
    if candidate.tokens.count >= 3, !candidate.tokens[0].isAllCaps,
      lexicon.placeHeads.contains(lower(candidate.tokens[0])),
      Self.particles.contains(lower(candidate.tokens[1])), !candidate.tokens[1].isCapitalized
    {
      return KindVote(kind: .place, weight: 3)
    }
    // An apposition types the name before it, unless the name ends in an organisation's head
    // ("Orvale Airlines , the main user of the airport ,").
    if let kind = candidate.describedAs, candidate.tokens.count == 1 || !isOrgHead(last) {
      return KindVote(kind: kind, weight: 3)
    }
    // "driver Damon Hill", "striker Tom Wood": a role noun before a name whose surname is a place
    // word; or the article has that surname speak ("Hill told reporters").
    // ("Pello Dales said": a plural place word only as such a surname.)
    if candidate.tokens.count == 2,
      lexicon.placeHeads.contains(last)
        ? isPersonAfterRole(candidate)
          // ("Roy Castle said": a given name and a place's head before a verb of saying; places
          // say nothing.)
          || (lexicon.givenNames.contains(first) && candidate.wordAfterIsAdjacent
            && KindVote.reportingVerbs.contains(candidate.wordAfter))
          // ("Damon Hill won the race", "founded by Michael Dell": a place word that is a surname
          // too.)
          || isPersonWithPlaceSurname(candidate, first: first, last: last)
          // ("named Anthony Lake to run the agency": a given name after a verb of appointing.)
          || (candidate.tokens.count == 2 && lexicon.givenNames.contains(first)
            && candidate.wordBeforeIsAdjacent
            && KindVote.appointingVerbs.contains(candidate.wordBefore))
          // ("at the Varden Hall", "at City Hall" beside "Hall said": a venue.)
          || (speakerWords.contains(last) && !candidate.hadArticle && !isPlainWord(candidate.tokens[0])
            && !(candidate.wordBefore == "the" && candidate.wordBeforeIsAdjacent) && !isHead(first)
            && !lexicon.adjectives.contains(first) && !lexicon.directions.contains(first)
            && !KindVote.placePrefixes.contains(first))
        : lexicon.placeHeads.contains(Self.singular(last))
          && isPersonWithPlaceSurname(candidate, first: first, last: last)
    {
      return KindVote(kind: .person, weight: 3)
    }
    // "Luiz Inacio Lula da Silva", "Carlos Salinas de Gortari": a lower-case particle before the
    // last word of a name that opens with no head or place is a person's ("silva" is a forest).
    if candidate.tokens.count >= 3, let lastToken = candidate.tokens.last,
      candidate.tokens[candidate.tokens.count - 2].isWord,
      !candidate.tokens[candidate.tokens.count - 2].isCapitalized,
      MentionFinder.surnameParticles.contains(lower(candidate.tokens[candidate.tokens.count - 2])),
      !isHead(first), !lexicon.orgHeads.contains(last), !lexicon.eventHeads.contains(last),
      lexicon.place(Lexicon.fold(text(candidate.tokens[0]))) == nil,
      lexicon.place(Lexicon.fold(text(lastToken))) == nil,
      // ("Banco Rio de la Plata": a known place inside makes it no person's name.)
      lexicon.place(Lexicon.fold(text(TextRange(candidate.tokens[1].start, lastToken.end)))) == nil,
      // ("the Iqlim al-Tuffah region": nor does a place noun after it.)
      !(candidate.followedByLowerWord && KindVote.placeNounsAfter.contains(candidate.wordAfter)),
      // ("the Arc de Triomphe", "the Hotel de la Paix": nor does a common noun opening it, unless
      // it is a name too: "Mark van Bommel".)
      !lexicon.isCommon(first) || lexicon.givenNames.contains(first) || lexicon.nameWords.contains(first)
    {
      return KindVote(kind: .person, weight: 3)
    }
    // "Thomas Muster of Austria": a given name and a head noun before "of" are a person and where
    // the person comes from.
    if candidate.tokens.count == 2, lexicon.givenNames.contains(first), candidate.wordAfter == "of",
      candidate.wordAfterIsAdjacent
    {
      return KindVote(kind: .person, weight: 3)
    }
    if words.count > 1 || candidate.tokens.count > 1 {
      let second = candidate.tokens.count > 1 ? lower(candidate.tokens[1]) : ""
      // "Organisation of the Islamic Conference": an organisation's head before "of" or "for" is
      // the head; the last word belongs to what follows it.
      if second == "of" || second == "for", lexicon.orgHeads.contains(first) {
        return KindVote(kind: .organization, weight: 3)
      }
      // "Missionaries of Charity", "Friends of the Earth", "Doctors Without Borders", "Physicians
      // for Human Rights".
      // ("Americans for Tax Reform": or a people.)
      if KindVote.causePrepositions.contains(second), candidate.tokens.count >= 3,
        isRolePlural(candidate.tokens[0]) || lexicon.isPeople(first)
      {
        return KindVote(kind: .organization, weight: 3)
      }
      // "Franklin County Board of Elections": a body's head before "of" or "for" outweighs an
      // event's head after it.
      let laterOf = candidate.tokens.indices.dropFirst(2).first(where: {
        ["of", "for"].contains(lower(candidate.tokens[$0]))
      })
      let bodyBeforeOf = laterOf.map { lower(candidate.tokens[$0 - 1]) }.map {
        isOrgHead($0) && !lexicon.eventHeads.contains($0)
      }
      if lexicon.eventHeads.contains(last), bodyBeforeOf != true {
        return KindVote(kind: .event, weight: 3)
      }
      if lexicon.orgHeads.contains(last) { return KindVote(kind: .organization, weight: 3) }
      // ("Ardeatine Caves", "Golan Heights": plural place heads too.)
      if lexicon.placeHeads.contains(last) || lexicon.placeHeads.contains(Self.singular(last)) {
        return KindVote(kind: .place, weight: 3)
      }
      if second == "of" || second == "for" {
        if lexicon.placeHeads.contains(first) { return KindVote(kind: .place, weight: 3) }
        if lexicon.eventHeads.contains(first) { return KindVote(kind: .event, weight: 3) }
      }
      // "World Series of Golf", "National Institutes of Health": the word before a later "of" is
      // the head, read as the last word is (an event's head first).
      if let of = laterOf {
        let head = lower(candidate.tokens[of - 1])
        if lexicon.eventHeads.contains(head) { return KindVote(kind: .event, weight: 3) }
        if isOrgHead(head) { return KindVote(kind: .organization, weight: 3) }
      }
      // "Central Bureau of Investigation": an organisation's head inside outweighs a compass word.
      if lexicon.directions.contains(first), !words.contains(where: { lexicon.orgHeads.contains($0) }) {
        return KindVote(kind: .place, weight: 3)
      }
      // "Port Aurel", "Lake Placid", "Mount Kenya": a place word before a name.
      if KindVote.placePrefixes.contains(first), words.count == 2 || KindVote.streetPrefixes.contains(first) {
        return KindVote(kind: .place, weight: 3)
      }
      if text(candidate.range).contains(" & ") { return KindVote(kind: .organization, weight: 2.5) }
      if words.contains(where: { lexicon.orgHeads.contains($0) }) {
        return KindVote(kind: .organization, weight: 2.5)
      }
      if words.contains(where: { lexicon.eventHeads.contains($0) }) {
        return KindVote(kind: .event, weight: 2)
      }
    }
    // "Morgan Stanley's Ellen Zentner": a name whose possessive stands right before a person's
    // given name and surname is where that person works, not a person.
    // ("Bouchard 's Parti Quebecois": the surname of the article's person leads the party.)
    if let last = candidate.tokens.last, last.isPossessive, candidate.tokens.count <= 4,
      candidate.wordAfterIsAdjacent, isFullNameAfter(candidate),
      !(candidate.tokens.count == 1 && secondNameWords.contains(lower(last)))
    {
      return KindVote(kind: .organization, weight: 2.5)
    }
    // "centre Richard Tombs": a known given name opening a name of two or three words outweighs
    // the words around it.
    if (2...3).contains(candidate.tokens.count), !candidate.tokens[0].isAllCaps,
      lexicon.givenNames.contains(lower(candidate.tokens[0])), !candidate.tokens.contains(where: \.hasDigit)
    {
      return KindVote(kind: .person, weight: 3)
    }
    if candidate.workplace { return KindVote(kind: .organization, weight: 2.5) }
    // "Medecins Sans Frontieres (MSF)": a name the writer gives an acronym is an organisation's.
    if candidate.definedAcronym != nil, candidate.tokens.count >= 2 {
      return KindVote(kind: .organization, weight: 2.5)
    }
    if isBeforeOrganizationNoun(candidate) { return KindVote(kind: .organization, weight: 2.5) }
    // ("the Tarvo and Pello rivers": the plural too.)
    // ("the Salang pass": a mountain's pass after "the"; "a Zidane pass" is a player's.)
    if candidate.tokens.count <= 3, candidate.followedByLowerWord,
      KindVote.placeNounsAfter.contains(candidate.wordAfter)
        || KindVote.placeNounsAfter.contains(MentionFinder.singular(candidate.wordAfter))
        || candidate.wordAfter == "pass" && candidate.wordBefore == "the" && candidate.wordBeforeIsAdjacent
    {
      return KindVote(kind: .place, weight: 2.5)
    }
    // "shipping group Maersk", "the broadcaster BBC": a lower-case organisation noun before a name.
    // ("Russian airline Aeroflot": or a word for a kind of company.)
    // ("state oil company Den Norske Stats Oljeselskap": a foreign name may run to five words.)
    // ("analysis provider Vanda Insights": a kind of company that is also a role word, before a
    // name that opens with no given name; "broadcaster David Attenborough" is a person, and a
    // "bulk carrier" is a ship.)
    if candidate.tokens.count <= 5, candidate.wordBeforeIsAdjacent,
      (lexicon.orgHeads.contains(candidate.wordBefore)
        || isCompanyNoun(candidate.wordBefore))
        && !lexicon.roles.contains(candidate.wordBefore)
        // ("Norwegian international Henrik Larsson": in lower case, a player capped by a country.)
        && candidate.wordBefore != "international"
        // ("Cardiff centre Leigh Davies": a position after a club, not a kind of body.)
        && !(MentionFinder.positionNouns.contains(candidate.wordBefore) && isAfterClubName(candidate))
        || (isCompanyRole(candidate.wordBefore) && !lexicon.givenNames.contains(first)
          && !lexicon.nameWords.contains(first)),
      lexicon.lemma(candidate.wordBefore) == candidate.wordBefore
    {
      return KindVote(kind: .organization, weight: 3)
    }
    // "copper producer Tarnack", "sugar refiner Orvale Sucre": a trade in goods before a name;
    // "film producer Dana Whitley" is a person.
    if candidate.afterGoodsTrade, candidate.tokens.count <= 4, !lexicon.givenNames.contains(first) {
      return KindVote(kind: .organization, weight: 3)
    }
    // ("European rival Orvale Industrie , which …": "which" and "its" outweigh the role before.)
    if candidate.tokens.count <= 3, isPersonAfterRole(candidate),
      !candidate.beforeWhich, candidate.pronounAfter != .organization
    {
      return KindVote(kind: .person, weight: 3)
    }
    // "at The Oval" in a story with scores: the venue.
    // ("at the Nou Camp": with "the" in lower case too.)
    if candidate.hadArticle
      || (candidate.wordBefore == "the" && candidate.wordBeforeIsAdjacent
        && !candidate.tokens.contains(where: \.isAllCaps)),
      hasScores, wordBeforeArticle(candidate) == "at"
    {
      return KindVote(kind: .place, weight: 2.5)
    }
    if candidate.hadArticle { return KindVote(kind: .organization, weight: 2) }
    // "the Gulf", "the Channel": a place noun alone, capitalised after "the", names the place. A
    // word for a polity alone ("the Commonwealth", "the Republic") names its institutions instead.
    // ("for Gulf unity": without "the" too, before a lower-case word.)
    if candidate.wordBefore == "the" || candidate.followedByLowerWord, candidate.tokens.count == 1,
      !candidate.tokens[0].isAllCaps,
      isPlaceNoun(lower(candidate.tokens[0])), !KindVote.polities.contains(lower(candidate.tokens[0]))
    {
      return KindVote(kind: .place, weight: 2.5)
    }
    // "Ford 's Genk plant", "its Sunderland factory": after an owner, a name before a works is
    // where it stands.
    if candidate.tokens.count <= 2, candidate.followedByLowerWord, candidate.wordAfterIsAdjacent,
      KindVote.worksNouns.contains(candidate.wordAfter),
      (candidate.wordBeforeIsAdjacent && ["its", "their"].contains(candidate.wordBefore))
        || followsPossessive(candidate.range.start)
        // ("the Chuquicamata mine"; not "the Toyota plant" beside "Toyota Motor Corp".)
        // (One word only: "the Arvo Plastics plant" names its owner.)
        // ("the new El Teniente smelter": or after "the" and an adjective, and a name that opens
        // with an article of its own.)
        || ((candidate.tokens.count == 1
          || (candidate.tokens.count == 2 && Self.particles.contains(lower(candidate.tokens[0]))))
          && candidate.wordBeforeIsAdjacent
          && (candidate.wordBefore == "the"
            || (lexicon.adjectives.contains(candidate.wordBefore)
              && wordBefore(candidate, before: candidate.wordBefore) == "the"))
          && !isOwnerHere(candidate))
    {
      return KindVote(kind: .place, weight: 3)
    }
    // "won the Open" after "the British Open": an event's head alone after "the" names the event
    // the article names in full.
    if candidate.wordBefore == "the", candidate.tokens.count == 1,
      namedEventHeads.contains(lower(candidate.tokens[0]))
    {
      return KindVote(kind: .event, weight: 2.5)
    }
    // People do not take "the": "the Kremlin said", "the Pentagon", "the Bundesbank".
    if candidate.wordBefore == "the", !candidate.hadTitle, candidate.qualifier == nil {
      return KindVote(kind: .organization, weight: 2)
    }
    // "driving a Subaru Impreza", "models such as a Ford Escort": nor do they take "a"; after it
    // a name is a make or a model, or the body of the noun it modifies ("a Tarvo spokesman").
    // ("a Shearer header": a player's play is still his.)
    if candidate.wordBefore == "a" || candidate.wordBefore == "an", candidate.wordBeforeIsAdjacent,
      !candidate.hadTitle, candidate.qualifier == nil, !(candidate.tokens.last?.isPossessive ?? false)
    {
      if candidate.wordAfterIsAdjacent, candidate.followedByLowerWord {
        if KindVote.plays.contains(candidate.wordAfter) { return KindVote(kind: .person, weight: 2) }
        // ("a Reuters survey", "a Kremlin source": what a body issues or holds is no model.)
        if lexicon.roles.contains(MentionFinder.singular(candidate.wordAfter))
          || KindVote.bodysIssues.contains(candidate.wordAfter)
        {
          return KindVote(kind: .organization, weight: 2)
        }
      }
      return KindVote(kind: .other, weight: 2)
    }
    // ("76ers president …": a team named with a number.)
    if candidate.tokens.contains(where: { $0.hasDigit && !Tokenizer.isNumberedName(scalars, $0) }) {
      return KindVote(kind: .other, weight: 2)
    }
    // An acronym in running text; in a headline set in capitals every word is.
    if candidate.tokens.count == 1, candidate.tokens[0].isAllCaps, !shouting[candidate.sentence] {
      return KindVote(kind: .organization, weight: 2)
    }
    if candidate.tokens.count >= 2 {
      // "Ajax Amsterdam", "Dynamo Kiev", "Red Star Belgrade": a name ending in a capital city is a
      // club's or a company's, not a person's. So is one ending in a country ("Ansett
      // Australia"), unless it opens with a given name ("Michael Jordan").
      if candidate.tokens.count <= 3, !candidate.hadTitle, let lastToken = candidate.tokens.last,
        let place = lexicon.place(Lexicon.fold(text(lastToken))),
        place == .capital
          || (place == .country && !lexicon.givenNames.contains(first) && !lexicon.nameWords.contains(first)),
        lexicon.place(Lexicon.fold(text(candidate.tokens[0]))) == nil
      {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // "Swire Pacific", "Virgin Atlantic": no one's surname is a sea's adjective (the words the
      // lexicon lists as their own place: "Pacific", "Atlantic", "Baltic", "Aegean" …).
      if candidate.tokens.count == 2, !candidate.hadTitle, let lastToken = candidate.tokens.last,
        !lastToken.isAllCaps, case let word = text(lastToken), lexicon.demonymPlace(word) == word
      {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // "Thomson Multimedia" beside "Thomson SA": a name that opens with the first word of the
      // article's company is a company of that group.
      if !candidate.hadTitle, companyFirstWords.contains(Lexicon.fold(text(candidate.tokens[0]))) {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // "Bradford Bulls", "Kansas City Chiefs": a town and the plural of a common noun name a team
      // ("Victoria Falls", "Golan Heights": not a place's own plural head).
      if !candidate.hadTitle, isTownAndTeamNoun(candidate.tokens[...]) {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // "Borussia Dortmund", "Hansa Rostock": in a story with scores, so is one ending in a town,
      // when its first word is no given name and no English word ("Tony Adams" stays a player).
      // ("Lindsay Davenport of the United States": a player comes from a country.)
      // (Not in a sentence that scores a match by sets: "beat Lindsay Davenport 6-2 6-3".)
      if candidate.tokens.count == 2, hasScores, !setScores[candidate.sentence], !candidate.hadTitle,
        !candidate.personContext,
        !(candidate.wordAfter == "of" && candidate.wordAfterIsAdjacent),
        lexicon.place(Lexicon.fold(text(candidate.tokens[1]))) != nil, !candidate.tokens[0].isAllCaps,
        // ("Dafydd James": a town that WordNet also knows as somebody's surname says nothing.)
        lexicon.group(text(candidate.tokens[1]))?.kind != .person,
        !lexicon.givenNames.contains(first), !lexicon.nameWords.contains(first), !lexicon.isCommon(first),
        lexicon.place(Lexicon.fold(text(candidate.tokens[0]))) == nil
      {
        return KindVote(kind: .organization, weight: 2.5)
      }
      // "Serie A", "Group C": a single capital letter after a word names a league or a group,
      // not a person (an initial comes first and has its full stop).
      if candidate.tokens.count == 2, let lastToken = candidate.tokens.last,
        lastToken.end - lastToken.start == 1, scalars[lastToken.start].isUpper
      {
        return KindVote(kind: .event, weight: 2.5)
      }
      // "Davis Love III": a generation numeral ends a person's name ("the Rainbow Warrior II" is
      // a ship's).
      if candidate.tokens.count >= 3, !candidate.hadArticle,
        !(candidate.wordBefore == "the" && candidate.wordBeforeIsAdjacent), let last = candidate.tokens.last,
        ["ii", "iii", "iv"].contains(lower(last)), last.isAllCaps
      {
        return KindVote(kind: .person, weight: 3)
      }
      if candidate.tokens.contains(where: \.isAllCaps) { return KindVote(kind: .organization, weight: 1.5) }
      // "at Old Trafford", "at Great Ormond Street": after "at", a name opened by an adjective
      // is a place, not a person.
      // So is any name after "at" in a story with scores: the venue ("beat South Africa at
      // Loftus Versfeld").
      if candidate.wordBefore == "at", candidate.wordBeforeIsAdjacent,
        lexicon.adjectives.contains(first) || hasScores
      {
        return KindVote(kind: .place, weight: 2.5)
      }
      // "Deutsche Telekom , which made its debut": people are "who", not "which"; nor do they
      // speak of themselves as "its" ("Orvale Foods said its profit rose").
      if candidate.beforeWhich || candidate.pronounAfter == .organization || takesPluralVerb(candidate) {
        return KindVote(kind: .organization, weight: 2)
      }
      // "Credit Suisse", "Air France", "Radio Moscow": a common English word that is no name,
      // adjective or compass point, before a place's name, names a company or a station.
      // ("Air New Zealand": or a place's name of two words.)
      if (2...3).contains(candidate.tokens.count), !candidate.hadTitle, !candidate.personContext,
        lexicon.isCommon(first), !lexicon.nameWords.contains(first), !lexicon.givenNames.contains(first),
        !lexicon.adjectives.contains(first), !lexicon.directions.contains(first),
        case let rest = TextRange(candidate.tokens[1].start, candidate.range.end),
        lexicon.place(Lexicon.fold(text(rest))) != nil
          // ("Virgin Atlantic": or a nationality's or a sea's adjective.)
          || (candidate.tokens.count == 2 && lexicon.demonymPlace(text(rest)) != nil),
        lexicon.group(text(rest))?.kind != .person
      {
        return KindVote(kind: .organization, weight: 2)
      }
      // "the Market Index": people's names are not made of common words only.
      if candidate.tokens.allSatisfy({ lexicon.isCommon(lower($0)) && !lexicon.nameWords.contains(lower($0)) }
      ) {
        return KindVote(kind: .organization, weight: 1.5)
      }
      // "its teams in El Fasher were": after "in" or "near", a name that opens with no given
      // name and no possessive is where, not who.
      if candidate.wordBeforeIsAdjacent, ["in", "near"].contains(candidate.wordBefore),
        !lexicon.givenNames.contains(first), !lexicon.nameWords.contains(first),
        !(candidate.tokens.last?.isPossessive ?? false)
      {
        return KindVote(kind: .place, weight: 2)
      }
      // "Paris Saint-Germain", "Tokyo Electric": a country or a capital opening a longer name that
      // no list knows names a body there, unless it is also a given name ("Chad Johnson").
      if let place = lexicon.place(Lexicon.fold(text(candidate.tokens[0]))), place != .place,
        !lexicon.givenNames.contains(first), !lexicon.nameWords.contains(first),
        !candidate.tokens[0].isAllCaps
      {
        return KindVote(kind: .organization, weight: 2)
      }
      // "Advanced Micro Devices", "Golden State Warriors": three words or more that open with no
      // given name and end in the plural of a common noun name a body ("Tiger Woods" is two).
      // ("Informateur Kim Putters , who is leading": "who" speaks of a person.)
      if candidate.tokens.count >= 3, let lastToken = candidate.tokens.last, !lastToken.isAllCaps,
        !lexicon.givenNames.contains(first), !lexicon.nameWords.contains(first), !candidate.beforeWho
      {
        let singular = lexicon.inflections[last] ?? Self.singular(last)
        if singular != last, lexicon.isCommon(singular), !lexicon.isPeople(singular) {
          return KindVote(kind: .organization, weight: 2)
        }
      }
      return KindVote(kind: .person, weight: 2, fromShapeAlone: true)
    }
    // (Not a common word: "United , who face Derby" is the club.)
    if candidate.beforeWho, !candidate.tokens.allSatisfy({ lexicon.isCommon(lower($0)) }) {
      return KindVote(kind: .person, weight: 2)
    }
    // "rival Orvalis , which had hoped": a body; not a town after "in" ("in Orvale , which lies").
    if candidate.beforeWhich, !candidate.tokens[0].isAllCaps,
      !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore))
    {
      return KindVote(kind: .organization, weight: 2)
    }
    // "criticism from Democrats and Republicans", "opposed by Socialists": a party's members
    // are the party, not a place "from" names.
    if isPartyMembers(candidate) { return KindVote(kind: .organization, weight: 1.5) }
    // ("Ericsson of Sweden and Nokia of Finland": a name with its own country is no place listed
    // with the one before.)
    if candidate.coordinatedWithPlace, !isBeforeOfCountry(candidate) {
      return KindVote(kind: .place, weight: 1.5)
    }
    if let kind = candidate.pronounAfter { return KindVote(kind: kind, weight: 2) }
    // "Yeltsin 's heart", "Lebed 's aides": what a name's possessive holds may be only a person's.
    if candidate.tokens.count <= 3, let last = candidate.tokens.last, last.isPossessive, !last.isAllCaps,
      candidate.wordAfterIsAdjacent, KindVote.personalPossessions.contains(candidate.wordAfter),
      lexicon.place(folded) == nil
    {
      return KindVote(kind: .person, weight: 2)
    }
    // "the Interior Ministry and Police denied": an organisation's head alone names a body.
    if candidate.tokens.count == 1, isOrgHead(first) { return KindVote(kind: .organization, weight: 2) }
    if takesPluralVerb(candidate) { return KindVote(kind: .organization, weight: 2) }
    // "Ronaldo scored twice": in a story with scores, one name before a player's verb.
    if candidate.wordAfterIsAdjacent, KindVote.playerVerbs.contains(candidate.wordAfter), hasScores,
      !candidate.tokens[0].isAllCaps
    {
      return KindVote(kind: .person, weight: 1.5)
    }
    // "Meteo-France warned", "Radio-Canada said": one hyphenated word that ends in a country's
    // name after a part that is no place and no given name is a body of that country.
    if candidate.tokens.count == 1, candidate.tokens[0].hasHyphen, !candidate.tokens[0].isAllCaps,
      let hyphen = written.lastIndex(of: "-"),
      lexicon.place(Lexicon.fold(String(written[written.index(after: hyphen)...]))) == .country,
      case let opening = Lexicon.fold(String(written[..<hyphen])),
      lexicon.place(opening) == nil, !lexicon.givenNames.contains(opening)
    {
      return KindVote(kind: .organization, weight: 2)
    }
    // "Brandt said"; but in "officials in Jayapura said" the name is no subject.
    // ("contracts with Titleist said to be worth $40 million": nor before a passive "said to".)
    // ("Orvale , the car maker controlled by Tarvo , said": nor after a preposition, with a comma
    // between it and the verb; the verb is the clause's before it.)
    if KindVote.reportingVerbs.contains(candidate.wordAfter),
      !(candidate.wordBeforeIsAdjacent && KindVote.placePrepositions.contains(candidate.wordBefore)),
      !(candidate.wordAfterIsAdjacent && isPassiveSaying(candidate)),
      !(candidate.wordBeforeIsAdjacent && !candidate.wordAfterIsAdjacent
        && MentionFinder.notOwnPluralSubject.contains(candidate.wordBefore))
    {
      return KindVote(kind: .person, weight: 1.5)
    }
    // "Yeltsin would rest", "Lebed resigned", "Mugabe was arrested": what only a person does, or
    // has done to them, right after the name or after its auxiliary.
    if candidate.tokens.count <= 3, candidate.wordAfterIsAdjacent, candidate.followedByLowerWord,
      !candidate.tokens.contains(where: \.isAllCaps),
      !candidate.wordBeforeIsAdjacent
        || !KindVote.placePrepositions.contains(candidate.wordBefore),
      case let auxiliary = KindVote.auxiliaries.contains(candidate.wordAfter),
      let verb = auxiliary ? wordAfter(candidate, after: candidate.wordAfter) : candidate.wordAfter,
      KindVote.personalVerbs.contains(verb) || (auxiliary && KindVote.personalPassives.contains(verb))
    {
      return KindVote(kind: .person, weight: 1.5)
    }
    if candidate.locatedInPlace, candidate.tokens.count == 1 { return KindVote(kind: .place, weight: 1.2) }
    // "a goal from Kiko", "a header from Ronaldo": a play comes from a player, not a place.
    if candidate.wordBefore == "from", let play = wordBefore(candidate, before: "from"),
      KindVote.plays.contains(play)
    {
      return KindVote(kind: .person, weight: 2)
    }
    // "aides to Dole", "a confidant to Lebed": a person's staff.
    if candidate.wordBefore == "to", candidate.tokens.count <= 3,
      let staff = wordBefore(candidate, before: "to"),
      KindVote.personalStaff.contains(staff)
    {
      return KindVote(kind: .person, weight: 2)
    }
    // ("according to YouGov": a source, not a destination.)
    if KindVote.placePrepositions.contains(candidate.wordBefore), !candidate.spokenTo,
      !(candidate.wordBefore == "to" && wordBefore(candidate, before: "to") == "according")
    {
      // "takes aim at Apple", "buyers from Apple": one common word that no gazetteer knows is a
      // firm's name more often than a town's ("Shell", "Oracle"). Not after "in" or "near",
      // which say where, whatever the word ("cut near Valence").
      if candidate.tokens.count == 1, ["at", "from", "to"].contains(candidate.wordBefore),
        lexicon.isCommon(first),
        !candidate.tokens[0].isAllCaps, lexicon.place(folded) == nil
      {
        return KindVote(kind: .organization, weight: 1)
      }
      // ("losing ground to Volkswagen and Renault": the party a thing passes to, unless the
      // gazetteer knows a town.)
      if isPassedToParty(candidate), lexicon.place(folded) == nil {
        return KindVote(kind: .organization, weight: 1)
      }
      return KindVote(kind: .place, weight: 1)
    }
    // "fighting in eastern Orvalia": a compass adjective between the preposition and the name.
    if candidate.wordBeforeIsAdjacent, lexicon.directions.contains(candidate.wordBefore),
      let preposition = wordBefore(candidate, before: candidate.wordBefore),
      KindVote.placePrepositions.contains(preposition)
    {
      return KindVote(kind: .place, weight: 1.5)
    }
    // "two goals from Brazilian Ronaldo": one unknown word right after a nationality is a
    // person; a body takes a noun between them ("Brazilian planemaker Embraer").
    if candidate.tokens.count == 1, !candidate.tokens[0].isAllCaps, isAfterNationality(candidate),
      !lexicon.isCommon(first), lexicon.place(folded) == nil
    {
      return KindVote(kind: .person, weight: 1)
    }
    // "Leo makes the difference": a given name alone, with nothing else to go on.
    if candidate.tokens.count == 1, !candidate.tokens[0].isAllCaps, lexicon.givenNames.contains(first) {
      return KindVote(kind: .person, weight: 1)
    }
    return KindVote(kind: .organization, weight: 0.5, isFallback: true)
  }

  /// `votes` with each lone word that only the fallback typed taking the kind of a person's name
  /// it is listed with: "talks between Arafat and Netanyahu", "Chirac , Kohl and Major".
  func sharingListKinds(_ candidates: [Candidate], _ votes: [KindVote]) -> [KindVote] {
    var shared = votes
    // "Tarvo Dagalen , known as Hemetti ,": the other name of a person named just before.
    for index in candidates.indices.dropFirst() where candidates[index].tokens.count <= 2 {
      let before = candidates[index - 1]
      guard before.sentence == candidates[index].sentence, votes[index - 1].kind == .person,
        votes[index - 1].weight >= 2, votes[index].weight < 3,
        isKnownAsJoint(before.range.end, candidates[index].range.start)
      else { continue }
      shared[index] = KindVote(kind: .person, weight: 3)
    }
    for index in candidates.indices where votes[index].isFallback && candidates[index].tokens.count == 1 {
      for other in [index - 1, index + 1] where other >= 0 && other < candidates.count {
        let (first, second) = other < index ? (other, index) : (index, other)
        guard candidates[other].sentence == candidates[index].sentence, votes[other].kind == .person,
          votes[other].weight >= 1.5, isListJoint(candidates[first].range.end, candidates[second].range.start)
        else { continue }
        shared[index] = KindVote(kind: .person, weight: 1)
      }
    }
    return shared
  }

  /// Whether a comma or a bracket and "known as" (or "also known as", "better known as",
  /// "nicknamed") stand between two offsets.
  func isKnownAsJoint(_ start: Int, _ end: Int) -> Bool {
    guard let joint = joint(start, end, longest: 22) else { return false }
    return [",knownas", "(knownas", ",alsoknownas", ",betterknownas", ",nicknamed", "(nicknamed"].contains(
      joint)
  }

  /// Whether only "and", "or" or a comma, with spaces, stands between two offsets.
  func isListJoint(_ start: Int, _ end: Int) -> Bool {
    guard let joint = joint(start, end, longest: 5) else { return false }
    return joint == "and" || joint == "or" || joint == ","
  }

  /// The text between two offsets without its spaces, if it is no longer than `longest`.
  func joint(_ start: Int, _ end: Int, longest: Int) -> String? {
    guard start < end, end - start <= longest else { return nil }
    var joint = ""
    for scalar in scalars[start..<end] where !scalar.isSpace { joint.unicodeScalars.append(scalar) }
    return joint
  }
}
