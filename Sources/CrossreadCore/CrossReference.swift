/// The lookups the reader and the commands need: entities by id and name, each article's
/// entities by salience, and which entities share sentences.
public struct CrossReference: Sendable {
  /// One entity's weight in one article.
  public struct Ranked: Hashable, Sendable {
    /// The entity's index in `entities`.
    public var entity: Int
    /// Mentions in the article.
    public var mentions: Int
    /// Higher is more central: frequent and early.
    public var salience: Double
  }

  /// Every entity, most-mentioned first.
  public let entities: [Entity]
  private let byID: [EntityID: Int]
  private let byForm: [String: [Int]]
  private let byArticle: [ArticleID: [Ranked]]
  private let pairs: [Pair: Int]

  private struct Pair: Hashable {
    let first: Int
    let second: Int
    init(_ a: Int, _ b: Int) {
      first = min(a, b)
      second = max(a, b)
    }
  }

  /// Builds the lookups: O(total mentions + sentence pairs).
  /// - Parameter lengths: each article's length in code points, for salience.
  public init(entities: [Entity], lengths: [ArticleID: Int]) {
    self.entities = entities
    var byID: [EntityID: Int] = [:]
    var byForm: [String: [Int]] = [:]
    // Per article (numbered in order of first appearance): each entity's count and first offset,
    // and the entities of each sentence. Entities are visited in index order, so each sentence's
    // list comes out sorted.
    var articleNumber: [ArticleID: Int] = [:]
    var articleIDs: [ArticleID] = []
    var counts: [[Int: (count: Int, first: Int)]] = []
    var sentences: [[Int: [Int]]] = []
    for (index, entity) in entities.enumerated() {
      byID[entity.id] = index
      for form in Set(entity.aliases.map(Self.fold) + [Self.fold(entity.name), entity.id.rawValue]) {
        byForm[form, default: []].append(index)
      }
      // Mentions come article by article: tally each run, then touch the tables once per run.
      let mentions = entity.mentions
      var position = 0
      while position < mentions.count {
        let article = mentions[position].article
        let number: Int
        if let known = articleNumber[article] {
          number = known
        } else {
          number = articleIDs.count
          articleNumber[article] = number
          articleIDs.append(article)
          counts.append([:])
          sentences.append([:])
        }
        var count = 0
        var first = Int.max
        while position < mentions.count, mentions[position].article == article {
          count += 1
          first = min(first, mentions[position].range.start)
          let sentence = mentions[position].sentence
          if sentences[number][sentence]?.last != index {
            sentences[number][sentence, default: []].append(index)
          }
          position += 1
        }
        let previous = counts[number][index]
        counts[number][index] = ((previous?.count ?? 0) + count, min(previous?.first ?? Int.max, first))
      }
    }
    var byArticle: [ArticleID: [Ranked]] = [:]
    for (number, entries) in counts.enumerated() {
      let article = articleIDs[number]
      let length = Double(max(lengths[article] ?? 1, 1))
      byArticle[article] = entries.map { entity, value in
        let earliness = 1 - Double(value.first) / length
        return Ranked(entity: entity, mentions: value.count, salience: Double(value.count) + 2 * earliness)
      }.sorted { ($0.salience, $1.entity) > ($1.salience, $0.entity) }
    }
    var pairs: [Pair: Int] = [:]
    for bySentence in sentences {
      for (_, members) in bySentence where members.count > 1 {
        for i in members.indices {
          for j in members.indices where j > i { pairs[Pair(members[i], members[j]), default: 0] += 1 }
        }
      }
    }
    self.byID = byID
    self.byForm = byForm
    self.byArticle = byArticle
    self.pairs = pairs
  }

  /// Case- and apostrophe-insensitive form of a name for lookups.
  public static func fold(_ name: String) -> String {
    name.lowercased().replacingApostrophes
  }

  /// The entity with this id.
  public func entity(_ id: EntityID) -> Entity? { byID[id].map { entities[$0] } }

  /// The entities whose name, alias or id is `name` (ignoring case), most-mentioned first.
  public func entities(named name: String) -> [Entity] {
    (byForm[Self.fold(name)] ?? []).map { entities[$0] }
  }

  /// An article's entities, most salient first.
  public func entities(in article: ArticleID) -> [Ranked] { byArticle[article] ?? [] }

  /// How many sentences name both entities.
  public func cooccurrences(_ a: EntityID, _ b: EntityID) -> Int {
    guard let first = byID[a], let second = byID[b] else { return 0 }
    return pairs[Pair(first, second)] ?? 0
  }

  /// The entities that share sentences with `id`, most shared first.
  public func related(to id: EntityID, limit: Int = 10) -> [(entity: Entity, sentences: Int)] {
    guard let index = byID[id] else { return [] }
    return pairs.compactMap { pair, count -> (Int, Int)? in
      if pair.first == index { return (pair.second, count) }
      if pair.second == index { return (pair.first, count) }
      return nil
    }
    .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    .prefix(limit)
    .map { (entities[$0.0], $0.1) }
  }
}

extension String {
  /// The text with curly apostrophes as straight ones.
  public var replacingApostrophes: String {
    guard contains("’") || contains("‘") else { return self }
    return String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
  }
}
