import GRDB

/// A row of `article`: which text was indexed, by its fingerprint.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "article"
  var id: String
  var fingerprint: String
  var length: Int
}

/// A row of `sentence`, mirrored into the FTS5 table `sentenceSearch` by triggers.
struct SentenceRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "sentence"
  var id: Int64?
  var articleID: String
  var start: Int
  var end: Int
  var text: String

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `entity`; aliases and the ordered article list are JSON arrays.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "entity"
  var id: String
  var position: Int
  var name: String
  var kind: String
  var aliases: String
  var articles: String
}

/// A row of `mention`: one mention of an entity in an article.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "mention"
  var entityID: String
  var position: Int
  var articleID: String
  var start: Int
  var end: Int
  var text: String
  var sentence: Int
}

/// A row of `claimPair`; both claims are stored as their JSON encoding.
struct ClaimPairRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "claimPair"
  var position: Int
  var label: String
  var kind: String
  var score: Double
  var why: String
  var a: String
  var b: String
}

/// A row of `meta`: small facts about the index, such as the analysed corpus's fingerprint.
struct MetaRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "meta"
  var key: String
  var value: String
}
