import CrossreadAnalysis
import CrossreadCore
import CrossreadParsing
import Testing

/// Parses each text as one article (ids a0, a1, …) and runs entity analysis on one thread.
func analyse(_ texts: String...) -> CrossReference {
  let articles = texts.enumerated().map { index, text in
    ArticleParser.parse(text: text, path: "a\(index).txt", id: ArticleID("a\(index)"), format: .text)
  }
  return EntityAnalysis.run(articles, threads: 1)
}

extension CrossReference {
  /// The entity that has a mention written exactly `text`.
  func entity(writtenAs text: String) -> Entity? {
    entities.first { $0.mentions.contains { $0.text == text } }
  }

  /// Every mention text, in corpus order.
  var mentionTexts: [String] { entities.flatMap { $0.mentions.map(\.text) } }
}

@Suite("Finding names")
struct MentionTests {
  @Test("names with connectors, including 'and' inside an institute's name")
  func connectors() {
    let result = analyse(
      "Researchers at the Institute for Coastal Research and Flood Policy and the University of Vrana met on Monday."
    )
    #expect(result.mentionTexts.contains("Institute for Coastal Research and Flood Policy"))
    #expect(result.entity(writtenAs: "University of Vrana")?.kind == .organization)
  }

  @Test("hyphens and initials stay inside a name; 'Serbia-Hungary' names two countries")
  func hyphensAndInitials() {
    let result = analyse(
      "Park Ji-hoon met Ada K. Moreno at the Baltic-Rim Dialogue. Serbia-Hungary trade rose, officials said.")
    #expect(result.entity(writtenAs: "Park Ji-hoon")?.kind == .person)
    #expect(result.entity(writtenAs: "Ada K. Moreno")?.kind == .person)
    #expect(result.entity(writtenAs: "Baltic-Rim Dialogue")?.kind == .event)
    #expect(result.entity(writtenAs: "Serbia")?.kind == .place)
    #expect(result.entity(writtenAs: "Hungary")?.kind == .place)
  }

  @Test("a capitalised dateline is a place, and a possessive is not part of the name")
  func datelineAndPossessive() {
    let result = analyse(
      "VRANA — Mayor Jana Horvat said the bridge would reopen. Horvat’s office gave no date for Vrana.")
    #expect(result.entity(writtenAs: "VRANA")?.kind == .place)
    #expect(result.entity(writtenAs: "VRANA")?.id == result.entity(writtenAs: "Vrana")?.id)
    #expect(result.mentionTexts.contains("Horvat"))
    #expect(!result.mentionTexts.contains { $0.contains("’s") })
  }

  @Test("sentence-initial common words are not names; a sentence-initial name is")
  func sentenceStarts() {
    let result = analyse(
      "However, the talks stalled. Meanwhile the river rose. Petrovic said the dam would hold. Tony Marsh agreed."
    )
    #expect(!result.mentionTexts.contains("However"))
    #expect(!result.mentionTexts.contains("Meanwhile"))
    #expect(result.mentionTexts.contains("Petrovic"))
    #expect(result.mentionTexts.contains("Tony Marsh"))
  }

  @Test("names in headings and footnotes count; the heading's other words do not")
  func headingsAndFootnotes() {
    let text = """
      Floods in Vrana Reveal Old Weaknesses

      Engineers from the Danube Water Agency inspected the dam on Monday, after the flood had passed.[1]

      [1] Jana Horvat, Report on the Vrana Dam, Danube Water Agency, 2025.
      """
    let result = analyse(text)
    #expect(result.mentionTexts.contains("Vrana"))
    #expect(!result.mentionTexts.contains { $0.contains("Reveal") || $0.contains("Weaknesses") })
    #expect(result.mentionTexts.contains("Jana Horvat"))
    #expect(result.entity(writtenAs: "Danube Water Agency")?.mentions.count == 2)
  }

  @Test("titles and roles are stripped from the name and make it a person")
  func titles() {
    let result = analyse(
      "Defence Secretary Lena Brandt met Interior Minister Tomas Vidal. Later President Okafor spoke.")
    #expect(result.entity(writtenAs: "Lena Brandt")?.kind == .person)
    #expect(result.entity(writtenAs: "Tomas Vidal")?.kind == .person)
    #expect(result.entity(writtenAs: "Okafor")?.kind == .person)
    #expect(!result.mentionTexts.contains { $0.contains("Secretary") || $0.contains("Minister") })
  }

  @Test("adjectives of nationality and role words alone are not entities")
  func adjectivesAndRoles() {
    let result = analyse(
      "Western diplomats and Chinese officials met the Serbian Ambassador in Belgrade. The Foreign Minister left."
    )
    #expect(
      !result.mentionTexts.contains {
        ["Western", "Chinese", "Serbian", "Ambassador", "Foreign Minister"].contains($0)
      })
    #expect(result.entity(writtenAs: "Belgrade")?.kind == .place)
  }
}

@Suite("Typing names from general evidence")
struct TypingTests {
  @Test("organisation and place head nouns, compass words and acronyms")
  func heads() {
    let result = analyse(
      "The Vrana Harbour Authority and the Kestrel Times reported that ships left the Sava Sea for East Vrana."
    )
    #expect(result.entity(writtenAs: "Vrana Harbour Authority")?.kind == .organization)
    #expect(result.entity(writtenAs: "Kestrel Times")?.kind == .organization)
    #expect(result.entity(writtenAs: "Sava Sea")?.kind == .place)
    #expect(result.entity(writtenAs: "East Vrana")?.kind == .place)
  }

  @Test("one label per name per document: a name used as a place stays a place when it acts")
  func oneLabel() {
    let result = analyse(
      "Talks were held in Ostrava on Monday. Ostrava rejected the plan, and officials in Ostrava left early.")
    #expect(result.entity(writtenAs: "Ostrava")?.kind == .place)
    #expect(result.entities.filter { $0.name == "Ostrava" }.count == 1)
  }

  @Test("an invented country is a place when the corpus uses its adjective")
  func inventedDemonym() {
    let result = analyse(
      "Marovian officials met in Castelmar. Marovia said it would respond.",
      "The Marovian navy left port. Marovia denied any role.")
    #expect(result.entity(writtenAs: "Marovia")?.kind == .place)
    #expect(result.entity(writtenAs: "Marovian") == nil)
  }
}

@Suite("Aliases inside an article and links across articles")
struct AliasTests {
  @Test("a surname or given name after a full name is the same person")
  func surnames() {
    let result = analyse("Kaja Lindberg arrived on Monday. Lindberg said she would stay a week.")
    let person = result.entity(writtenAs: "Kaja Lindberg")
    #expect(person?.kind == .person)
    #expect(person?.id == result.entity(writtenAs: "Lindberg")?.id)
  }

  @Test("an acronym and its expansion, in one article or across two")
  func acronyms() {
    let inside = analyse("The Danube Water Agency (DWA) warned of floods. The DWA later lifted its warning.")
    #expect(inside.entity(writtenAs: "DWA")?.id == inside.entity(writtenAs: "Danube Water Agency")?.id)
    let across = analyse(
      "The Danube Water Agency warned of floods on Monday.", "On Tuesday the DWA lifted its warning.")
    #expect(across.entity(writtenAs: "DWA")?.id == across.entity(writtenAs: "Danube Water Agency")?.id)
    let lexicon = analyse("The European Union met. The EU agreed.")
    #expect(lexicon.entity(writtenAs: "EU")?.id == lexicon.entity(writtenAs: "European Union")?.id)
    // Across articles, two letters or a person's initials are no evidence.
    let guesses = analyse(
      "Anna Ivarsson and Varga Kessel AG said so. Varga Kessel will sell.",
      "The VK said it would sell. AI said no.")
    #expect(guesses.entity(writtenAs: "VK")?.id != guesses.entity(writtenAs: "Varga Kessel")?.id)
    #expect(guesses.entity(writtenAs: "AI")?.id != guesses.entity(writtenAs: "Anna Ivarsson")?.id)
  }

  @Test("transliteration variants of one name are linked across articles")
  func variants() {
    let result = analyse(
      "President Kovalskyy spoke in the morning.", "Kovalskiy said the talks would go on.",
      "A video of Kovalsky was shown.")
    let ids = Set(["Kovalskyy", "Kovalskiy", "Kovalsky"].compactMap { result.entity(writtenAs: $0)?.id })
    #expect(ids.count == 1)
  }

  @Test("people who share a name part are never merged")
  func neverMergeSharedParts() {
    let result = analyse(
      "Mei Chen met Chen Bo in Vrana. Lucas Moreau and Lucas Fontaine joined them.",
      "Chen Bo left early, and Lucas Fontaine stayed.")
    #expect(result.entity(writtenAs: "Mei Chen")?.id != result.entity(writtenAs: "Chen Bo")?.id)
    #expect(result.entity(writtenAs: "Lucas Moreau")?.id != result.entity(writtenAs: "Lucas Fontaine")?.id)
    #expect(result.entity(writtenAs: "Chen Bo")?.articles.count == 2)
  }

  @Test("a capital is never merged into its country")
  func capitalAndCountry() {
    let result = analyse("Belgrade said Serbia would not sign. Serbia's leaders met in Belgrade.")
    #expect(result.entity(writtenAs: "Belgrade")?.id != result.entity(writtenAs: "Serbia")?.id)
  }

  @Test("a lone surname in another article joins the one full name that ends with it")
  func loneSurname() {
    let result = analyse("Foreign Minister Anton Varga visited Vienna.", "Varga returned home on Friday.")
    #expect(result.entity(writtenAs: "Varga")?.id == result.entity(writtenAs: "Anton Varga")?.id)
  }
}

@Suite("Cross-references")
struct CrossReferenceTests {
  @Test("every mention in every article, the entities of an article by salience, co-occurrence")
  func lookups() throws {
    let result = analyse(
      "Anton Varga met Mei Chen in Vienna. Varga spoke first. Varga spoke again.",
      "Mei Chen stayed in Vienna.")
    let varga = try #require(result.entity(writtenAs: "Anton Varga"))
    #expect(varga.mentions.count == 3)
    #expect(result.entities(named: "varga").first?.id == varga.id)
    let ranked = result.entities(in: "a0").map { result.entities[$0.entity].name }
    #expect(ranked.first == "Anton Varga")
    let chen = try #require(result.entity(writtenAs: "Mei Chen"))
    #expect(chen.articles == ["a0", "a1"])
    #expect(result.cooccurrences(varga.id, chen.id) == 1)
    #expect(result.related(to: chen.id).contains { $0.entity.name == "Vienna" })
  }
}
