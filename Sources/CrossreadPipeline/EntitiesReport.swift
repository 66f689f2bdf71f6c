import CrossreadCore

/// The `crossread entities --json` report.
public struct EntitiesReport: Codable, Sendable {
  /// One mention, by article and code-point offsets.
  public struct MentionEntry: Codable, Sendable {
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
  }

  /// One entity with its forms and every mention.
  public struct Entry: Codable, Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var aliases: [String]
    public var articles: [String]
    public var mentions: [MentionEntry]
  }

  public var entities: [Entry]

  /// Reports every entity of the cross-reference, most mentioned first.
  public init(_ crossReference: CrossReference) {
    entities = crossReference.entities.map { entity in
      Entry(
        id: entity.id.rawValue, name: entity.name, type: entity.kind.rawValue, aliases: entity.aliases,
        articles: entity.articles.map(\.rawValue),
        mentions: entity.mentions.map {
          MentionEntry(article: $0.article.rawValue, start: $0.range.start, end: $0.range.end, text: $0.text)
        })
    }
  }
}
