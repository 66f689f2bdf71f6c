/// What an entity is.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// A person.
  case person
  /// An organisation: a government body, company, outlet, party, institute.
  case organization
  /// A place: a country, city, region, sea.
  case place
  /// A named event: a conference, summit, war, games.
  case event
  /// A named thing that is none of these: a product, a weapon system.
  case other

  /// A short label for display.
  public var label: String {
    switch self {
    case .person: "person"
    case .organization: "org"
    case .place: "place"
    case .event: "event"
    case .other: "other"
    }
  }

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// Names an entity across the corpus: a slug of its name ("wang-yi").
public struct EntityID: StringIdentifier {
  /// The slug.
  public let rawValue: String

  /// Creates an id from its slug.
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// One place in one article where an entity is named.
public struct Mention: Hashable, Sendable, Codable {
  /// The article.
  public var article: ArticleID
  /// The name as written, without a possessive ’s and without a leading title.
  public var range: TextRange
  /// The text of `range`.
  public var text: String
  /// The index of the sentence in `Article.sentences`.
  public var sentence: Int

  /// Creates a mention.
  public init(article: ArticleID, range: TextRange, text: String, sentence: Int) {
    self.article = article
    self.range = range
    self.text = text
    self.sentence = sentence
  }
}

/// A person, organisation, place or event, with every mention of it in the corpus.
public struct Entity: Hashable, Sendable, Codable {
  /// The stable id.
  public var id: EntityID
  /// The name to show: the fullest form used.
  public var name: String
  /// The kind.
  public var kind: EntityKind
  /// Every distinct form used, most frequent first.
  public var aliases: [String]
  /// Every mention, by article then position.
  public var mentions: [Mention]
  /// The articles that mention it, in corpus order.
  public var articles: [ArticleID]

  /// Creates an entity.
  public init(
    id: EntityID, name: String, kind: EntityKind, aliases: [String], mentions: [Mention],
    articles: [ArticleID]
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
    self.articles = articles
  }
}
