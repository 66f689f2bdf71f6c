import CrossreadCore
import CrossreadParsing
import Testing

@testable import CrossreadAnalysis

/// Token soup from the shapes that have broken names before: particles, hyphens, brackets,
/// initials, scores, capitals, apostrophes, line breaks.
@Suite("Analysis under random input")
struct RandomInputTests {
  static let vocabulary = [
    "AL", "al", "el", "de", "van", "der", "bin", "AL-AIN", "al-Shara", "EL-", "-", "--", "—", "(", ")", ",",
    ".", "'", "'s", "’s", "\"", "“", "”", ":", ";", "!", "?", "The", "the", "of", "and", "&", "for", "in",
    "at", "Mr.", "Dr.", "St", "St.", "President", "Secretary", "State", "Minister", "U.S.", "EU", "NATO",
    "A.", "J.P.", "Smith", "Marsh", "Victor", "Donna", "Bill", "Newcastle", "Arsenal", "beat", "drew",
    "with", "2-1", "1-1", "3", "10", "1996-08-22", "71:46:29", "1.", "Corp", "Inc", "AG", "SpA", "NV",
    "Bank", "Union", "party", "Congress", "Games", "Olympic", "Cup", "said", "told", "a", "town", "area",
    "bank", "Italy", "China", "Beijing", "North", "Korean", "SOCCER", "LONDON", "\n", "\n\n",
    "Scrum-half", "Jong-un", "O'Brien", "iPhone", "Farmers", "Guinea-Bissau", "a-b", "(AP)", "(MSF)",
    "MSF", "[1]", "*", "#", "•",
  ]

  @Test("300 articles of token soup: no crash, and every mention lies inside its article's text")
  func tokenSoup() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let articles = (0..<300).map { index in
      let words = (0..<(1 + next(120))).map { _ in Self.vocabulary[next(Self.vocabulary.count)] }
      let text = (index % 2 == 0 ? "Headline\n\n" : "") + words.joined(separator: index % 3 == 0 ? "" : " ")
      return ArticleParser.parse(text: text, path: "f\(index).txt", id: ArticleID("f\(index)"), format: .text)
    }
    let entities = EntityAnalysis.run(articles, threads: 2)
    let lengths = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.text.scalars.count) })
    for entity in entities.entities {
      #expect(!entity.mentions.isEmpty)
      for mention in entity.mentions {
        #expect(mention.range.start >= 0 && mention.range.end <= (lengths[mention.article] ?? 0))
        #expect(!mention.text.isEmpty)
      }
    }
    let claims = ClaimAnalysis.run(articles, entities: entities, threads: 2)
    #expect(claims.pairs.allSatisfy { $0.a.article != $0.b.article || $0.a.sentence != $0.b.sentence })
  }
}
