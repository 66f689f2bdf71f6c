import CrossreadAnalysis
import CrossreadCore
import CrossreadParsing
import Testing

/// Parses each (text, date) as one article and finds claims and pairs.
func claimPairs(_ articles: (String, String?)...) -> ClaimAnalysis.Result {
  let parsed = articles.enumerated().map { index, item in
    var article = ArticleParser.parse(
      text: item.0, path: "a\(index).txt", id: ArticleID("a\(index)"), format: .text)
    if let date = item.1 { article.date = ISODay(iso: date) }
    return article
  }
  let entities = EntityAnalysis.run(parsed, threads: 1)
  return ClaimAnalysis.run(parsed, entities: entities, threads: 1)
}

@Suite("Claims: polarity, attribution, numbers and dates")
struct ClaimExtractionTests {
  @Test("negation cues make a claim negative; 'not only' and a hyphenated 'no-fly' do not")
  func polarity() {
    let result = claimPairs(
      (
        "Serbia has refused to open the border. Serbia not only opened the border but also the port. The no-fly zone stays.",
        nil
      ))
    #expect(result.claims.map(\.polarity) == [.negative, .positive, .positive])
    #expect(result.claims[0].negations == ["refused"])
  }

  @Test("speaker, reporting verb, setting and modality")
  func attribution() throws {
    let result = claimPairs(("Mayor Jana Horvat told reporters that the bridge could reopen soon.", nil))
    let claim = try #require(result.claims.first)
    #expect(claim.attribution.speaker == "Jana Horvat")
    #expect(claim.attribution.verb == "tell")
    #expect(claim.attribution.setting == "public")
    #expect(claim.modality == "could")
  }

  @Test("whom it was said to, and 'this week' or 'last month' resolved against the article's date")
  func audienceAndPeriods() throws {
    let result = claimPairs(
      (
        "Foreign Minister Anton Varga told envoy Jana Horvat that talks this week had stalled since last month.",
        "2025-07-04"
      ))
    let claim = try #require(result.claims.first)
    #expect(claim.attribution.audience == "envoy Jana Horvat")
    #expect(claim.periods == ["week of 2025-06-30", "2025-06"])
  }

  @Test("numbers keep their unit and what they count; years are not quantities")
  func numbers() throws {
    let result = claimPairs(("The flood in 2024 killed 14 people and cost €3.5 million.", nil))
    let numbers = try #require(result.claims.first).numbers
    #expect(numbers.map(\.unit) == ["people", "€"])
    #expect(numbers.map(\.value) == [14, 3_500_000])
    #expect(numbers[0].context.contains("death"))
  }

  @Test("'on Friday' resolves against the article's date and joins the event it dates")
  func relativeDates() throws {
    let result = claimPairs(("The explosion at the Vrana depot on Friday shook the town.", "2025-07-06"))
    let claim = try #require(result.claims.first)
    #expect(claim.eventDates["explosion"]?.description == "2025-07-04")
  }
}

@Suite("Contradictions: each signal and each suppression")
struct ContradictionTests {
  @Test("a denial against an accusation by someone else")
  func denial() throws {
    let result = claimPairs(
      ("Opposition leader Karel Dunne accused Serbia of sabotage at the Vrana depot.", nil),
      ("Serbia denied any role in the fire at the Vrana depot, officials in Belgrade said.", nil))
    let pair = try #require(result.pairs.first)
    #expect(pair.kind == "denial" && pair.label == .contradiction)
    #expect(pair.why.contains("accused") && pair.why.contains("denied"))
  }

  @Test("magnitude words about harm: minor damage against destruction")
  func magnitude() throws {
    let result = claimPairs(
      ("The Vrana depot suffered only minor damage in the storm, engineers said.", nil),
      ("The storm caused the destruction of the Vrana depot, insurers said.", nil))
    #expect(try #require(result.pairs.first).kind == "magnitude")
  }

  @Test("different days for the same event; the same day is consistent")
  func dates() {
    let conflicting = claimPairs(
      ("The explosion at the Vrana depot on 5 March killed two workers.", "2026-03-08"),
      ("The explosion at the Vrana depot on Friday killed two workers.", "2026-03-07"))
    #expect(conflicting.pairs.contains { $0.kind == "date" && $0.why.contains("2026-03-05") })
    let agreeing = claimPairs(
      ("The explosion at the Vrana depot on 6 March killed two workers.", "2026-03-08"),
      ("The explosion at the Vrana depot on Friday killed two workers.", "2026-03-07"))
    #expect(!agreeing.pairs.contains { $0.kind == "date" })
  }

  @Test("a toll that rose between two reports is a tension; counts of different things are nothing")
  func numbers() {
    let rose = claimPairs(
      ("The blast at the Vrana depot killed 12 people, the harbour authority said.", "2026-03-06"),
      ("The blast at the Vrana depot killed 19 people, the hospital said.", "2026-03-07"))
    #expect(rose.pairs.first?.label == .tension)
    #expect(rose.pairs.first?.kind == "number")
    let different = claimPairs(
      ("The blast at the Vrana depot killed 19 people.", nil),
      ("After the blast at the Vrana depot, 24 people remained in hospital.", nil))
    #expect(!different.pairs.contains { $0.kind == "number" })
    // A shared verb of change is not a shared quantity: profit and shares both "fell".
    let changes = claimPairs(
      ("Kestrel Shipping reported a 23 percent fall in quarterly profit on Tuesday.", "2026-04-14"),
      ("Shares in Kestrel Shipping fell 4.2 percent on Tuesday after the results.", "2026-04-14"))
    #expect(!changes.pairs.contains { $0.kind == "number" })
    let sameQuantity = claimPairs(
      ("Kestrel Shipping reported a 23 percent fall in quarterly profit on Tuesday.", "2026-04-14"),
      ("Kestrel Shipping reported a 12 percent fall in quarterly profit on Tuesday.", "2026-04-14"))
    #expect(sameQuantity.pairs.contains { $0.kind == "number" && $0.label == .contradiction })
  }

  @Test("said in public against said in private about the same people")
  func publicPrivate() throws {
    let result = claimPairs(
      (
        """
        Minister Tomas Vidal told reporters that Serbia was not behind the fire at the Vrana depot.

        At a closed meeting, Vidal told ambassadors that Serbia was behind the fire at the Vrana depot.
        """, nil
      ))
    #expect(try #require(result.pairs.first).kind == "public-private")
  }

  @Test("contrast the author spells out pairs a sentence with the one before it")
  func reported() throws {
    let result = claimPairs(
      (
        "Serbia praised the treaty as a guarantee of peace. However, this stands in stark contrast to its troop build-up at the border.",
        nil
      ))
    let pair = try #require(result.pairs.first)
    #expect(pair.kind == "reported")
    #expect(pair.why.contains("stands in stark contrast"))
  }

  @Test("two wordings of the same statement, and two claims with the same polarity, are not pairs")
  func suppressions() {
    let paraphrase = claimPairs(
      ("Minister Tomas Vidal said Serbia cannot let the depot close.", nil),
      ("Minister Tomas Vidal said Serbia cannot accept the depot closing.", nil))
    #expect(paraphrase.pairs.isEmpty)
    let agreement = claimPairs(
      ("Serbia has never condemned the blockade of the Vrana port.", nil),
      ("Serbia has yet to condemn the blockade of the Vrana port.", nil))
    #expect(agreement.pairs.isEmpty)
  }

  @Test("a word negated by one party and asserted of the same party")
  func polarity() throws {
    let result = claimPairs(
      ("The Vrana Water Agency said it had found no fault in the dam's spillway gates.", nil),
      ("Inspectors at the Vrana Water Agency found a fault in the dam's spillway gates last year.", nil))
    let pair = try #require(result.pairs.first)
    #expect(pair.kind == "polarity")
    #expect(pair.why.contains("fault"))
  }

  @Test("WordNet verb antonyms about the same subject")
  func antonymy() throws {
    let result = claimPairs(
      ("The Vrana Water Agency increased its water exports to Hungary last year.", nil),
      ("The Vrana Water Agency decreased its water exports to Hungary last year.", nil))
    let pair = try #require(result.pairs.first)
    #expect(pair.kind == "antonymy")
    #expect(pair.why.contains("increase") && pair.why.contains("decrease"))
  }

  @Test("a quoted position against a claim that calls the same party's claims undermined")
  func stance() throws {
    let result = claimPairs(
      ("“Serbia has always stayed out of this dispute over the river,” a spokesman said.", nil),
      ("Serbia’s claims of neutrality are undermined by its troops on the river bank, analysts said.", nil))
    let pair = try #require(result.pairs.first)
    #expect(pair.kind == "stance")
    #expect(pair.why.contains("undermined"))
  }
}

@Suite("Claims in wire copy")
struct WireClaimTests {
  @Test("'May 4' is a date, not the modal 'may'; 'may' still is")
  func monthMay() throws {
    let result = claimPairs(
      (
        "Floods\n\nVRANA, May 4 (Reuters) - Floods closed the Vrana bridge on Sunday. The bridge may reopen soon.",
        nil
      ))
    let claims = result.claims
    #expect(claims.first { $0.text.contains("May 4") }?.modality == nil)
    #expect(claims.first { $0.text.contains("may reopen") }?.modality == "may")
  }

  @Test("numbers written as words count: four against six workers killed")
  func numberWords() {
    let result = claimPairs(
      ("The fire at the Arvo Plastics plant in Tessen killed four workers, the fire service said.", nil),
      ("The fire at the Arvo Plastics plant in Tessen killed six workers, police said.", nil))
    #expect(result.pairs.contains { $0.kind == "number" && $0.why.contains("'four' vs 'six'") })
    let values = result.claims.flatMap(\.numbers).map(\.value)
    #expect(values.contains(4) && values.contains(6))
  }

  @Test("'contradicting X's statement that …' pairs with the claim that made the statement")
  func statementContrast() {
    let result = claimPairs(
      ("A spokesman for Arvo Plastics said no fault had been found at the plant in Tessen.", nil),
      (
        "A report found faulty wiring at the plant, contradicting the company's statement that no fault had been found.",
        nil
      ))
    let pair = result.pairs.first { $0.kind == "reported" }
    #expect(pair?.label == .contradiction)
    #expect(pair?.why.contains("contradicting") == true)
    let unrelated = claimPairs(
      ("A spokesman for Arvo Plastics said the plant in Tessen would reopen in June.", nil),
      (
        "A report found faulty wiring at the plant, contradicting the company's statement that no fault had been found.",
        nil
      ))
    #expect(!unrelated.pairs.contains { $0.kind == "reported" })
  }

  @Test("a trailing 'the fire service said' is the speaker; an appositive keeps the named one")
  func unnamedSpeaker() {
    let result = claimPairs(
      (
        "Fire\n\nA fire in Tessen killed four workers on Sunday, the regional fire service said. "
          + "Lena Varga, the mayor of Tessen, said the plant would stay shut.", nil
      ))
    let fire = result.claims.first { $0.text.contains("four workers") }
    #expect(fire?.attribution.speaker == "the regional fire service")
    #expect(fire?.attribution.speakerEntity == nil)
    #expect(result.claims.first { $0.text.contains("stay shut") }?.attribution.speaker == "Lena Varga")
  }
}
