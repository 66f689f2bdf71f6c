import CrossreadCore

/// A name found in a sentence, before typing and alias resolution.
struct Candidate: Hashable {
  /// The code points of the name as written, without a possessive and without a leading title.
  var range: TextRange
  /// The tokens of the name.
  var tokens: [Token]
  /// The index of the sentence in `Article.sentences`.
  var sentence: Int
  /// Whether a title or role stood right before the name.
  ///
  /// For example "President Xi" or "Sgt. Mikki L. Sprenkle".
  var hadTitle = false
  /// A country named by a demonym or possessive right before an organisation ("Chinese Ministry").
  var qualifier: String?
  /// "The" opened the name in the middle of a sentence ("The Guardian").
  var hadArticle = false
  /// The lower-cased word before and after, for context cues.
  var wordBefore: String = ""
  var wordAfter: String = ""
  /// No punctuation between `wordBefore` and the name ("shipping group Maersk", not "Squad : Tim").
  var wordBeforeIsAdjacent = false
  /// No punctuation between the name and `wordAfter` ("Orvale Credit economists").
  var wordAfterIsAdjacent = false
  /// A lower-case word follows ("Western sanctions").
  var followedByLowerWord = false
  /// Coordinated with a known place ("Moscow and Kyiv", "Kyiv and other cities").
  var coordinatedWithPlace = false
  /// Right after a trade in goods ("copper producer Tarnack", "gold miner Velmora"): a company.
  var afterGoodsTrade = false
  /// Inside the article's dateline ("VELSK —"): a place.
  var inDateline = false
  /// Coordinated with another name ("Putin and Xi").
  var coordinatedWithName = false
  /// Named as someone's workplace: "analysts at Goldman Sachs", "a professor at Leiden".
  var workplace = false
  /// The acronym the writer defines in brackets right after the name: "… Prevention (CDC)".
  var definedAcronym: String?
  /// Shaped like a person in the text around it: an age ("Petrovski, 71,") or a quoted nickname
  /// next to it ('Goran "Gogo" Petrovski').
  var personContext = false
  /// The quoted nickname itself ("Tata" of 'Gerardo "Tata" Martino'): a person, whatever else
  /// the word names.
  var quotedNickname = false
  /// Followed by ", who" ("Ronaldo , who joined …"): a person, though British copy says it of teams.
  var beforeWho = false
  /// Followed by ", whose" and a body's members or officers ("Renovacion Popular, whose leader …").
  var beforeWhoseMembers = false
  /// Followed by "which" after punctuation ("Deutsche Telekom , which …"), or by its members
  /// after "whose": a body, not a person.
  var beforeWhich: Bool { (wordAfter == "which" && !wordAfterIsAdjacent) || beforeWhoseMembers }
  /// Held as stock: after "stake in", "shares in", "shares of", or before moving shares ("a stake
  /// in Citicorp", "Tesla shares fell"): a company.
  var heldStake = false
  /// A name of two words or more in a line that credits reporters and editors, not after "in".
  var credited = false
  /// Written before a capitalised title ("Airbus Chief Executive …"): where the title is held.
  var beforeRole = false
  /// Inside brackets and before a number: a scorer and the minute ("( Larsson 34 , Gorre 85 )").
  var scorer = false
  /// Followed by "in" and a known place ("Pogradec in Albania").
  var locatedInPlace = false
  /// Spoken to: after "to" and a verb of speaking ("faxed to Reuters"), a listener, not a place.
  var spokenTo = false
  /// Named by a lower-case place noun and "of": "the town of Velsk", "the settlement of Netzarim".
  var namedPlace = false
  /// What an apposition after the name calls it: "Mediobanca, Italy's leading merchant bank," is an
  /// organisation; "Ardel, a town near the coast," a place; "Cuccia, the bank's chairman," a person.
  var describedAs: EntityKind?
  /// The kind of the plural noun a list of examples follows: "cloud providers such as Microsoft and
  /// Amazon" are organisations, "countries including Orvalia" places; or closes, after "and
  /// other": "Nvidia and other chipmakers".
  var exampleOf: EntityKind?
  /// A town's name playing a match: "Newcastle beat Arsenal 2-1", "a 1-1 draw with Leeds".
  var playsMatch = false
  /// A batsman or fielder in a cricket scorecard: "Saeed Anwar c Croft b Cork 176".
  var inScorecard = false
  /// What the pronoun after a verb of saying makes the name: "Lufthansa said its profit …" an
  /// organisation, "Varga said he …" a person.
  var pronounAfter: EntityKind?
  /// After a player and the player's country in brackets, on a line with numbers: the team
  /// ("Damon Hill ( Britain ) Williams 1:24.204").
  var teamOfPlayer = false
  /// Alone in brackets after a player's name on a line with numbers, and no country: the
  /// player's club ("Ian Wright ( Arsenal )").
  var clubOfPlayer = false
  /// "In Brussels :" opening a results line: where the match was played.
  var venue = false
  /// A name inside another ("Asia" in "East Asia"): not a place to split the outer name.
  var isNested = false
  /// One common word opening a sentence before "said" or a share's move: "Ford said it …".
  var companySubject = false
}
