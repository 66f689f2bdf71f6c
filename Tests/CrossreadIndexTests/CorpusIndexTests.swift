import CrossreadCore
import CrossreadIndex
import Foundation
import TestSupport
import Testing

@Suite("The on-disk index")
struct CorpusIndexTests {
  /// An article whose sentences are its lines.
  func article(_ id: String, _ lines: [String]) -> Article {
    var article = Article(
      id: ArticleID(id), path: id + ".txt", format: .text, text: ArticleText(lines.joined(separator: "\n")))
    var offset = 0
    for line in lines {
      let count = line.unicodeScalars.count
      article.sentences.append(Sentence(range: TextRange(offset, offset + count), block: 0))
      offset += count + 1
    }
    return article
  }

  var corpus: [Article] {
    [
      article("a", ["The harbour reopened on Monday.", "Mayor Ana Reyes thanked the crews."]),
      article("b", ["Le café du port est fermé.", "The mayor denied the harbour was closed."]),
    ]
  }

  @Test("search finds sentences by every word, by prefix, without regard to accents, best first")
  func search() throws {
    let index = try CorpusIndex()
    try index.update(articles: corpus, fingerprint: "f1", analysis: nil)
    let hits = try index.search("harbour")
    #expect(Set(hits.map(\.article.rawValue)) == ["a", "b"])
    #expect(try index.search("harb mayor").map(\.text) == ["The mayor denied the harbour was closed."])
    let cafe = try #require(try index.search("cafe").first)
    #expect(cafe.article == "b" && cafe.range == TextRange(0, 26))
    #expect(try index.search("submarine").isEmpty)
    #expect(try index.search("  \"*()  ").isEmpty)
  }

  @Test("only new and changed articles are re-indexed; removed ones leave the search")
  func incremental() throws {
    let index = try CorpusIndex()
    #expect(
      try index.update(articles: corpus, fingerprint: "f1", analysis: nil)
        == IndexUpdate(reindexed: 2, removed: 0))
    #expect(
      try index.update(articles: corpus, fingerprint: "f1", analysis: nil)
        == IndexUpdate(reindexed: 0, removed: 0))
    let changed = [article("a", ["The harbour stays shut."]), article("c", ["A new report."])]
    #expect(
      try index.update(articles: changed, fingerprint: "f2", analysis: nil)
        == IndexUpdate(reindexed: 2, removed: 1))
    #expect(try index.search("reopened").isEmpty)
    #expect(try index.search("denied").isEmpty)
    #expect(try index.search("shut").map(\.article) == ["a"])
    #expect(try index.counts() == (articles: 2, sentences: 2))
  }

  @Test("the analysis comes back equal, and only for the corpus it was made for")
  func analysisRoundTrip() throws {
    let index = try CorpusIndex()
    let mention = Mention(article: "a", range: TextRange(39, 48), text: "Ana Reyes", sentence: 1)
    let entity = Entity(
      id: EntityID("person/ana-reyes"), name: "Ana Reyes", kind: .person,
      aliases: ["Reyes", "Mayor Ana Reyes"],
      mentions: [mention], articles: ["a", "b"])
    let claimA = Claim(
      article: "a", sentence: 0, range: TextRange(0, 31), text: "The harbour reopened on Monday.",
      entities: [],
      subject: nil, predicate: "reopened", polarity: .positive, negations: [], modality: nil,
      attribution: Attribution(), numbers: [], dates: [], keywords: ["harbour", "reopen"])
    var claimB = claimA
    claimB.article = "b"
    claimB.polarity = .negative
    let pair = ClaimPair(
      a: claimA, b: claimB, label: .contradiction, kind: "polarity", score: 0.8, why: "not")
    try index.update(
      articles: corpus, fingerprint: "f1", analysis: StoredAnalysis(entities: [entity], pairs: [pair]))
    let stored = try #require(try index.analysis(matching: "f1"))
    #expect(stored.entities == [entity])
    #expect(stored.pairs == [pair])
    #expect(try index.analysis(matching: "f2") == nil)
  }

  @Test("an index on disk survives reopening")
  func onDisk() throws {
    let folder = TemporaryFolder()
    let path = folder.path + "/cache/crossread/x.sqlite"
    try CorpusIndex(path: path).update(articles: corpus, fingerprint: "f1", analysis: nil)
    #expect(try CorpusIndex(path: path).search("crews").count == 1)
  }

  @Test("a file that is not a database is replaced by a fresh index")
  func corruptFile() throws {
    let folder = TemporaryFolder()
    let path = folder.write("index.sqlite", String(repeating: "not a database ", count: 100))
    let index = try CorpusIndex(path: path)
    try index.update(articles: corpus, fingerprint: "f1", analysis: nil)
    #expect(try index.search("crews").count == 1)
  }

  @Test("the same text always has the same fingerprint, and different text a different one")
  func fingerprint() {
    #expect(CorpusIndex.fingerprint("abc") == CorpusIndex.fingerprint("abc"))
    #expect(CorpusIndex.fingerprint("abc") != CorpusIndex.fingerprint("abd"))
  }
}
