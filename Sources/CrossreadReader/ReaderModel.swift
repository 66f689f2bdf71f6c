import CrossreadCore
import CrossreadIndex

/// Everything the reader shows, prepared once when the corpus is opened: the articles, their rows
/// in the sources list, each article's mentions and flagged claims, and the corpus's entities.
///
/// Immutable after `init`; the reader's state points into it by index.
public struct ReaderModel: Sendable {
  /// One article's row in the sources pane.
  public struct Source: Sendable, Hashable {
    /// The title, or the first words when the article states none.
    public var title: String
    /// The outlet or credited source.
    public var outlet: String
    /// The publication day as text, or "–".
    public var date: String
    /// How many entities the article mentions.
    public var entities: Int
    /// Claims in a contradiction pair, and in a tension pair.
    public var contradictions: Int
    public var tensions: Int
    /// The title folded for filtering.
    var searchKey: String

    /// Outlet and date (or date and outlet) joined by `separator`, leaving out what is not stated.
    func credit(_ separator: String, dateFirst: Bool = false) -> String {
      let parts = (dateFirst ? [date, outlet] : [outlet, date]).filter { $0 != "–" && !$0.isEmpty }
      return parts.isEmpty ? "no outlet or date" : parts.joined(separator: separator)
    }
  }

  /// A mention of an entity inside the open article.
  struct Span: Sendable, Hashable {
    var range: TextRange
    var entity: Int
  }

  /// The other side of a flagged pair, as shown in the counter-claim popup.
  public struct Counter: Sendable, Hashable {
    public var article: Int
    public var range: TextRange
    public var text: String
    public var label: PairLabel
    public var kind: String
    public var why: String
    public var score: Double
  }

  /// A claim in at least one contradiction or tension pair.
  public struct FlaggedClaim: Sendable, Hashable {
    public var range: TextRange
    public var sentence: Int
    /// The strongest label among its pairs.
    public var label: PairLabel
    /// The other sides, strongest first.
    public var counters: [Counter]
  }

  /// The corpus name shown in the title bar.
  public let name: String
  public let articles: [Article]
  public let sources: [Source]
  public let crossReference: CrossReference
  /// Per article: the mentions of its entities, in text order.
  let spans: [[Span]]
  /// Per article: its flagged claims, in text order.
  let flagged: [[FlaggedClaim]]
  /// Per article: the entity indexes ranked for the sidebar.
  let ranked: [[CrossReference.Ranked]]
  let articleIndex: [ArticleID: Int]
  /// Problems met while loading, one line each.
  public let diagnostics: [String]
  /// The corpus's on-disk index, for search across articles; nil when there is none.
  public let index: CorpusIndex?

  /// Prepares the model; O(articles + mentions + pairs).
  public init(
    name: String, articles: [Article], entities: CrossReference, pairs: [ClaimPair],
    diagnostics: [String] = [],
    index: CorpusIndex? = nil
  ) {
    self.name = name
    self.index = index
    self.articles = articles
    crossReference = entities
    self.diagnostics = diagnostics
    var articleIndex: [ArticleID: Int] = [:]
    for (index, article) in articles.enumerated() { articleIndex[article.id] = index }
    self.articleIndex = articleIndex

    var spans = Array(repeating: [Span](), count: articles.count)
    for (entityIndex, entity) in entities.entities.enumerated() {
      for mention in entity.mentions {
        guard let article = articleIndex[mention.article] else { continue }
        spans[article].append(Span(range: mention.range, entity: entityIndex))
      }
    }
    self.spans = spans.map { $0.sorted { $0.range < $1.range } }
    let ranked = articles.map { entities.entities(in: $0.id) }
    self.ranked = ranked
    let flagged = Self.flaggedClaims(pairs, articleIndex: articleIndex, count: articles.count)
    self.flagged = flagged
    sources = articles.indices.map { index in
      Self.source(articles[index], entities: ranked[index].count, flagged: flagged[index])
    }
  }

  /// Groups the pairs by claim, both ways round.
  private static func flaggedClaims(_ pairs: [ClaimPair], articleIndex: [ArticleID: Int], count: Int)
    -> [[FlaggedClaim]]
  {
    struct Key: Hashable {
      var article: Int
      var sentence: Int
    }
    var claims: [Key: FlaggedClaim] = [:]
    for pair in pairs {
      guard let a = articleIndex[pair.a.article], let b = articleIndex[pair.b.article] else { continue }
      for (this, thisIndex, other, otherIndex) in [(pair.a, a, pair.b, b), (pair.b, b, pair.a, a)] {
        let counter = Counter(
          article: otherIndex, range: other.range, text: other.text, label: pair.label, kind: pair.kind,
          why: pair.why, score: pair.score)
        let key = Key(article: thisIndex, sentence: this.sentence)
        claims[
          key,
          default: FlaggedClaim(range: this.range, sentence: this.sentence, label: .tension, counters: [])
        ]
        .counters.append(counter)
        if pair.label == .contradiction { claims[key]?.label = .contradiction }
      }
    }
    var byArticle = Array(repeating: [FlaggedClaim](), count: count)
    for (key, var claim) in claims {
      claim.counters.sort {
        ($0.label == .contradiction ? 1 : 0, $0.score) > ($1.label == .contradiction ? 1 : 0, $1.score)
      }
      byArticle[key.article].append(claim)
    }
    return byArticle.map { $0.sorted { $0.range < $1.range } }
  }

  private static func source(_ article: Article, entities: Int, flagged: [FlaggedClaim]) -> Source {
    let title = article.string(article.title) ?? firstWords(article)
    let outlet = article.outlet
    return Source(
      title: DisplaySanitizer.sanitize(title), outlet: DisplaySanitizer.sanitize(outlet),
      date: article.date?.description ?? "–", entities: entities,
      contradictions: flagged.filter { $0.label == .contradiction }.count,
      tensions: flagged.filter { $0.label == .tension }.count,
      searchKey: CrossReference.fold(title + " " + outlet))
  }

  private static func firstWords(_ article: Article) -> String {
    guard let first = article.sentences.first else { return article.id.rawValue }
    let words = article[first.range].split(whereSeparator: \.isWhitespace).prefix(8)
    return words.joined(separator: " ") + (words.count == 8 ? "…" : "")
  }

  /// The entities named most often in the same sentences as `entity`, with how many sentences.
  ///
  /// Looks only at the entity's own mentions and the spans of their sentences:
  /// O(mentions × log spans), whatever the size of the corpus.
  func oftenWith(_ entity: Int, limit: Int = 4) -> [(entity: Int, sentences: Int)] {
    var counts: [Int: Int] = [:]
    var seen: Set<[Int]> = []
    for mention in crossReference.entities[entity].mentions {
      guard let article = articleIndex[mention.article],
        articles[article].sentences.indices.contains(mention.sentence),
        seen.insert([article, mention.sentence]).inserted
      else { continue }
      let sentence = articles[article].sentences[mention.sentence].range
      let spans = self.spans[article]
      var index = Self.firstEnding(after: sentence.start, in: spans, range: \.range)
      var others: Set<Int> = []
      while index < spans.count, spans[index].range.start < sentence.end {
        if spans[index].entity != entity { others.insert(spans[index].entity) }
        index += 1
      }
      for other in others { counts[other, default: 0] += 1 }
    }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
  }

  /// The flagged claims of article `index`, in text order.
  public func flaggedClaims(_ index: Int) -> [FlaggedClaim] { flagged[index] }

  /// The index of an article by id.
  public func index(of id: ArticleID) -> Int? { articleIndex[id] }

  /// The entity at an index of the cross-reference.
  func entity(_ index: Int) -> Entity { crossReference.entities[index] }

  /// Index of the first element of a sorted-by-range array whose range ends after `offset`: O(log n).
  static func firstEnding<T>(after offset: Int, in items: [T], range: (T) -> TextRange) -> Int {
    items.partitioningIndex { range($0).end > offset }
  }
}
