import CrossreadAnalysis
import CrossreadCore
import Testing

/// Cases from wire copy about business, sport and diplomacy: each pins one general rule.
@Suite("Names in wire stories")
struct WireEntityTests {
  @Test("a country that is also a common noun (and a WordNet role) is still a country")
  func countriesThatAreWords() {
    let result = analyse("Trade talks\n\nEnvoys from Turkey, Chad and Jordan met in Vienna on Monday.")
    for name in ["Turkey", "Chad", "Jordan"] {
      #expect(result.entity(writtenAs: name)?.kind == .place, "\(name)")
    }
  }

  @Test("hyphenated titles are stripped: Secretary-General, Director-General, Vice-President")
  func hyphenatedTitles() {
    let result = analyse(
      "Summit\n\nIn Oslo, NATO Secretary-General Anna Berg urged calm. Vice-President Joel Amari agreed.")
    #expect(result.entity(writtenAs: "Anna Berg")?.kind == .person)
    #expect(result.entity(writtenAs: "NATO")?.kind == .organization)
    #expect(result.entity(writtenAs: "Joel Amari")?.kind == .person)
    #expect(
      !result.mentionTexts.contains { $0.contains("Secretary-General") || $0.contains("Vice-President") })
  }

  @Test("a company's legal form and line of business are dropped to link its short names")
  func companyShortForms() {
    let result = analyse(
      """
      Profit falls

      Kestrel Shipping ASA reported a fall in profit on Tuesday. Kestrel Shipping said costs rose, \
      and shares in Kestrel fell 4 percent.
      """)
    let company = result.entity(writtenAs: "Kestrel Shipping ASA")
    #expect(company?.kind == .organization)
    #expect(company?.id == result.entity(writtenAs: "Kestrel")?.id)
    #expect(company?.id == result.entity(writtenAs: "Kestrel Shipping")?.id)
  }

  @Test("named streets, grounds and airports are places, not people")
  func facilities() {
    let result = analyse(
      """
      Match report

      Dorset Rovers drew at Marrow Road on Saturday. Fans later marched down Kettle Street, and \
      the team flew home from Bramley Airport.
      """)
    for name in ["Marrow Road", "Kettle Street", "Bramley Airport"] {
      #expect(result.entity(writtenAs: name)?.kind == .place, "\(name)")
    }
    #expect(result.entity(writtenAs: "Dorset Rovers")?.kind == .organization)
  }

  @Test("several name particles in a row stay inside the name")
  func particleSequences() {
    let result = analyse(
      """
      Briefing

      Commission spokesman Piet van der Lende told reporters the plan stood. Analyst Maria de la \
      Vega disagreed, and so did Karl von der Aue.
      """)
    for name in ["Piet van der Lende", "Maria de la Vega", "Karl von der Aue"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(result.entity(writtenAs: "Piet") == nil)
  }

  @Test("peoples and nationality words are not places; a country named with its adjective is")
  func peoplesAndCountries() {
    let result = analyse(
      """
      TENNIS - RESULTS AT MARLOVIAN OPEN .

      Israelis and Thais met in the final . Jana Novak ( Czech Republic ) beat Ana Ruiz ( Spain ) .
      """)
    #expect(result.entity(writtenAs: "Israelis") == nil)
    #expect(result.entity(writtenAs: "Thais") == nil)
    #expect(result.entity(writtenAs: "Czech Republic")?.kind == .place)
    #expect(result.entity(writtenAs: "Jana Novak")?.kind == .person)
  }

  @Test("a listener is no place; towns coordinated after 'in' are places; 'and' inside a union's name")
  func wireContext() {
    let result = analyse(
      """
      Jobs cut

      Kestrel Motor Co will cut jobs at its plants in Brackley and Tolworth , Kestrel said . \
      The Transport and General Workers Union ( TGWU ) will fight the cuts , Jon Hale told \
      Westwire in London .
      """)
    #expect(result.entity(writtenAs: "Tolworth")?.kind == .place)
    #expect(result.entity(writtenAs: "Westwire")?.kind != .place)
    let union = result.entity(writtenAs: "Transport and General Workers Union")
    #expect(union?.kind == .organization)
    #expect(union?.id == result.entity(writtenAs: "TGWU")?.id)
    #expect(result.entity(writtenAs: "Kestrel")?.id == result.entity(writtenAs: "Kestrel Motor Co")?.id)
  }

  @Test("a leaderboard line of names among scores is a table, not a headline: given names stay")
  func leaderboard() {
    let result = analyse(
      """
      GOLF - LEADING SCORES .

      Leading scores after the second round on Friday :

      136 Frank Dellow 69 67 , Grant Marsh ( Australia ) 68 68
      """)
    #expect(result.entity(writtenAs: "Frank Dellow")?.kind == .person)
    #expect(result.entity(writtenAs: "Grant Marsh")?.kind == .person)
  }

  @Test("after a title a common given name stays; 'the village of X' is a place; headline words")
  func titlesVillagesHeadlines() {
    let result = analyse(
      """
      ROWING - DORSET SIGN VETERAN STROKEMAN .

      Officials said President Bill Clinton would attend . The race starts near the village of \
      Umbleby . Dorset signed the veteran strokeman on Friday .
      """)
    // "Clinton" alone is also a town in the gazetteer; after "President" "Bill" is a given name.
    #expect(result.entity(writtenAs: "Bill Clinton")?.kind == .person)
    #expect(result.entity(writtenAs: "Umbleby")?.kind == .place)
    #expect(result.entity(writtenAs: "STROKEMAN") == nil)
  }

  @Test("games named by an adjective go by its plural: the Olympics; the Paralympic Games stay apart")
  func gamesAndTheirPlural() {
    let result = analyse(
      """
      Games

      Vrana bid to host the Olympics . The Olympic Winter Games ended as the Paralympic Games began .
      """, "Later\n\nThe Olympics drew record crowds .")
    let olympics = result.entity(writtenAs: "Olympic Winter Games")
    #expect(olympics?.kind == .event)
    #expect(olympics?.id == result.entity(writtenAs: "Olympics")?.id)
    #expect(olympics?.articles.count == 2)
    #expect(result.entity(writtenAs: "Paralympic Games")?.id != olympics?.id)
  }

  @Test(
    "'St' opens a place's name; a news agency named before its noun; a compass word goes with its adjective")
  func saintsAgenciesCompass() {
    let result = analyse(
      """
      Visit

      South African envoy Ivo Brand arrived in St Tellis on Friday , the official Korvan news \
      agency said . He later visited the University of St. Orrin .
      """)
    #expect(result.entity(writtenAs: "St Tellis")?.kind == .place)
    #expect(result.entity(writtenAs: "Tellis") == nil)
    #expect(result.entity(writtenAs: "University of St. Orrin")?.kind == .organization)
    #expect(result.entity(writtenAs: "Korvan")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ivo Brand")?.kind == .person)
    #expect(result.entity(writtenAs: "South") == nil)
  }

  @Test("a surname that is also an English word is still a name when it opens a sentence and speaks")
  func commonWordSurnames() {
    let result = analyse(
      """
      Talks

      Chancellor Gordon Brown met Premier Li Peng in Beijing .

      Brown said the talks went well . Li told reporters China wanted trade .
      """)
    let brown = result.entity(writtenAs: "Gordon Brown")
    #expect(brown?.kind == .person)
    #expect(brown?.id == result.entity(writtenAs: "Brown")?.id)
    #expect(result.entity(writtenAs: "Li Peng")?.id == result.entity(writtenAs: "Li")?.id)
  }

  @Test("trade surnames are not titles; 'an analyst with X' is a workplace; 'Squad :' is no role noun")
  func tradeSurnamesAndWorkplaces() {
    let result = analyse(
      """
      Squad named

      " Prices will rise , " said Ola Brenn , an analyst with Baker Mollick in Oslo .

      Squad : Tim Stallard ( Newcastle ) , Jon Hale ( Bath ) .
      """)
    #expect(result.entity(writtenAs: "Baker Mollick")?.kind == .organization)
    #expect(result.entity(writtenAs: "Mollick") == nil)
    #expect(result.entity(writtenAs: "Tim Stallard")?.kind == .person)
  }

  @Test("a common word that WordNet knows as a surname does not open a name in a headline")
  func commonWordSurnameInHeadline() {
    let result = analyse("Banks brace for new rules\n\nLenders in Vrana said costs would rise .")
    #expect(result.entity(writtenAs: "Banks") == nil)
  }

  @Test("capitalised common words right after a lower-case 'the' are a name")
  func commonWordsAfterThe() {
    let result = analyse(
      "Vote\n\nThe Greens came fourth behind the Liberal Democrats , and the Rolling Pins did not stand .")
    #expect(result.entity(writtenAs: "Liberal Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Rolling Pins") != nil)
  }

  @Test("a short form that is a known place stays the place")
  func shortFormPlace() {
    let result = analyse("Airport deal\n\nLisbon Capital bought the terminal. Lisbon welcomed the sale.")
    #expect(result.entity(writtenAs: "Lisbon")?.kind == .place)
    #expect(result.entity(writtenAs: "Lisbon")?.id != result.entity(writtenAs: "Lisbon Capital")?.id)
  }

  @Test("a workplace after 'analysts at' is an organisation, not a person's name")
  func workplaces() {
    let result = analyse("Markets\n\nAnalysts at Hartley Brandt expected a smaller decline, said Mia Roth.")
    #expect(result.entity(writtenAs: "Hartley Brandt")?.kind == .organization)
    #expect(result.entity(writtenAs: "Mia Roth")?.kind == .person)
  }

  @Test("club and company head words make organisations: United, Rovers, Energy, Power, AG")
  func clubAndCompanyHeads() {
    let result = analyse(
      "Results\n\nStriker Ian Pell scored as Corbridge United beat Elmsworth Rovers 2-1. Tallin Power AG fell."
    )
    for name in ["Corbridge United", "Elmsworth Rovers", "Tallin Power AG"] {
      #expect(result.entity(writtenAs: name)?.kind == .organization, "\(name)")
    }
  }

  @Test("a common word before a role noun modifies the role: 'Opposition leader' names no one")
  func modifierBeforeRole() {
    let result = analyse("Mood\n\nThe minister is cautious. Opposition leader Karel Dunne objected.")
    #expect(result.entity(writtenAs: "Opposition") == nil)
    #expect(result.entity(writtenAs: "Karel Dunne")?.kind == .person)
  }

  @Test("a headline in capitals splits at its common words and its names read as in the text")
  func shoutedHeadline() {
    let result = analyse(
      """
      ROWING - OXFORD SINK CAMBRIDGE IN FOG .
      PUTNEY 1998-03-28
      Oxford beat Cambridge by three lengths on Saturday , officials in Putney said .
      """)
    #expect(result.entity(writtenAs: "OXFORD")?.name == "Oxford")
    #expect(result.entity(writtenAs: "CAMBRIDGE")?.name == "Cambridge")
    #expect(!result.mentionTexts.contains { $0.contains("SINK") || $0.contains("FOG") || $0 == "ROWING" })
  }

  @Test("a name after a lower-case 'the' is not a person, even before 'said'")
  func theIsNotAPerson() {
    let result = analyse("Talks\n\nThe talks will go ahead in March, the Vorhaus said on Monday.")
    #expect(result.entity(writtenAs: "Vorhaus")?.kind == .organization)
  }

  @Test("an acronym in brackets joins a name across 'in' and links the two forms")
  func acronymAcrossPreposition() {
    let result = analyse(
      "Mission\n\nThe Council for Trade and Fisheries in Oceania ( CTFO ) met on Monday. The CTFO said it would meet again."
    )
    let council = result.entity(writtenAs: "Council for Trade and Fisheries in Oceania")
    #expect(council?.kind == .organization)
    #expect(council?.id == result.entity(writtenAs: "CTFO")?.id)
  }

  @Test("without an acronym that spells it, 'in' still ends a name")
  func prepositionEndsName() {
    let result = analyse("Visit\n\nThe Ministry of Fisheries in Oceania said catches fell.")
    #expect(result.entity(writtenAs: "Ministry of Fisheries")?.kind == .organization)
    #expect(result.entity(writtenAs: "Oceania") != nil)
  }

  @Test("titles whose first WordNet sense is a thing still strip: Chair, Anchor, Agent, Ally")
  func titlesThatAreThings() {
    let result = analyse(
      "Rates\n\nChair Lena Varga said rates would hold. Putin ally Oleg Sorin agreed, and FBI agent Tom Reyes left."
    )
    for name in ["Lena Varga", "Oleg Sorin", "Tom Reyes"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Chair") })
  }

  @Test("a person is named by the full name the articles give, not WordNet's surname")
  func fullNameForPeople() {
    let result = analyse("Rates\n\nGovernor Jerome Powell spoke on Monday. Powell said rates would hold.")
    #expect(result.entity(writtenAs: "Powell")?.name == "Jerome Powell")
  }

  @Test("a lower-case role noun before a one-word name makes a person; a participle does not")
  func roleNounBefore() {
    let result = analyse(
      "Derby\n\nBrazilian striker Pelinho scored twice. Prosecutors accused Vorland of fraud in Vorland and Ostmark."
    )
    #expect(result.entity(writtenAs: "Pelinho")?.kind == .person)
    #expect(result.entity(writtenAs: "Vorland")?.kind != .person)
  }

  @Test("an acronym in capitals that spells a function word is still an acronym: WHO")
  func functionWordAcronym() {
    let result = analyse(
      "Health\n\nThe World Health Organization (WHO) warned on Thursday. The WHO said cases rose.")
    let who = result.entity(writtenAs: "WHO")
    #expect(who?.kind == .organization)
    #expect(who?.id == result.entity(writtenAs: "World Health Organization")?.id)
  }

  @Test("a plural head holds a name together, and a bracketed acronym links whatever its letters")
  func pluralHeadAndDefinedAcronym() {
    let result = analyse(
      "Cases\n\nThe Centers for Coastal Health and Safety (CCH) reported 40 cases. CCH staff were sent to Vrana."
    )
    let centers = result.entity(writtenAs: "Centers for Coastal Health and Safety")
    #expect(centers?.kind == .organization)
    #expect(centers?.id == result.entity(writtenAs: "CCH")?.id)
  }

  @Test("month and day names: a date beside a number, a surname after a name, a given name before one")
  func calendarWordsInNames() {
    let result = analyse(
      """
      Brexit talks

      Prime Minister Theresa May met the Dutch envoy Jan de Wit in Brussels on 3 March to discuss \
      fishing rights. On Monday Ilse Varga said the talks would resume in March 2027.
      """)
    #expect(result.entity(writtenAs: "Theresa May")?.kind == .person)
    #expect(result.entity(writtenAs: "Jan de Wit")?.kind == .person)
    #expect(result.entity(writtenAs: "Ilse Varga")?.kind == .person)
    #expect(!result.mentionTexts.contains { $0.contains("March") || $0.contains("Monday") })
  }

  @Test("bylines name people, 'The Hague' is a place, 'shipping group Maersk' an organisation")
  func bylinesTheAndOrgNouns() {
    let result = analyse(
      """
      Ports brace for strike

      By Helen Marsh and Ortwin Sayer

      Talks in The Hague failed on Friday. Shipping group Vessko said it would divert ships.
      """)
    #expect(result.entity(writtenAs: "Helen Marsh")?.kind == .person)
    #expect(result.entity(writtenAs: "The Hague")?.kind == .place)
    #expect(result.entity(writtenAs: "Vessko")?.kind == .organization)
  }

  @Test("an age after a name, or a quoted nickname beside it, makes a person; 'X in Albania' a place")
  func featureCues() {
    let result = analyse(
      """
      The last ferryman

      Every morning Goran "Gogo" Petrovski unties his boat below the old monastery and waits for \
      passengers. Petrovski, 71, has rowed across the lake for half a century. Across the water, \
      the lights of Pogradec in Albania come on one by one.
      """)
    #expect(result.entity(writtenAs: "Petrovski")?.kind == .person)
    #expect(result.entity(writtenAs: "Goran")?.kind == .person)
    #expect(result.entity(writtenAs: "Pogradec")?.kind == .place)
  }

  @Test("'&' joins a company name ending in a company word, and its short forms link; 'Sept' is a month")
  func ampersandCompanies() {
    let result = analyse(
      """
      Deal

      NEW YORK, Sept 3 (Reuters) - Brightwell & Co Inc agreed to buy the packaged-food maker for cash, \
      the companies said on Tuesday. Brightwell said the deal would add to earnings next year.
      """)
    let company = result.entity(writtenAs: "Brightwell & Co Inc")
    #expect(company?.kind == .organization)
    #expect(company?.id == result.entity(writtenAs: "Brightwell")?.id)
    #expect(result.entity(writtenAs: "Sept") == nil)
  }

  @Test("US party-and-state tags after a name are not entities")
  func partyTags() {
    let result = analyse(
      "Vote\n\nSen. Rand Paul, R-Ky., voted against the measure, and Chuck Schumer, D-N.Y., said it would pass."
    )
    #expect(result.entity(writtenAs: "Rand Paul")?.kind == .person)
    #expect(!result.mentionTexts.contains { $0.hasPrefix("R-") || $0.hasPrefix("D-") })
  }

  @Test("a results table names teams, even teams named after towns; a date line is not a result")
  func resultsTable() {
    let result = analyse(
      """
      Results

      Results of league matches on Saturday :
      Leeds 0 Sheffield Wednesday 2
      Barnsley 2 Norwich 1
      Saturday, 7 March 2026
      """)
    for name in ["Leeds", "Sheffield Wednesday", "Barnsley", "Norwich"] {
      #expect(result.entity(writtenAs: name)?.kind == .organization, "\(name)")
    }
    #expect(result.entity(writtenAs: "March") == nil)
  }

  @Test("a standings line (a name and four numbers or more) names a team")
  func standings() {
    let result = analyse(
      "Standings\n\nStandings after Saturday's matches:\nVitesse Arnhem 4 2 1 1 6 5 7\nFeyenoord 4 2 2 0 7 3 8\n"
    )
    #expect(result.entity(writtenAs: "Vitesse Arnhem")?.kind == .organization)
    #expect(result.entity(writtenAs: "Feyenoord")?.kind == .organization)
  }

  @Test("a title opening a sentence is stripped before a given name that is also a word")
  func titleAtSentenceStart() {
    let result = analyse(
      """
      Decree signed

      The assembly passed the bill on Monday. President Bill Orrin signed it on Tuesday.
      """)
    #expect(result.entity(writtenAs: "Bill Orrin")?.kind == .person)
    #expect(!result.mentionTexts.contains { $0.hasPrefix("President") })
    #expect(!result.mentionTexts.contains("Orrin"))
  }

  @Test("a role word that is also a given name, before one surname, is the given name")
  func givenNamesThatAreRoles() {
    let result = analyse(
      """
      Cabinet meets

      Victor Malenko said on Monday that he would stay. Dean Orwell scored twice for the visitors.
      Health Secretary Donna Pavlek urged calm. King Tavo met the envoys later.
      """)
    for name in ["Victor Malenko", "Dean Orwell", "Donna Pavlek"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Secretary") })
    // An honorific stays a title before a single name.
    #expect(result.entity(writtenAs: "Tavo")?.kind == .person)
    #expect(!result.mentionTexts.contains("King Tavo"))
  }

  @Test("an initial opens a person's name; a place noun after a name and a garden head make places")
  func initialsAndPlaceNouns() {
    let result = analyse(
      """
      Blast in market

      Police said the blast in the Tarvik area killed two. Guests gathered in the Lantern Garden.
      Scores : Velsk 212 ( R. de Silva 64 , T. Marsh 40 ).
      """)
    #expect(result.entity(writtenAs: "R. de Silva")?.kind == .person)
    #expect(result.entity(writtenAs: "T. Marsh")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvik")?.kind == .place)
    #expect(result.entity(writtenAs: "Lantern Garden")?.kind == .place)
  }

  @Test("a company named like a person is typed by its legal form elsewhere in the article")
  func companyNamedLikeAPerson() {
    let result = analyse(
      """
      Merger agreed

      Halvard Brisk Corp agreed to buy a rival on Sunday. Halvard Brisk said the deal would close
      in March, and analysts said Halvard Brisk had paid too much. Kestrel Aerospace declined to bid.
      """)
    #expect(result.entity(writtenAs: "Halvard Brisk")?.kind == .organization)
    #expect(
      result.entity(writtenAs: "Halvard Brisk")?.id == result.entity(writtenAs: "Halvard Brisk Corp")?.id)
    #expect(result.entity(writtenAs: "Kestrel Aerospace")?.kind == .organization)
  }

  @Test("in a headline set in capitals, a function word parts two names")
  func shoutingFunctionWords() {
    let result = analyse(
      """
      SOCCER - TARVIK HOLD ORVALE AS DORTMUND GO TOP .

      Dortmund went top of the league on Saturday.
      """)
    #expect(!result.mentionTexts.contains { $0.contains(" AS ") })
    #expect(result.mentionTexts.contains("DORTMUND"))
  }

  @Test("a title built with 'of' is stripped: Secretary of State, Chancellor of the Exchequer")
  func titlesWithOf() {
    let result = analyse(
      """
      Talks

      Secretary of State Warren Oberlin met Chancellor of the Exchequer Kenneth Marlowe on Monday.
      Minister of Foreign Affairs Ali Akbar Velani arrived later.
      """)
    for name in ["Warren Oberlin", "Kenneth Marlowe", "Ali Akbar Velani"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(!result.mentionTexts.contains { $0.hasPrefix("State") || $0.hasPrefix("Exchequer") })
  }

  @Test("a company's common-word short name opening a sentence is kept when the article names it in full")
  func shortNameOpeningASentence() {
    let result = analyse(
      """
      Profit returns

      Orchard Computer Inc. reported a profit on Friday. Orchard, based in Marlow, earned $25 million.
      """)
    #expect(result.entity(writtenAs: "Orchard")?.id == result.entity(writtenAs: "Orchard Computer Inc")?.id)
  }

  @Test("an apposition types the name before it: a bank, a town, a lawyer")
  func appositions() {
    let result = analyse(
      """
      Stake sold

      Orbanca , Italy 's leading merchant bank , sold the stake. The blast hit Ardel, a town near
      the coast. He met Grant Marsh, a lawyer for the family. Kestra, the Finnish telecoms group,
      said profit rose.
      """)
    #expect(result.entity(writtenAs: "Orbanca")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ardel")?.kind == .place)
    #expect(result.entity(writtenAs: "Grant Marsh")?.kind == .person)
    #expect(result.entity(writtenAs: "Kestra")?.kind == .organization)
  }

  @Test("a results line of names is no heading; 'Congress' heads an organisation's name")
  func resultsLineAndCongress() {
    let result = analyse(
      """
      Scores

      68 Darren Marle , Lee Westby , Frank Nobel ( New Zealand )

      Supporters of the Velsk National Congress marched on Sunday.
      """)
    #expect(result.entity(writtenAs: "Frank Nobel")?.kind == .person)
    #expect(result.entity(writtenAs: "Velsk National Congress")?.kind == .organization)
  }

  @Test("a company's short name is its first word, or its last before a legal form; never a place after 'of'")
  func shortCompanyNames() {
    let result = analyse(
      """
      Stake bought

      Kovra Bank AG said on Wednesday it would buy a stake in Assicurazioni Marvelli SpA. A Kovra
      Bank spokesman said ties would grow. Marvelli shares rose, while Kovra shares fell. The
      University of Trenna welcomed the deal, and Trenna officials agreed.
      """)
    let bank = result.entity(writtenAs: "Kovra Bank AG")
    #expect(bank != nil)
    #expect(result.entity(writtenAs: "Kovra")?.id == bank?.id)
    #expect(
      result.entity(writtenAs: "Marvelli")?.id == result.entity(writtenAs: "Assicurazioni Marvelli SpA")?.id)
    #expect(result.entity(writtenAs: "Trenna")?.id != result.entity(writtenAs: "University of Trenna")?.id)
    // "Kovra\nBank", broken across lines, is written with one space.
    #expect(result.mentionTexts.contains("Kovra Bank"))
    #expect(!result.mentionTexts.contains { $0.contains("\n") })
  }

  @Test("a standings line keeps a team named by a common word; a time is no standings line")
  func standingsAndTimes() {
    let result = analyse(
      """
      Standings

      Standings after Sunday's matches:
      Arsenal 3 2 1 0 6 2 7
      Tarvik 3 1 1 1 4 4 4

      Results of the stage:
      1. Bjarne Rask ( Denmark ) Telekom 5 hours 11 minutes
      Overall standings : 1. Rask 71:46:29 2. Jan Uller ( Germany ) 1:36 behind
      """)
    #expect(result.entity(writtenAs: "Arsenal")?.kind == .organization)
    #expect(result.entity(writtenAs: "Rask")?.kind == .person)
    #expect(result.entity(writtenAs: "Rask")?.id == result.entity(writtenAs: "Bjarne Rask")?.id)
  }

  @Test("a plural's spaced apostrophe stays inside an organisation's name")
  func spacedPluralApostrophe() {
    let result = analyse(
      """
      Lamb

      Welsh National Farmers ' Union ( NFU ) chairman John Lloyd Jones said on Monday that the NFU
      would fight the ban.
      """)
    let union = result.entity(writtenAs: "Welsh National Farmers ' Union")
    #expect(union?.kind == .organization)
    #expect(result.entity(writtenAs: "NFU")?.id == union?.id)
    #expect(result.entity(writtenAs: "Union") == nil)
  }

  @Test("a town beside a verb of winning, in a sentence with a score, is a club; a country stays a place")
  func townsPlayingMatches() {
    let result = analyse(
      """
      Match day

      Newcastle beat Arsenal 2-1 on Saturday, while Liverpool drew 1-1 with Leeds. Japan beat
      Syria 2-1 in the cup. Officials in Leeds said the roads were clear.
      """)
    for name in ["Newcastle", "Liverpool", "Leeds"] {
      #expect(result.entity(writtenAs: name)?.kind == .organization, "\(name)")
    }
    #expect(result.entity(writtenAs: "Japan")?.kind == .place)
    #expect(result.entity(writtenAs: "Syria")?.kind == .place)
  }

  @Test("a hyphenated sports position is a title; a party noun after a name makes an organisation")
  func positionsAndParties() {
    let result = analyse(
      """
      Squad named

      Scrum-half Rob Hallam will captain the side. Farid Abdel, leader of the National Conference
      party, said he would stand. The Union said the talks had failed.
      """)
    #expect(result.entity(writtenAs: "Rob Hallam")?.kind == .person)
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Scrum") })
    #expect(result.entity(writtenAs: "National Conference")?.kind == .organization)
    // "Union" alone is no town (the gazetteer's Union, New Jersey, is left out as an org head).
    #expect(result.entity(writtenAs: "Union")?.kind != .place)
  }

  @Test("a credited agency is no acronym of the dateline; a defined acronym marks an organisation")
  func agenciesAndDefinedAcronyms() {
    let result = analyse(
      """
      Outbreak

      NEW YORK (AP) — Medecins Sans Frontieres (MSF) said on Tuesday that cholera had reached \
      Guinea-Bissau. Analysts at Goldman Sachs and Morgan Stanley were not asked.
      """)
    #expect(result.entity(writtenAs: "NEW YORK")?.id != result.entity(writtenAs: "AP")?.id)
    #expect(result.entity(writtenAs: "Medecins Sans Frontieres")?.kind == .organization)
    #expect(result.entity(writtenAs: "Guinea-Bissau")?.kind == .place)
    #expect(result.entity(writtenAs: "Guinea") == nil)
    #expect(result.entity(writtenAs: "Morgan Stanley")?.kind == .organization)
  }

  @Test("a dateline in capitals with a hyphenated particle neither crashes nor loses the particle")
  func particleDateline() {
    let result = analyse(
      """
      SOCCER - VELSK GET LUCKY WIN .

      AL-MARAH , United Arab Emirates 1996-12-06

      Velsk began the defence of their title with a 2-1 win on Friday .
      """)
    #expect(result.entity(writtenAs: "AL-MARAH")?.kind == .place)
  }

  @Test("a town before a player's or manager's role is the club; a nation before one stays a place")
  func clubsBeforeRoles() {
    let result = analyse(
      """
      Squad named

      Leeds striker Tony Yeboah scored twice. Bath lock Martin Haag was recalled. Wales coach Kevin
      Bowring named his side, and Paris mayor Jean Tiberi watched.
      """)
    #expect(result.entity(writtenAs: "Leeds")?.kind == .organization)
    #expect(result.entity(writtenAs: "Bath")?.kind == .organization)
    #expect(result.entity(writtenAs: "Wales")?.kind == .place)
    #expect(result.entity(writtenAs: "Paris")?.kind == .place)
  }

  @Test("an Open and a Grand Prix are events; the Open University is not")
  func tournaments() {
    let result = analyse(
      """
      Golf

      He won the Velsk Open last year and the Marovia Grand Prix before that. The Open University
      gave him a degree.
      """)
    #expect(result.entity(writtenAs: "Velsk Open")?.kind == .event)
    #expect(result.entity(writtenAs: "Marovia Grand Prix")?.kind == .event)
    #expect(result.entity(writtenAs: "Open University")?.kind == .organization)
  }

  @Test("a two-word country's adjective is no name; before an organisation's head it stays")
  func twoWordDemonyms() {
    let result = analyse(
      """
      Troops

      Sri Lankan troops met Costa Rican police on Monday. Sri Lankan Airlines flew them home.
      """)
    #expect(result.entity(writtenAs: "Sri Lankan") == nil)
    #expect(result.entity(writtenAs: "Costa Rican") == nil)
    #expect(result.entity(writtenAs: "Sri Lankan Airlines")?.kind == .organization)
  }

  @Test("common words make a name when the acronym after them spells them; the lexicon joins across 'of'")
  func acronymsAndLexiconNames() {
    let result = analyse(
      """
      Report

      Human Rights Watch (HRW) said on Monday that the camps were full. The Liberation Tigers of \
      Tamil Eelam ( LTTE ) said they had repulsed the attack.
      """)
    #expect(result.entity(writtenAs: "Human Rights Watch")?.id == result.entity(writtenAs: "HRW")?.id)
    #expect(result.entity(writtenAs: "Human Rights Watch")?.kind == .organization)
    let tigers = result.entity(writtenAs: "Liberation Tigers of Tamil Eelam")
    #expect(tigers?.kind == .organization)
    #expect(result.entity(writtenAs: "LTTE")?.id == tigers?.id)
  }

  @Test("a cricket scorecard names players, even when their names are towns")
  func cricketScorecard() {
    let result = analyse(
      """
      Scoreboard

      Velsk first innings
      Tarik Anwer c Croft b Cork 176
      Aamer Sohal c Cork b Croft 46
      """)
    for name in ["Croft", "Cork", "Tarik Anwer", "Aamer Sohal"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
  }

  @Test("after a nationality adjective, a plural or a word before 'leader' or 'forces' names a people")
  func peoplesAfterAdjectives() {
    let result = analyse(
      """
      Prisoners freed

      Bosnian Serbs freed 60 prisoners. Bosnian Serb leader Radovan Karadzic stayed away. The \
      Chinese Xinhua news agency reported it.
      """)
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Serb") })
    #expect(result.entity(writtenAs: "Radovan Karadzic")?.kind == .person)
    #expect(result.entity(writtenAs: "Xinhua")?.kind == .organization)
  }

  @Test(
    "a particle that opens a known place stays; a legal form SCA drops; an adjective in an event is no place")
  func particlesLegalFormsAndEvents() {
    let result = analyse(
      """
      Stake bought

      Abu Dhabi 's ruler met the bankers. Orvale Disney SCA said Orvale Disney would sell the \
      stake. Results from the Canadian Open tennis championships came later.
      """)
    #expect(result.entity(writtenAs: "Abu Dhabi")?.kind == .place)
    #expect(result.entity(writtenAs: "Dhabi") == nil)
    #expect(
      result.entity(writtenAs: "Orvale Disney")?.id == result.entity(writtenAs: "Orvale Disney SCA")?.id)
    #expect(result.entity(writtenAs: "Canadian Open")?.kind == .event)
    #expect(result.entity(writtenAs: "Canadian") == nil)
  }

  @Test("a place noun alone after 'the' is the place; a polity word alone is an organisation")
  func placeNounsAfterThe() {
    let result = analyse(
      """
      Alert

      Troops in the Gulf were put on alert on Monday. He met the Commonwealth leaders later.
      """)
    #expect(result.entity(writtenAs: "Gulf")?.kind == .place)
    #expect(result.entity(writtenAs: "Commonwealth")?.kind != .place)
  }

  @Test("a country or code in brackets after a player says where, and defines no acronym of them")
  func countriesInBracketsAfterPlayers() {
    let result = analyse(
      """
      TENNIS - RESULTS .

      1 - Ana Ruiz ( U.S. ) beat Lena Brandt ( GER ) 6-3 6-4

      GER lead the team event ahead of the U.S.
      """)
    #expect(result.entity(writtenAs: "Ana Ruiz")?.kind == .person)
    #expect(result.entity(writtenAs: "Lena Brandt")?.kind == .person)
    #expect(result.entity(writtenAs: "U.S.")?.id != result.entity(writtenAs: "Ana Ruiz")?.id)
    #expect(result.entity(writtenAs: "GER")?.id != result.entity(writtenAs: "Lena Brandt")?.id)
  }

  @Test("a weekday in a shouted headline is no name; a remark in brackets may close a results line")
  func weekdayHeadlinesAndBracketedResults() {
    let result = analyse(
      """
      BASEBALL - MAJOR LEAGUE RESULTS THURSDAY .

      Denver 5 Omaha 4 ( 10 innings )

      The Denver Kestrels edged their rivals , and the Kestrels moved top .
      """)
    #expect(result.entity(writtenAs: "THURSDAY") == nil)
    #expect(result.entity(writtenAs: "Omaha")?.kind == .organization)
    #expect(result.entity(writtenAs: "Kestrels")?.id == result.entity(writtenAs: "Denver Kestrels")?.id)
  }

  @Test("a surname the lexicon knows as someone else's joins this article's person")
  func knownSurnamesJoinTheArticlesPerson() {
    let result = analyse(
      """
      JOHNSON WINS IN ZURICH .

      Tomas Johnson of Namibia won the 200 metres . Johnson clocked 19.9 seconds .
      """,
      "Pitcher hurt\n\nRandy Johnson pitched two innings .")
    let runner = result.entity(writtenAs: "Tomas Johnson")
    #expect(runner?.kind == .person)
    #expect(result.entity(writtenAs: "Johnson")?.id == runner?.id)
    #expect(result.entity(writtenAs: "JOHNSON")?.id == runner?.id)
  }

  @Test("a list of players is no headline; a capitalised particle or a role word can be a name's part")
  func teamListsAndNameParts() {
    let result = analyse(
      """
      RUGBY - VRANA BEAT ORVALE .

      Vrana captain Tomas Eales scored twice , while wing Ben Tarrow added a try .

      Vrana - Matt Kessel ; Ben Tarrow , Jon Little , Pat Howden , Rob Hallam ...

      Le Brun , the coach , praised Aled Proctor .
      """)
    for name in ["Ben Tarrow", "Jon Little", "Pat Howden", "Rob Hallam", "Le Brun", "Aled Proctor"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(result.entity(writtenAs: "Tarrow") == nil)
    #expect(result.entity(writtenAs: "Brun") == nil)
  }

  @Test("party nouns beat a title; a company's head beats an apposition; place nouns; credit grades")
  func partiesCompaniesAndGrades() {
    let result = analyse(
      """
      Coalition split

      The Liberal KVD party opposed the plan to expand Marrow airport on Thursday . Orvale Royal       Airlines , the main user of the airport , welcomed it . Welshman Tomas Eales said the       Welshman had no view . Moody 's raised Orvale 's debt to A3 from Baa1 .
      """)
    #expect(result.entity(writtenAs: "KVD")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Royal Airlines")?.kind == .organization)
    #expect(result.entity(writtenAs: "Marrow")?.kind == .place)
    #expect(result.entity(writtenAs: "Tomas Eales")?.kind == .person)
    for word in ["Welshman", "A3", "Baa1"] { #expect(result.entity(writtenAs: word) == nil, "\(word)") }
  }

  @Test("', who' after a name says person; 'in X , <state>' says place; a town opening a company's name")
  func whoStatesAndCompanyTowns() {
    let result = analyse(
      """
      Plant deal

      Hershey Foods Corp said on Monday it would build a plant in Fremont , California . Hershey \
      shares rose . Goals from Ronaldinho gave Vrana the lead . Ronaldinho , who joined in May , \
      was praised .
      """)
    #expect(result.entity(writtenAs: "Hershey")?.kind == .organization)
    #expect(result.entity(writtenAs: "Fremont")?.kind == .place)
    #expect(result.entity(writtenAs: "Ronaldinho")?.kind == .person)
  }

  @Test("'The Hague' keeps its article, and a bare 'Hague' joins it; a compound after 'of' ends a name")
  func articlesInPlaceNamesAndCompoundsAfterOf() {
    let result = analyse(
      """
      Vrana defies Hague court

      The court in The Hague ruled on Monday . The rebel Alliance for the Liberation of \
      Vrana-Orvale said it would appeal .
      """)
    let hague = result.entity(writtenAs: "The Hague")
    #expect(hague?.kind == .place)
    #expect(result.entity(writtenAs: "Hague")?.id == hague?.id)
    #expect(result.entity(writtenAs: "Alliance for the Liberation of Vrana-Orvale")?.kind == .organization)
  }

  @Test("scorers in brackets in a results line are players; the teams around them stay clubs")
  func scorersInResultsLines() {
    let result = analyse(
      """
      SOCCER - RESULTS .

      Vrana Town 2 ( Larsen 34 , Van Kessel 60 pen ) Orvale Rovers 1 ( Gorrin 85 )
      """)
    for name in ["Larsen", "Van Kessel", "Gorrin"] {
      #expect(result.entity(writtenAs: name)?.kind == .person, "\(name)")
    }
    #expect(result.entity(writtenAs: "Vrana Town")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Rovers")?.kind == .organization)
  }

  @Test("'on' after a body continues its name; a role before a name beats a place word as surname")
  func bodiesOnAndRolesBeforeSurnames() {
    let result = analyse(
      """
      Debate row

      The Commission on Fair Debates said on Monday that driver Tomas Hill would not race . \
      Talks at the Erez crossing went on . The Council on Tuesday met .
      """)
    #expect(result.entity(writtenAs: "Commission on Fair Debates")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tomas Hill")?.kind == .person)
    #expect(result.entity(writtenAs: "Erez")?.kind == .place)
    #expect(!result.mentionTexts.contains { $0.contains("Tuesday") })
  }

  @Test("tokenised possessives join company names; a titled person 'of' a state is two names")
  func spacedPossessivesAndTitledPeopleOfStates() {
    let result = analyse(
      """
      Ratings

      Moody 's Investors Service cut the rating , and Kessler 's Corp said it would appeal . \
      Senate Majority Leader Tomas Lott of Mississippi praised the Red Cross . Red Cross \
      officials in Varamu said homes were lost .
      """)
    #expect(result.entity(writtenAs: "Moody 's Investors Service")?.kind == .organization)
    #expect(result.entity(writtenAs: "Kessler 's Corp")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tomas Lott")?.kind == .person)
    #expect(result.entity(writtenAs: "Mississippi")?.kind == .place)
    #expect(result.entity(writtenAs: "Red Cross")?.kind == .organization)
    #expect(result.entity(writtenAs: "Red") == nil)
    #expect(result.entity(writtenAs: "Varamu")?.kind != .person)
  }

  @Test("'arap' is a name particle; 'PM' a title; a capitalised compound place stays whole; column heads")
  func particlesTitlesCompoundsAndColumnHeads() {
    let result = analyse(
      """
      Vrana PM Tomas Kessel quits

      LE GRAND-VORNAND , France 1996-07-13

      President Daniel arap Korir met Kessel . Korir said little .

      W L PCT GB

      VRANA 14 4 .778 -
      """)
    #expect(result.entity(writtenAs: "Daniel arap Korir")?.kind == .person)
    #expect(result.entity(writtenAs: "Korir")?.id == result.entity(writtenAs: "Daniel arap Korir")?.id)
    #expect(result.entity(writtenAs: "Tomas Kessel")?.kind == .person)
    #expect(result.entity(writtenAs: "LE GRAND-VORNAND")?.kind == .place)
    #expect(!result.mentionTexts.contains { $0.contains("PCT") || $0.hasPrefix("PM") })
  }

  @Test("in a story with scores, a town beside a verb only sport uses is a club; elsewhere a town")
  func townsBesideBeatingVerbs() {
    let sport = analyse(
      """
      SOCCER - LATE GOAL DECIDES DERBY .

      Vrana won 2-1 at home on Friday .

      Oldham defeated Luton in the late game .
      """)
    #expect(sport.entity(writtenAs: "Oldham")?.kind == .organization)
    #expect(sport.entity(writtenAs: "Luton")?.kind == .organization)
    let news = analyse("Floods\n\nRain defeated plans for a fair , and Oldham defeated no one .")
    #expect(news.entity(writtenAs: "Oldham")?.kind == .place)
  }

  @Test("a body named before a title is kept; staff after a name make an employer; a wing stays apart")
  func bodiesBeforeTitlesAndEmployers() {
    let result = analyse(
      """
      Rates

      Federal Reserve Chairman Tomas Kessel spoke , and Northern Ireland Secretary Sir Ian Varley \
      listened . Rasmund First Orvale economists said rates would hold . The Vrana Kessel \
      coalition agreed . Sinn Fein , the IRA 's political wing , said the talks would go on .
      """)
    #expect(result.entity(writtenAs: "Federal Reserve")?.kind == .organization)
    #expect(result.entity(writtenAs: "Northern Ireland")?.kind == .place)
    #expect(result.entity(writtenAs: "Tomas Kessel")?.kind == .person)
    #expect(result.entity(writtenAs: "Rasmund First Orvale")?.kind == .organization)
    #expect(result.entity(writtenAs: "Vrana Kessel")?.kind == .organization)
    #expect(result.entity(writtenAs: "Sinn Fein")?.id != result.entity(writtenAs: "IRA")?.id)
  }

  @Test("dotted initials open a person's name, unless they spell a country; a head beats a compass word")
  func dottedInitialsAndCompassWordsBeforeHeads() {
    let result = analyse(
      """
      Probe

      Former premier P.V. Tomas Raovan , who faces charges , met U.S. officials . The \
      Central Bureau of Inquiry ( CBQ ) questioned Raovan .
      """)
    #expect(result.entity(writtenAs: "P.V. Tomas Raovan")?.kind == .person)
    #expect(result.entity(writtenAs: "Central Bureau of Inquiry")?.kind == .organization)
    #expect(result.entity(writtenAs: "U.S.")?.kind == .place)
  }

  @Test("a given name that is a place word opens no phrase across 'of'; a nationality after 'of' stays")
  func placeWordGivenNamesAndNationalitiesAfterOf() {
    let result = analyse(
      """
      Grain

      " Demand is firm , " said Dale Kessner of Varga Brothers Inc . The Organisation of African \
      Unity ( OAU ) met on Monday .
      """)
    #expect(result.entity(writtenAs: "Dale Kessner")?.kind == .person)
    #expect(result.entity(writtenAs: "Varga Brothers Inc")?.kind == .organization)
    let unity = result.entity(writtenAs: "Organisation of African Unity")
    #expect(unity?.kind == .organization)
    #expect(result.entity(writtenAs: "OAU")?.id == unity?.id)
  }

  @Test("an acronym WordNet knows only as a common noun is no name before a noun; 'X International'")
  func commonAcronymsAndInternational() {
    let result = analyse(
      """
      Growth

      GDP growth slowed to 2 percent , and TV channels said so . Amnesty International said the \
      figures hid poverty . VRB said it agreed .
      """)
    #expect(result.entity(writtenAs: "GDP") == nil)
    #expect(result.entity(writtenAs: "TV") == nil)
    #expect(result.entity(writtenAs: "Amnesty International")?.kind == .organization)
    #expect(result.entity(writtenAs: "VRB")?.kind == .organization)
  }

  @Test("a number inside a team's name keeps its results line; a role word's plural is a group")
  func numberedTeamsAndRolePlurals() {
    let result = analyse(
      """
      SOCCER - RESULTS .

      VfR Vrana 4 Orvale 04 0

      The bill angered liberal Democrats , officials said .
      """)
    #expect(result.entity(writtenAs: "VfR Vrana")?.kind == .organization)
    #expect(result.entity(writtenAs: "Democrats")?.kind != .person)
  }

  @Test("a stake or shares in a name make it a company, but not a country")
  func stakesInCompanies() {
    let result = analyse(
      """
      Stake

      The prince owns stakes in Varocorp and Kessel Fifth Avenue , and shares in Britain rose .
      """)
    #expect(result.entity(writtenAs: "Varocorp")?.kind == .organization)
    #expect(result.entity(writtenAs: "Kessel Fifth Avenue")?.kind == .organization)
    #expect(result.entity(writtenAs: "Britain")?.kind == .place)
  }

  @Test("after 'at', a name opened by an adjective is a place; 'Television' heads an organisation")
  func groundsAndBroadcasters() {
    let result = analyse(
      """
      Rain

      Rain stopped play at Old Varrow on Tuesday . Polls by Vrana Television showed a close race .
      """)
    #expect(result.entity(writtenAs: "Old Varrow")?.kind == .place)
    #expect(result.entity(writtenAs: "Vrana Television")?.kind == .organization)
  }

  @Test("a nationality word after a given name is a surname; a generation numeral; a dateline town")
  func nationalitySurnamesNumeralsAndDatelines() {
    let result = analyse(
      """
      GOLF - ENGLISH LEADS .

      CROMWELL , Connecticut 1996-08-30

      Tomas English of Vrana shot a 64 on Friday . English , who won in 1994 , holed a putt . \
      Kit Varley III was second .
      """)
    let golfer = result.entity(writtenAs: "Tomas English")
    #expect(golfer?.kind == .person)
    #expect(result.entity(writtenAs: "English")?.id == golfer?.id)
    #expect(result.entity(writtenAs: "Kit Varley III")?.kind == .person)
    #expect(result.entity(writtenAs: "CROMWELL")?.kind == .place)
  }

  @Test("a particle and a surname ('De Klerk') is the surname of the article's full name")
  func particleSurnames() {
    let result = analyse(
      """
      Commission

      His deputy F.W. de Varnek spoke on Wednesday . De Varnek , leader of the party , said he had \
      never agreed . Critics called de Varnek 's testimony an insult .
      """)
    let deputy = result.entity(writtenAs: "F.W. de Varnek")
    #expect(deputy?.kind == .person)
    #expect(result.entity(writtenAs: "De Varnek")?.id == deputy?.id)
    // A lower-case particle before the surname belongs to the mention.
    #expect(result.entity(writtenAs: "de Varnek")?.id == deputy?.id)
    #expect(result.entity(writtenAs: "Varnek") == nil)
  }

  @Test("a name ending in a capital city is a club's, not a person's")
  func clubsNamedWithCapitals() {
    let result = analyse(
      """
      Final

      Vrana won the final against Sporting Lisbon last week , and Tomas Kessel scored .
      """)
    #expect(result.entity(writtenAs: "Sporting Lisbon")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tomas Kessel")?.kind == .person)
  }

  @Test("a part the article never names with its whole stays apart from it ('the Senate', 'Congress')")
  func partsNamedWithoutTheirWhole() {
    let result = analyse(
      """
      Budget

      Congress passed the bill on Friday , and the Senate will vote next week .
      """)
    #expect(result.entity(writtenAs: "Senate")?.id != result.entity(writtenAs: "Congress")?.id)
    let un = analyse(
      "Vote\n\nThe UN General Assembly met , and the Security Council agreed . The UN said so .")
    #expect(un.entity(writtenAs: "Security Council")?.id == un.entity(writtenAs: "UN")?.id)
  }

  @Test("a club's person-shaped mention gives other articles no full name to join by a first word")
  func clubsLendNoFullNames() {
    let result = analyse(
      """
      SOCCER - RESULTS .

      Champions Orvale were held 1-1 at home by Varga Kessel on Saturday .

      Orvale 1 Varga Kessel 1
      """,
      "Stocks\n\nShares in the chemicals group slipped , and Varga was unchanged .")
    #expect(result.entity(writtenAs: "Varga Kessel")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varga")?.id != result.entity(writtenAs: "Varga Kessel")?.id)
  }

  @Test("common words before the plural of a role word name a party ('Free Democrats')")
  func partiesNamedByRolePlurals() {
    let result = analyse(
      """
      Coalition

      Kessler’s Free Democrats said they would leave , and Young Conservatives agreed . Tom \
      Sellers said so .
      """)
    #expect(result.entity(writtenAs: "Free Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Young Conservatives")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tom Sellers")?.kind == .person)
  }

  @Test("a capitalised plural of a common word after 'the' is a team or group ('the Otters')")
  func namedPlurals() {
    let result = analyse(
      """
      ICE HOCKEY - RESULTS .

      Kessel scored twice for the Otters , who won 3-2 at home . Fans miss the Sixties , and the \
      otters in the river are safe .
      """)
    #expect(result.entity(writtenAs: "Otters")?.kind == .organization)
    #expect(result.entity(writtenAs: "Sixties") == nil)
  }

  @Test("a surname that speaks is a person's even when it is a place word, and goes to the first full name")
  func speakingSurnamesAndTheFirstFullName() {
    let result = analyse(
      """
      Final

      Britain 's Carla Hill won the final on Sunday . " I am delighted , " Hill told reporters . \
      Her mother Joan Hill won it in 1970 . Hill will defend the title next year .
      """)
    let carla = result.entity(writtenAs: "Carla Hill")
    #expect(carla?.kind == .person)
    #expect(carla?.mentions.count == 3)
    #expect(result.entity(writtenAs: "Joan Hill")?.mentions.count == 1)
  }

  @Test("a name WordNet gives several people ('Hussein') links no articles by itself")
  func sharedNamesLinkNothing() {
    let result = analyse(
      "Visit\n\nKing Hussein met the envoy in Amman on Monday .",
      "Talks\n\nSaddam said the talks had failed , Iraqi radio reported .",
      "Trial\n\nBill Clinton spoke on Friday . Clinton said the trial would go on .")
    // (A common word before a person the lexicon knows whole stays: "Bill Clinton".)
    #expect(result.entity(writtenAs: "Hussein")?.kind == .person)
    #expect(result.entity(writtenAs: "Hussein")?.id != result.entity(writtenAs: "Saddam")?.id)
    #expect(result.entity(writtenAs: "Clinton")?.id == result.entity(writtenAs: "Bill Clinton")?.id)
  }

  @Test("a listener after 'to' and a verb of speaking is no place; a lower-case 'department of' is one")
  func listenersAndDepartments() {
    let result = analyse(
      """
      Rebels free soldiers

      The rebels said in a statement faxed to Nordwire in Ankara that the soldiers were freed in \
      the southern department of Varqueta on Monday .
      """)
    #expect(result.entity(writtenAs: "Nordwire")?.kind != .place)
    #expect(result.entity(writtenAs: "Varqueta")?.kind == .place)
  }

  @Test("a surname in a headline set in capitals is no acronym: it stays the article's person")
  func shoutedSurnames() {
    let result = analyse(
      """
      MOLDOVA 'S VARNEK SAYS DEAL WILL HOLD .

      Security chief Pavel Varnek said on Saturday the deal would hold . Varnek , speaking at the \
      airport , said so again . Critics accused Varnek of weakness , and Varnek denied it .
      """)
    #expect(result.entity(writtenAs: "Pavel Varnek")?.kind == .person)
    #expect(result.entity(writtenAs: "VARNEK")?.id == result.entity(writtenAs: "Pavel Varnek")?.id)
  }

  @Test("'chief of staff' before a full name is a title, not the name's employer")
  func rolePhraseTitles() {
    let result = analyse("Talks\n\nRebel chief of staff Ruslan Dzhabrov said his forces would withdraw .")
    #expect(result.entity(writtenAs: "Ruslan Dzhabrov")?.kind == .person)
  }

  @Test("results and batting lines are no headlines: 'Real Orvale 2', 'c Tariq Khan b …' keep their words")
  func resultLinesKeepCommonWords() {
    let result = analyse(
      """
      SOCCER - RESULTS .

      Real Orvale 2 Sporting Vrana 0
      """,
      """
      CRICKET - SCOREBOARD .

      K. Daley c Tariq Khan b Imran Sadiq 11
      """)
    #expect(result.entity(writtenAs: "Real Orvale")?.kind == .organization)
    #expect(result.entity(writtenAs: "Sporting Vrana")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tariq Khan")?.kind == .person)
  }

  @Test("the middle word of a three-word name stands for it ('Belmonte' of 'Ernesto Belmonte Ruiz')")
  func middleSurnames() {
    let result = analyse(
      """
      Obituary

      Ernesto Belmonte Ruiz , twice president , died on Thursday . Belmonte founded the party in \
      1956 , his family said .
      """)
    #expect(result.entity(writtenAs: "Belmonte")?.id == result.entity(writtenAs: "Ernesto Belmonte Ruiz")?.id)
  }

  @Test("a title before common-word names in running text ('Prime Minister John Major 's Liberals')")
  func commonWordNamesAfterTitles() {
    let result = analyse(
      """
      Tax

      Prime Minister Jack Major 's Liberals accused the opposition of hiding its plans . Leaders \
      will meet at the Confederation of Orvish Industry next week .
      """)
    #expect(result.entity(writtenAs: "Jack Major")?.kind == .person)
    #expect(result.entity(writtenAs: "Liberals")?.kind != .person)
    #expect(result.entity(writtenAs: "Confederation of Orvish Industry")?.kind == .organization)
  }

  @Test("peoples are no names of one thing; currencies written onto '$' are no names; prizes are no people")
  func peoplesCurrenciesAndPrizes() {
    let result = analyse(
      """
      Rebels advance

      Tutsi-led rebels said Kurds and Hutus had fled to Kansas . The company earned C$ 95 million \
      and HK$ 3 million , and Anna Berg won the Vessel Peace Prize .
      """)
    for word in ["Tutsi", "Kurds", "Hutus", "C", "HK"] {
      #expect(result.entity(writtenAs: word) == nil, "\(word)")
    }
    #expect(result.entity(writtenAs: "Kansas")?.kind == .place)
    #expect(result.entity(writtenAs: "Vessel Peace Prize")?.kind == .event)
  }

  @Test("two common words that are both given names or surnames make a person ('Peter Senior')")
  func commonWordPeople() {
    let result = analyse("Golf\n\nNorman was one ahead of Tom Varga and Australia 's Peter Senior .")
    #expect(result.entity(writtenAs: "Peter Senior")?.kind == .person)
  }

  @Test("standings rows with a percentage, a founding year before a team, and a team's town alone")
  func teamsInTablesAndByTown() {
    let result = analyse(
      """
      BASEBALL - STANDINGS .

      W L PCT GB

      VRANA 88 67 .568 -

      ORVALE 81 75 .519 7 1/2
      """,
      """
      SOCCER - RESULTS .

      KESSEL 1996-12-07

      1860 Marrow 1 Borussia Aachen 2

      Aachen , the champions , stay top of the table .
      """)
    #expect(result.entity(writtenAs: "VRANA")?.kind == .organization)
    #expect(result.entity(writtenAs: "ORVALE")?.kind == .organization)
    #expect(result.entity(writtenAs: "Borussia Aachen")?.kind == .organization)
    #expect(result.entity(writtenAs: "Aachen")?.id == result.entity(writtenAs: "Borussia Aachen")?.id)
  }

  @Test("a noun before a known name inside a sentence opens it; a given name opens a results row")
  func nounsAndGivenNamesBeforeKnownNames() {
    let result = analyse(
      """
      Banks

      Shares in UBS , Credit Suisse and Nestle rose , and schools were closed in Cordoba and Rosario .

      Final standings :

      3. Tony Vessler ( Switzerland ) Mapei 8:29
      """)
    #expect(result.entity(writtenAs: "Credit Suisse")?.kind != .place)
    #expect(result.entity(writtenAs: "Cordoba")?.kind == .place)
    #expect(result.entity(writtenAs: "Tony Vessler")?.kind == .person)
  }

  @Test("a lexicon name or spelling links articles only for the kind each article decides")
  func lexiconLinksNeedOneKind() {
    let result = analyse(
      "Strike\n\nSchools and banks were closed in Cordoba and Rosario on Thursday .",
      "Cabinet\n\nPresident Ruiz named a new prime minister , replacing Dante Cordova . Cordova resigned .")
    #expect(result.entity(writtenAs: "Cordoba")?.kind == .place)
    #expect(result.entity(writtenAs: "Cordoba")?.id != result.entity(writtenAs: "Dante Cordova")?.id)
  }

  @Test("team plurals after a town, compass words before nationality words, adjectives before names")
  func townTeamsCompassWordsAndAdjectives() {
    let result = analyse(
      """
      SOUTH KOREA PROTESTS OVER NORTH KOREAN SUBMARINE .

      The Dallas Cowboys beat the Washington Redskins on Sunday . Former U.S. Senator Tom Varga \
      chairs the talks , and Randy Vessler won her 21st Grand Slam title .
      """)
    #expect(result.entity(writtenAs: "Washington Redskins")?.kind == .organization)
    #expect(result.entity(writtenAs: "NORTH") == nil)
    #expect(result.entity(writtenAs: "U.S.")?.kind == .place)
    #expect(result.entity(writtenAs: "Randy Vessler")?.kind == .person)
    #expect(result.entity(writtenAs: "Grand Slam")?.kind == .event)
  }

  @Test("compounds opening a name, known parties with their adjective, short acronyms, Gulf Arab")
  func compoundsPartiesAcronymsAndAdjectivePhrases() {
    let result = analyse(
      """
      Summit

      Tanaka 's Liberal Democratic Party ( LDP ) won , and leaders met at the Asia-Pacific \
      Economic Cooperation ( APEC ) summit . BA chief executive Tom Varga said shares in BA \
      rose . The minister toured Gulf Arab states .
      """)
    #expect(result.entity(writtenAs: "Liberal Democratic Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "Asia-Pacific Economic Cooperation")?.kind == .organization)
    #expect(result.entity(writtenAs: "BA")?.kind == .organization)
    #expect(result.entity(writtenAs: "Gulf Arab") == nil)
  }

  @Test("Spanish and Portuguese names: particles, bynames, shortened names, acronyms in another order")
  func iberianNames() {
    let result = analyse(
      """
      Charges

      Opposition leader Mario Inacio Lupa da Silva of the Workers ' Party spoke . Lupa said no . \
      Raul Varga de Gortari was charged . Raul Varga denied it . He was secretary of the \
      Institutional Revolutionary Party ( PRI ) , and the PRI said so . Rebels met at the \
      Ardeatine Caves .
      """)
    let lupa = result.entity(writtenAs: "Mario Inacio Lupa da Silva")
    #expect(lupa?.kind == .person)
    #expect(lupa?.id == result.entity(writtenAs: "Lupa")?.id)
    #expect(result.entity(writtenAs: "Workers ' Party")?.kind == .organization)
    #expect(
      result.entity(writtenAs: "Raul Varga")?.id == result.entity(writtenAs: "Raul Varga de Gortari")?.id)
    #expect(
      result.entity(writtenAs: "PRI")?.id == result.entity(writtenAs: "Institutional Revolutionary Party")?.id
    )
    #expect(result.entity(writtenAs: "Ardeatine Caves")?.kind == .place)
  }

  @Test("in a headline set in capitals 'AND' parts two names unless an organisation's head follows")
  func shoutedAndPartsNames() {
    let result = analyse(
      """
      PRINCE ORVIN AND MARTA FINALISE DIVORCE .

      Prince Orvin and Princess Marta were divorced on Wednesday , the palace said .
      """,
      "FOOD AND DRUG ADMINISTRATION APPROVES PILL .\n\nThe agency approved it on Monday .")
    #expect(result.entity(writtenAs: "Orvin") != nil)
    #expect(result.entity(writtenAs: "Orvin")?.id != result.entity(writtenAs: "Marta")?.id)
    #expect(result.entity(writtenAs: "FOOD AND DRUG ADMINISTRATION")?.kind == .organization)
  }

  @Test("after an initial a role word is a surname ('N. Knight'), in a list line too")
  func initialsBeforeRoleWords() {
    let result = analyse(
      """
      CRICKET - SCOREBOARD .

      N. Varga c Tariq Khan b Imran Sadiq 31

      To bat : N. Knight , C. Bishop , R. Croft
      """)
    #expect(result.entity(writtenAs: "N. Knight")?.kind == .person)
    #expect(result.entity(writtenAs: "C. Bishop")?.kind == .person)
    #expect(result.entity(writtenAs: "N.") == nil)
  }

  @Test("a nationality and the plural of a role word name a party; a people stays no name")
  func nationalityPartiesAndPeoples() {
    let result = analyse(
      "Guns\n\nThe opposition and the Australian Democrats backed the ban , but Bosnian Serbs did not .")
    #expect(result.entity(writtenAs: "Australian Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Bosnian Serbs") == nil)
    #expect(result.entity(writtenAs: "Serbs") == nil)
  }

  @Test("'Serie A' is a league, not a person; 'Holding' is a company's generic tail")
  func leaguesAndHoldingTails() {
    let result = analyse(
      """
      Results

      Results of Italian Serie A matches played on Sunday . VRANIK AMRO Holding NV , the bank , said \
      profit rose , and shares in VRANIK AMRO rose .
      """)
    #expect(result.entity(writtenAs: "Serie A")?.kind == .event)
    #expect(
      result.entity(writtenAs: "VRANIK AMRO")?.id == result.entity(writtenAs: "VRANIK AMRO Holding NV")?.id)
    // Running text writes the name in capitals, so the entity keeps them.
    #expect(result.entity(writtenAs: "VRANIK AMRO")?.name.hasPrefix("VRANIK AMRO") == true)
  }

  @Test("in a story with scores a two-word name after 'at' is the venue; elsewhere it may be a person")
  func venuesInSportsStories() {
    let result = analyse(
      "Rugby\n\nOrvale beat Vrana 33-26 at Loftus Kessel on Saturday .",
      "Art\n\nVisitors stared at Anna Berg , the painter , on Friday .")
    #expect(result.entity(writtenAs: "Loftus Kessel")?.kind == .place)
    #expect(result.entity(writtenAs: "Anna Berg")?.kind == .person)
  }

  @Test("a club's first word that WordNet knows as a person joins the club; a shouted common word is none")
  func clubFirstWordsAndShoutedWords() {
    let result = analyse(
      """
      REBELS KILL 20 IN NORTHERN VILLAGE .

      Rebels attacked a village in the north on Monday .
      """,
      """
      SOCCER - RESULTS .

      KESSEL 1996-12-08

      Feyenoord Rotterdam 1 Ajax Amsterdam 1

      Ajax coach Tom Varga said his team deserved to win .
      """)
    #expect(result.entity(writtenAs: "VILLAGE") == nil)
    #expect(result.entity(writtenAs: "Ajax")?.id == result.entity(writtenAs: "Ajax Amsterdam")?.id)
  }

  @Test("a place in brackets after a player is the player's country; ', which' is no person's")
  func bracketedCountriesAndWhich() {
    let result = analyse(
      """
      TENNIS - RESULTS .

      Tim Varga ( Britain ) beat Karol Vessel ( Slovakia ) 6-4 7-6

      Orvish Telekom , which made its debut on Monday , slipped .
      """)
    #expect(result.entity(writtenAs: "Britain")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvish Telekom")?.kind == .organization)
  }

  @Test("party heads in other languages, and a nationality word after a head ('Parti Quebecois')")
  func foreignPartyHeads() {
    let result = analyse(
      "Referendum\n\nPremier Anna Berg , leader of the separatist Parti Quebecois , said so .")
    #expect(result.entity(writtenAs: "Parti Quebecois")?.kind == .organization)
    let bank = analyse("Sale\n\nThe shares were placed by Banco Rio de la Plata on Tuesday .")
    #expect(bank.entity(writtenAs: "Banco Rio de la Plata")?.kind == .organization)
  }

  @Test("a place in capitals that the lexicon knows whole stays whole ('NEW JERSEY')")
  func capitalsKnownWhole() {
    let result = analyse("BASKETBALL - RESULTS .\n\nChicago 103 NEW JERSEY 91\n\nHOUSTON 110 Phoenix 98")
    #expect(result.entity(writtenAs: "NEW JERSEY")?.kind == .organization)
    #expect(result.entity(writtenAs: "NEW") == nil)
  }

  @Test("a common word before a colon on a results line is a label, not a team ('Result :')")
  func labelOnResultsLine() {
    let result = analyse("SOCCER - FRIENDLY .\n\nOrvik 1996-11-06\n\nResult : Bosnia 1 Varga United 2")
    #expect(result.entity(writtenAs: "Result") == nil)
    #expect(result.entity(writtenAs: "Varga United")?.kind == .organization)
  }

  @Test("the pronoun after 'said' types a lone name: 'its' an organisation, 'he' a person")
  func pronounAfterSaid() {
    let result = analyse(
      """
      Results

      Orvalink said on Tuesday its first-half loss narrowed .

      Tarnow said it was his last season .

      Pellow Grill said its sales rose .

      Vessberg said the company and its partners would invest .
      """)
    #expect(result.entity(writtenAs: "Orvalink")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarnow")?.kind == .person)
    #expect(result.entity(writtenAs: "Pellow Grill")?.kind == .organization)
    // The pronoun of "the company" says nothing of the speaker.
    #expect(result.entity(writtenAs: "Vessberg")?.kind == .person)
  }

  @Test("a noun opening a sentence stays before a lesser place, not before a country ('Blame Moscow')")
  func sentenceOpeningNounBeforePlace() {
    let result = analyse(
      """
      Banks

      Credit Bergamo said on Tuesday its profit rose .

      Blame Moscow for the delay , the minister said .

      Atletico Verona have signed a striker .
      """)
    #expect(result.entity(writtenAs: "Credit Bergamo")?.kind == .organization)
    #expect(result.entity(writtenAs: "Blame Moscow") == nil)
    #expect(result.entity(writtenAs: "Moscow")?.kind == .place)
    #expect(result.entity(writtenAs: "Atletico Verona")?.kind == .organization)
  }

  @Test(
    "an adjective opens a company's name at a sentence's start ('National Orvale Bank', 'Virgin Atlantic')")
  func adjectiveOpeningCompanyName() {
    let result = analyse(
      """
      Airlines

      National Orvale Bank said it would cut 500 jobs .

      Former Orvale Bank chairman Tom Varga was there .

      Virgin Atlantic said it would add flights .

      Crimson Atlantic said it would add flights too .

      Gulf Arab states met on Monday .
      """)
    #expect(result.entity(writtenAs: "National Orvale Bank")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Bank")?.kind == .organization)
    #expect(result.entity(writtenAs: "Virgin Atlantic") != nil)
    #expect(result.entity(writtenAs: "Crimson Atlantic") != nil)
    #expect(result.entity(writtenAs: "Gulf Arab") == nil)
  }

  @Test("tournaments: 'Classic' and 'Invitational' are event heads; so is the word before a later 'of'")
  func tournamentHeads() {
    let result = analyse(
      """
      Golf

      Tom Varga , who won the Orvale Classic in May , leads the Pellow Series of Golf .

      He also played the Tarnow Invitational .
      """)
    #expect(result.entity(writtenAs: "Orvale Classic")?.kind == .event)
    #expect(result.entity(writtenAs: "Pellow Series of Golf")?.kind == .event)
    #expect(result.entity(writtenAs: "Tarnow Invitational")?.kind == .event)
  }

  @Test("a common word before a minister is the portfolio, not an organisation ('Saudi Oil Minister')")
  func portfolioBeforeMinister() {
    let result = analyse(
      """
      Oil

      Saudi Oil Minister Tom Varga said output would not change .

      Orvale Airways Chairman Karel Dunne said fares would rise .
      """)
    #expect(result.entity(writtenAs: "Saudi Oil") == nil)
    #expect(result.entity(writtenAs: "Tom Varga")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale Airways")?.kind == .organization)
  }

  @Test("believers are no names, like peoples: 'Moslems', 'Sikhs'")
  func believersAreNoNames() {
    let result = analyse(
      """
      Clashes

      Tom Varga said Moslems and Sikhs had clashed near Orvale .
      """)
    #expect(result.entity(writtenAs: "Moslems") == nil)
    #expect(result.entity(writtenAs: "Sikhs") == nil)
    #expect(result.entity(writtenAs: "Tom Varga")?.kind == .person)
  }

  @Test("a given name the lexicon knows makes a person beside an organisation's noun ('centre Richard Varl')")
  func givenNameOutweighsContext() {
    let result = analyse(
      """
      Rugby

      The side includes Orvale flyhalf Tom Varga and Pellow centre Richard Varl .
      """)
    #expect(result.entity(writtenAs: "Richard Varl")?.kind == .person)
  }

  @Test("a country's possessive ends the name before a company ('Japan 's Orvale Bank')")
  func countryPossessiveBeforeCompany() {
    let result = analyse(
      """
      Japan 's Orvale Bank shares fall on loss report

      Shares of Orvale Bank Ltd fell on Monday .
      """)
    #expect(result.entity(writtenAs: "Japan")?.kind == .place)
    #expect(result.entity(writtenAs: "Japan 's Orvale Bank") == nil)
  }

  @Test("a long acronym in running text keeps its capitals; a headline's place reads as a word")
  func acronymDisplayName() {
    let result = analyse(
      """
      REFUGEES FLEE TO RWANDA

      ORVALE 1996-09-05

      The refugee agency UNHCR said thousands had fled to Rwanda .

      DETROIT 7 Seattle 5
      """)
    #expect(result.entity(writtenAs: "UNHCR")?.name == "UNHCR")
    #expect(result.entity(writtenAs: "RWANDA")?.name == "Rwanda")
    #expect(result.entity(writtenAs: "DETROIT")?.name == "Detroit")
  }

  @Test(
    "'Paris-based' is no part of the name after it; 'Orvale Light and Power'; '… Properties' is a company")
  func companyNameEdges() {
    let result = analyse(
      """
      Markets

      Paris-based Orvale Bank said so , and the Republican-led Congress agreed .

      Pellow Tam Properties rose and Orvale Light and Power was unchanged .

      The Interior Ministry and Police denied it .
      """)
    #expect(result.entity(writtenAs: "Orvale Bank")?.kind == .organization)
    #expect(result.entity(writtenAs: "Congress")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pellow Tam Properties")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Light and Power")?.kind == .organization)
    #expect(result.entity(writtenAs: "Interior Ministry and Police") == nil)
    #expect(result.entity(writtenAs: "Police")?.kind == .organization)
  }

  @Test("cricket: a batsman 'not out', the venue 'at The Oval'; 'Dagestani' is an adjective")
  func cricketVenueAndNotOut() {
    let result = analyse(
      """
      CRICKET - SCOREBOARD .

      Scoreboard on the third day between Orvalia and Pellow at The Oval on Saturday :

      Tom Varga c Tarn b Vessel 176

      Inzamam-ul-Varl not out 35

      Orvalia first innings 326 ( Tarn 4-95 )
      """,
      "Talks\n\nThe deal was signed in the Dagestani village of Orvalsk on Sunday .")
    #expect(result.entity(writtenAs: "Oval")?.kind == .place)
    #expect(result.entity(writtenAs: "Inzamam-ul-Varl")?.kind == .person)
    #expect(result.entity(writtenAs: "Dagestani") == nil)
  }

  @Test("a name after a player's bracketed country on a results line is the team; 'Kung Fan-ding' is whole")
  func teamAfterPlayerAndHyphenatedGivenName() {
    let result = analyse(
      """
      MOTOR RACING - GRID .

      ORVALE , Italy 1996-09-07

      Provisional grid :

      1. Tom Varga ( Britain ) Williams 1:24.204

      2. Karl Vessel ( Canada ) Williams 1:24.482
      """,
      "Drills\n\nMinistry spokesman Kung Fan-ding said the drills posed no threat .")
    #expect(result.entity(writtenAs: "Williams")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tom Varga")?.kind == .person)
    #expect(result.entity(writtenAs: "Kung Fan-ding")?.kind == .person)
    // A known given name keeps the common word after it in a title-case results row.
    #expect(result.entity(writtenAs: "Karl Vessel")?.kind == .person)
  }

  @Test("national sides on a results line stay places; a club with a country's name beside a club is a team")
  func nationalSidesOnResultsLines() {
    let result = analyse(
      """
      SOCCER - QUALIFYING RESULTS .

      Results on Saturday :

      Armenia 0 Portugal 0

      Britain 1 Latvia 0
      """,
      "SOCCER - FRENCH RESULTS .\n\nResults on Saturday :\n\nBastia 2 Monaco 2\n\nLens 1 Nantes 0")
    #expect(result.entities.first { $0.mentions.contains { $0.text == "Armenia" } }?.kind == .place)
    #expect(result.entity(writtenAs: "Britain")?.kind == .place)
    let monaco = result.entities.first {
      $0.mentions.contains { $0.text == "Monaco" && $0.article == ArticleID("a1") }
    }
    #expect(monaco?.kind == .organization)
  }

  @Test(
    "', which' makes a body even after a role word ('rival Orvale Industrie , which'), not a town after 'in'")
  func whichAfterRole() {
    let result = analyse(
      """
      Jets

      The order is a blow to European rival Orvale Industrie , which had hoped to win it .

      Its rival Pellomax , which makes engines , said nothing .

      The plant is in Tarnowo , which lies on the coast .
      """)
    #expect(result.entity(writtenAs: "Orvale Industrie")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pellomax")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarnowo")?.kind == .place)
  }

  @Test(
    "a full name without its initials is that person ('Deve Varl' after 'H.D. Deve Varl'); one letter is no name"
  )
  func nameWithoutInitialsAndSingleLetters() {
    let result = analyse(
      """
      Vote

      Prime Minister H.D. Deve Varl will seek a vote of confidence .

      The party backs Deve Varl 's coalition from outside .

      Orvale 's B shares rose 2.50 crowns .
      """)
    #expect(result.entity(writtenAs: "Deve Varl")?.id == result.entity(writtenAs: "H.D. Deve Varl")?.id)
    #expect(result.entity(writtenAs: "B") == nil)
  }

  @Test(
    "an organisation's head before 'of' outweighs an event's head at the end ('Organisation of the Orvale Conference')"
  )
  func organisationHeadBeforeOf() {
    let result = analyse(
      """
      Deal

      The deal was brokered on behalf of the Organisation of the Orvale Conference .

      He rode the Tour of Pellow in May .
      """)
    #expect(result.entity(writtenAs: "Organisation of the Orvale Conference")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tour of Pellow")?.kind == .event)
  }

  @Test(
    "results lines: a team in capitals after a place code stays whole ('NY RANGERS'); '( OT )' is no team")
  func hockeyResults() {
    let result = analyse(
      """
      ICE HOCKEY - RESULTS .

      NEW YORK 1996-10-06

      NY RANGERS 4 Boston 2

      TORONTO 2 Chicago 2 ( OT )
      """)
    #expect(result.entity(writtenAs: "NY RANGERS")?.kind == .organization)
    #expect(result.entity(writtenAs: "NEW YORK")?.kind == .place)
    #expect(result.entity(writtenAs: "OT") == nil)
  }

  @Test(
    "a place before the plural of a role word names a party or a team ('Ulster Unionists', 'Dallas Cowboys')")
  func placeBeforeRolePlural() {
    let result = analyse(
      """
      Talks

      The talks resumed with the pro-British Ulster Unionists attending .

      Tom Varga signed with the Dallas Cowboys on Monday .
      """)
    #expect(result.entity(writtenAs: "Ulster Unionists")?.kind == .organization)
    #expect(result.entity(writtenAs: "Dallas Cowboys")?.kind == .organization)
  }

  @Test(
    "a role word opening a sentence before a company describes it ('Rival Orvale Devices Inc.'); tickers are no names"
  )
  func roleBeforeCompanyAndTickers() {
    let result = analyse(
      """
      Chips

      Rival Orvale Micro Devices Inc. reports on Tuesday .

      General Pellow Motors Corp said sales rose .

      Shares in Orvale ( ORV.L ) rose 12 pence .
      """)
    #expect(result.entity(writtenAs: "Orvale Micro Devices Inc")?.kind == .organization)
    #expect(result.entity(writtenAs: "General Pellow Motors Corp")?.kind == .organization)
    #expect(result.entity(writtenAs: "ORV") == nil)
  }

  @Test("a wire footer's desk is an organisation; a race's 'Stakes' is an event")
  func newsdeskAndStakes() {
    let result = analyse(
      """
      Racing

      Tom Varga won the Orvale Stakes at Pellow on Saturday .

      -- Orvale Newsdesk 312-408-8787
      """)
    #expect(result.entity(writtenAs: "Orvale Newsdesk")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Stakes")?.kind == .event)
  }

  @Test("'north of', 'the outskirts of', 'the capture of' take a place")
  func placeRelationsBeforeOf() {
    let result = analyse(
      """
      Strikes

      Troops backed a faction in the capture of Orvalik on Saturday .

      Fighting went on north of Pellowa and in the outskirts of Tarnovik .
      """)
    #expect(result.entity(writtenAs: "Orvalik")?.kind == .place)
    #expect(result.entity(writtenAs: "Pellowa")?.kind == .place)
    #expect(result.entity(writtenAs: "Tarnovik")?.kind == .place)
  }

  @Test("sport: 'Thomas Muster of Austria'; a club ending in a town; 'X , the champions ,' is a team")
  func clubsAndPlayersInSportStories() {
    let result = analyse(
      """
      SOCCER - RESULTS .

      Tom Varga will meet Thomas Muster of Austria , who won 7-5 6-4 .

      Orvalia Dortmund , the champions , beat Pellowa Rostock 3-0 .
      """)
    #expect(result.entity(writtenAs: "Thomas Muster")?.kind == .person)
    #expect(result.entity(writtenAs: "Austria")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvalia Dortmund")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pellowa Rostock")?.kind == .organization)
  }

  @Test("'Leg-spinner' is a role before a name; 'Moslem-Croat' joins two peoples and names nothing")
  func hyphenatedRolesAndPeoples() {
    let result = analyse(
      """
      Cricket

      Leg-spinner Tarik Vessan took six wickets on Monday .

      Troops patrolled the Moslem-Croat federation on Sunday .
      """)
    #expect(result.entity(writtenAs: "Tarik Vessan")?.kind == .person)
    #expect(result.entity(writtenAs: "Leg-spinner Tarik Vessan") == nil)
    #expect(result.entity(writtenAs: "Moslem-Croat") == nil)
  }

  @Test("an acronym missing one initial still joins its name across 'and'")
  func acronymMissingOneInitial() {
    let result = analyse(
      """
      Markets

      The Orvale International Cocoa Futures and Options Exchange ( OICFE ) rose on Monday .

      Traders at OICFE said volumes were thin .
      """)
    let exchange = result.entity(writtenAs: "Orvale International Cocoa Futures and Options Exchange")
    #expect(exchange?.kind == .organization)
    #expect(exchange?.aliases.contains("OICFE") == true)
    #expect(result.entity(writtenAs: "Options Exchange") == nil)
  }

  @Test("a role inside a name its acronym spells; 'wa' inside a name; 'out of' takes a place")
  func roleInsideAcronymName() {
    let result = analyse(
      """
      Refugees

      The U.N. High Commissioner for Pellowans ( UNHCP ) said it had pulled its staff out of Tarvik .

      Prime Minister Kengo wa Varna accused Orvalia of backing the rebels .

      The National Commission on Human Rights said five people had died .
      """)
    let agency = result.entity(writtenAs: "U.N. High Commissioner for Pellowans")
    #expect(agency?.kind == .organization)
    #expect(agency?.aliases.contains("UNHCP") == true)
    #expect(result.entity(writtenAs: "Pellowans") == nil)
    #expect(result.entity(writtenAs: "Tarvik")?.kind == .place)
    #expect(result.entity(writtenAs: "Kengo wa Varna")?.kind == .person)
    #expect(result.entity(writtenAs: "National Commission on Human Rights")?.kind == .organization)
  }

  @Test("a dateline place of four letters reads as a word, a four-letter acronym of a state does not")
  func fourLetterPlacesInCapitals() {
    let result = analyse(
      """
      Output falls .

      BONN 1996-09-06

      Output fell in July , the ministry said . Trade with the USSR had collapsed .
      """)
    #expect(result.entity(writtenAs: "BONN")?.name == "Bonn")
    #expect(result.entity(writtenAs: "USSR")?.name == "USSR")
  }

  @Test("several words before a slash and a name are a name: 'Human Rights Watch / Asia said'")
  func nameBeforeSlash() {
    let result = analyse(
      """
      Trial

      Human Rights Watch / Asia said the trial was a mockery of justice .
      """)
    #expect(result.entity(writtenAs: "Human Rights Watch")?.kind == .organization)
    #expect(result.entity(writtenAs: "Asia")?.kind == .place)
  }

  @Test("'Credit Basel' is a company; 'rival X' says nothing of a person; 'Jews' is a people")
  func companiesAndPeoples() {
    let result = analyse(
      """
      Banks

      Credit Basel and Orvale Bank said on Tuesday they were ready to discuss a fund .

      The congress accused the banks of hiding assets of Jews killed in the war .

      Shares in rival Pellovia 's parent Tarvik Motors Corp were little changed .
      """)
    #expect(result.entity(writtenAs: "Credit Basel")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jews") == nil)
    #expect(result.entity(writtenAs: "Pellovia")?.kind != .person)
  }

  @Test(
    "an organisation's acronym in its own language's order still defines it: 'Tarvik Workers Party ( PKT )'")
  func foreignOrderAcronym() {
    let result = analyse(
      """
      Rebels

      Rebels of the Tarvik Workers Party ( PKT ) have been fighting since 1984 .

      The PKT said on Monday it would fight on .
      """)
    let party = result.entity(writtenAs: "Tarvik Workers Party")
    #expect(party?.kind == .organization)
    #expect(party?.aliases.contains("PKT") == true)
  }

  @Test("a legal form ends a company: its acronym leaves it out, its first hyphen part names it")
  func companyShortNames() {
    let result = analyse(
      """
      K.L. Tarvik sees slower growth .

      K.L. Tarvik & Co economists said on Tuesday growth would slow .

      Orvale Telecommunications Plc agreed to buy a rival . Shares in OT rose 12 pence .

      Pellow-Varna AG made a profit . Pellow shares rose 2.10 marks .
      """)
    #expect(result.entity(writtenAs: "K.L. Tarvik")?.kind == .organization)
    #expect(result.entity(writtenAs: "OT")?.aliases.contains("Orvale Telecommunications Plc") == true)
    #expect(result.entity(writtenAs: "Pellow")?.aliases.contains("Pellow-Varna AG") == true)
  }

  @Test("a play comes from a player: 'a goal from Tarko' is a person, 'flew in from Tarvik' a place")
  func playFromPlayer() {
    let result = analyse(
      """
      Soccer

      Orvale beat Pellow 1-0 with a goal from Tarko on Sunday .

      The coach flew in from Tarvik on Monday .
      """)
    #expect(result.entity(writtenAs: "Tarko")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvik")?.kind == .place)
  }

  @Test("a batting line makes a story with scores: 'at The Oval' is the ground")
  func scoreboardVenue() {
    let result = analyse(
      """
      CRICKET - SCOREBOARD .

      Scoreboard on the first day of the test between Orvalia and Pellowa at The Oval on Thursday :

      K. Tarvin lbw b Dano Vessar 12
      """)
    #expect(result.entity(writtenAs: "Oval")?.kind == .place)
  }

  @Test("a slash joins one company's name, not two places: 'Orvale Dutch / Pell', 'Israel / Egypt'")
  func slashInsideName() {
    let result = analyse(
      """
      Oil

      Orvale Dutch / Pell said on Monday output in the North Sea fell .

      Trade across the Israel / Egypt border was halted .
      """)
    #expect(result.entity(writtenAs: "Orvale Dutch / Pell")?.kind == .organization)
    #expect(result.entity(writtenAs: "Israel")?.kind == .place)
    #expect(result.entity(writtenAs: "Egypt")?.kind == .place)
  }

  @Test("a syllable acronym links its name; a share moves in pence; a player adds whole points")
  func marketNames() {
    let result = analyse(
      """
      Markets

      Cotton futures on the Tarvik Cotton Exchange ended higher on Monday .

      TACEX traders said demand was strong .

      Orvale Pellham rose 15 pence after the group said sales grew .

      Forward Karo Vessan added 25 points .

      -- Tarvik Energy Desk 212-859-1620
      """)
    #expect(result.entity(writtenAs: "TACEX")?.aliases.contains("Tarvik Cotton Exchange") == true)
    #expect(result.entity(writtenAs: "Orvale Pellham")?.kind == .organization)
    #expect(result.entity(writtenAs: "Karo Vessan")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvik Energy Desk")?.kind == .organization)
  }

  @Test("a name and a place's head before a title stay whole: 'Pellow County Prosecutor …'")
  func placeBeforeTitle() {
    let result = analyse(
      """
      Case

      Pellow County Prosecutor Dano Tarvik said he would review the case .
      """)
    #expect(result.entity(writtenAs: "Pellow County")?.kind == .place)
    #expect(result.entity(writtenAs: "Dano Tarvik")?.kind == .person)
  }

  @Test("a title before a given name that is also a word; a plural role opens a body's name")
  func titlesAndRolePluralBodies() {
    let result = analyse(
      """
      Family

      Their sons , Prince Tarvo and Prince Harry , will divide their time between their parents .

      Her Missionaries of Orvale order runs homes in 100 countries .
      """)
    #expect(result.entity(writtenAs: "Harry")?.kind == .person)
    #expect(result.entity(writtenAs: "Prince Harry") == nil)
    #expect(result.entity(writtenAs: "Missionaries of Orvale")?.kind == .organization)
  }

  @Test("a facility noun after a name makes a place: 'the Salvik tunnel', 'the Orvalu bridge'")
  func facilityNounsAfterName() {
    let result = analyse(
      """
      Front

      Troops fled north towards the Salvik tunnel on Friday .

      Forty rebels were killed in the battle for the Orvalu bridge .
      """)
    #expect(result.entity(writtenAs: "Salvik")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvalu")?.kind == .place)
  }

  @Test("a company's word alone is the company, not its chairman; 'Rival KXT' is no person")
  func companyBeforeNamesake() {
    let result = analyse(
      """
      Retail

      J Vessan Plc , the second biggest grocer , reported a fall in profits on Wednesday .

      Chairman Dano Vessan said the group had lost market share .

      Vessan 's shares fell 9 pence to 358 pence .

      Rival KXT , owned by Orvale Inc , has more than 100 shops .
      """)
    let company = result.entity(writtenAs: "J Vessan Plc")
    #expect(company?.kind == .organization)
    #expect(company?.aliases.contains("Vessan") == true)
    #expect(result.entity(writtenAs: "Dano Vessan")?.kind == .person)
    #expect(company?.aliases.contains("Dano Vessan") == false)
    #expect(result.entity(writtenAs: "KXT")?.kind == .organization)
  }

  @Test("a team named with a number: 'the Orvale 49ers', '76ers president'; not 'the 1990s'")
  func numberedTeams() {
    let result = analyse(
      """
      NFL

      Dano Vessan threw two touchdown passes as the Orvale 49ers beat the Pellow Rams 28-11 .

      " He will be great , " said 76ers president Karo Tarvik , who played in the 1990s .
      """)
    #expect(result.entity(writtenAs: "Orvale 49ers")?.kind == .organization)
    #expect(result.entity(writtenAs: "76ers")?.kind == .organization)
    #expect(result.entity(writtenAs: "1990s") == nil)
    #expect(result.entity(writtenAs: "Karo Tarvik")?.kind == .person)
  }

  @Test("'Bay' and 'Strait' end a place's name, though they are adjectives too")
  func bayAndStrait() {
    let result = analyse(
      """
      Summit

      The two presidents held talks at the summit at Orvik Bay .

      Tankers crossed the Pellow Strait on Monday .
      """)
    #expect(result.entity(writtenAs: "Orvik Bay")?.kind == .place)
    #expect(result.entity(writtenAs: "Pellow Strait")?.kind == .place)
  }

  @Test("one common word opening a sentence before 'said' or a share's move is a company")
  func companySubjects() {
    let result = analyse(
      """
      Stocks

      Shell rose 1-1/4 to 62-3/8 on the exchange .

      Ford said it would recall 50,000 trucks .

      Orvale Computer fell 1/2 to 24-1/8 after a warning .

      Officials said the market was calm . Everyone said so .

      Helmut Kohl spoke on Monday . Kohl said growth would pick up .
      """)
    #expect(result.entity(writtenAs: "Shell")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ford")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Computer")?.kind == .organization)
    #expect(result.entity(writtenAs: "Officials") == nil)
    #expect(result.entity(writtenAs: "Everyone") == nil)
    #expect(result.entity(writtenAs: "Kohl")?.kind == .person)
  }

  @Test(
    "a sport's body before what it awards is a name though WordNet knows its letters; 'FOR' splits a shouted headline"
  )
  func sportsBodies() {
    let result = analyse(
      """
      BOXING - VESSAN TO FIGHT TARKO FOR WBC TITLE .

      LONDON 1996-12-01

      Dano Vessan will fight Karo Tarko for the WBC title in March .
      """)
    #expect(result.entity(writtenAs: "WBC")?.kind == .organization)
    #expect(result.entity(writtenAs: "TARKO FOR WBC") == nil)
    #expect(result.entity(writtenAs: "TARKO")?.kind == .person)
  }

  @Test("a building's first word alone is the building: 'Orvalee' after 'Orvalee Palace'")
  func buildingShortName() {
    let result = analyse(
      """
      Orvalee says president to visit .

      The Orvalee Palace said on Tuesday that the president would visit in November .
      """)
    #expect(result.entity(writtenAs: "Orvalee")?.aliases.contains("Orvalee Palace") == true)
  }

  @Test("one common word WordNet lists as a body opens a sentence as a word: 'State television said'")
  func commonBodyWordsOpeningSentences() {
    let result = analyse(
      """
      News

      State television said five people died .

      Energy prices rose on Monday . Capital spending rose 5 percent .

      Congress passed the bill on Monday .

      Opposition Social Democrats criticised the meeting .
      """)
    #expect(result.entity(writtenAs: "State") == nil)
    #expect(result.entity(writtenAs: "Energy") == nil)
    #expect(result.entity(writtenAs: "Capital") == nil)
    #expect(result.entity(writtenAs: "Congress")?.kind == .organization)
    #expect(result.entity(writtenAs: "Social Democrats")?.kind == .organization)
  }

  @Test("a word after 'for' inside a name is no evidence of a name elsewhere; 'in eastern X' is a place")
  func connectorIsNoEvidence() {
    let result = analyse(
      """
      Refugees flee fighting in eastern Orvalia .

      The U.N. High Commissioner for Refugees ( UNHCR ) said it had pulled its staff out .
      """)
    #expect(result.entity(writtenAs: "Refugees") == nil)
    #expect(result.entity(writtenAs: "Orvalia")?.kind == .place)
  }

  @Test("a feast dates things and names no one: 'after Christmas', 'During Ramadan', 'the New Year'")
  func holidaysAreNoNames() {
    let result = analyse(
      """
      Budget

      Parliament will debate the plans after Christmas .

      Shoppers are expected to spend more before the New Year .

      During Ramadan , shops in Orvale stay open late .
      """)
    #expect(result.entity(writtenAs: "Christmas") == nil)
    #expect(result.entity(writtenAs: "New Year") == nil)
    #expect(result.entity(writtenAs: "Ramadan") == nil)
    #expect(result.entity(writtenAs: "Orvale")?.kind == .place)
  }

  @Test("a stadium named in Italian is a place; a hyphenated common word in a shouted headline is no name")
  func stadiumAndShoutedCompound() {
    let result = analyse(
      """
      SOCCER - ORVALE LINE-UP FOR SUNDAY .

      ROME 1996-10-02

      Orvale play Pellow at Rome 's Stadio Pellini on Sunday .
      """)
    #expect(result.entity(writtenAs: "Stadio Pellini")?.kind == .place)
    #expect(result.entity(writtenAs: "ORVALE LINE-UP") == nil)
    #expect(result.entity(writtenAs: "ORVALE") != nil)
  }

  @Test("a bracketed word inside a company's name; 'Development' heads one; 'gained 1.25 dollars'")
  func hongKongCompanies() {
    let result = analyse(
      """
      Stocks

      Shares rose after Tarvo Kong ( Holdings ) Ltd said profits rose 20 percent .

      Tarvo Kong gained 1.25 dollars to 62.75 , and Orvale Land Development was higher .

      Pello Wing gained 1.25 dollars to 12.75 .
      """)
    let company = result.entity(writtenAs: "Tarvo Kong ( Holdings ) Ltd")
    #expect(company?.kind == .organization)
    #expect(company?.aliases.contains("Tarvo Kong") == true)
    #expect(result.entity(writtenAs: "Orvale Land Development")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello Wing")?.kind == .organization)
  }

  @Test("a place noun alone is a place, not the short name of a body that opens with it")
  func placeNounAloneIsNoShortName() {
    let result = analyse(
      """
      Emir calls for Gulf unity .

      The emir called for unity among the members of the Gulf Orvale Council .
      """)
    #expect(result.entity(writtenAs: "Gulf")?.kind == .place)
    #expect(result.entity(writtenAs: "Gulf Orvale Council")?.aliases.contains("Gulf") == false)
  }

  @Test("a headline in capitals keeps a name the article writes in running text")
  func shoutedHeadlineKeepsRunningName() {
    let result = analyse(
      """
      TENNIS - ORVALIA LEAD AFTER FIRST DAY OF DAVIS CUP FINAL .

      PELLO 1996-11-29

      Results on the first day of the Davis Cup final between Orvalia and Pellonia on Friday .
      """)
    #expect(result.entity(writtenAs: "DAVIS") == nil)
    let cup = result.entity(writtenAs: "DAVIS CUP")
    #expect(cup?.kind == .event)
    #expect(cup?.mentions.contains { $0.text == "Davis Cup" } == true)
  }

  @Test("'Tarvo Telegraph and Telephone Corp ( TTT )': the legal form is no initial")
  func acronymAcrossAndBeforeLegalForm() {
    let result = analyse(
      """
      TTT to cut jobs .

      TOKYO 1996-12-10

      Tarvo Telegraph and Telephone Corp ( TTT ) said on Tuesday it would cut 10,000 jobs .

      TTT shares closed down 5,000 yen .
      """)
    let company = result.entity(writtenAs: "Tarvo Telegraph and Telephone Corp")
    #expect(company?.kind == .organization)
    #expect(company?.mentions.contains { $0.text == "TTT" } == true)
    #expect(result.entity(writtenAs: "Telephone Corp") == nil)
  }

  @Test("a party's first word alone is the party, even where the lexicon knows another of that word")
  func partyShortName() {
    let result = analyse(
      """
      Varden rejects Labor call for inquiry .

      PELLO 1996-12-04

      Prime Minister Ola Varden rejected calls from the opposition Labor Party for an inquiry .

      Labor said the scheme had been badly run .
      """)
    let party = result.entity(writtenAs: "Labor Party")
    #expect(party?.mentions.contains { $0.text == "Labor" } == true)
  }

  @Test("after a role and 'for', common words are the office's brief, no name; a place stays")
  func roleBrief() {
    let result = analyse(
      """
      Aid reaches Pello .

      PELLO 1996-12-04

      A spokesman for the U.N. High Commissioner for Refugees said the camps were empty .

      The Minister for Foreign Affairs , Ola Varden , said Orvalia would help .

      The Secretary for Education said schools would open , and the Minister for Europe agreed .
      """)
    #expect(result.entity(writtenAs: "Refugees") == nil)
    #expect(result.entity(writtenAs: "U.N.")?.kind == .organization)
    #expect(result.entity(writtenAs: "Foreign Affairs") == nil)
    #expect(result.entity(writtenAs: "Ola Varden")?.kind == .person)
    #expect(result.entity(writtenAs: "Education") == nil)
    #expect(result.entity(writtenAs: "Europe")?.kind == .place)
  }

  @Test("a name before 'arena' or 'circuit' is a place")
  func arenaIsPlace() {
    let result = analyse(
      """
      Orvik wins in Pello .

      PELLO 1996-11-29

      Orvik told reporters at the Tarvonium arena that he was tired .

      He won at the Pellosa circuit last year .
      """)
    #expect(result.entity(writtenAs: "Tarvonium")?.kind == .place)
    #expect(result.entity(writtenAs: "Pellosa")?.kind == .place)
  }

  @Test("foreign heads name companies: 'Industrie', 'Societe', 'Gruppo'")
  func foreignCompanyHeads() {
    let result = analyse(
      """
      Jet makers

      The deal leaves Europe 's Orvale Industrie as the only rival in the market .

      Shares in Societe Tarvaise rose , and Gruppo Pellini fell .
      """)
    #expect(result.entity(writtenAs: "Orvale Industrie")?.kind == .organization)
    #expect(result.entity(writtenAs: "Societe Tarvaise")?.kind == .organization)
    #expect(result.entity(writtenAs: "Gruppo Pellini")?.kind == .organization)
  }

  @Test("a role word opening a fund manager's name stays in it: 'Pilot Asset Management'")
  func roleWordOpensCompanyName() {
    let result = analyse(
      """
      Gold ends lower .

      " The market is drifting , " said Tam Orvik , president of Pilot Asset Management in Pello .
      """)
    #expect(result.entity(writtenAs: "Pilot Asset Management")?.kind == .organization)
    #expect(result.entity(writtenAs: "Asset Management") == nil)
  }

  @Test("a country before a body the lexicon knows is that body: 'U.S. Drug Enforcement Administration'")
  func countryBeforeKnownBody() {
    let result = analyse(
      """
      Police seize cocaine .

      The U.S. Drug Enforcement Administration helped with the operation , police said .

      The DEA said the drugs were bound for Pello .
      """)
    let agency = result.entity(writtenAs: "U.S. Drug Enforcement Administration")
    #expect(agency?.kind == .organization)
    #expect(agency?.mentions.contains { $0.text == "DEA" } == true)
  }

  @Test("a common word in capitals inside running text is no acronym: '( home team in CAPS )'")
  func capitalsForEmphasis() {
    let result = analyse(
      """
      BASKETBALL - RESULTS .

      PELLO 1996-12-08

      Results of games on Saturday ( home team in CAPS ) :

      ORVALE 103 Tarvo 78

      The coach said the result was NEVER a surprise , and the agency UNITAR agreed .
      """)
    #expect(result.entity(writtenAs: "CAPS") == nil)
    #expect(result.entity(writtenAs: "NEVER") == nil)
    #expect(result.entity(writtenAs: "UNITAR") != nil)
    #expect(result.entity(writtenAs: "ORVALE") != nil)
  }

  @Test("a compass word and a nationality after 'of' stay in the name: 'Federation of South Korean …'")
  func compassAfterConnector() {
    let result = analyse(
      """
      Unions threaten strikes .

      The Federation of South Korean Dock Workers ( FSKDW ) threatened strikes on Monday .

      FSKDW leaders met on Tuesday .
      """)
    let unions = result.entity(writtenAs: "Federation of South Korean Dock Workers")
    #expect(unions?.kind == .organization)
    #expect(unions?.mentions.contains { $0.text == "FSKDW" } == true)
  }

  @Test("'Opposition', 'Ruling' opening a sentence describe a party; they are no part of its name")
  func bodyStandingOpensSentence() {
    let result = analyse(
      """
      Talks fail .

      Opposition Tarvo Reform Party leader Ola Varden said the talks had failed .

      Ruling Pello Unity Party officials disagreed .
      """)
    #expect(result.entity(writtenAs: "Tarvo Reform Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello Unity Party")?.kind == .organization)
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Opposition") || $0.hasPrefix("Ruling") })
  }

  @Test("a surname that is a common word opens a sentence alone: 'Stone still leads'")
  func commonWordSurnameOpensSentence() {
    let result = analyse(
      """
      Varden wins in Pello .

      Ola Varden won on Sunday , beating Jannik Stone and Tam Orvik in the final .

      Stone still leads the standings by 13 points .
      """)
    let stone = result.entity(writtenAs: "Jannik Stone")
    #expect(stone?.kind == .person)
    #expect(stone?.mentions.contains { $0.text == "Stone" } == true)
  }

  @Test("a headline in capitals keeps a running name with an acronym inside: 'TARVO PGA CHAMPIONSHIP'")
  func shoutedHeadlineKeepsAcronymInName() {
    let result = analyse(
      """
      GOLF - LEADING SCORES AT TARVO PGA CHAMPIONSHIP .

      PELLO 1996-11-28

      Leading first-round scores in the Tarvo PGA Championship on Thursday .
      """)
    #expect(result.entity(writtenAs: "PGA") == nil)
    #expect(
      result.entity(writtenAs: "TARVO PGA CHAMPIONSHIP")?.mentions.contains {
        $0.text == "Tarvo PGA Championship"
      } == true)
  }

  @Test("a doctrine's adjective describes the name after it; a name before 'rebels' is a movement")
  func doctrineAdjectiveAndRebels() {
    let result = analyse(
      """
      Hostage crisis enters third day .

      PELLO 1996-12-20

      Marxist Tarvo Orvalu rebels holding hundreds of hostages freed a group of 38 people on Friday .
      """)
    #expect(result.entity(writtenAs: "Marxist Tarvo Orvalu") == nil)
    #expect(result.entity(writtenAs: "Tarvo Orvalu")?.kind == .organization)
  }

  @Test("a company's legal form ends its name before a possessive: 'Tarvo Corp 's Pello Airlines'")
  func legalFormPossessiveEndsName() {
    let result = analyse(
      """
      Airlines plan alliance .

      Orvale Airways Plc and Tarvo Corp 's Pello Airlines said on Tuesday they planned an alliance .
      """)
    #expect(result.entity(writtenAs: "Tarvo Corp")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello Airlines")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo Corp 's Pello Airlines") == nil)
  }

  @Test("'U.S. District Judge …': a country before 'District' and a role is no district's name")
  func countryDistrictJudge() {
    let result = analyse(
      """
      Trial date set .

      U.S. District Judge Tarvo Orvik said jury selection would begin on March 31 .
      """)
    #expect(result.entity(writtenAs: "U.S. District") == nil)
    #expect(result.entity(writtenAs: "U.S.")?.kind == .place)
    #expect(result.entity(writtenAs: "Tarvo Orvik")?.kind == .person)
  }

  @Test("a compound opening with a number word is no name: 'ONE-DAYER', 'Third-Round'")
  func numberWordCompound() {
    let result = analyse(
      """
      CRICKET - ORVALIA BEAT PELLONIA IN ONE-DAYER .

      Orvalia won by 46 runs . Third-Round matches follow .
      """)
    #expect(result.entity(writtenAs: "ONE-DAYER") == nil)
    #expect(result.entity(writtenAs: "Third-Round") == nil)
  }

  @Test("a scorers' table gives each player's club in brackets; a players' table with countries does not")
  func clubInBracketsAfterPlayer() {
    let result = analyse(
      """
      SOCCER - LEADING SCORERS .

      Leading goalscorers after Sunday 's matches :

      12 - Tam Orvik ( Newcastle ) , Ola Varden ( Pello Rovers )

      10 - Jannik Tarvo ( Newcastle )
      """,
      """
      ATHLETICS - RESULTS .

      100 metres : 1. Tam Orvik ( Trinidad ) 10.02 2. Ola Varden ( Britain ) 10.10
      """)
    #expect(result.entity(writtenAs: "Newcastle")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello Rovers")?.kind == .organization)
    #expect(result.entity(writtenAs: "Trinidad")?.kind == .place)
  }

  @Test(
    "a known given name and a bracketed country make a player, though WordNet knows the surname as a group")
  func givenNameBeatsGroupSurname() {
    let result = analyse(
      """
      TENNIS - RESULTS .

      Tam Orvik ( Croatia ) beat 4 - Thomas Muster ( Austria ) 7-6 6-3
      """)
    #expect(result.entity(writtenAs: "Thomas Muster")?.kind == .person)
  }

  @Test(
    "a legal form ends a company's name before 'of': 'Orvale Plc of Britain and Tarvo & Co of the United States'"
  )
  func legalFormBeforeOf() {
    let result = analyse(
      """
      Drug makers merge .

      The deal strengthens the group against Orvale Wellkin Plc of Britain and Tarvo & Co of the United States .
      """)
    #expect(result.entity(writtenAs: "Orvale Wellkin Plc")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo & Co")?.kind == .organization)
    #expect(result.entity(writtenAs: "Britain")?.kind == .place)
  }

  @Test("a cathedral, a mosque or a shrine is a place")
  func placesOfWorship() {
    let result = analyse(
      """
      Strikers camp in Pello .

      Union leaders camped at Tarvodong Cathedral in central Pello on Friday .

      Others gathered at the Orvali Mosque .
      """)
    #expect(result.entity(writtenAs: "Tarvodong Cathedral")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvali Mosque")?.kind == .place)
  }

  @Test("a scorers' line: the name before a dash is the team, a name before a minute a player")
  func scorersLine() {
    let result = analyse(
      """
      SOCCER - CUP RESULTS .

      In Pellova : Orvale ( Spain ) 3 Tarvo 04 ( Germany ) 1 ( halftime 1-0 )

      Scorers : Orvale - Jannikko 12 , Varderio 55 . Tarvo - Orvikson 60 .
      """)
    #expect(result.entity(writtenAs: "Pellova")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvale")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jannikko")?.kind == .person)
    #expect(result.entity(writtenAs: "Varderio")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvikson")?.kind == .person)
  }

  @Test("acronyms joined by a hyphen, none a known name, are one name: 'ZANU-PF'; 'US-CHINA' is two")
  func hyphenatedAcronyms() {
    let result = analyse(
      """
      Party meets .

      Speaking at a conference of the ruling TARU-PF party in Pello , the president attacked donors .

      The US-CHINA talks end on Friday .
      """)
    #expect(result.entity(writtenAs: "TARU-PF")?.kind == .organization)
    #expect(result.entity(writtenAs: "PF") == nil)
    #expect(result.entity(writtenAs: "CHINA")?.kind == .place)
  }

  @Test(
    "'Orvale Air Lines of the United States': 'of the' and a country after a company's name say where from")
  func companyOfTheCountry() {
    let result = analyse(
      """
      Airlines tighten links .

      Tarvoair will expand its alliance with Orvale Air Lines of the United States .
      """)
    #expect(result.entity(writtenAs: "Orvale Air Lines")?.kind == .organization)
    #expect(result.entity(writtenAs: "United States")?.kind == .place)
  }

  @Test("a country and a common noun after 'shares in' are a company: 'Siam Cement'")
  func countryNamedCompanyAfterStake() {
    let result = analyse(
      """
      Stocks fall .

      Foreign investors sold shares in Orvale Bank and Siam Cement .
      """)
    #expect(result.entity(writtenAs: "Siam Cement")?.kind == .organization)
    #expect(result.entity(writtenAs: "Siam") == nil)
  }

  @Test("a name right after a lower-case 'capital' is a place")
  func capitalBeforeName() {
    let result = analyse(
      """
      Blast kills 12 .

      A bomb killed 12 people in the state 's summer capital Tarvinagar on Wednesday .
      """)
    #expect(result.entity(writtenAs: "Tarvinagar")?.kind == .place)
  }

  @Test("a lower-case word for a kind of company before a name: 'Russian airline Tarvoflot said'")
  func companyNounBeforeName() {
    let result = analyse(
      """
      Tarvoflot plans to buy jets .

      Russian airline Tarvoflot said on Monday it planned to buy 10 jets .

      Top seed Ola Varden beat Jannik Stone of Orvalia 6-3 6-2 on Saturday .
      """)
    #expect(result.entity(writtenAs: "Tarvoflot")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jannik Stone")?.kind == .person)
  }

  @Test("a name in quotation marks keeps its month: the \" Orange April \" march")
  func quotedNameKeepsMonth() {
    let result = analyse(
      """
      Thousands march .

      Tens of thousands of people marched through Pello on Sunday in the " Orange April " to demand justice .
      """)
    #expect(result.entity(writtenAs: "Orange") == nil)
    #expect(result.entity(writtenAs: "Orange April") != nil)
  }

  @Test("a town the gazetteer knows is a place after 'in' or before 'area', though its name is a role word")
  func townNamedLikeARole() {
    let result = analyse(
      """
      Inquiry widens .

      The magistrate led the search for missing girls in the Liege area .
      """)
    #expect(result.entity(writtenAs: "Liege")?.kind == .place)
  }

  @Test("a role word that is also a given name before an honorific that is also a surname: 'Don King'")
  func givenNameRoleBeforeHonorific() {
    let result = analyse(
      """
      Rematch set .

      Tarvo 's promoter Don King said a rematch would be held next year .

      The fight was arranged by Guy Bishop on Monday .

      The Junior Minister said nothing .
      """)
    #expect(result.entity(writtenAs: "Don King")?.kind == .person)
    #expect(result.entity(writtenAs: "Guy Bishop")?.kind == .person)
    #expect(result.entity(writtenAs: "Junior Minister") == nil)
  }

  @Test("a team on a results line keeps its name before a role, though the word is an adjective")
  func resultsTeamBeforeRole() {
    let result = analyse(
      """
      Results .

      Results of matches on Saturday :

      Gothic 2 Varden 1

      Pello 0 Orvale 3

      Gothic manager Ola Tarvonen praised his side .

      Baroque architecture drew the visitors .
      """)
    let team = result.entity(writtenAs: "Gothic")
    #expect(team?.kind == .organization)
    #expect(team?.mentions.count == 2)
    #expect(result.entity(writtenAs: "Baroque") == nil)
  }

  @Test("a word capitalised only to open a sentence, and written in lower case elsewhere, is no name")
  func sentenceOpeningWordWrittenLowerElsewhere() {
    let result = analyse(
      """
      Ore prices fall .

      Orvalite futures fell on Tuesday as traders sold .

      January orvalite closed lower at $ 310 a tonne .

      Tarvenko shares rose on Tuesday .
      """)
    #expect(result.entity(writtenAs: "Orvalite") == nil)
    #expect(result.entity(writtenAs: "Tarvenko") != nil)
  }

  @Test("a hall is a venue, and a person who shares the surname stays a person")
  func hallIsVenue() {
    let result = analyse(
      """
      Concert held .

      The crowd cheered the champion at the Varden Hall on Sunday .

      Model Ola Hall said she enjoyed it .
      """)
    #expect(result.entity(writtenAs: "Varden Hall")?.kind == .place)
    #expect(result.entity(writtenAs: "Ola Hall")?.kind == .person)
  }

  @Test("a name ending in a country is a company's, unless a given name opens it")
  func nameEndingInCountry() {
    let result = analyse(
      """
      Airline profit rises .

      Rival Varden Australia , half-owned by Orvale Corp , has yet to report .

      The award went to Peter Jordan on Friday .
      """)
    #expect(result.entity(writtenAs: "Varden Australia")?.kind == .organization)
    #expect(result.entity(writtenAs: "Peter Jordan")?.kind == .person)
  }

  @Test("a town that plays a match is the team wherever the gazetteer alone calls it a town")
  func townPlaysAsTeamThroughout() {
    let result = analyse(
      """
      Final won .

      Wakefield won the final on Sunday , beating Varden 44-14 .

      Ola Pello scored two tries for Wakefield .

      Wakefield chairman Jan Tarvo said the club would sign two players .
      """)
    let team = result.entity(writtenAs: "Wakefield")
    #expect(team?.kind == .organization)
    #expect(team?.mentions.count == 3)
  }

  @Test("a town and the plural of a common noun name a team: 'Oldham Bears', 'Halifax Wolves'")
  func townAndPluralNounTeam() {
    let result = analyse(
      """
      League ends .

      Oldham Bears and Halifax Wolves finished third and fourth in the league .

      Rain fell on Victoria Falls .
      """)
    #expect(result.entity(writtenAs: "Oldham Bears")?.kind == .organization)
    #expect(result.entity(writtenAs: "Halifax Wolves")?.kind == .organization)
    #expect(result.entity(writtenAs: "Victoria Falls")?.kind == .place)
  }

  @Test("an apposition naming a trade after what it makes types a company: 'the Dutch aircraft maker'")
  func makerApposition() {
    let result = analyse(
      """
      Jobs cut .

      The company would cut more jobs at Tarvoker , the Dutch aircraft maker it controls .
      """)
    #expect(result.entity(writtenAs: "Tarvoker")?.kind == .organization)
  }

  @Test("people named by a plural opening a sentence before 'of' and a body are not part of its name")
  func pluralOfPeopleBeforeBody() {
    let result = analyse(
      """
      Reform demanded .

      Leaders of the Forum for the Renewal of Orvalia said the president had too much power .

      The campaigners Friends of the Earth said nothing .
      """)
    #expect(result.mentionTexts.contains("Forum for the Renewal of Orvalia"))
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Leaders") })
    #expect(result.mentionTexts.contains("Friends of the Earth"))
  }

  @Test("a plural verb after a preposition and a town is the subject's: 'Prosecutors in Darmstadt are'")
  func pluralVerbAfterPrepositionalTown() {
    let result = analyse(
      """
      Inquiry goes on .

      Prosecutors in Darmstadt are still investigating the case .
      """)
    #expect(result.entity(writtenAs: "Darmstadt")?.kind == .place)
  }

  @Test("an acronym joined to a name, alone in brackets, stays whole: '( FORV-Kenya )'")
  func bracketedAcronymCompound() {
    let result = analyse(
      """
      Reform demanded .

      The Forum for Orvalian Renewal ( FORV-Kenya ) said the president had too much power .
      """)
    #expect(result.mentionTexts.contains("FORV-Kenya"))
    #expect(!result.mentionTexts.contains("FORV"))
  }

  @Test(
    "a body the lexicon knows before a role with no name after it: 'The United Nations Secretary-General ,'")
  func knownBodyBeforeRoleWithoutName() {
    let result = analyse(
      """
      Appeal made .

      The United Nations High Commissioner for Refugees , Ola Tarvonen , appealed for a corridor .

      The inquiry involved the Manhattan District Attorney 's office .
      """)
    #expect(result.entity(writtenAs: "United Nations")?.kind == .organization)
    #expect(result.entity(writtenAs: "Manhattan")?.kind == .place)
    #expect(result.entity(writtenAs: "Manhattan District") == nil)
  }

  @Test("a town alone is the team in a story with scores where the team is named by the town and a plural")
  func townAloneAfterTownTeam() {
    let result = analyse(
      """
      Bulls win .

      Ola Tarvo threw two passes as the Halifax Bears beat Varden 23-19 on Sunday .

      Jan Pello rushed for 98 yards for Halifax , who improved to 5-3 .

      Fans in Halifax celebrated .
      """)
    let team = result.entity(writtenAs: "Halifax Bears")
    #expect(team?.kind == .organization)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
  }

  @Test("an ethnic group WordNet files as a group is a people, no organisation: 'Azeri oil stake'")
  func ethnicGroupIsNoOrganization() {
    let result = analyse(
      """
      Tarvoil wins Azeri oil stake .

      Flemish and Walloon parties met in Pello on Monday .
      """)
    #expect(result.entity(writtenAs: "Azeri") == nil)
    #expect(result.entity(writtenAs: "Flemish") == nil)
  }

  @Test(
    "'International' after a company's name is a generic tail: 'Orvale Airways International' = 'Orvale Airways'"
  )
  func internationalIsGenericTail() {
    let result = analyse(
      """
      Orvale Airways orders jets .

      Orvale Airways International had ordered eight jets , the company said .

      Shares in Orvale Airways rose on Tuesday .
      """)
    let airline = result.entity(writtenAs: "Orvale Airways International")
    #expect(airline != nil)
    #expect(airline?.id == result.entity(writtenAs: "Orvale Airways")?.id)
  }

  @Test(
    "a lower-case organisation noun before a foreign name of four words: 'oil company Den Varske Stats Oljeselskap'"
  )
  func organizationNounBeforeLongName() {
    let result = analyse(
      """
      Stake bought .

      Norwegian state oil company Den Varske Stats Oljeselskap said on Tuesday it had bought a stake .
      """)
    #expect(result.entity(writtenAs: "Den Varske Stats Oljeselskap")?.kind == .organization)
  }

  @Test("a name between an owner and a works is the town it stands in: 'Beacon 's Tarvenk plant'")
  func worksAfterOwner() {
    let result = analyse(
      """
      Jobs cut .

      Beacon Motor Co 's European arm said on Wednesday it would cut jobs .

      Beacon 's Tarvenk plant in Belgium builds cars .

      The union said its Pellodam factory would close .
      """)
    #expect(result.entity(writtenAs: "Tarvenk")?.kind == .place)
    #expect(result.entity(writtenAs: "Pellodam")?.kind == .place)
    // (The company's first word alone, a common word opening a sentence, is the company: "Co 's
    // European" does not hide it.)
    #expect(result.entity(writtenAs: "Beacon")?.kind == .organization)
  }

  @Test("a player 'of' a country in a story with scores stays a person, though the surname is a town")
  func playerOfCountry() {
    let result = analyse(
      """
      Graf into semis .

      Ola Varden beat Jana Pello 6-4 6-1 on Friday .

      Varden plays Lindsay Davenport of the United States , who beat Ana Tarvo .
      """)
    #expect(result.entity(writtenAs: "Lindsay Davenport")?.kind == .person)
  }

  @Test(
    "a plural of people opening a sentence before a given name is no part of the name: 'Bookmakers William …'"
  )
  func pluralOfPeopleBeforeGivenName() {
    let result = analyse(
      """
      Bookmakers lose .

      Bookmakers William Tarvo and Pello Bet said they had lost millions of pounds .
      """)
    #expect(result.mentionTexts.contains("William Tarvo"))
    #expect(!result.mentionTexts.contains { $0.hasPrefix("Bookmakers") })
  }

  @Test("a capitalised common word before ', which' is a body: 'Beacon , which pumps half the oil ,'")
  func commonWordBeforeWhich() {
    let result = analyse(
      """
      Writer hanged .

      Beacon , which pumps about half of Orvalia 's oil , said it had pleaded privately for the men .

      Today , which is a holiday , the banks are shut .
      """)
    #expect(result.entity(writtenAs: "Beacon")?.kind == .organization)
    #expect(result.entity(writtenAs: "Today") == nil)
  }

  @Test("an adjective of a place keeps its place head: 'the Olympic Stadium', 'the Swiss Alps'")
  func placeAdjectiveBeforePlaceHead() {
    let result = analyse(
      """
      Record set .

      " I have dreamed of this for years , " Ola Tarvo told reporters at the Olympic Stadium .

      Snow fell across the Swiss Alps on Sunday .

      Swiss troops were sent .
      """)
    #expect(result.entity(writtenAs: "Olympic Stadium")?.kind == .place)
    #expect(result.entity(writtenAs: "Swiss Alps")?.kind == .place)
    #expect(result.entity(writtenAs: "Swiss troops") == nil)
  }

  @Test(
    "two names WordNet gives one city stay apart when the article types them apart: 'ROME' and the club 'Roma'"
  )
  func cityAndClubNamedAlikeStayApart() {
    let result = analyse(
      """
      Results .

      ROME 1996-10-20

      Results of first division matches on Sunday :

      Roma 2 Varden 2

      Pello 0 Orvale 0
      """)
    let city = result.entity(writtenAs: "ROME")
    let club = result.entity(writtenAs: "Roma")
    #expect(city?.kind == .place)
    #expect(club?.kind == .organization)
    #expect(city?.id != club?.id)
  }

  @Test("a name before 'team mate' is the team, and stays apart from the person who shares it")
  func nameBeforeTeamMate() {
    let result = analyse(
      """
      Varden wins .

      Ola Varden won the race on Sunday , ending the challenge of his Tarvonen team mate Jan Pello .

      " I want to thank Frank Tarvonen , " Varden told reporters .
      """)
    let team = result.entity(writtenAs: "Tarvonen")
    #expect(team?.kind == .organization)
    #expect(result.entity(writtenAs: "Frank Tarvonen")?.kind == .person)
    #expect(team?.id != result.entity(writtenAs: "Frank Tarvonen")?.id)
  }

  @Test("a body named for two causes keeps 'in' and a continent with no acronym after it")
  func causesInContinent() {
    let result = analyse(
      """
      Vote flawed .

      Observers from the Organisation for Safety and Renewal in Europe said the vote had been flawed .

      The Ministry of Fisheries in Oceania said catches fell .
      """)
    #expect(result.entity(writtenAs: "Organisation for Safety and Renewal in Europe")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ministry of Fisheries")?.kind == .organization)
  }

  @Test("in a story with scores: one name before a player's verb is a player; 'at the' a ground")
  func playerVerbAndGroundInSportsStory() {
    let result = analyse(
      """
      Results .

      Varden 3 Orvale 2

      Tarvinho scored twice for Varden at the Pello Camp and Jan Ostrov added the third .
      """)
    #expect(result.entity(writtenAs: "Tarvinho")?.kind == .person)
    #expect(result.entity(writtenAs: "Pello Camp")?.kind == .place)
  }

  @Test("a company's arm: named in apposition as an 'arm', or opening with the company's first word")
  func companyArm() {
    let result = analyse(
      """
      Sale agreed .

      Orvale Co Ltd was chosen to buy Tarvo Vision , the consumer electronics arm of state-owned Tarvo SA .

      Jan Pello said Tarvo Mobile would be sold later .
      """)
    #expect(result.entity(writtenAs: "Tarvo Vision")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo Mobile")?.kind == .organization)
  }

  @Test(
    "one unknown word between 'the' and a works is where it stands, unless the article names it as the owner")
  func worksAfterThe() {
    let result = analyse(
      """
      Output falls .

      Beacon Copper Co said output fell because of problems at the Tarvamata mine .

      Workers at the Beacon plant went on strike .

      The fire at the Arvo Plastics plant killed four workers .
      """)
    #expect(result.entity(writtenAs: "Tarvamata")?.kind == .place)
    #expect(result.entity(writtenAs: "Beacon")?.kind == .organization)
    #expect(result.entity(writtenAs: "Arvo Plastics")?.kind == .organization)
  }

  @Test("a given name before a role word is a full name, before an irregular past form too")
  func givenNameBeforeRoleSurname() {
    let result = analyse(
      """
      Varden win .

      In Orvale , Albert Belle drove in four runs as Varden won 8-2 .
      """)
    #expect(result.entity(writtenAs: "Albert Belle")?.kind == .person)
  }

  @Test("an adjective that is also a role word, after 'the' and before a place's plural, is no title")
  func adjectiveBeforePlacePlural() {
    let result = analyse(
      """
      Aid halted .

      Jan Pello called for a conference on the Great Lakes region .

      General Tarvo said the convoy would wait .
      """)
    #expect(result.entity(writtenAs: "Great Lakes")?.kind == .place)
    #expect(result.entity(writtenAs: "Lakes") == nil)
    #expect(result.entity(writtenAs: "Tarvo")?.kind == .person)
  }

  @Test("a castle is a place, unless a given name before it speaks")
  func castleIsPlace() {
    let result = analyse(
      """
      Talks open .

      Delegates were turned away from Varden Castle , where the talks opened .
      """,
      """
      Actor dies .

      Roy Castle said he was pleased with the show .
      """)
    #expect(result.entity(writtenAs: "Varden Castle")?.kind == .place)
    #expect(result.entity(writtenAs: "Roy Castle")?.kind == .person)
  }

  @Test("two adjectives, 'and', and a name ending in an organisation's head are one organisation")
  func adjectivesAndPartyName() {
    let result = analyse(
      """
      Party split .

      The Social Liberal and Farmers Party leader Jan Pello urged calm .
      """)
    #expect(result.entity(writtenAs: "Social Liberal and Farmers Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "Farmers Party") == nil)
  }

  @Test("a company's one word joins its full name, not a unit named by that word and a common noun")
  func shortNameBesideUnit() {
    let result = analyse(
      """
      Tarvo to cut costs .

      Orvalsche Tarvo AG said on Tuesday it would cut costs by 1.5 billion marks .

      Tarvo 's freight arm Tarvo Cargo AG would cut 600 jobs , the company said .
      """)
    let company = result.entity(writtenAs: "Orvalsche Tarvo AG")
    #expect(company != nil)
    #expect(result.entity(writtenAs: "Tarvo")?.id == company?.id)
    #expect(result.entity(writtenAs: "Tarvo Cargo AG")?.id != company?.id)
  }

  @Test("a party's full name, 'of' and a person's two-word name are the party and its leader")
  func partyOfLeader() {
    let result = analyse(
      """
      Talks boycotted .

      The Varden Freedom Party of Mangoli Tarvezi boycotted the meeting in Orvale .

      The Orvale Savings Bank of Pellonia lent the money .
      """)
    #expect(result.entity(writtenAs: "Varden Freedom Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "Mangoli Tarvezi")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale Savings Bank of Pellonia")?.kind == .organization)
  }

  @Test("contractions open no names, and one letter keeps no sentence's full stop")
  func contractionsAndFinalLetter() {
    let result = analyse(
      """
      Rates held

      "We're not there yet," Jan Pello told reporters. "Don't expect a cut. I'd wait."

      Pello later wrote on X.
      """)
    let texts = result.mentionTexts
    #expect(!texts.contains("We're"))
    #expect(!texts.contains("Don't"))
    #expect(!texts.contains("I'd"))
    #expect(!texts.contains("X."))
    #expect(result.entity(writtenAs: "Jan Pello")?.kind == .person)
  }

  @Test("an adjective that is a role word before one common word opens a name, not a title")
  func adjectiveRoleBeforeCommonWord() {
    let result = analyse(
      """
      Power cut

      National Grid said engineers were working to restore supplies in Orvale.
      """)
    #expect(result.entity(writtenAs: "National Grid")?.kind == .organization)
    #expect(result.entity(writtenAs: "Grid") == nil)
  }

  @Test("abbreviated titles before a full name: CEO, CFO, MP")
  func abbreviatedTitles() {
    let result = analyse(
      """
      Chips rally

      Shares rose after CEO Lisa Tarvo outlined the roadmap, and CFO Jan Pello said margins held.

      Opposition MP Anna Varden said the deal was rushed.
      """)
    #expect(result.entity(writtenAs: "Lisa Tarvo")?.kind == .person)
    #expect(result.entity(writtenAs: "Jan Pello")?.kind == .person)
    #expect(result.entity(writtenAs: "Anna Varden")?.kind == .person)
    #expect(result.entity(writtenAs: "CEO Lisa Tarvo") == nil)
  }

  @Test("three words ending in a common plural, with no given name, name a body")
  func commonPluralEndsBody() {
    let result = analyse(
      """
      Chips rally

      Rival Orvale Micro Devices also gained on Tuesday.
      """)
    #expect(result.entity(writtenAs: "Orvale Micro Devices")?.kind == .organization)
  }

  @Test("a possessive right before a person's full name is their employer, unless it is a person's surname")
  func possessiveBeforeFullName() {
    let result = analyse(
      """
      Rates view

      Morvan Stanley's Ellen Zorvan said July was still possible.
      """,
      """
      Premier sworn in

      Lucien Tarvard was sworn in as premier on Monday .

      Tarvard 's Parti Orvalais narrowly lost the referendum .
      """)
    #expect(result.entity(writtenAs: "Morvan Stanley")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ellen Zorvan")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvard")?.kind == .person)
    // A party after a leader's possessive: the name after it neither speaks nor is described.
    let party = analyse(
      """
      Coalition talks

      Modi will need the support of Nitesh Varma's Janata Orv (United) to stay in power.
      """)
    #expect(party.entity(writtenAs: "Nitesh Varma")?.kind == .person)
  }

  @Test("a storm named like a person is an event, and its name alone joins it")
  func namedStorms() {
    let result = analyse(
      """
      Storm hits coast

      Typhoon Tarvo swept across the islands on Thursday , officials said .

      The weather bureau said Tarvo was moving north .
      """)
    let storm = result.entity(writtenAs: "Typhoon Tarvo")
    #expect(storm?.kind == .event)
    #expect(result.entity(writtenAs: "Tarvo")?.id == storm?.id)
  }

  @Test("a company is what has 'shares of' it, or a title written after it")
  func companyCuesModernCopy() {
    let result = analyse(
      """
      Orvalis raises target

      TOULOUSE, France (AP) — Orvalis said Thursday it now expects to deliver 720 jets this year.

      Orvalis Chief Executive Jan Tarvo told analysts that engine supplies were easing.

      Shares of Orvalis rose 3% in Paris.

      Oakland County Prosecutor Anna Pello said she would review the case.
      """)
    #expect(result.entity(writtenAs: "Orvalis")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
    #expect(result.entity(writtenAs: "Oakland County")?.kind == .place)
  }

  @Test("sides in a match report: a town and a place noun that beat a side, a capital opening a club's name")
  func clubsInModernMatchReport() {
    let result = analyse(
      """
      Late goal lifts Varden

      Jan Tarvo scored in the 88th minute as Varden United beat Orvale City 2-1 on Wednesday night.

      Tarvo joined the club from Paris Saint-Orvain in July.
      """)
    #expect(result.entity(writtenAs: "Orvale City")?.kind == .organization)
    #expect(result.entity(writtenAs: "Paris Saint-Orvain")?.kind == .organization)
  }

  @Test("a given name that is also some small town is a person; so is a quoted nickname")
  func givenNameOverSmallTown() {
    let result = analyse(
      """
      Coach praises striker

      “Leo makes the difference,” Varden coach Gerardo “Tata” Tarvezi said.
      """)
    #expect(result.entity(writtenAs: "Leo")?.kind == .person)
    #expect(result.entity(writtenAs: "Tata")?.kind == .person)
  }

  @Test("a name between a word and ', Region ,' is a town")
  func townBeforeRegionBetweenCommas() {
    let result = analyse(
      """
      Output capped

      Production remains hobbled by quality problems at its Tarvton, Washington, factory.
      """)
    #expect(result.entity(writtenAs: "Tarvton")?.kind == .place)
  }

  @Test("shares that move, 'of' after a full name, and 'according to' point at bodies")
  func sharesAnalystsAndSources() {
    let result = analyse(
      """
      Carmaker recalls cars

      Tesla is recalling more than two million vehicles to fix a defect.

      Tesla shares fell 1.3% in premarket trading.

      Analyst Dan Ives of Varbush said the recall was a speed bump.

      The party is 20 points behind in the polls, according to Orvgov.
      """)
    #expect(result.entity(writtenAs: "Tesla")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varbush")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvgov")?.kind == .organization)
  }

  @Test("a son's 'Jr.' keeps him apart from his father; after a dateline's dash a common plural is no name")
  func juniorAndDatelineDash() {
    let result = analyse(
      """
      Nominee accepts

      VARDEN, July 17 (Reuters) - Mediators from Orvalia resumed talks on Wednesday.

      Jan Tarvo Jr. introduced the nominee, and former President Jan Tarvo watched from a box.

      Troops would not leave the Pellon corridor , officials said .
      """)
    let son = result.entity(writtenAs: "Jan Tarvo Jr")
    #expect(son?.kind == .person)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.id != son?.id)
    #expect(result.entity(writtenAs: "Mediators") == nil)
    #expect(result.entity(writtenAs: "Pellon")?.kind == .place)
  }

  @Test("clubs in a modern match report: 'Town City', a name before 'manager', 'said City manager'")
  func clubsBeforeManagers() {
    let result = analyse(
      """
      Bristol City win fourth straight title

      Bristol City became the first team to win four titles in a row after beating Orvale Ham 3-1 on Sunday.

      "It's an incredible achievement," said City manager Jan Tarvo.

      Orvale Ham manager Pello Marsk was applauded by both sets of fans.
      """)
    let city = result.entity(writtenAs: "Bristol City")
    #expect(city?.kind == .organization)
    #expect(result.entity(writtenAs: "City")?.id == city?.id)
    #expect(result.entity(writtenAs: "Orvale Ham")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
  }

  @Test("after 'in', two unknown words that open with no given name are a place")
  func unknownNameAfterIn() {
    let result = analyse(
      """
      Aid groups warn

      The charity said its teams in El Tarvesh were treating dozens of children every day.
      """)
    #expect(result.entity(writtenAs: "El Tarvesh")?.kind == .place)
  }

  @Test("a name before a lower-case 'team' is the team")
  func nameBeforeTeam() {
    let result = analyse(
      """
      Title clinched

      Jan Tarvo won on Sunday to give Red Tarvo a second successive championship.

      Red Tarvo team boss Anna Pello praised the mechanics.
      """)
    #expect(result.entity(writtenAs: "Red Tarvo")?.kind == .organization)
    #expect(result.entity(writtenAs: "Anna Pello")?.kind == .person)
  }

  @Test("a Reuters credit line names people; a kind of company before a name that opens with no given name")
  func creditLineAndProvider() {
    let result = analyse(
      """
      Oil prices rise

      "The market is pricing in a risk premium," said Anna Pello, founder of analysis provider Varda Insights.

      (Reporting by Jan Tarvo in London; Editing by Jason Neely and Louise Heavens)
      """)
    #expect(result.entity(writtenAs: "Varda Insights")?.kind == .organization)
    #expect(result.entity(writtenAs: "Louise Heavens")?.kind == .person)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
  }

  @Test("a body's head, 'of' and a name before a title stay one name; 'of' and a title do not")
  func bodyOfPlaceBeforeTitle() {
    let result = analyse(
      """
      Rates raised

      Central Bank of Orvalia Governor Jan Tarvo told reporters the committee had voted for the rise.

      The conservative Varden Path Party of Foreign Minister Anna Pello voted against the motion .
      """)
    #expect(result.entity(writtenAs: "Central Bank of Orvalia")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
    #expect(result.entity(writtenAs: "Varden Path Party")?.kind == .organization)
  }

  @Test("'Ex-' opening a headline is no part of the name after it")
  func formerPrefixInHeadline() {
    let result = analyse(
      """
      Ex-TVX chief Jan Tarvo sentenced to 25 years

      Jan Tarvo, the founder of the bankrupt exchange TVX, was sentenced on Thursday.
      """)
    #expect(result.mentionTexts.contains("TVX"))
    #expect(!result.mentionTexts.contains("Ex-TVX"))
  }

  @Test(
    "a common word before a club's role is the club the article names in full, whoever WordNet says it is")
  func clubWordBeforeRole() {
    let result = analyse(
      """
      Rovers held by Villa

      LONDON (Reuters) - Rovers drew 1-1 with Tarvo Villa on Saturday. Villa manager Jan Pello praised his goalkeeper.
      """)
    let club = result.entity(writtenAs: "Villa")
    #expect(club?.kind == .organization)
    #expect(club?.name == "Tarvo Villa")
    #expect(club?.aliases.contains("Tarvo Villa") == true)
    #expect(result.entity(writtenAs: "Jan Pello")?.kind == .person)
  }

  @Test("a firm employs analysts and economists, even one named like a famous person")
  func firmBeforeAnalyst() {
    let result = analyse(
      """
      Chipmaker cuts jobs

      Analysts at Bernstein said the move was overdue. "It is late," said Orvale analyst Jan Tarvo.

      Varden chief economist Anna Pello said rates would fall. A London trader said the market was calm.
      """)
    #expect(result.entity(writtenAs: "Bernstein")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varden")?.kind == .organization)
    #expect(result.entity(writtenAs: "London")?.kind == .place)
  }

  @Test("two names before one plural place noun are two places")
  func namesBeforePluralPlaceNoun() {
    let result = analyse(
      """
      Floods in the north

      The Tarvo and Pello rivers burst their banks overnight, officials said.
      """)
    #expect(result.entity(writtenAs: "Tarvo")?.kind == .place)
    #expect(result.entity(writtenAs: "Pello")?.kind == .place)
  }

  @Test("a kind of company before a name, maker compounds included, says what the name is")
  func companyKindOpeningSentence() {
    let result = analyse(
      """
      Chipmaker Qorvane to cut 1,200 jobs

      Airline Orvalair cut fares on Monday. U.S. drugmaker Pellion said sales rose.

      Lawmaker Jan Tarvo said the bill would pass.
      """)
    #expect(result.entity(writtenAs: "Qorvane")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Chipmaker Qorvane"))
    #expect(result.entity(writtenAs: "Orvalair")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Airline Orvalair"))
    #expect(result.entity(writtenAs: "Pellion")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
  }

  @Test("a town that wins a match after 'who' is the team")
  func townWhoWonIsTeam() {
    let result = analyse(
      """
      Rovers stay top

      Tarvo Rovers stay top, two points ahead of Bristol, who won 2-0 on Saturday.
      """)
    #expect(result.entity(writtenAs: "Bristol")?.kind == .organization)
  }

  @Test("'and' inside a body's brief after any head and 'of'; not before a person or another body")
  func andInsideBriefAfterLaterHead() {
    let result = analyse(
      """
      Budget talks

      Anna Pello, director of the Orvale City Office of Planning and Budget, said the talks went well.

      He met officials of the Ministry of Defence and Tarvo Pello, the mayor.

      Union Bank of Orvalia and Varden Bank Corp said they would cooperate.
      """)
    #expect(result.mentionTexts.contains("Orvale City Office of Planning and Budget"))
    #expect(result.mentionTexts.contains("Ministry of Defence"))
    #expect(result.entity(writtenAs: "Tarvo Pello")?.kind == .person)
    #expect(result.mentionTexts.contains("Union Bank of Orvalia"))
    #expect(result.mentionTexts.contains("Varden Bank Corp"))
  }

  @Test("a brand's inner capital names a company, not a person; surnames' prefixes do not")
  func brandCaseIsCompany() {
    let result = analyse(
      """
      Deal agreed

      Spirit AeroVarden, which makes fuselages for the jet, agreed to be bought by Orvale.

      Last week VardenRock said it had sold its stake. Senator Jan McPello and Anna DeVarden voted for it.
      """)
    #expect(result.entity(writtenAs: "Spirit AeroVarden")?.kind == .organization)
    #expect(result.entity(writtenAs: "VardenRock")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan McPello")?.kind == .person)
    #expect(result.entity(writtenAs: "Anna DeVarden")?.kind == .person)
  }

  @Test("a name before 'boss', 'founder' or 'chief' and a name is a body; 'chief of staff' is an office")
  func bodyBeforeBoss() {
    let result = analyse(
      """
      New chief named

      Anna Pello, the former Varden Pellis boss, will start in August.

      Tesla chief Jan Tarvo said sales rose. Reagan chief of staff Jan Orvale said nothing.
      """,
      """
      Founder speaks

      Ruskin founder Anna Varden told a rally on Monday.
      """)
    #expect(result.entity(writtenAs: "Varden Pellis")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tesla")?.kind == .organization)
    #expect(result.entity(writtenAs: "Reagan")?.kind == .person)
    #expect(result.entity(writtenAs: "Ruskin")?.kind == .organization)
  }

  @Test("names listed after 'such as' or 'including' take the kind of the plural noun before it")
  func examplesTakeTheListNounsKind() {
    let result = analyse(
      """
      Chip demand surges

      It sells chips to cloud providers such as Varden and Amazon.

      Countries including Orvalia, Tarvonia and Pellan signed the pact.
      """)
    #expect(result.entity(writtenAs: "Amazon")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varden")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvalia")?.kind == .place)
    #expect(result.entity(writtenAs: "Tarvonia")?.kind == .place)
    #expect(result.entity(writtenAs: "Pellan")?.kind == .place)
  }

  @Test("a word WordNet calls a role, joined by 'and' to a name or alone before 'said', is a name")
  func roleWordBesideNameIsName() {
    let result = analyse(
      """
      Results

      The deal was signed by Orvalix and Amazon.
      """,
      """
      Hiring

      Amazon said it would hire 100,000 workers. The Chairman said nothing.
      """)
    #expect(result.mentionTexts.filter { $0 == "Amazon" }.count == 2)
    #expect(!result.mentionTexts.contains("Chairman"))
  }

  @Test("an acronym the article defines by lower-case words is a common noun; initials met by chance are not")
  func acronymDefinedInLowerCase() {
    let result = analyse(
      """
      Chip stocks rise

      The boom in artificial intelligence (AI) lifted chip stocks. AI chips are scarce.

      The EU warned of economic uncertainty. The ECB agreed with the exchange commission board.

      """)
    #expect(!result.mentionTexts.contains("AI"))
    #expect(result.mentionTexts.contains("EU"))
    #expect(result.mentionTexts.contains("ECB"))
  }

  @Test("a nationality opening a party's name before a lower-case 'party' is the name's own, there and after")
  func nationalityOpensPartyName() {
    let result = analyse(
      """
      Protests grow

      The ruling Georgian Pello party says the bill is needed.

      Georgian Pello founder Jan Tarvo told a rally on Monday. The Georgian leader left.
      """)
    let party = result.entity(writtenAs: "Georgian Pello")
    #expect(party?.kind == .organization)
    #expect(party?.mentions.count == 2)
    #expect(!result.mentionTexts.contains("Pello"))
    #expect(result.entity(writtenAs: "Jan Tarvo")?.kind == .person)
  }

  @Test("a name whose value moves by a percentage is a share, not a person or a place")
  func movesByPercentage() {
    let result = analyse(
      """
      Stocks rally

      Chip stocks led gains, with Orvale Electron rising 3%. Varden Pellis gained 1.2% and Tesla added 2 percent.

      Germany grew 0.3% in the quarter, while Anna Pello gained 2% in the poll.
      """)
    #expect(result.entity(writtenAs: "Orvale Electron")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varden Pellis")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tesla")?.kind == .organization)
    #expect(result.entity(writtenAs: "Germany")?.kind == .place)
    #expect(result.entity(writtenAs: "Anna Pello")?.kind == .person)
  }

  @Test("two capitals that spell a particle are an acronym in running text")
  func capitalParticleIsAcronym() {
    let result = analyse(
      """
      Coalition talks

      The Democratic Alliance took 21.8%. A deal between the Orvale Congress and the DA, led by Jan Tarvo, was likely.
      """)
    let party = result.entity(writtenAs: "DA")
    #expect(party?.kind == .organization)
    #expect(party?.aliases.contains("Democratic Alliance") == true)
  }

  @Test("what a player scores for in a story with scores is the team")
  func scoredForTeam() {
    let result = analyse(
      """
      Title won

      GLASGOW, May 15 (Reuters) - Rovers won 5-0 at Tarvo Park on Wednesday.

      Jan Pello also scored for Celtic, who can complete a double next week.
      """)
    #expect(result.entity(writtenAs: "Celtic")?.kind == .organization)
  }

  @Test("a role word that is an adjective after a connector inside a body's name is no title")
  func adjectiveRoleAfterConnector() {
    let result = analyse(
      """
      Prices fall

      The Office for National Statistics said consumer prices rose 2.0%.
      """)
    #expect(result.entity(writtenAs: "Office for National Statistics")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Statistics"))
  }

  @Test("an acronym with a connector's lower-case letter joins the name it spells")
  func connectorLetterAcronym() {
    let result = analyse(
      """
      Rates held

      The Bank of Varden kept rates on hold. Services inflation, watched closely by the BoV, eased.

      The Department of Justice sued. A DoJ spokesman declined to comment.
      """)
    let bank = result.entity(writtenAs: "BoV")
    #expect(bank?.kind == .organization)
    #expect(bank?.aliases.contains("Bank of Varden") == true)
    #expect(result.entity(writtenAs: "DoJ")?.aliases.contains("Department of Justice") == true)
  }

  @Test("a head, 'of' and a role word name a body, not a title with no one after it")
  func headOfRoleIsBody() {
    let result = analyse(
      """
      Lawsuit filed

      The Department of Justice said on Monday it would sue. The Ministry of Justice said so too.

      The Minister of Justice declined to comment.
      """)
    #expect(result.entity(writtenAs: "Department of Justice")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ministry of Justice")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Minister of Justice"))
  }

  @Test("a body's possessive opening a sentence before its member is the body; a common word's is not")
  func bodyPossessiveOpeningSentence() {
    let result = analyse(
      """
      Prices high

      Labour's finance spokesperson Anna Pello said prices were high.

      Energy's share of the index rose.
      """)
    #expect(result.entity(writtenAs: "Labour")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Energy"))
  }

  @Test("a name before 'refugee camp' and the like is a place")
  func nameBeforeRefugeeCamp() {
    let result = analyse(
      """
      Strike kills dozens

      The strike hit a school in the Tarvoni refugee camp on Thursday.
      """)
    #expect(result.entity(writtenAs: "Tarvoni")?.kind == .place)
  }

  @Test("a dateline's place keeps a common word before a known name")
  func datelinePlaceKeepsCommonWord() {
    let result = analyse(
      """
      Storm hits coast

      PELICAN KEY, Fla., Oct 9 (AP) — A storm hit the coast on Wednesday night.
      """)
    #expect(result.entity(writtenAs: "PELICAN KEY")?.kind == .place)
    #expect(!result.mentionTexts.contains("KEY"))
  }

  @Test("a county or town with a plural verb is its team, not after 'and' nor in a condition")
  func townWithPluralVerbIsTeam() {
    let result = analyse(
      """
      Rain saves visitors

      Worcestershire were bowled out for 180 on the second day.

      The rain fell on Worcestershire all morning.
      """,
      """
      Farm prices

      Farmers in Essex and Surrey were paid less this year. If Suffolk were to follow, prices would fall.
      """)
    #expect(result.entity(writtenAs: "Worcestershire")?.kind == .organization)
    #expect(result.entity(writtenAs: "Surrey")?.kind == .place)
    #expect(result.entity(writtenAs: "Suffolk")?.kind == .place)
  }

  @Test("a place word that is also a surname ends a person's name after a given name or before 'won'")
  func placeWordSurname() {
    let result = analyse(
      """
      Race report

      Pello Hill won the race on Sunday. The firm was founded by Michael Dell in a dorm room.

      The concert was held in Elizabeth Park, not at Oak Hill.
      """)
    #expect(result.entity(writtenAs: "Pello Hill")?.kind == .person)
    #expect(result.entity(writtenAs: "Michael Dell")?.kind == .person)
    #expect(result.entity(writtenAs: "Elizabeth Park")?.kind == .place)
  }

  @Test("a name before a comma and a state's abbreviation is a town")
  func townBeforeStateAbbreviation() {
    let result = analyse(
      """
      Storms

      Residents of Tarvola, Va., and Raleigh, N.C., reported heavy rain.
      """)
    #expect(result.entity(writtenAs: "Tarvola")?.kind == .place)
    #expect(result.entity(writtenAs: "Raleigh")?.kind == .place)
  }

  @Test("common words after an attributive compound are a name")
  func nameAfterAttributiveCompound() {
    let result = analyse(
      """
      Chips

      Shares of the firm, which competes with Orvale Electronics and U.S.-based Summit Technology, fell 2%.
      """)
    #expect(result.entity(writtenAs: "Summit Technology") != nil)
  }

  @Test("a rank opening a title names no body: 'Chief Financial Officer'")
  func rankOpensTitle() {
    let result = analyse(
      """
      Results

      "Sales grew," Chief Financial Officer Anna Pello told analysts.
      """)
    #expect(result.entity(writtenAs: "Anna Pello")?.kind == .person)
    #expect(!result.mentionTexts.contains("Chief Financial"))
  }

  @Test("a word and a known city beside a match verb and a score are a club")
  func clubNamedAfterCity() {
    let result = analyse(
      """
      Cup round

      Elsewhere, Sparta Munich routed Orvale 9-2 on Tuesday.
      """)
    #expect(result.entity(writtenAs: "Sparta Munich")?.kind == .organization)
  }

  @Test("a span of months is no name")
  func monthSpanIsNoName() {
    let result = analyse(
      """
      Profit

      Profit for the July-September quarter rose at Orvale Bank.
      """)
    #expect(!result.mentionTexts.contains("July-September"))
  }

  @Test("a title-case headline keeps a name the article writes whole in running text")
  func headlineKeepsRunningName() {
    let result = analyse(
      """
      Pello Scores as Orvale Beat Tarvo in Champions League

      Orvale beat Tarvo 2-0 in the Champions League on Tuesday.
      """)
    #expect(result.mentionTexts.filter { $0 == "Champions League" }.count == 2)
    #expect(!result.mentionTexts.contains("League"))
  }

  @Test("a position that is also a common noun, between a club and a player, makes the club")
  func positionNounBetweenClubAndPlayer() {
    let result = analyse(
      """
      Team news

      Wales are expected to recall Cardiff centre Leigh Davies on Saturday.

      Shops in the city centre were shut.
      """)
    #expect(result.entity(writtenAs: "Cardiff")?.kind == .organization)
    #expect(result.entity(writtenAs: "Leigh Davies")?.kind == .person)
  }

  @Test("one of a people before a person's name is no part of it")
  func demonymNounBeforePerson() {
    let result = analyse(
      """
      Golf

      Swede Pello Varsson shot a 66, one ahead of Briton Tarvo Lind.

      The Chinese Ministry of Foreign Affairs said nothing.
      """)
    #expect(result.entity(writtenAs: "Pello Varsson")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvo Lind")?.kind == .person)
    #expect(!result.mentionTexts.contains("Swede Pello Varsson"))
    #expect(result.mentionTexts.contains("Chinese Ministry of Foreign Affairs"))
  }

  @Test("a capitalised 'All' inside a sentence opens a name")
  func capitalisedAllOpensName() {
    let result = analyse(
      """
      Rugby

      Wales were beaten by the All Tarvos last month. All players were tired.
      """)
    #expect(result.mentionTexts.contains("All Tarvos"))
    #expect(!result.mentionTexts.contains("Tarvos"))
  }

  @Test("an acronym that is a name and a common noun is the common noun where the article spells it")
  func acronymSpeltOutAsCommonNoun() {
    let result = analyse(
      """
      Orvale bets on AI

      Orvale Bank said demand for artificial intelligence servers kept rising.
      """,
      """
      Talks

      The IRA said it would join the talks in Belfast.
      """)
    #expect(!result.mentionTexts.contains("AI"))
    #expect(result.entity(writtenAs: "IRA")?.kind == .organization)
  }

  @Test("a credit line is no headline: a surname that is a common word stays")
  func creditLineSurnameCommonWord() {
    let result = analyse(
      """
      Oil rises

      Oil prices rose on Thursday.

      Reporting by Anna Pello in London and Florence Tan in Singapore; Editing by Tarvo Lind
      """)
    #expect(result.entity(writtenAs: "Florence Tan")?.kind == .person)
    #expect(!result.mentionTexts.contains("Florence"))
  }

  @Test("a head right after 'and' in an office's brief joins the name")
  func headAfterAndJoinsBrief() {
    let result = analyse(
      """
      Strike ends

      The International Association of Machinists and Aerospace Workers said members voted.

      Union Bank of Switzerland and Swiss Bank Corp agreed to merge.
      """)
    #expect(result.mentionTexts.contains("International Association of Machinists and Aerospace Workers"))
    #expect(result.mentionTexts.contains("Swiss Bank Corp"))
  }

  @Test("capitals right after a clock time are a time zone, not a name")
  func timeZoneAfterClockTime() {
    let result = analyse(
      """
      Oil

      Crude was up 42 cents at $73.12 a barrel by 1205 GMT and at 10:30 EDT. The 2010 NBA finals began.
      """)
    #expect(!result.mentionTexts.contains("GMT"))
    #expect(!result.mentionTexts.contains("EDT"))
    #expect(result.mentionTexts.contains("NBA"))
  }

  @Test("a dateline's city and the same name on a results line are the place and its team")
  func datelineCityAndResultsTeam() {
    let result = analyse(
      """
      BASEBALL - RESULTS THURSDAY .

      DENVER 1996-08-29

      Results of games played on Thursday :

      DENVER 5 Orvale 3

      Tarvo 8 Pello 4
      """)
    let kinds = Set(result.entities.filter { $0.mentions.contains { $0.text == "DENVER" } }.map(\.kind))
    #expect(kinds == [.place, .organization])
  }

  @Test("WordNet's other name for a body the article names is that body, even before a role")
  func otherNameOfNamedBody() {
    let result = analyse(
      """
      Fed holds rates steady

      The Federal Reserve kept its key rate unchanged on Wednesday.

      Fed governors Anna Pello and Tarvo Lind, both appointed in 2018, backed the move.

      Opposition leader Karel Dunne said nothing.
      """)
    #expect(result.entity(writtenAs: "Fed")?.kind == .organization)
    #expect(result.mentionTexts.filter { $0 == "Fed" }.count == 2)
    #expect(!result.mentionTexts.contains("Opposition"))
  }

  @Test("a club named after a town and a day or common word, and a town as the agent of a result")
  func townClubsInResults() {
    let result = analyse(
      """
      Soccer

      Arsenal beat Sheffield Wednesday 4-1 at home on Saturday .

      Newcastle were beaten 2-1 by Wimbledon on Wednesday .
      """)
    #expect(result.entity(writtenAs: "Sheffield Wednesday")?.kind == .organization)
    #expect(result.entity(writtenAs: "Wimbledon")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Sheffield"))
  }

  @Test("a place of two words before '-based' is that place")
  func twoWordPlaceBeforeBased() {
    let result = analyse(
      """
      Funds

      The New York-based bank Orvale said profit rose. A Hong Kong-based fund, Tarvo Capital, sold shares.
      """)
    #expect(result.entity(writtenAs: "New York")?.kind == .place)
    #expect(result.entity(writtenAs: "Hong Kong")?.kind == .place)
    #expect(!result.mentionTexts.contains("York"))
    #expect(!result.mentionTexts.contains("Kong"))
  }

  @Test("a plural place word may end a person's name before a verb")
  func pluralPlaceWordSurname() {
    let result = analyse(
      """
      Race

      Pello Dales said the race was hard. Tarvo Hills won it.
      """)
    #expect(result.entity(writtenAs: "Pello Dales")?.kind == .person)
    #expect(result.entity(writtenAs: "Tarvo Hills")?.kind == .person)
  }

  @Test("a company's web address is one name, and a role word opening its legal name is the company")
  func webAddressAndRoleWordCompanies() {
    let result = analyse(
      """
      Deals

      Orvale.com Inc said it would hire. Orvale will invest $4 billion, and shares of Orvale rose.

      Oracle Corp said profit rose. Oracle will buy Tarvo, and shares of Oracle fell.
      """)
    #expect(result.entity(writtenAs: "Orvale.com Inc")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Inc"))
    #expect(result.mentionTexts.filter { $0 == "Oracle" }.count == 2)
    #expect(result.entity(writtenAs: "Oracle")?.kind == .organization)
  }

  @Test("a place after 'the' before 'were' is no team; a role plural opening a company's name is stripped")
  func placeAfterTheAndRolePluralBeforeCompany() {
    let result = analyse(
      """
      Tanker sinks

      Shipping rules in the English Channel were too weak, officials said.

      Rivals Orvale Motor Corp and Tarvo Motor Co also reported higher profits.
      """)
    #expect(result.entity(writtenAs: "English Channel")?.kind == .place)
    #expect(result.entity(writtenAs: "Orvale Motor Corp")?.kind == .organization)
    #expect(!result.mentionTexts.contains("Rivals Orvale Motor Corp"))
  }

  @Test("'Motor' ends a carmaker's name")
  func motorEndsCarmakerName() {
    let result = analyse(
      """
      Carmakers

      Orvale Motor and Tarvo Motor are due to report results next week.
      """)
    #expect(result.entity(writtenAs: "Orvale Motor")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo Motor")?.kind == .organization)
  }

  @Test("an acronym's plural counts things and names none")
  func acronymPluralIsNoName() {
    let result = analyse(
      """
      Orvale throws 3 TDs as Tarvo win

      Labour MPs backed the plan, and two IPOs were delayed. Ms Pello said the BBC would report it.
      """)
    #expect(!result.mentionTexts.contains("TDs"))
    #expect(!result.mentionTexts.contains("MPs"))
    #expect(!result.mentionTexts.contains("IPOs"))
    #expect(result.mentionTexts.contains("BBC"))
  }

  @Test("an acronym the article spells out is not the state it abbreviates")
  func spelledOutAcronymIsNoState() {
    let result = analyse(
      """
      Umpires to wear cameras

      The Norvale Council fined Orvale on Monday for a brawl with Tarvo.

      Umpires in the NC will wear cameras next season, the league said.
      """)
    #expect(result.entity(writtenAs: "NC")?.kind == .organization)
    #expect(result.entity(writtenAs: "NC")?.name == "Norvale Council")
  }

  @Test("an adjective before 'Masters' names a tournament, not a group")
  func mastersAfterAdjectiveIsEvent() {
    let result = analyse(
      """
      Golf

      Pello, who won the Nordic Masters two weeks ago, birdied four of the last six holes.
      """)
    #expect(result.entity(writtenAs: "Nordic Masters")?.kind == .event)
  }

  @Test("a team's plural name in a capitals headline is the team the story names")
  func pluralTeamNameInShoutedHeadline() {
    let result = analyse(
      """
      SOCCER - FALCONS BEAT TARVO UNITED , GAIN GROUND .

      Pello scored twice as the Orvale Falcons beat Tarvo United 3-1 on Saturday .

      The Falcons have won five straight .
      """)
    #expect(result.entity(writtenAs: "FALCONS")?.kind == .organization)
    #expect(!result.mentionTexts.contains("BEAT"))
    #expect(!result.mentionTexts.contains("GROUND"))
  }

  @Test("a slash between two long words in capitals parts two names; an acronym's slash does not")
  func slashPartsDatelinePlaces() {
    let result = analyse(
      """
      Orvale Steel completes purchase

      VARDEN/PELLOBURG, June 18 (Reuters) - Orvale Steel said on Wednesday it had bought Tarvo Metals.

      The deal was first reported by RFE/RL and AT&T Labs.
      """)
    #expect(result.mentionTexts.contains("VARDEN"))
    #expect(result.mentionTexts.contains("PELLOBURG"))
    #expect(!result.mentionTexts.contains("VARDEN/PELLOBURG"))
    #expect(result.mentionTexts.contains("RFE/RL"))
  }

  @Test("a line of people and their countries in brackets is no title-case headline")
  func peopleWithCountriesAreNoHeadline() {
    let result = analyse(
      """
      CRICKET - SCOREBOARD .

      Orvan Tarvo c Pello b Varden 46

      Umpires : Darrell Hair ( Australia ) , Merv Kitchen ( England )
      """)
    #expect(result.entity(writtenAs: "Darrell Hair")?.kind == .person)
    #expect(result.entity(writtenAs: "Merv Kitchen")?.kind == .person)
  }

  @Test("'Brothers' and 'Sons' end a firm's name")
  func brothersEndFirmName() {
    let result = analyse(
      """
      Stocks

      Shares rose after Varden Brothers raised its rating on the bank. Tarvo Sons said profits fell.
      """)
    #expect(result.entity(writtenAs: "Varden Brothers")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo Sons")?.kind == .organization)
  }

  @Test("a name called the maker or supplier of things is a company")
  func makerOfThingsIsCompany() {
    let result = analyse(
      """
      Chips

      Orvale lagged rival Tarvo in supplying chips to Pellix, the dominant maker of AI processors.
      Varden, the biggest supplier of screens, was not affected.
      """)
    #expect(result.entity(writtenAs: "Pellix")?.kind == .organization)
    #expect(result.entity(writtenAs: "Varden")?.kind == .organization)
  }

  @Test("a capitalised adjective after a lower-case article is the name's own")
  func capitalisedAdjectiveAfterArticleStays() {
    let result = analyse(
      """
      Race report

      "That was my best race," the Red Bull driver Tom Pello told reporters.
      """)
    #expect(result.mentionTexts.contains("Red Bull"))
    #expect(!result.mentionTexts.contains("Bull"))
  }

  @Test("a company's name of common words, written without its legal form in a headline")
  func companyNameWithoutLegalFormInHeadline() {
    let result = analyse(
      """
      Broad Stone Proprietary 1996 / 97 profit seen lower .

      Broad Stone Proprietary Co Ltd is expected to report a fall in net profit , analysts said .
      """)
    #expect(result.mentionTexts.contains("Broad Stone Proprietary"))
    #expect(result.entity(writtenAs: "Broad Stone Proprietary")?.kind == .organization)
    #expect(result.entity(writtenAs: "Broad Stone Proprietary")?.mentions.count == 2)
    let titleCase = analyse(
      """
      Broad Stone Proprietary Profit Seen Lower

      MARLOW 1996-08-27

      Broad Stone Proprietary Co Ltd is expected to report a fall in net profit , analysts said .
      """)
    #expect(titleCase.entity(writtenAs: "Broad Stone Proprietary")?.kind == .organization)
  }

  @Test("a compass word and a nationality open a body's name before its head")
  func compassNationalityBeforeHead() {
    let result = analyse(
      """
      Clashes

      One was killed in the fighting, the South African Varden Union said. North Korean troops fired.
      """)
    #expect(result.mentionTexts.contains("South African Varden Union"))
    #expect(!result.mentionTexts.contains("African Varden Union"))
  }

  @Test("a role word that is the surname of a person named in full is that person, after a title too")
  func roleWordSurnameAfterTitle() {
    let result = analyse(
      """
      Champion Sinner beats Pello to win title

      MARLOW (AP) — Orvan Sinner beat Tom Pello 6-3, 6-4 on Sunday.

      Sinner will lead his country next week.
      """)
    let sinner = result.entity(writtenAs: "Orvan Sinner")
    #expect(sinner?.kind == .person)
    #expect(sinner?.mentions.count == 3)
  }

  @Test("a plural of people and what they stand for name a body")
  func peopleForCauseIsBody() {
    let result = analyse(
      """
      Clinics overwhelmed

      Nurses Without Borders said it had treated 100 people, and Pilots Against Noise said flights stopped.
      """)
    #expect(result.entity(writtenAs: "Nurses Without Borders")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pilots Against Noise")?.kind == .organization)
  }

  @Test("'Finals' ends a tournament's name")
  func finalsEndEventName() {
    let result = analyse(
      """
      Tennis

      Orvan Sinner beat Tom Pello on Sunday to win the OTA Finals for the second straight year.
      """)
    #expect(result.entity(writtenAs: "OTA Finals")?.kind == .event)
  }

  @Test("a player-manager's club, and the club a player is signed from")
  func playerManagerClubAndTransferSource() {
    let result = analyse(
      """
      Transfers

      Chelsea player-manager Tom Pello signed Dutch defender Jan Orvale from Ajax on Tuesday .

      Orvale won the cup with Ajax in 1995 .

      Chelsea , who finished 11th last season , open their campaign on Saturday .
      """)
    #expect(result.entity(writtenAs: "Chelsea")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ajax")?.kind == .organization)
  }

  @Test("a body's head before 'of' outweighs an event's head after it")
  func bodyOfElectionsIsOrganization() {
    let result = analyse(
      """
      Recall vote set

      The Tarvo County Board of Elections certified the petition on Monday, and the Pello Commission for Elections agreed.
      """)
    #expect(result.entity(writtenAs: "Tarvo County Board of Elections")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello Commission for Elections")?.kind == .organization)
  }

  @Test("a plural of people, 'for' and common words name a campaign group")
  func peopleForCommonWordsIsGroup() {
    let result = analyse(
      """
      Stadium vote

      A group calling itself Parents for Safer Streets gathered 9,000 signatures, and Britons for Fair Rents joined it.

      Lawyers for Jan Orvale said he would appeal.
      """)
    #expect(result.entity(writtenAs: "Parents for Safer Streets")?.kind == .organization)
    #expect(result.entity(writtenAs: "Britons for Fair Rents")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Orvale")?.kind == .person)
  }

  @Test("a town the dateline names is not its team's short name")
  func datelineTownIsNotTeam() {
    let result = analyse(
      """
      Tarvona mayor faces recall vote

      TARVONA, Ohio (AP) — Voters will decide in May whether to remove the mayor, who gave $210 million to a new home for the Tarvona Kestrels, the city's baseball team.
      """)
    #expect(result.entity(writtenAs: "TARVONA")?.kind == .place)
    #expect(result.entity(writtenAs: "Tarvona Kestrels")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvona Kestrels")?.name != result.entity(writtenAs: "TARVONA")?.name)
  }

  @Test("a role word that is an adjective, between two unknown words, is inside a foreign name")
  func adjectiveRoleInsideForeignName() {
    let result = analyse(
      """
      Copper deal blocked

      The regulator blocked the takeover of Minera Alto Varello on Tuesday, and shares in Minera Alto Varello were suspended.
      """)
    #expect(result.entity(writtenAs: "Minera Alto Varello") != nil)
    #expect(result.entity(writtenAs: "Minera") == nil)
  }

  @Test("a trade in goods before a name makes a company; an art's producer is a person")
  func goodsTradeMakesCompany() {
    let result = analyse(
      """
      Commodities roundup

      Shares rose after copper producer Tarnack said output fell. Oil producer Santorel cut its forecast, and sugar refiner Orvale Sucre said prices held. Film producer Dana Whitley attended.
      """)
    #expect(result.entity(writtenAs: "Tarnack")?.kind == .organization)
    #expect(result.entity(writtenAs: "Santorel")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Sucre")?.kind == .organization)
    #expect(result.entity(writtenAs: "Dana Whitley")?.kind == .person)
  }

  @Test("one of a people before a full name is the person's nationality")
  func peopleNounBeforeFullName() {
    let result = analyse(
      """
      Motor racing

      Briton Tarvo Hill took pole position , edging Finn Orvan Pello by 0.2 seconds . Hill said the car felt perfect .
      """)
    #expect(result.entity(writtenAs: "Tarvo Hill")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvan Pello")?.kind == .person)
    #expect(result.entity(writtenAs: "Hill")?.name == "Tarvo Hill")
  }

  @Test("a dateline's place in capitals keeps a common word")
  func datelineCapitalsKeepCommonWord() {
    let wire = analyse(
      """
      Tarvo wins

      GRAND TARVONA , Michigan 1996-08-23

      Tarvo won the race on Friday .
      """)
    #expect(wire.entity(writtenAs: "GRAND TARVONA")?.kind == .place)
    let agency = analyse(
      """
      Tarvo wins

      ROUND VARDEN, Texas (Reuters) - Tarvo won the race on Friday.
      """)
    #expect(agency.entity(writtenAs: "ROUND VARDEN")?.kind == .place)
  }

  @Test("a common word's possessive opening a party's name, capitalised only there, holds it together")
  func possessiveCommonWordOpensPartyName() {
    let result = analyse(
      """
      Unrest in Tarvona

      The general blamed the unrest on the small People 's Progress Party ( PPP ) , which he called communist .

      The Tarvona Democratic Party ( TDP ) said its office had been raided .
      """)
    #expect(result.entity(writtenAs: "People 's Progress Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "PPP")?.name == "People 's Progress Party")
    #expect(result.entity(writtenAs: "TDP")?.name != result.entity(writtenAs: "PPP")?.name)
  }

  @Test("a plural role opening a sentence before a team's name is no part of it")
  func pluralRoleBeforeTeamOpeningSentence() {
    let result = analyse(
      """
      Soccer

      Orvale Rovers drew 1-1 at Tarvo Town on Saturday .

      Champions Orvale have now dropped four points in two games .
      """)
    #expect(result.entity(writtenAs: "Champions Orvale") == nil)
    #expect(result.entity(writtenAs: "Orvale")?.name == "Orvale Rovers")
  }

  @Test("a country's 'international' is a player, and a given name's club keeps its possessive")
  func internationalPlayerAndPossessiveClub() {
    let result = analyse(
      """
      Weekend roundup

      Pello took the lead through Norwegian international Henrik Varden after 20 minutes .

      The cuts fall mostly on its Sam's Club warehouse chain, the retailer said.
      """)
    #expect(result.entity(writtenAs: "Henrik Varden")?.kind == .person)
    #expect(result.entity(writtenAs: "Sam's Club")?.kind == .organization)
  }

  @Test("where matches go by sets one player beats another, and a town's name is the player's surname")
  func setScoresMakePlayersNotTeams() {
    let result = analyse(
      """
      Tennis - Pello beats Davenport to reach semifinal .

      Second seed Tarva Pello beat Lindsay Davenport 6-2 6-3 on Thursday to reach the semifinals .

      " I served well , " said Pello .
      """)
    #expect(result.entity(writtenAs: "Lindsay Davenport")?.kind == .person)
    #expect(result.entity(writtenAs: "Davenport")?.name == "Lindsay Davenport")
  }

  @Test("common words across 'and' that the writer gives an acronym name one party, whatever its letters")
  func commonWordsWithForeignAcronymNameParty() {
    let result = analyse(
      """
      Exit poll

      Tarvona's ruling nationalist Bread and Justice (ChiS) party won the most votes, and Civic Union (KU) came second.

      ChiS leader Anton Pello said his party would try to form a government. KU won 31.6%.
      """)
    #expect(result.entity(writtenAs: "Bread and Justice")?.kind == .organization)
    #expect(result.entity(writtenAs: "ChiS")?.name == "Bread and Justice")
    #expect(result.entity(writtenAs: "KU")?.name == "Civic Union")
  }

  @Test("a person's possessive before a party is the person's; a name runs on after its head in running text")
  func personPossessiveAndLongNameAfterHead() {
    let result = analyse(
      """
      Vote count

      The result opens the way for Tomas Hawk's Civic Coalition to take power.

      Savers were protected by the Deposit Services Protection Scheme, the regulator said.
      """)
    #expect(result.entity(writtenAs: "Tomas Hawk")?.kind == .person)
    #expect(result.entity(writtenAs: "Civic Coalition")?.kind == .organization)
    #expect(result.entity(writtenAs: "Deposit Services Protection Scheme")?.kind == .organization)
  }

  @Test("two common words between commas in a list of names are a name")
  func commonWordsInListOfNames() {
    let result = analyse(
      """
      Squad named

      Squad : Matthew Varden , Ben Tune , Joe Pello , Tim Orvale .
      """)
    #expect(result.entity(writtenAs: "Ben Tune")?.kind == .person)
  }

  @Test("a role's possessive inside a county's department holds the name together")
  func sheriffsDepartmentIsOneName() {
    let result = analyse(
      """
      Deputy convicted

      Fisk was fired by the Tarvo County Sheriff's Department after video showed him using the stun gun.
      """)
    #expect(result.entity(writtenAs: "Tarvo County Sheriff's Department")?.kind == .organization)
  }

  @Test("'Ratings' ends a rating agency's name")
  func ratingsEndsAgencyName() {
    let result = analyse(
      """
      Steelmaker cut to junk

      The downgrade follows a similar move last month, but Varden Ratings still rates the Pittsburgh-based steelmaker investment grade.
      """)
    #expect(result.entity(writtenAs: "Varden Ratings")?.kind == .organization)
  }

  @Test("a company's first word written alone without its possessive is the company")
  func possessiveFirstWordAloneIsCompany() {
    let result = analyse(
      """
      Steelmaker cut to junk

      Moody's Investors Service on Tuesday cut Tarvo Steel Corp's credit rating to junk status.

      Moody's said demand from carmakers was weak.
      """)
    #expect(result.entity(writtenAs: "Moody")?.name == "Moody's Investors Service")
  }

  @Test("a family name before a hyphenated given name stands alone for the person")
  func familyNameFirstStandsAlone() {
    let result = analyse(
      """
      Tarvona's Lee vows to revive economy

      SEOUL, June 4 (Reuters) - Tarvona's new President Lee Han-sol vowed on Wednesday to revive the economy.

      Rubio congratulated Lee and said the alliance was strong.
      """)
    let mentions = result.entity(writtenAs: "Lee Han-sol")?.mentions.map(\.text) ?? []
    #expect(mentions.filter { $0 == "Lee" }.count == 2)
  }

  @Test("a headline's first word that opens a company's name in the story is the company")
  func headlineCompanyFirstWord() {
    let result = analyse(
      """
      Moody's cuts Tarvo Steel to junk

      Moody's Investors Service on Tuesday cut Tarvo Steel Corp's credit rating to junk status.
      """)
    let mentions = result.entity(writtenAs: "Moody's Investors Service")?.mentions.map(\.text) ?? []
    #expect(mentions.contains("Moody"))
    let titled = analyse(
      """
      Meta To Pay $725 Million In Privacy Suit

      Meta Platforms Inc has agreed to pay $725 million to settle a lawsuit.
      """)
    #expect(titled.entity(writtenAs: "Meta")?.name == "Meta Platforms Inc")
  }

  @Test("a governor's title is held in a place; an oil major is a company")
  func governorsPlaceAndOilMajor() {
    let result = analyse(
      """
      Drones hit refinery

      Drones struck an oil refinery in Russia's Varansk region overnight.

      Varansk Governor Pavel Orlov said a fire had broken out at the refinery, owned by state oil major Tarnoneft.
      """)
    #expect(result.entity(writtenAs: "Varansk")?.kind == .place)
    #expect(result.entity(writtenAs: "Tarnoneft")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pavel Orlov")?.kind == .person)
  }

  @Test("a credit grade with its sign names no one; a saint's possessive holds a church's name")
  func creditGradeAndSaintsChurch() {
    let result = analyse(
      """
      Miner downgraded

      Varden Ratings cut Tarnack's rating to BBB+ last year, and AA- is out of reach.

      Funeral services will be held Saturday at St. Orla's Catholic Church.
      """)
    #expect(result.entity(writtenAs: "BBB") == nil)
    #expect(result.entity(writtenAs: "AA") == nil)
    #expect(result.entity(writtenAs: "St. Orla's Catholic Church") != nil)
  }

  @Test("a body's head, 'of' and a number are one name")
  func headOfNumberIsOneName() {
    let result = analyse(
      """
      Summit

      The president spoke in Tarvona ahead of a Group of 20 summit, and the Council of 12 met later.
      """)
    #expect(result.entity(writtenAs: "Group of 20")?.kind == .organization)
    #expect(result.entity(writtenAs: "Council of 12")?.kind == .organization)
  }

  @Test("a team's plural in a headline in capitals is the team the story names in full")
  func teamPluralInCapitalsHeadline() {
    let result = analyse(
      """
      BASEBALL - HERONS BEAT ORVALE .

      Jan Tarvo hit two home runs as the Leeds Herons beat Orvale 7-2 on Sunday .
      """)
    let team = result.entity(writtenAs: "Leeds Herons")
    #expect(team?.kind == .organization)
    #expect(team != nil && result.entity(writtenAs: "HERONS")?.id == team?.id)
  }

  @Test("a noun for a stand of trees or a heap is no body's head: the name is a person's")
  func nonSocialGroupNounIsNoHead() {
    let result = analyse(
      """
      Orvale sign defender

      Orvale chairman Jan Forest said on Monday the club had agreed terms with the player .

      Forest added that Dana Grove , the coach , wanted more signings .
      """)
    #expect(result.entity(writtenAs: "Jan Forest")?.kind == .person)
    #expect(result.entity(writtenAs: "Dana Grove")?.kind == .person)
  }

  @Test("a preposition a body's name capitalises goes on across 'the'")
  func namePrepositionAcrossThe() {
    let result = analyse(
      """
      Dam talks

      Jan Orvale , head of the Association for Trade Across the Varden Straits , met the Society Against the Tarvona Dam on Monday .
      """)
    #expect(
      result.entity(writtenAs: "Association for Trade Across the Varden Straits")?.kind == .organization)
    #expect(result.entity(writtenAs: "Society Against the Tarvona Dam")?.kind == .organization)
  }

  @Test("'said it would' after one word no full name holds makes that word a body")
  func saidItWouldMakesBody() {
    let result = analyse(
      """
      Job cuts

      Tarvex said on Wednesday it would cut about 6,000 jobs .

      Coach Jan Orlix praised the team . Orlix said it would be a hard season .

      Velmar said it was his best goal .
      """)
    #expect(result.entity(writtenAs: "Tarvex")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Orlix")?.kind == .person)
    #expect(result.entity(writtenAs: "Velmar")?.kind == .person)
  }

  @Test("what happens to a payroll happens at a firm")
  func payrollEventAtFirm() {
    let result = analyse(
      """
      Cuts spread

      The move follows job cuts at Orlix and a strike at Quindar last month .

      Orlix declined to comment .
      """)
    #expect(result.entity(writtenAs: "Orlix")?.kind == .organization)
    #expect(result.entity(writtenAs: "Quindar")?.kind == .organization)
  }

  @Test("a common word capitalised after a sentence's opening word and 'of' is a name")
  func capitalAfterOpeningWordAndOf() {
    let result = analyse(
      """
      Markets

      Shares of Lantern , the parent of Tarvex , fell 1.2 % in New York .
      """)
    #expect(result.entity(writtenAs: "Lantern")?.kind == .organization)
  }

  @Test("a gazetteer name that WordNet also calls a role opens a sentence before an auxiliary")
  func gazetteerRoleWordBeforeAuxiliary() {
    let result = analyse(
      """
      Retail probe

      Regulators are looking into the deal .

      Amazon did not respond to a request for comment .
      """)
    #expect(result.entity(writtenAs: "Amazon") != nil)
  }

  @Test("a nationality word right after a role is a given name before a surname")
  func demonymAfterRoleIsGivenName() {
    let result = analyse(
      """
      Budget row

      Former chancellor Norman Tarvo said the budget was wrong , and Trade Minister Norman Orlix agreed .

      British Prime Minister Jan Velmar said nothing .
      """)
    #expect(result.entity(writtenAs: "Norman Tarvo")?.kind == .person)
    #expect(result.entity(writtenAs: "Norman Orlix")?.kind == .person)
    #expect(result.entity(writtenAs: "Jan Velmar")?.kind == .person)
  }

  @Test("a title goes before one person, not a plural; members counted after a party are not its name")
  func pluralAfterTitleAndMembersAfterParty() {
    let result = analyse(
      """
      Party revolt

      Prime Minister Jan Orlix faced a revolt from Euro-sceptic Conservatives on Wednesday when 32 Varden MPs backed a referendum .
      """)
    #expect(result.entity(writtenAs: "Conservatives")?.kind != .person)
    #expect(result.entity(writtenAs: "Varden") != nil)
    #expect(result.entity(writtenAs: "Varden MPs") == nil)
  }

  @Test("a town that is also a common word plays as its team in a story with scores")
  func commonWordTownPlaysAsTeam() {
    let result = analyse(
      """
      Herons beaten

      Jan Orlix threw two touchdowns as the Tarvona Kings beat the Buffalo Herons 31-24 on Sunday .

      Dan Velmar threw for 278 yards for Buffalo ( 6-5 ) .
      """)
    #expect(result.entity(writtenAs: "Buffalo Herons")?.kind == .organization)
    #expect(result.entity(writtenAs: "Buffalo")?.kind == .organization)
  }

  @Test(
    "a table of national sides, one to a line, keeps the countries' kind; 'Hosts' is no part of a country")
  func tableOfNationalSides() {
    let result = analyse(
      """
      SOCCER - GROUP STANDINGS .

      Iran beat Indonesia 5-0 on Saturday . Hosts United Arab Emirates beat Syria 2-0 on Friday .

      Standings :

      Iran 1 1 0 0 5 0 3

      Syria 1 0 1 0 1 1 1

      Kuwait 1 0 1 0 1 1 1

      Indonesia 1 0 0 1 0 5 0
      """)
    #expect(result.entity(writtenAs: "Indonesia")?.kind == .place)
    #expect(result.entity(writtenAs: "Syria")?.kind == .place)
    #expect(result.entity(writtenAs: "United Arab Emirates")?.kind == .place)
    #expect(result.entity(writtenAs: "Hosts United Arab Emirates") == nil)
  }

  @Test("a headline in capitals keeps a name of running text that opens with a function word")
  func capitalsHeadlineKeepsFunctionWordName() {
    let result = analyse(
      """
      RUGBY UNION - ALL GREYS CLINCH SERIES IN PRETORIA .

      Jan Orlix scored two tries for the All Greys , who lead the series 2-0 .
      """)
    let team = result.entity(writtenAs: "All Greys")
    #expect(team != nil && result.entity(writtenAs: "ALL GREYS")?.id == team?.id)
  }

  @Test("an honorific takes a surname that is also a word, opening a sentence or inside one")
  func honorificBeforeWordSurname() {
    let result = analyse(
      """
      Board row

      Baroness Hale , a former director , said the board had acted well .

      The case was heard by Judge Wood on Monday .
      """)
    #expect(result.entity(writtenAs: "Hale")?.kind == .person)
    #expect(result.entity(writtenAs: "Wood")?.kind == .person)
  }

  @Test("words joined by an ampersand name a firm, even common words ending in a role")
  func ampersandJoinsFirm() {
    let result = analyse(
      """
      Investors

      Investors including Legal & General and Orvex had called for a new board .
      """)
    #expect(result.entity(writtenAs: "Legal & General")?.kind == .organization)
  }

  @Test("a name of common words joined by hyphens takes the acronym in brackets after it")
  func hyphenatedCommonWordsTakeAcronym() {
    let result = analyse(
      """
      Coalition talks

      The Farmer-Citizen Movement ( BBB ) said it was ready to join a cabinet . BBB leaders met on Monday .
      """)
    let movement = result.entity(writtenAs: "Farmer-Citizen Movement")
    #expect(movement != nil && result.entity(writtenAs: "BBB")?.id == movement?.id)
  }

  @Test("three words ending in a common plural before 'who' are a person, not a body")
  func commonPluralNameBeforeWho() {
    let result = analyse(
      """
      Talks

      Verkenner Tarja Putters , who is leading the talks , said the parties needed more time .
      """)
    #expect(result.entity(writtenAs: "Verkenner Tarja Putters")?.kind == .person)
  }

  @Test("a name in capitals with full stops reads as running text writes it")
  func capitalsNameWithStopsReadsAsWritten() {
    let result = analyse(
      """
      TENNIS - ORLIX ADVANCES AT U.S. OPEN .

      Jan Orlix reached the second round of the U.S. Open on Wednesday .
      """)
    #expect(result.entity(writtenAs: "U.S. OPEN")?.name == "U.S. Open")
  }

  @Test("a name before a passive 'said to' is not the one saying")
  func passiveSaidToIsNoSpeaker() {
    let result = analyse(
      """
      Golfer turns professional

      Jan Orlix signed an endorsement contract with Tarvex said to be worth $ 40 million .
      """)
    #expect(result.entity(writtenAs: "Tarvex")?.kind != .person)
  }

  @Test("a day before a company's name is no part of it, so the town that opens it is the company")
  func dayBeforeCompanyName() {
    let result = analyse(
      """
      Steel order

      The maker said on Wednesday Halifax Steel Corp had won the order .

      Halifax chairman Jan Orlix was pleased .
      """)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
  }

  @Test("a country's name before 'Food and Drug Administration' keeps the agency whole")
  func countryBeforeCommonWordsAcrossAnd() {
    let result = analyse(
      """
      Drug approved

      The U.S. Food and Drug Administration approved it a year ago , and U.S. Steel and Orvale Steel Corp agreed a deal .
      """)
    #expect(result.entity(writtenAs: "U.S. Food and Drug Administration")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Steel Corp") != nil)
  }

  @Test("', whose leader' after a name speaks of a body")
  func whoseLeaderMarksBody() {
    let result = analyse(
      """
      Vote in congress

      The motion was backed by Renovacion Tarvona , whose leader Jan Orlix is mayor of the capital .
      """)
    #expect(result.entity(writtenAs: "Renovacion Tarvona")?.kind == .organization)
  }

  @Test("a town a journey goes to is the town, not the famous person of that name")
  func journeyEndIsPlace() {
    let result = analyse(
      """
      Storm hits coast

      The relief agency sent teams to Raleigh on Friday .
      """)
    #expect(result.entity(writtenAs: "Raleigh")?.kind == .place)
  }

  @Test("a party's members after 'from' are the party, not a place")
  func partyMembersAreNoPlace() {
    let result = analyse(
      """
      Panel hearing

      The executives drew sharp criticism from Democrats and Republicans alike , and the plan was opposed by Socialists .
      """)
    #expect(result.entity(writtenAs: "Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Socialists")?.kind == .organization)
  }

  @Test("a common word capitalised after 'at' or 'from', which no gazetteer knows, is a firm")
  func commonWordAfterPrepositionIsFirm() {
    let result = analyse(
      """
      Orvale takes aim at Lantern

      Orvale Electronics unveiled thinner phones on Wednesday as it seeks to win back buyers from Lantern and Tarvona 's Quindar .

      Its trucks were stuck on the motorway near Gallows .
      """)
    #expect(result.entity(writtenAs: "Lantern")?.kind == .organization)
    #expect(result.entity(writtenAs: "Gallows")?.kind == .place)
  }

  @Test("', head of …' after a name is an office one person holds")
  func headOfAppositionIsPerson() {
    let result = analyse(
      """
      Orvale unveils phones

      JB Pello , head of Orvale 's mobile business , said the phones were the thinnest it had made .
      """)
    #expect(result.entity(writtenAs: "JB Pello")?.kind == .person)
  }

  @Test("a place in capitals with an elided article reads in title case with both capitals")
  func elidedArticleKeepsCapital() {
    let result = analyse(
      """
      SKIING - ORLIX WINS DOWNHILL .

      VAL D'ORVE , France 1996-12-14

      Jan Orlix won the downhill race on Saturday .
      """)
    #expect(result.entity(writtenAs: "VAL D'ORVE")?.name == "Val D'Orve")
    #expect(result.entity(writtenAs: "VAL D'ORVE")?.kind == .place)
  }

  @Test("a place's head and a particle open a square's or a street's name")
  func placeHeadThenParticleIsPlace() {
    let result = analyse(
      """
      Unions march

      The unions will march on the Plaza de Orvale on Friday , and the offices on the Rue de la Tarvo were shut .
      """)
    #expect(result.entity(writtenAs: "Plaza de Orvale")?.kind == .place)
    #expect(result.entity(writtenAs: "Rue de la Tarvo")?.kind == .place)
  }

  @Test("a plural party noun after two names joined by 'and' makes both bodies")
  func pluralPartyNounAfterTwoNames() {
    let result = analyse(
      """
      Truckers block roads

      The CFDT and Tarvo Ouvriere unions said talks with the employers had broken down .
      """)
    #expect(result.entity(writtenAs: "Tarvo Ouvriere")?.kind == .organization)
  }

  @Test("an earnings table: no quarter in the name, no label of a figure row, no note's label")
  func earningsTableNamesOnlyTheCompany() {
    let result = analyse(
      """
      Orvale Valves Q2 net rises .

      CHICAGO 1996-07-23

      Quarter ended June 30

      Shr $ 0.45 vs $ 0.38

      Net 12.4 vs 10.1

      NOTE - Orvale Valves Inc is a maker of industrial valves based in Chicago .
      """)
    #expect(result.entity(writtenAs: "Orvale Valves")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Valves Q2") == nil)
    #expect(result.entity(writtenAs: "Shr") == nil)
    #expect(result.entity(writtenAs: "NOTE") == nil)
  }

  @Test("a name after 'unit' or 'subsidiary' is a company, whatever given name opens it")
  func nameAfterUnitIsCompany() {
    let result = analyse(
      """
      Tarvo Bank profit rises

      Tarvo Bank said its profit rose , helped by strong trading at its London unit Morgan Pellow .
      """)
    #expect(result.entity(writtenAs: "Morgan Pellow")?.kind == .organization)
  }

  @Test(
    "a club sports story without scores: a town's possessive before a player's role, 'against' a town, 'signed from' a town"
  )
  func clubSportsStoryWithoutScores() {
    let result = analyse(
      """
      SOCCER - PELLO BANNED FOR TWO MATCHES .

      Middlesbrough 's Dutch winger Jan Pello was banned for two matches on Friday after being sent off against Leeds .

      Pello , signed from Halifax in March , will miss two games . The club 's striker Tarvo Orlix was cleared to play .
      """)
    #expect(result.entity(writtenAs: "Middlesbrough")?.kind == .organization)
    #expect(result.entity(writtenAs: "Leeds")?.kind == .organization)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
  }

  @Test("outside a sports story, 'against' a town is the town")
  func againstTownOutsideSportIsPlace() {
    let result = analyse(
      """
      Farmers protest

      Farmers marched in protest against Leeds council 's plan on Friday , police said .
      """)
    #expect(result.entity(writtenAs: "Leeds")?.kind != .organization)
  }

  @Test("a surname that WordNet lists as a region is still the article's person")
  func regionSurnameLinksToPerson() {
    let result = analyse(
      """
      Coach quits

      The club 's owners said the West had never backed them .

      Orvale coach Graeme West resigned on Thursday .

      West , a former international , had been in charge for two seasons .
      """)
    let west = result.entity(writtenAs: "Graeme West")
    #expect(west?.kind == .person)
    #expect(west?.mentions.count == 2)
  }

  @Test("in a club sports story, a town before a chairman's name is the club")
  func townBeforeChairmanInSportsStory() {
    let result = analyse(
      """
      Coach quits

      Orvale coach Jan Pello resigned on Thursday , and the club 's captain Tarvo Orlix said he was sad .

      Halifax chairman Jack Varden said a successor would be named within a week .
      """)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
  }

  @Test("outside a sports story, a town before a chairman's name stays a town")
  func townBeforeChairmanOutsideSport() {
    let result = analyse(
      """
      Council vote

      Halifax chairman Jack Varden said the council would vote on the plan next week .
      """)
    #expect(result.entity(writtenAs: "Halifax")?.kind != .organization)
  }

  @Test("in a club sports story, a town that plays a fixture is the club")
  func townPlaysFixtureInSportsStory() {
    let result = analyse(
      """
      Coach quits

      Orvale coach Jan Pello resigned on Thursday , and the club 's captain Tarvo Orlix said he was sad .

      Halifax play Orvale at home on Sunday .
      """)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
  }

  @Test("American positions before a name make the town before them a club")
  func americanPositionsMarkClub() {
    let result = analyse(
      """
      Receiver suspended

      Orvale wide receiver Jan Pello was suspended for five games , and he may return for the game against Leeds .

      Halifax quarterback Tarvo Orlix was cleared to play .
      """)
    #expect(result.entity(writtenAs: "Halifax")?.kind == .organization)
    #expect(result.entity(writtenAs: "Leeds")?.kind == .organization)
  }

  @Test("'the receiver' and 'moving forward' in a business story make no sports story")
  func businessRolesMakeNoSportsStory() {
    let result = analyse(
      """
      Orvale Steel collapses

      The receiver said on Monday that Orvale Steel would keep moving forward with the sale , and the receiver would appeal against Leeds council 's ruling .
      """)
    #expect(result.entity(writtenAs: "Leeds")?.kind != .organization)
  }

  @Test("an unknown word between a place preposition's 'the' and 'camp' names a place")
  func unknownWordBeforeCampIsPlace() {
    let result = analyse(
      """
      Rebels take Tarvona

      The agency said it had lost contact with its staff at the Quindaro camp , home to 90,000 people .
      """)
    #expect(result.entity(writtenAs: "Quindaro")?.kind == .place)
  }

  @Test("a foreign 'without' inside a name makes a body, even after a plural opening the sentence")
  func foreignWithoutMakesBody() {
    let result = analyse(
      """
      Doctors leave Tarvona

      Oxfam and Medecins Sans Frontieres pulled their staff out last week . Reporters Sans Frontieres condemned the arrest of Jan Pello .
      """)
    #expect(result.entity(writtenAs: "Medecins Sans Frontieres")?.kind == .organization)
    #expect(result.entity(writtenAs: "Reporters Sans Frontieres")?.kind == .organization)
  }

  @Test("a headline keeps a body's name that running text writes after a possessive")
  func headlineKeepsNameAfterPossessive() {
    let result = analyse(
      """
      Pello 's Harvest Party wins confidence vote .

      TARVONA 1996-07-08

      Pello 's Harvest Party and Orlix 's True Path Party formed the coalition last month .
      """)
    #expect(result.entity(writtenAs: "Harvest Party")?.kind == .organization)
    #expect(result.entity(writtenAs: "Party") == nil)
  }

  @Test("one of a people before a title describes the holder and names nothing")
  func peopleWordBeforeTitleIsNoName() {
    let result = analyse(
      """
      Vote held

      Parliament backed the coalition of Islamist Prime Minister Jan Pello on Monday .
      """)
    #expect(result.entity(writtenAs: "Islamist") == nil)
    #expect(result.entity(writtenAs: "Jan Pello")?.kind == .person)
  }

  @Test("an adjective opening a sentence stays before a body's name that ends in a plural thing")
  func sentenceInitialAdjectiveKeptBeforePluralThing() {
    let result = analyse(
      """
      Chips

      Shares of Tarvo fell 2% . Advanced Orlix Devices and Tarvo declined to comment .
      """)
    #expect(result.entity(writtenAs: "Advanced Orlix Devices")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orlix Devices") == nil)
  }

  @Test("a body's name joins across 'and' after a country's name of two words")
  func joinsAcrossAndAfterTwoWordCountry() {
    let result = analyse(
      """
      Anglers object

      The New Zealand Fish and Game Council objected to the plan on Monday .
      """)
    #expect(result.entity(writtenAs: "New Zealand Fish and Game Council")?.kind == .organization)
    #expect(result.entity(writtenAs: "New Zealand Fish") == nil)
  }

  @Test("leaders of a body are no part of its name, and a count may come before 'other towns'")
  func leadersOfBodyAndCountedOtherTowns() {
    let result = analyse(
      """
      Protests go on

      Leaders of the Zajedno ( Together ) coalition addressed the crowd . Jan Pello said the courts must restore its wins in Tarvona , Quindaro and 12 other towns .
      """)
    #expect(result.entity(writtenAs: "Zajedno")?.kind == .organization)
    #expect(result.entity(writtenAs: "Leaders of the Zajedno") == nil)
    #expect(result.entity(writtenAs: "Quindaro")?.kind == .place)
  }

  @Test("a word the article uses in a body's name, opening a sentence before a thing, is no body")
  func modifierBeforeThingIsNoBody() {
    let result = analyse(
      """
      Protests ignored

      The U.S. State Department said Washington was considering sanctions .

      State television RTS ignored the protests for a third week .
      """)
    #expect(result.entity(writtenAs: "State") == nil)
    #expect(result.entity(writtenAs: "RTS")?.kind == .organization)
  }

  @Test("a doctrine's adjective before a name the lexicon knows is no part of it")
  func doctrineAdjectiveBeforeKnownName() {
    let result = analyse(
      """
      Rebels weakened

      The group , smaller than the Maoist Shining Path , has been weakened by arrests since 1992 .
      """)
    #expect(result.entity(writtenAs: "Shining Path")?.kind == .organization)
    #expect(result.entity(writtenAs: "Maoist Shining Path") == nil)
  }

  @Test("a number inside a company's name before its legal form stays in the name")
  func numberBeforeLegalFormJoinsName() {
    let result = analyse(
      """
      Browser deals

      The regulator said Orvale had required companies such as Tarvo Computer Corp and Pello 2000 Inc to carry its browser .
      """)
    #expect(result.entity(writtenAs: "Pello 2000 Inc")?.kind == .organization)
    #expect(result.entity(writtenAs: "Inc") == nil)
  }

  @Test("an adjective stays before one common word that only a small town is named")
  func adjectiveStaysBeforeCommonWordTown() {
    let result = analyse(
      """
      Race won

      Jan Pello won the Orvale Grand Prix for Red Bull on Sunday after starting from the pit lane .
      """)
    #expect(result.entity(writtenAs: "Red Bull") != nil)
    #expect(result.entity(writtenAs: "Bull") == nil)
  }

  @Test("a word WordNet knows as one person, before ', which', is a body")
  func weakPersonBeforeWhichIsBody() {
    let result = analyse(
      """
      Golfer signs deal

      Jan Pello won his first title on Sunday . Nike , which signed Pello to a $ 40 million contract in August , said it would run advertisements .
      """)
    #expect(result.entity(writtenAs: "Nike")?.kind == .organization)
  }

  @Test("two plurals of common nouns across 'and' before a head make one body")
  func pluralsAcrossAndMakeOneBody() {
    let result = analyse(
      """
      Coffee slides

      Robusta futures fell on the Orvale International Financial Futures and Options Exchange on Wednesday .
      """)
    #expect(
      result.entity(writtenAs: "Orvale International Financial Futures and Options Exchange")?.kind
        == .organization)
    #expect(result.entity(writtenAs: "Options Exchange") == nil)
  }

  @Test("a name opened by 'All' keeps it at the start of a sentence when running text writes it so")
  func allOpenedNameKeptAtSentenceStart() {
    let result = analyse(
      """
      Series won

      Jan Pello scored twice for the All Stripes on Saturday .

      All Stripes captain Tarvo Orlix said it was the greatest day of his career .
      """)
    #expect(result.entity(writtenAs: "All Stripes")?.mentions.count == 2)
    #expect(result.entity(writtenAs: "Stripes") == nil)
  }

  @Test("a headline's surname in capitals is the person running text names in full, not the country")
  func headlineSurnameBeatsCountry() {
    let result = analyse(
      """
      BASKETBALL - JORDAN SCORES 45 AS ORVALE WIN .

      CHICAGO 1996-12-20

      Michael Jordan scored 45 points as Orvale beat Pello 101-94 on Friday .
      """)
    #expect(result.entity(writtenAs: "JORDAN")?.kind == .person)
    #expect(result.entity(writtenAs: "JORDAN")?.name == "Michael Jordan")
  }

  @Test("a saint's word in Spanish or Portuguese opens a place, not a given name")
  func saintPrefixOpensPlace() {
    let result = analyse(
      """
      Trial goes on

      SANTA ORVALIA , California 1996-11-22

      Judge Jan Pello has barred television cameras from the Santa Orvalia courtroom .
      """)
    #expect(result.entity(writtenAs: "Santa Orvalia")?.kind == .place)
  }

  @Test("names after 'to' and a verb that passes something to a party are no places")
  func passedToPartyIsNoPlace() {
    let result = analyse(
      """
      Carmaker cuts output

      Analysts said Tarvo and Pello were losing ground to Quindar and Velmar in the small-car market .
      """)
    #expect(result.entity(writtenAs: "Quindar")?.kind != .place)
    #expect(result.entity(writtenAs: "Velmar")?.kind != .place)
  }

  @Test("a journey's 'to' still names a place")
  func journeyToStillNamesPlace() {
    let result = analyse(
      """
      Minister travels

      Jan Pello flew to Quindar and Velmar on Monday for talks .
      """)
    #expect(result.entity(writtenAs: "Quindar")?.kind == .place)
    #expect(result.entity(writtenAs: "Velmar")?.kind == .place)
  }

  @Test("a country's name and '-ese' is its adjective when the lists lack it")
  func eseAdjectiveOfCountry() {
    let result = analyse(
      """
      Court jails Surinamese drug baron in absentia .

      A court on Monday sentenced Jan Pello , a former army chief , to 16 years in jail in absentia .
      """)
    #expect(result.entity(writtenAs: "Surinamese") == nil)
  }

  @Test("a faith's adjective closing a name before a movement's word describes the group")
  func faithAdjectiveBeforeMilitia() {
    let result = analyse(
      """
      Fighting in the north

      Orlix Islamic militia forces advanced on Monday , witnesses said . The Orlix now hold the valley .
      """)
    #expect(result.entity(writtenAs: "Orlix")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orlix Islamic") == nil)
  }

  @Test("a mountain's pass after 'the' is a place, a player's pass is not")
  func mountainPassIsPlace() {
    let result = analyse(
      """
      Fighting in the north

      The rebels pushed the army back from the Varden pass on Monday , a spokesman for Jan Pello said .

      In the match , Tarvo scored from a Quindar pass .
      """)
    #expect(result.entity(writtenAs: "Varden")?.kind == .place)
    #expect(result.entity(writtenAs: "Quindar")?.kind != .place)
  }

  @Test("a town's name before a weekday's names a club")
  func townAndWeekdayIsClub() {
    let result = analyse(
      """
      Soccer results

      Orvale Rovers remain bottom after a goalless draw with Leicester Wednesday on Saturday .
      """)
    #expect(result.entity(writtenAs: "Leicester Wednesday")?.kind == .organization)
  }

  @Test("'and Co' after a name closes a company's name")
  func andCoClosesCompany() {
    let result = analyse(
      """
      Bonds rally

      " The Fed is watching , " said Jan Tarvo , an economist at Pello and Co in New York .
      """)
    #expect(result.entity(writtenAs: "Pello and Co")?.kind == .organization)
    #expect(result.entity(writtenAs: "Co") == nil)
  }

  @Test("an acronym in brackets that spells a god's name still names the body")
  func bracketedAcronymSpellingGod() {
    let result = analyse(
      """
      Budget vote

      The opposition Orvale Action Party ( PAN ) said the budget gave too little . PAN leaders met on Monday .
      """)
    let party = result.entity(writtenAs: "PAN")
    #expect(party?.kind == .organization)
    #expect(party?.aliases.contains("Orvale Action Party") == true)
  }

  @Test("a name before a lower-case jungle or swamp is a place")
  func jungleIsPlace() {
    let result = analyse(
      """
      Rebels accuse army

      The rebels accused Jan Pello 's army of moving troops into the Tarvona jungle on Monday .
      """)
    #expect(result.entity(writtenAs: "Tarvona")?.kind == .place)
  }

  @Test("a town WordNet names a person is a place after 'in' when a region follows it")
  func townBeforeRegionAfterIn() {
    let result = analyse(
      """
      Drug approved

      " This is a big drug , " said Jan Pello , an independent analyst in Warren , New Jersey .
      """)
    #expect(result.entity(writtenAs: "Warren")?.kind == .place)
  }

  @Test("a street's French, Spanish or Italian word opens a place's name")
  func streetPrefixesOpenPlaces() {
    let result = analyse(
      """
      Protest

      Thousands marched down the Rue de Tarvo on Monday . Tourists gathered in Piazza San Pello and on Boulevard Quindar-Velmar .
      """)
    #expect(result.entity(writtenAs: "Rue de Tarvo")?.kind == .place)
    #expect(result.entity(writtenAs: "Piazza San Pello")?.kind == .place)
    #expect(result.entity(writtenAs: "Boulevard Quindar-Velmar")?.kind == .place)
  }

  @Test("a possessive ends a company's name after an ampersand")
  func ampersandNameBeforePossessive() {
    let result = analyse(
      """
      Drug news

      The drug is made by Pello & Pello 's Tarvo unit , the company said .
      """)
    #expect(result.entity(writtenAs: "Pello & Pello")?.kind == .organization)
    #expect(result.entity(writtenAs: "Pello") == nil)
  }

  @Test("a company named after a person and 'and Co' is its surname alone later")
  func surnameOfCompanyWithAndCo() {
    let result = analyse(
      """
      Drug approved

      Jan Tarvo and Co said on Tuesday regulators had approved its new drug .

      Tarvo shares rose $ 1.25 on the stock exchange .
      """)
    let company = result.entity(writtenAs: "Tarvo")
    #expect(company?.kind == .organization)
    #expect(company?.aliases.contains("Jan Tarvo and Co") == true)
  }

  @Test("a common word before a place's name of two words names a company")
  func commonWordBeforeTwoWordPlace() {
    let result = analyse(
      """
      Airline profits

      Rival Orvale Air , half-owned by Jan Pello , is also half-owned by Air New Zealand .
      """)
    #expect(result.entity(writtenAs: "Air New Zealand")?.kind == .organization)
  }

  @Test("an elided 'd'' or 'l'' before a capital stays inside the name")
  func elidedArticleInsideName() {
    let result = analyse(
      """
      Cycling

      Jan Pello will ride the Tour d'Orvale in May and then race at Val d'Tarvo .
      """)
    #expect(result.entity(writtenAs: "Tour d'Orvale") != nil)
    #expect(result.entity(writtenAs: "Val d'Tarvo") != nil)
    #expect(result.entity(writtenAs: "Val") == nil)
  }

  @Test("a name before ', the office in X said .' is not named by that office")
  func speakerClauseIsNoApposition() {
    let result = analyse(
      """
      Court case

      Police broke up a ring led by Jan Pello , the prosecutor 's office in Orvale said .
      """)
    #expect(result.entity(writtenAs: "Jan Pello")?.kind == .person)
  }

  @Test("'The' opening a sentence is not part of a country the lists know without it")
  func sentenceInitialTheBeforeCountry() {
    let result = analyse(
      """
      Rates

      The Netherlands central bank left its rates unchanged on Tuesday .
      """)
    #expect(result.entity(writtenAs: "Netherlands")?.kind == .place)
    #expect(result.entity(writtenAs: "The Netherlands") == nil)
  }

  @Test("a name after a preposition, then a comma and 'said', is not the speaker")
  func objectBeforeCommaSaidIsNoSpeaker() {
    let result = analyse(
      """
      Car deal

      Orvale , the sports car maker controlled by Tarvo , said on Sunday it had signed a deal .
      """)
    #expect(result.entity(writtenAs: "Tarvo")?.kind != .person)
  }

  @Test("a country that WordNet also lists as its own adjective is still a place")
  func countryNamedLikeItsAdjective() {
    let result = analyse(
      """
      Border attacks

      The minister said Rwanda and Burundi were behind the attacks .
      """)
    #expect(result.entity(writtenAs: "Burundi")?.kind == .place)
  }

  @Test("a common word and a sea's adjective inside a sentence name one body")
  func commonWordAndSeaAdjective() {
    let result = analyse(
      """
      Airline talks

      The consultant flew Virgin Atlantic to Boston on Monday .
      """)
    #expect(result.entity(writtenAs: "Virgin Atlantic") != nil)
    #expect(result.entity(writtenAs: "Atlantic") == nil)
  }

  @Test("an acronym spells a body's name even when a person's initials match it too")
  func acronymPrefersBodyOverPersonInitials() {
    let result = analyse(
      """
      Phone merger

      Orvale Telecom said on Tuesday it was in talks with a rival .

      Chief executive Olaf Tarvo said the talks were at an early stage .

      Shares in OT rose 12 pence .
      """)
    #expect(result.entity(writtenAs: "OT")?.name == "Orvale Telecom")
    #expect(result.entity(writtenAs: "Olaf Tarvo")?.aliases.contains("OT") == false)
  }

  @Test("a name that changes 'its' rating or stake is a body; 'his' stake, a person")
  func possessiveAfterChangeVerb() {
    let result = analyse(
      """
      Shares slip

      Velmar fell 1-1/8 to 118 after Orvale Pellin lowered its rating .

      Investor Jan Quindar raised his stake to 12 percent .
      """)
    #expect(result.entity(writtenAs: "Orvale Pellin")?.kind == .organization)
    #expect(result.entity(writtenAs: "Jan Quindar")?.kind == .person)
  }

  @Test("'Cos' before a legal form is a company's tail like 'Holdings'")
  func cosInsideCompanyName() {
    let result = analyse(
      """
      Profit rises

      Orvale Tarn Cos Inc said on Monday its profit rose 12 percent .

      Orvale Tarn shares rose 1-3/4 to 91-1/2 .
      """)
    #expect(result.entity(writtenAs: "Orvale Tarn")?.aliases.contains("Orvale Tarn Cos Inc") == true)
  }

  @Test("'reporters at X airport': a place noun after the name outweighs the workplace")
  func workplaceCueBeforePlaceNoun() {
    let result = analyse(
      """
      Leader arrives

      Jan Pello told reporters at Tarvona airport that the talks went well .
      """)
    #expect(result.entity(writtenAs: "Tarvona")?.kind == .place)
  }

  @Test("a generation numeral after a role word is no one's name")
  func numeralAfterRoleWord() {
    let result = analyse(
      """
      Ship seized

      The ship , the Orvale Warrior II , was seized by commandos on Monday .
      """)
    #expect(result.entity(writtenAs: "II") == nil)
    #expect(result.entity(writtenAs: "Orvale Warrior II")?.kind != .person)
  }

  @Test("a name after 'a' is a make or a model, or the body of the noun it modifies")
  func nameAfterIndefiniteArticle() {
    let result = analyse(
      """
      Rally

      Jan Pello , driving a Velmar Quint , led the rally after the first day .

      A Tarvix spokesman said the team was pleased .
      """)
    #expect(result.entity(writtenAs: "Velmar Quint")?.kind == .other)
    #expect(result.entity(writtenAs: "Tarvix")?.kind == .organization)
  }

  @Test("a list after 'including the' names no people, even after a noun WordNet calls a role")
  func listAfterIncludingTheIsNoPeople() {
    let result = analyse(
      """
      Recall

      The recall covers models including the Velmar Quint , Tarvix and Orlix built in 1990 .
      """)
    #expect(result.entity(writtenAs: "Velmar Quint")?.kind != .person)
    #expect(result.entity(writtenAs: "Orlix")?.kind != .person)
  }

  @Test("'of' and a country after a firm's distinctive name says where it is from")
  func ofCountryAfterDistinctiveFirmName() {
    let result = analyse(
      """
      Jet order

      The consortium includes Orvalix-Tarn Aerospace of Germany and the Central Bank of Norway .
      """)
    #expect(result.entity(writtenAs: "Orvalix-Tarn Aerospace")?.kind == .organization)
    #expect(result.entity(writtenAs: "Germany")?.kind == .place)
    #expect(result.entity(writtenAs: "Central Bank of Norway") != nil)
  }

  @Test("an initial before a stadium's name opens a place, not a person")
  func initialBeforeStadium() {
    let result = analyse(
      """
      Cricket

      Tarvona beat Orvale by eight wickets at the R. Pellin Stadium on Sunday .
      """)
    #expect(result.entity(writtenAs: "R. Pellin Stadium")?.kind == .place)
  }

  @Test("a capitalised common word after a name's possessive is what the name owns")
  func commonWordAfterNamePossessive() {
    let result = analyse(
      """
      Chip demand

      Demand came from Orvalix and Tarvona’s Lantern.
      """)
    #expect(result.entity(writtenAs: "Lantern") != nil)
  }

  @Test("a fixture line 'X v Y' names two sides, not a heading's words")
  func fixtureLineNamesTwoSides() {
    let result = analyse(
      """
      BASKETBALL - SCHEDULE .

      Games on Friday ( home team listed first ) :

      Orvale Heat v Tarvona Bucks

      Velmar Jazz vs. Quindar Lakers
      """)
    #expect(result.entity(writtenAs: "Orvale Heat")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvona Bucks")?.kind == .organization)
    #expect(result.entity(writtenAs: "Velmar Jazz")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale") == nil)
  }

  @Test("a generation's suffix after a name is no title's name")
  func juniorAfterTitleWord() {
    let result = analyse(
      """
      Jan Orvale King Jr. 's son leads march in Tarvona .

      The march passed the town hall .
      """)
    #expect(result.entity(writtenAs: "Jr") == nil)
  }

  @Test("the one word a bought stake comes from is a company")
  func sellerOfBoughtStake() {
    let result = analyse(
      """
      Network stake

      Orvale Media said on Friday it had bought a 15 percent stake in the Velmar Network from Tarvix .
      """)
    #expect(result.entity(writtenAs: "Tarvix")?.kind == .organization)
  }

  @Test("a batsman 'run out' on a scorecard line is a player")
  func runOutBatsman() {
    let result = analyse(
      """
      CRICKET - SCOREBOARD .

      Orvale first innings

      Jan Pello c Tarvo b Quindar 74

      Velmar-ul-Orlix run out 148

      Total ( for 2 wickets ) 222
      """)
    #expect(result.entity(writtenAs: "Velmar-ul-Orlix")?.kind == .person)
  }

  @Test("a name with a particle before a place noun is a place")
  func particleNameBeforePlaceNoun() {
    let result = analyse(
      """
      Raids

      The raids targeted hills in the Tarvon al-Quindar region , the sources said .
      """)
    #expect(result.entity(writtenAs: "Tarvon al-Quindar")?.kind == .place)
  }

  @Test("one hyphenated word ending in a country's name is a body of that country")
  func hyphenatedWordEndingInCountry() {
    let result = analyse(
      """
      Storm warning

      Veltra-Canada warned that strong winds would make the fires harder to control .
      """)
    #expect(result.entity(writtenAs: "Veltra-Canada")?.kind == .organization)
  }

  @Test("right after a lower-case title, a role word before a surname is a given name")
  func roleWordAsGivenNameAfterTitle() {
    let result = analyse(
      """
      March

      Former president Lech Tarvowski , who led strikes at the yard , joined the march .
      """)
    #expect(result.entity(writtenAs: "Lech Tarvowski")?.kind == .person)
  }

  @Test("a dateline's place in capitals keeps a plain word after a known first word")
  func datelinePlaceKeepsPlainWord() {
    let result = analyse(
      """
      Oil firm settles suit .

      WHITE PLAINS , Tarvona 1996-11-15

      Orvale Inc agreed on Friday to pay $ 176 million to settle a lawsuit .
      """)
    #expect(result.entity(writtenAs: "WHITE PLAINS")?.kind == .place)
    #expect(result.entity(writtenAs: "WHITE") == nil)
  }

  @Test("a name of two words ending in a sea's adjective is no person's")
  func nameEndingInSeaAdjective() {
    let result = analyse(
      """
      Aircraft order

      Orvale Airways , controlled by Tarvix Pacific , ordered 10 jets on Thursday .
      """)
    #expect(result.entity(writtenAs: "Tarvix Pacific")?.kind == .organization)
  }

  @Test("a hyphenated name the lexicon knows whole stays one name")
  func knownHyphenatedNameStaysWhole() {
    let result = analyse(
      """
      Unions protest

      The AFL-CIO labour federation criticised the measure on Friday .
      """)
    #expect(result.entity(writtenAs: "AFL-CIO")?.kind == .organization)
    #expect(result.entity(writtenAs: "AFL") == nil)
  }

  @Test("a kind of company that is also a role names the company before a name with no given name")
  func companyRoleBeforeName() {
    let result = analyse(
      """
      Exporters gain

      The cut will help exporters such as the shipbuilder Orlix and the steelmaker Dunvale .

      The publisher Brenmar also gained , but the engineer Marcel Dunvik did not .
      """)
    #expect(result.entity(writtenAs: "Orlix")?.kind == .organization)
    #expect(result.entity(writtenAs: "Dunvale")?.kind == .organization)
    #expect(result.entity(writtenAs: "Brenmar")?.kind == .organization)
    #expect(result.entity(writtenAs: "Marcel Dunvik")?.kind == .person)
  }

  @Test("a championship or a fair named with its year keeps the year")
  func eventNamedWithYear() {
    let result = analyse(
      """
      Midfielder recalled

      Tolvar was recalled for the first time since Euro 96 , the coach said .

      Orvale will host Expo 2010 , and Juventus 2 Udinese 0 was the score .
      """)
    #expect(result.entity(writtenAs: "Euro 96")?.kind == .event)
    #expect(result.entity(writtenAs: "Euro") == nil)
    #expect(result.entity(writtenAs: "Expo 2010")?.kind == .event)
    #expect(result.entity(writtenAs: "Juventus 2") == nil)
  }

  @Test(
    "a lone surname is a person's by what its possessive holds, by whom it is listed with, and by its aides")
  func loneSurnameCues() {
    let result = analyse(
      """
      Leaders meet

      Doctors said Tarvonov 's heart was strong enough for surgery .

      Talks between Arafat and Velmarov broke down on Monday .

      Quindel and Kohl agreed to press ahead with monetary union .

      Aides to Brenlov denied the report .
      """)
    #expect(result.entity(writtenAs: "Tarvonov")?.kind == .person)
    #expect(result.entity(writtenAs: "Velmarov")?.kind == .person)
    #expect(result.entity(writtenAs: "Quindel")?.kind == .person)
    #expect(result.entity(writtenAs: "Kohl")?.kind == .person)
    #expect(result.entity(writtenAs: "Brenlov")?.kind == .person)
  }

  @Test("a verb of saying before 'to' is passive only as a participle that can be")
  func agreedToIsActive() {
    let result = analyse(
      """
      Union talks

      Ministers met on Friday , and Dravik agreed to press ahead with the plan .

      Contracts with Orvale said to be worth $ 40 million were signed .
      """)
    #expect(result.entity(writtenAs: "Dravik")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale")?.kind != .person)
  }

  @Test("a capitalised 'Per' before a name is a given name, not the preposition")
  func perAsGivenName() {
    let result = analyse(
      """
      Orvale deal

      Orvale chief executive Per Lindqvar said the deal would help .
      """)
    #expect(result.entity(writtenAs: "Per Lindqvar")?.kind == .person)
  }

  @Test("a family is named by its people's surname, a family of funds by its company")
  func familyNamedBySurname() {
    let result = analyse(
      """
      Stake sold

      It bought the stake from the Tarvenberg family for 1.2 billion crowns .

      It sold the stake to the Orvale family of funds .
      """)
    #expect(result.entity(writtenAs: "Tarvenberg")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale")?.kind != .person)
  }

  @Test("an analyst's name and 'at' name the analyst's firm")
  func analystAtFirm() {
    let result = analyse(
      """
      Price fair

      Analyst Karin Sjovall at Tarvbanken said the price was fair .
      """)
    #expect(result.entity(writtenAs: "Tarvbanken")?.kind == .organization)
  }

  @Test("a sports club's form opens its name, and a player equalises")
  func clubFormsAndEqualiser() {
    let result = analyse(
      """
      Orvale slip up

      Orvale were held to a 1-1 draw at home by Real Tarvis on Sunday .

      Quindar scored for Orvale but Alvaro equalised for Tarvis after the break .

      Deportivo Velmar moved up to third after a 2-0 win .
      """)
    #expect(result.entity(writtenAs: "Real Tarvis")?.kind == .organization)
    #expect(result.entity(writtenAs: "Deportivo Velmar")?.kind == .organization)
    #expect(result.entity(writtenAs: "Alvaro")?.kind == .person)
  }

  @Test("a capitalised adjective after a preposition of place and before a function word names the place")
  func adjectiveWordAsPlaceName() {
    let result = analyse(
      """
      Vote rules

      Dravik told reporters in Pale that the party would not accept the rules .
      """)
    #expect(result.entity(writtenAs: "Pale")?.kind == .place)
  }

  @Test("a country's adjective in its own language opens a company's name")
  func nativeNationalAdjectiveOpensCompany() {
    let result = analyse(
      """
      Job cuts

      Deutsche Tarvokom said on Friday it would cut 10,000 jobs .

      Svenska Orvalbanken raised its dividend .
      """)
    #expect(result.entity(writtenAs: "Deutsche Tarvokom")?.kind == .organization)
    #expect(result.entity(writtenAs: "Svenska Orvalbanken")?.kind == .organization)
  }

  @Test("a body's noun after a name outweighs the famous person WordNet knows by it")
  func unionAfterFamousSurname() {
    let result = analyse(
      """
      Strike called

      The Verdi union called a one-day strike after talks broke down .

      The Tarvo party won 12 seats , but Dravik 's party lost .
      """)
    #expect(result.entity(writtenAs: "Verdi")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo")?.kind == .organization)
  }

  @Test("the opening words of a longer name the article writes are not split or dropped as adjectives")
  func openingWordsOfLongerName() {
    let result = analyse(
      """
      Airline profit

      Cathay Pacific Airways said on Monday its profit rose .

      Cathay Pacific shares fell 2 percent .
      """)
    #expect(result.entity(writtenAs: "Cathay Pacific")?.kind == .organization)
    #expect(result.entity(writtenAs: "Cathay") == nil)
  }

  @Test("a leader's surname names an administration, a regime or an era")
  func leadersAdministration() {
    let result = analyse(
      """
      Veto threat

      The Tarvon administration said it would veto the bill .

      Under the Mengistu regime thousands were killed , but the Taliban regime is a body .

      The Quindar government fell in March .
      """)
    #expect(result.entity(writtenAs: "Tarvon")?.kind == .person)
    #expect(result.entity(writtenAs: "Mengistu")?.kind == .person)
    #expect(result.entity(writtenAs: "Taliban")?.kind == .organization)
    #expect(result.entity(writtenAs: "Quindar")?.kind != .person)
  }

  @Test("a surname that is a common word is known after a titled full name")
  func commonWordSurnameAfterTitledFullName() {
    let result = analyse(
      """
      Veto threat

      The Bush administration said it would veto the bill .

      President George Bush said so on Friday .
      """)
    #expect(result.entity(writtenAs: "Bush")?.kind == .person)
  }

  @Test("one of a people before a name whose surname is a place word makes it a person's")
  func demonymNounBeforePlaceSurname() {
    let result = analyse(
      """
      Pole position

      Briton Dalvin Hill took pole position for Sunday 's race .
      """)
    #expect(result.entity(writtenAs: "Dalvin Hill")?.kind == .person)
  }

  @Test("an organisation's head alone outweighs the person WordNet lists by the word")
  func orgHeadOverWordNetSurname() {
    let result = analyse(
      """
      Court jails former minister for corruption .

      Judge Tarvo Hadi told the Orvale District Court that the minister took bribes .
      """)
    #expect(result.entity(writtenAs: "Court")?.kind != .person)
  }

  @Test("a name before 'and other' takes the kind of the plural noun that closes the list")
  func andOtherPlural() {
    let result = analyse(
      """
      Export bill

      The bill passed over objections from Tarvidia and other chipmakers .

      Tarvidia said in a statement that the rules would hurt it .

      Shelling hit Velsk and other towns , while Dravik and other officials fled .
      """)
    #expect(result.entity(writtenAs: "Tarvidia")?.kind == .organization)
    #expect(result.entity(writtenAs: "Velsk")?.kind == .place)
    #expect(result.entity(writtenAs: "Dravik")?.kind == .person)
  }

  @Test("what is handed or transferred to a name goes to a party, not a place")
  func handedToParty() {
    let result = analyse(
      """
      Export rules

      Orvale said the rules would hand the market to Quintaro .
      """)
    #expect(result.entity(writtenAs: "Quintaro")?.kind == .organization)
  }

  @Test("a lone name is a person's before what only a person does or has done to them")
  func personalVerbsAfterLoneName() {
    let result = analyse(
      """
      Leader to rest

      The Kremlin said on Friday that Tarvonov would rest for two weeks .

      Police said Dravik was arrested in the capital .

      Orvale was founded in 1901 and Quindar elected a new chairman .
      """)
    #expect(result.entity(writtenAs: "Tarvonov")?.kind == .person)
    #expect(result.entity(writtenAs: "Dravik")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale")?.kind != .person)
    #expect(result.entity(writtenAs: "Quindar")?.kind != .person)
  }

  @Test("a country's name written without the 'the' the gazetteer has after 'of' is the country")
  func countryWithoutArticleAfterOf() {
    let result = analyse(
      """
      Outbreak over

      The outbreak in the Democratic Republic of Congo killed 45 people .
      """)
    #expect(result.entity(writtenAs: "Democratic Republic of Congo")?.kind == .place)
  }

  @Test("a nationality after a possessive is no surname, so a shouted heading's nationality is none")
  func nationalityAfterPossessive() {
    let result = analyse(
      """
      SOCCER - DUTCH FIRST DIVISION SUMMARY .

      Summary of Sunday 's Dutch first division match :

      Tarvel Rovers 2 Quindar 1 .
      """)
    #expect(result.entity(writtenAs: "DUTCH") == nil)
  }

  @Test("one unknown word right after a nationality is a person, unless an article opens them")
  func loneNameAfterNationality() {
    let result = analyse(
      """
      Rovers win

      Tarvel Rovers won with two goals from Brazilian Quintaro on Sunday .

      The deal needs the approval of the Russian Varkov next week .
      """)
    #expect(result.entity(writtenAs: "Quintaro")?.kind == .person)
    #expect(result.entity(writtenAs: "Varkov")?.kind != .person)
  }

  @Test("a Korean given name stays whole when its second syllable is an English participle")
  func koreanGivenNameWithParticipleSyllable() {
    let result = analyse(
      """
      Chip shares slide

      "Nobody knows where the line will be drawn," said Park Ji-won, an analyst at Orvale Securities.
      """)
    #expect(result.entity(writtenAs: "Park Ji-won")?.kind == .person)
    #expect(result.entity(writtenAs: "Ji") == nil)
  }

  @Test("an apposition that joins a person's office with 'and' makes the name a person's")
  func appositionJoinsPersonsOffice() {
    let result = analyse(
      """
      Premier travels alone

      Premier Tarvo Quindar flew to Orvale on Saturday .

      Anka Velmira , Quindar 's coalition partner and foreign minister , did not join the trip .

      The Orvale Party , Quindar 's coalition partner , backed the visit .
      """)
    #expect(result.entity(writtenAs: "Anka Velmira")?.kind == .person)
    #expect(result.entity(writtenAs: "Orvale Party")?.kind == .organization)
  }

  @Test("two words joined by an ampersand stay one name after a common word opening the sentence")
  func ampersandAfterOpeningCommonWord() {
    let result = analyse(
      """
      Results due

      Rival Tarvel & Quindar reports next week .
      """)
    #expect(result.entity(writtenAs: "Tarvel & Quindar")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvel") == nil)
  }

  @Test("a table of scorers: one-word players are people, their clubs organisations, 'Real' kept")
  func scorersTableWithOneWordPlayers() {
    let result = analyse(
      """
      SOCCER - ORVALIAN LEAGUE TOP SCORERS .

      Leading goalscorers in the Orvalian first division after Sunday 's matches :

      10 - Quintaro ( Barcelona )

      8 - Davo Tarvic ( Real Madrid ) , Velmiro ( Tenerife )

      7 - Anzolo ( Real Betis )
      """)
    #expect(result.entity(writtenAs: "Quintaro")?.kind == .person)
    #expect(result.entity(writtenAs: "Velmiro")?.kind == .person)
    #expect(result.entity(writtenAs: "Anzolo")?.kind == .person)
    #expect(result.entity(writtenAs: "Barcelona")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tenerife")?.kind == .organization)
    #expect(result.entity(writtenAs: "Real Madrid")?.kind == .organization)
    #expect(result.entity(writtenAs: "Real Betis")?.kind == .organization)
  }

  @Test("a club's form before its town opens the club's name in running text")
  func clubFormInRunningText() {
    let result = analyse(
      """
      Top scorer

      The top scorer is Davo Tarvic of Real Madrid with eight goals .

      Davo Tarvic ( Real Madrid ) scored twice on Sunday .
      """)
    #expect(result.entity(writtenAs: "Real Madrid")?.kind == .organization)
    #expect(result.entity(writtenAs: "Madrid") == nil)
  }

  @Test("a line-up: the side before its colon is a team, every listed player a person")
  func lineupSideAndPlayers() {
    let result = analyse(
      """
      SOCCER - ORVALIAN CUP TEAMS .

      Teams for Wednesday 's cup match :

      Arsenal : Tarvo Quindar ; Lee Velmir , Bo Lindt , Anko Dravic ; Ray Parlour , Ivo Tamsk .

      Stoke : Mirko Orlan ; Pavo Kessel , Ilo Varga ; Emil Tosk , Dan Ferro .

      Referee : Paul Durkin ( Portland )
      """)
    #expect(result.entity(writtenAs: "Arsenal")?.kind == .organization)
    #expect(result.entity(writtenAs: "Stoke")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ray Parlour")?.kind == .person)
    #expect(result.entity(writtenAs: "Referee") == nil)
  }

  @Test("in a story with scores a town before a side's verb in the plural is the side")
  func townBeforeSidesVerb() {
    let result = analyse(
      """
      Rovers go top

      Orvale Rovers beat Tarvel 2-1 on Saturday to go top .

      Liverpool stay second after a 2-0 win at home .
      """)
    #expect(result.entity(writtenAs: "Liverpool")?.kind == .organization)
  }

  @Test("a name between the year it was held and what was won there is a contest")
  func contestBetweenYearAndPrize() {
    let result = analyse(
      """
      Couples bogeys last

      Fred Quindar , the 1992 Masters champion , bogeyed the last hole .
      """)
    #expect(result.entity(writtenAs: "Masters")?.kind == .event)
  }

  @Test("a line of fixtures after a day's label: every side a team, the day no name")
  func fixturesListAfterDayLabel() {
    let result = analyse(
      """
      SOCCER - ORVALIAN LEAGUE FIXTURES .

      Fixtures for this weekend 's league matches :

      Saturday : Arsenal v Sunderland , Blackburn v Coventry , Chelsea v Nottingham Forest

      Sunday : Derby v Leicester , Sheffield Wednesday v Liverpool
      """)
    for side in ["Arsenal", "Sunderland", "Coventry", "Nottingham Forest", "Derby", "Leicester", "Liverpool"]
    {
      #expect(result.entity(writtenAs: side)?.kind == .organization, "\(side)")
    }
    #expect(result.entity(writtenAs: "Saturday") == nil)
    #expect(result.entity(writtenAs: "Sunday") == nil)
  }

  @Test("in an article of results, a line in capitals of one side at another is a fixture")
  func awayFixtureInCapitals() {
    let result = analyse(
      """
      BASEBALL - STANDINGS .

      Standings after games played on Tuesday :

      NEW YORK 74 56 .569 -

      BALTIMORE 70 61 .534 4 1/2

      WEDNESDAY 'S SCHEDULE

      KANSAS CITY AT DETROIT
      """)
    #expect(result.entity(writtenAs: "KANSAS CITY")?.kind == .organization)
    #expect(result.entity(writtenAs: "DETROIT")?.kind == .organization)
  }

  @Test("a name whose price moves in decimals, to a new price or alone, is a company")
  func priceMoveInDecimals() {
    let result = analyse(
      """
      Shares close higher

      Quindar Tarvo gained 1.00 to 62.25 dollars and Velmir Anzolo added 0.50 .
      """)
    #expect(result.entity(writtenAs: "Quindar Tarvo")?.kind == .organization)
    #expect(result.entity(writtenAs: "Velmir Anzolo")?.kind == .organization)
  }

  @Test("the end of a war is no place; 'a X survey' names the body that made it")
  func endOfWarAndBodysSurvey() {
    let result = analyse(
      """
      Jobless record

      Unemployment is the highest since the end of World War Two , the Orvale Labour Office said .

      Prices slipped after a Quindar survey showed output rose .
      """)
    #expect(result.entity(writtenAs: "World War Two")?.kind == .event)
    #expect(result.entity(writtenAs: "Quindar")?.kind == .organization)
  }

  @Test("in a byline an adjective before a capitalised role is the writer's beat, not a name")
  func bylineBeatAdjective() {
    let result = analyse(
      """
      Cable damage

      By Anka Velmira, Nordic Correspondent

      ORVALE — Police boarded a tanker on Thursday, officials said.
      """)
    #expect(result.entity(writtenAs: "Anka Velmira")?.kind == .person)
    #expect(result.entity(writtenAs: "Nordic") == nil)
  }

  @Test("a draw's fixture line gives each side's country in brackets; the sides are teams")
  func drawWithBracketedCountries() {
    let result = analyse(
      """
      SOCCER - CUP DRAW .

      Draw for the second round made on Friday :

      Valencia ( Spain ) v Bayern Munich ( Germany )

      Orvale Rovers ( Netherlands ) v Tarvel ( Switzerland )
      """)
    #expect(result.entity(writtenAs: "Valencia")?.kind == .organization)
    #expect(result.entity(writtenAs: "Bayern Munich")?.kind == .organization)
    #expect(result.entity(writtenAs: "Orvale Rovers")?.kind == .organization)
    #expect(result.entity(writtenAs: "Spain")?.kind == .place)
  }

  @Test("a name with 'of' and its own country is a body of that country, not a town in a list")
  func nameOfItsCountry() {
    let result = analyse(
      """
      Network deal

      Orvale beat rivals Ericsson of Sweden and Quindar of Finland , a company statement said .

      The contract went to Eindhoven of Belgium , the statement said .
      """)
    #expect(result.entity(writtenAs: "Quindar")?.kind != .place)
    #expect(result.entity(writtenAs: "Eindhoven")?.kind == .organization)
  }

  @Test("a given name and a place's head after a verb of appointing are a person")
  func appointedPersonWithPlaceHead() {
    let result = analyse(
      """
      Cabinet picks

      The president named Anthony Lake to run the intelligence agency , and appointed Helen Bay as
      his envoy to the talks .

      The committee named Salt Lake City as host of the games .
      """)
    #expect(result.entity(writtenAs: "Anthony Lake")?.kind == .person)
    #expect(result.entity(writtenAs: "Helen Bay")?.kind == .person)
    #expect(result.entity(writtenAs: "Salt Lake City")?.kind == .place)
  }

  @Test("a body's standing opening a sentence before its members' plural is no part of the name")
  func standingBeforePartyMembers() {
    let result = analyse(
      """
      Jobless figures

      Unemployment rose again in January , the labour office said .

      Opposition Social Democrats said the figures showed the policy had failed .

      Ruling Christian Democrats said the winter was to blame .
      """)
    #expect(result.entity(writtenAs: "Social Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Opposition Social Democrats") == nil)
    #expect(result.entity(writtenAs: "Christian Democrats")?.kind == .organization)
    #expect(result.entity(writtenAs: "Ruling Christian Democrats") == nil)
  }

  @Test("a plural opening a sentence before a player's role and a name is the club, in a sports story")
  func clubPluralBeforeRole() {
    let result = analyse(
      """
      Basketball results

      Chicago 103 Boston 92

      Nets coach John Calipari said his team had played hard .

      Head coach Pat Riley said the side would recover . Backs coach Brian Ashton agreed .
      """)
    #expect(result.entity(writtenAs: "Nets")?.kind == .organization)
    #expect(result.entity(writtenAs: "Head") == nil)
    #expect(result.entity(writtenAs: "Backs") == nil)
  }

  @Test("a name before 'whose' and a model's number is a maker, not a person")
  func whoseModelNumber() {
    let result = analyse(
      """
      Plane maker under scrutiny

      Orvalair , whose 797 jet was grounded after two crashes , is under scrutiny from regulators .

      Tarvo Wood , whose 1996 season ended early , said he would retire .
      """)
    #expect(result.entity(writtenAs: "Orvalair")?.kind == .organization)
    #expect(result.entity(writtenAs: "Tarvo Wood")?.kind == .person)
  }

  @Test("a byline's names keep surnames that are common words")
  func bylineSurnameCommonWord() {
    let result = analyse(
      """
      Orvalair wins big order

      By Tim Hepher and Aditi Shah

      PARIS, June 18 (Reuters) - Orvalair clinched an order for 500 jets on Monday.
      """)
    #expect(result.entity(writtenAs: "Aditi Shah")?.kind == .person)
    #expect(result.entity(writtenAs: "Aditi") == nil)
  }

  @Test("a common noun before a particle opens a place's or an event's name, not a person's")
  func commonNounBeforeParticle() {
    let result = analyse(
      """
      Racing

      Helissio won the Prix de l' Arc de Triomphe at Longchamp on Sunday .

      Crowds gathered at the Arc de Triomphe , and ministers met at the Hotel de la Paix .

      Carlos Salinas de Gortari and Mark van Bommel were there .
      """)
    #expect(result.entity(writtenAs: "Arc de Triomphe")?.kind != .person)
    #expect(result.entity(writtenAs: "Hotel de la Paix")?.kind != .person)
    #expect(result.entity(writtenAs: "Prix de l' Arc de Triomphe")?.kind == .event)
    #expect(result.entity(writtenAs: "Carlos Salinas de Gortari")?.kind == .person)
    #expect(result.entity(writtenAs: "Mark van Bommel")?.kind == .person)
  }

  @Test("a club named by the plural of a person noun, before a manager's role, is the club")
  func clubRolePluralBeforeRole() {
    let result = analyse(
      """
      Baseball results

      ATLANTA 4 San Diego 1

      Braves manager Bobby Cox said John Smoltz was the best pitcher in the league .

      Forwards coach Tarvo Wood said the pack had been strong . Assistants coach Jan Orvale agreed .
      """)
    #expect(result.entity(writtenAs: "Braves")?.kind == .organization)
    #expect(result.entity(writtenAs: "Forwards") == nil)
    #expect(result.entity(writtenAs: "Assistants") == nil)
  }

  @Test("an adjective written only with a capital, before a plural verb in a story with scores, is a club")
  func demonymClubBeforePluralVerb() {
    let result = analyse(
      """
      Soccer - Scottish results

      Rangers beat Aberdeen 4-0 at Ibrox on Saturday .

      Celtic were held 1-1 by Hibernian at Easter Road .

      Scottish fans were delighted .
      """)
    #expect(result.entity(writtenAs: "Celtic")?.kind == .organization)
    #expect(result.entity(writtenAs: "Scottish") == nil)
  }

  @Test("a name of several words before a lower-case 'championship' or 'tournament' is the event")
  func nameBeforeCompetitionNoun() {
    let result = analyse(
      """
      Golf - Orvale leads at World Match Play .

      VIRGINIA WATER , England 1996-10-11

      Tarvo Wood beat Jan Orvale 4 and 3 on Friday to reach the semi-finals of the World Match Play championship at Wentworth .

      The Tarvo Golden Bear tournament starts next week .
      """)
    #expect(result.entity(writtenAs: "World Match Play")?.kind == .event)
    #expect(result.entity(writtenAs: "Tarvo Golden Bear")?.kind == .event)
  }

  @Test("a name after ', known as' and a person's name is the person's other name")
  func knownAsPerson() {
    let result = analyse(
      """
      Sudan talks

      Militia leader Tarvo Dagalen , known as Hemetti , said his forces would protect civilians .

      The Orvale mission in Sudan , known as ORMIS , said the talks had failed .
      """)
    #expect(result.entity(writtenAs: "Hemetti")?.kind == .person)
    #expect(result.entity(writtenAs: "ORMIS")?.kind == .organization)
  }

  @Test("a name after 'the' and an adjective, before a works noun, is where the works stand")
  func worksAfterAdjective() {
    let result = analyse(
      """
      Copper output

      Analysts said Orvaco would benefit from the new El Tarvento smelter and the giant Quelbaya mine .
      """)
    #expect(result.entity(writtenAs: "El Tarvento")?.kind == .place)
    #expect(result.entity(writtenAs: "Quelbaya")?.kind == .place)
  }

  @Test("a headline's adjective and nationality are no name because a sentence opens with them")
  func headlineAdjectiveNationality() {
    let result = analyse(
      """
      Former Bolivian dictator dies at 72 .

      TARVO 1996-10-05

      Former Bolivian dictator Jan Dalmar , who ruled from 1980 to 1981 , died on Saturday .
      """)
    #expect(result.entity(writtenAs: "Former Bolivian") == nil)
    #expect(result.entity(writtenAs: "Jan Dalmar")?.kind == .person)
  }

  @Test("a surname after a given name that is also a common word names the person alone too")
  func surnameAfterCommonGivenName() {
    let result = analyse(
      """
      Major defends handling of beef crisis .

      LONDON 1996-06-12

      Prime Minister John Major defended his government 's handling of the crisis on Wednesday .
      """)
    #expect(result.entity(writtenAs: "Major")?.kind == .person)
    #expect(result.entity(writtenAs: "Major")?.name == "John Major")
  }

  @Test("an event's head alone after 'the' names the event the article names in full")
  func eventHeadAloneAfterThe() {
    let result = analyse(
      """
      TARVO , Ohio 1996-07-26

      Jan Dalmar shot a 65 on Friday to lead the Tarvo Open by two strokes .

      Piet Velder , who won the Open last year , withdrew with a back injury .
      """)
    #expect(result.entity(writtenAs: "Tarvo Open")?.kind == .event)
    #expect(result.entity(writtenAs: "Open")?.kind == .event)
  }
}
