import Testing

@testable import CrossreadAnalysis

@Suite("Word tables")
struct WordTableTests {
  @Test("finds every key it holds and none it does not, across probe chains and in any script")
  func agreesWithDictionary() {
    var reference: [String: Int] = [:]
    for index in 0..<3000 { reference["w\(index * 7919 % 10007)"] = index }
    reference["王毅"] = -1
    reference["łódź"] = -2
    reference[""] = -3
    let table = WordTable(reference)
    #expect(table.count == reference.count)
    for (key, value) in reference { #expect(table[key] == value) }
    for index in 0..<500 { #expect(table["x\(index)"] == nil) }
    #expect(table["王"] == nil)
  }

  @Test("a later pair replaces an earlier one; an empty table answers nil")
  func replacesAndEmpty() {
    let table = WordTable([("eu", 1), ("un", 2), ("eu", 3)])
    #expect(table["eu"] == 3)
    #expect(table.count == 2)
    #expect(WordTable<Int>()["eu"] == nil)
    let set: WordSet = ["of", "for", "and"]
    #expect(set.contains("for") && !set.contains("from"))
    #expect(Set(set.union(["the"])) == ["of", "for", "and", "the"])
  }
}
