import CrossreadCore

/// Claims and contradicting claims across a corpus.
public enum ClaimAnalysis {
  /// What claim analysis produces.
  public struct Result: Sendable {
    /// Every claim, article by article.
    public var claims: [Claim]
    /// Contradictions and tensions, strongest first.
    public var pairs: [ClaimPair]
  }

  /// Extracts the claims of `articles` (in parallel) and finds the pairs among them.
  public static func run(
    _ articles: [Article], entities: CrossReference, lexicon: Lexicon = .shared, threads: Int = 2
  ) -> Result {
    var mentions: [ArticleID: [Int: [(EntityID, TextRange)]]] = [:]
    var countries: [String: EntityID] = [:]
    for entity in entities.entities {
      for mention in entity.mentions {
        mentions[mention.article, default: [:]][mention.sentence, default: []].append(
          (entity.id, mention.range))
      }
      if entity.kind == .place {
        for alias in entity.aliases + [entity.name] where countries[Lexicon.fold(alias)] == nil {
          countries[Lexicon.fold(alias)] = entity.id
        }
      }
    }
    let lookup = countries
    let allMentions = mentions.mapValues { bySentence in bySentence.mapValues { $0.sorted { $0.1 < $1.1 } } }
    let work = { @Sendable (index: Int) -> [Claim] in
      let article = articles[index]
      let extractor = ClaimExtractor(
        lexicon: lexicon, article: article, scalars: article.text.scalars,
        mentions: allMentions[article.id] ?? [:],
        countryEntity: { lookup[Lexicon.fold($0)] })
      return extractor.claims()
    }
    let claims = Parallel.map(articles.count, threads: threads, work).flatMap { $0 }
    var dates: [ArticleID: ISODay] = [:]
    for article in articles { dates[article.id] = article.date }
    var countryIDs: Set<EntityID> = []
    for entity in entities.entities where entity.kind == .place {
      if entity.aliases.contains(where: { lexicon.place(Lexicon.fold($0)) == .country }) {
        countryIDs.insert(entity.id)
      }
    }
    let pairs = ContradictionFinder(
      lexicon: lexicon, claims: claims, articleDates: dates, countries: countryIDs
    ).pairs()
    return Result(claims: claims, pairs: pairs)
  }
}
