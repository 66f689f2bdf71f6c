import CrossreadCore
import Foundation
import GRDB

/// One sentence found by a full-text search.
public struct SearchHit: Hashable, Sendable {
  public var article: ArticleID
  /// The sentence's code-point range in its article.
  public var range: TextRange
  public var text: String
}

/// What an index holds about a corpus it analysed before.
public struct StoredAnalysis: Sendable {
  public var entities: [Entity]
  public var pairs: [ClaimPair]

  /// An analysis to store.
  public init(entities: [Entity], pairs: [ClaimPair]) {
    self.entities = entities
    self.pairs = pairs
  }
}

/// What an update changed.
public struct IndexUpdate: Hashable, Sendable {
  /// Articles whose sentences were (re)indexed because they were new or changed.
  public var reindexed: Int
  /// Articles removed because their files are gone.
  public var removed: Int

  /// An update's counts.
  public init(reindexed: Int, removed: Int) {
    self.reindexed = reindexed
    self.removed = removed
  }
}

/// The on-disk index of a corpus (SQLite through GRDB): each article's fingerprint and sentences
/// (searchable through FTS5), and the corpus's entities, mentions and claim pairs.
///
/// Updates are incremental: only new or changed articles are re-indexed, and the analysis is
/// replaced only when the corpus's fingerprint changed. The only GRDB user in crossread.
public final class CorpusIndex: Sendable {
  private let database: DatabaseQueue

  /// Opens (creating when needed) the index at `path`; a file that is not a database, or a
  /// corrupt one, is deleted and rebuilt: the index is a cache of what the articles say.
  public init(path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    do {
      database = try Self.open(path)
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      database = try Self.open(path)
    }
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.prepareDatabase { db in
      // A cache that can always be rebuilt from the articles: no need to wait for the disk.
      try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL")
    }
    let database = try DatabaseQueue(path: path, configuration: configuration)
    try migrator.migrate(database)
    return database
  }

  /// An index in memory, for tests.
  public init() throws {
    database = try DatabaseQueue()
    try Self.migrator.migrate(database)
  }

  /// Migrations are named and never edited once shipped; new ones go at the end.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: articles, sentences with FTS5, entities, mentions, pairs") { db in
      try db.create(table: "article") { t in
        t.primaryKey("id", .text)
        t.column("fingerprint", .text).notNull()
        t.column("length", .integer).notNull()
      }
      try db.create(table: "sentence") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("articleID", .text).notNull().indexed().references("article", onDelete: .cascade)
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("text", .text).notNull()
      }
      try db.create(virtualTable: "sentenceSearch", using: FTS5()) { t in
        t.synchronize(withTable: "sentence")
        t.tokenizer = .unicode61(diacritics: .remove)
        t.column("text")
      }
      try db.create(table: "entity") { t in
        t.primaryKey("id", .text)
        t.column("position", .integer).notNull()
        t.column("name", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("aliases", .text).notNull()
        t.column("articles", .text).notNull()
      }
      try db.create(table: "mention") { t in
        t.column("entityID", .text).notNull().indexed().references("entity", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("articleID", .text).notNull().indexed()
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("text", .text).notNull()
        t.column("sentence", .integer).notNull()
      }
      try db.create(table: "claimPair") { t in
        t.column("position", .integer).notNull()
        t.column("label", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("score", .double).notNull()
        t.column("why", .text).notNull()
        t.column("a", .text).notNull()
        t.column("b", .text).notNull()
      }
      try db.create(table: "meta") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
    }
    return migrator
  }

  static let analysisKey = "analysis-fingerprint"

  /// The stored analysis, when it was made for a corpus with this fingerprint.
  public func analysis(matching fingerprint: String) throws -> StoredAnalysis? {
    try database.read { db in
      guard try MetaRecord.fetchOne(db, key: Self.analysisKey)?.value == fingerprint else { return nil }
      let decoder = JSONDecoder()
      var mentions: [String: [Mention]] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM mention ORDER BY entityID, position")
      while let row = try rows.next() {
        let entity: String = row["entityID"]
        mentions[entity, default: []].append(
          Mention(
            article: ArticleID(row["articleID"]), range: TextRange(row["start"], row["end"]),
            text: row["text"],
            sentence: row["sentence"]))
      }
      let entities = try EntityRecord.order(Column("position")).fetchAll(db).map { record in
        Entity(
          id: EntityID(record.id), name: record.name, kind: EntityKind(rawValue: record.kind) ?? .other,
          aliases: try decoder.decode([String].self, from: Data(record.aliases.utf8)),
          mentions: mentions[record.id] ?? [],
          articles: try decoder.decode([String].self, from: Data(record.articles.utf8)).map { ArticleID($0) })
      }
      let pairs = try ClaimPairRecord.order(Column("position")).fetchAll(db).map { record in
        ClaimPair(
          a: try decoder.decode(Claim.self, from: Data(record.a.utf8)),
          b: try decoder.decode(Claim.self, from: Data(record.b.utf8)),
          label: PairLabel(rawValue: record.label) ?? .tension, kind: record.kind, score: record.score,
          why: record.why)
      }
      return StoredAnalysis(entities: entities, pairs: pairs)
    }
  }

  /// Brings the index up to date with `articles`: new and changed articles are re-indexed,
  /// removed ones deleted; the analysis is stored when given (it replaces the previous one).
  @discardableResult
  public func update(
    articles: [Article], fingerprint: String, analysis: StoredAnalysis?
  ) throws -> IndexUpdate {
    try database.write { db in
      var stored: [String: String] = [:]
      for record in try ArticleRecord.fetchAll(db) { stored[record.id] = record.fingerprint }
      let current = Set(articles.map(\.id.rawValue))
      let gone = stored.keys.filter { !current.contains($0) }
      _ = try ArticleRecord.deleteAll(db, keys: gone)
      var reindexed = 0
      for article in articles {
        let print = Self.fingerprint(article.text.string)
        if stored[article.id.rawValue] == print { continue }
        reindexed += 1
        _ = try ArticleRecord.deleteOne(db, key: article.id.rawValue)
        try ArticleRecord(id: article.id.rawValue, fingerprint: print, length: article.text.count).insert(db)
        // The bulk rows go through one cached statement: GRDB's record encoding costs more than SQLite.
        let insert = try db.cachedStatement(
          sql: "INSERT INTO sentence (articleID, start, \"end\", text) VALUES (?, ?, ?, ?)")
        for sentence in article.sentences {
          try insert.execute(
            arguments: [
              article.id.rawValue, sentence.range.start, sentence.range.end, String(article[sentence.range]),
            ])
        }
      }
      if let analysis {
        try store(analysis, db: db)
        try MetaRecord(key: Self.analysisKey, value: fingerprint).save(db)
      }
      return IndexUpdate(reindexed: reindexed, removed: gone.count)
    }
  }

  private func store(_ analysis: StoredAnalysis, db: Database) throws {
    _ = try MentionRecord.deleteAll(db)
    _ = try EntityRecord.deleteAll(db)
    _ = try ClaimPairRecord.deleteAll(db)
    let encoder = JSONEncoder()
    func json(_ value: some Encodable) throws -> String {
      String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    for (position, entity) in analysis.entities.enumerated() {
      try EntityRecord(
        id: entity.id.rawValue, position: position, name: entity.name, kind: entity.kind.rawValue,
        aliases: try json(entity.aliases), articles: try json(entity.articles.map(\.rawValue))
      ).insert(db)
      let insert = try db.cachedStatement(
        sql:
          "INSERT INTO mention (entityID, position, articleID, start, \"end\", text, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)"
      )
      for (index, mention) in entity.mentions.enumerated() {
        try insert.execute(arguments: [
          entity.id.rawValue, index, mention.article.rawValue, mention.range.start, mention.range.end,
          mention.text,
          mention.sentence,
        ])
      }
    }
    for (position, pair) in analysis.pairs.enumerated() {
      try ClaimPairRecord(
        position: position, label: pair.label.rawValue, kind: pair.kind, score: pair.score, why: pair.why,
        a: try json(pair.a), b: try json(pair.b)
      ).insert(db)
    }
  }

  /// Sentences matching every word of `query` (prefixes allowed), best first by BM25.
  public func search(_ query: String, limit: Int = 500) throws -> [SearchHit] {
    guard let pattern = FTS5Pattern(matchingAllPrefixesIn: query) else { return [] }
    return try database.read { db in
      let sql = """
        SELECT sentence.* FROM sentence
        JOIN sentenceSearch ON sentenceSearch.rowid = sentence.id
        WHERE sentenceSearch MATCH ? ORDER BY sentenceSearch.rank LIMIT ?
        """
      return try SentenceRecord.fetchAll(db, sql: sql, arguments: [pattern, limit]).map { record in
        SearchHit(
          article: ArticleID(record.articleID), range: TextRange(record.start, record.end), text: record.text)
      }
    }
  }

  /// How many articles and sentences the index holds.
  public func counts() throws -> (articles: Int, sentences: Int) {
    try database.read { db in (try ArticleRecord.fetchCount(db), try SentenceRecord.fetchCount(db)) }
  }

  /// A 64-bit FNV-1a hash of `text`, in hex: the same text always gives the same fingerprint.
  public static func fingerprint(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
