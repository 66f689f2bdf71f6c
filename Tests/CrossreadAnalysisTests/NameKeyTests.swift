import Testing

@testable import CrossreadAnalysis

@Suite("Name keys")
struct NameKeyTests {
  @Test("transliteration keys meet for ASCII and accented spellings alike")
  func variants() {
    let key = NameKeys.variant("Kovalskiy")
    #expect(NameKeys.variant("Kovalskyy") == key)
    #expect(NameKeys.variant("Kovalsky") == key)
    #expect(NameKeys.variant("Kovalskíy") == key)  // the accented path folds to the same key
    #expect(NameKeys.variant("Odesa") == NameKeys.variant("Odessa"))
    #expect(NameKeys.variant("Jong-un  Kim") == NameKeys.variant("Jongun Kim"))
    #expect(NameKeys.variant("Wang Yi") != NameKeys.variant("Wang"))
    #expect(NameKeys.variant("Kai Wang") != NameKeys.variant("Wang Kai"))
  }

  @Test("link keys: equal text and kind meet; another kind or another split of the text does not")
  func linkKeys() {
    #expect(LinkKey(.name, "wang yi") == LinkKey(.name, "wang yi"))
    #expect(LinkKey(.name, "wang yi") != LinkKey(.name, "wang"))
    // "EU" as a folded name and "EU" as an acronym are different evidence.
    #expect(LinkKey(.name, "eu") != LinkKey(.acronym, "eu"))
    // Parts are kept apart: surname "ab" with initial "c" is not surname "a" with initial "bc".
    #expect(LinkKey(.personInitial, "ab", "c") != LinkKey(.personInitial, "a", "bc"))
    // No collisions among ten thousand distinct short keys.
    let keys = Set((0..<10_000).map { LinkKey(.name, "name \($0)") })
    #expect(keys.count == 10_000)
  }

  @Test("acronyms: two to six letters, two capitals at least, full stops dropped")
  func acronyms() {
    #expect(NameKeys.acronym("U.S.") == "US")
    #expect(NameKeys.acronym("EU") == "EU")
    #expect(NameKeys.acronym("NATO") == "NATO")
    #expect(NameKeys.acronym("RFE/RL") == nil)
    #expect(NameKeys.acronym("Brussels") == nil)
    #expect(NameKeys.acronym("ABCDEFG") == nil)
    #expect(NameKeys.acronym("ÖVP") == "ÖVP")
  }

  @Test("initials skip connectors and lower-case words, in any script")
  func initials() {
    #expect(
      NameKeys.initials(["Organisation", "for", "Security", "and", "Cooperation", "in", "Europe"]) == "OSCE")
    #expect(NameKeys.initials(["The", "Hague", "Office"]) == "HO")
    #expect(NameKeys.initials(["Élysée", "Palace"]) == "ÉP")
  }

  @Test("the byte-level variant key agrees with the reference on thousands of generated names")
  func variantMatchesReference() {
    let alphabet = Array("aabiyjyiIJY  -'.lL0")
    var state: UInt64 = 42
    for _ in 0..<3000 {
      var name = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        name.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      #expect(NameKeys.variant(name) == NameKeys.characterVariant(Lexicon.fold(name)), "\(name)")
    }
  }
}

@Suite("Display names")
struct DisplayNameTests {
  @Test(
    "a name in capitals reads in title case, abbreviations and connectors kept: 'NY Orvales', 'Bank of Tarvo'"
  )
  func capitalsInTitleCase() {
    #expect(EntityAnalysis.readable(["NY ORVALES"], among: ["NY ORVALES"]) == "NY Orvales")
    #expect(EntityAnalysis.readable(["BANK OF TARVO"], among: ["BANK OF TARVO"]) == "Bank of Tarvo")
    #expect(EntityAnalysis.readable(["PSV TARVOHOVEN"], among: ["PSV TARVOHOVEN"]) == "PSV Tarvohoven")
    #expect(EntityAnalysis.readable(["ST PELLO"], among: ["ST PELLO"]) == "St Pello")
    #expect(
      EntityAnalysis.readable(["BANK OF TARVO"], among: ["BANK OF TARVO", "Bank of Tarvo"]) == "Bank of Tarvo"
    )
  }
}
