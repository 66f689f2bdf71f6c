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
}
