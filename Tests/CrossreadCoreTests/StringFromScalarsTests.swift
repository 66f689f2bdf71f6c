import CrossreadCore
import Testing

@Suite("Strings from code points")
struct StringFromScalarsTests {
  @Test(
    "String(scalars:) matches the standard library for one- to four-byte code points",
    arguments: [
      "", "Wang Yi", "Zelenskyy’s", "Gdańsk – Łódź", "王毅 said", "flag 🇺🇦 and 𝔸", "a\u{0301}\u{0000}b",
    ])
  func matchesStandardLibrary(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
    // Every slice, not only the whole: names are cut out of longer text.
    for start in scalars.indices {
      for end in start...scalars.count {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        #expect(String(scalars: scalars[start..<end]) == String(view))
      }
    }
  }

  @Test(
    "wordsBetweenSpaces splits like split(separator: \" \") on names",
    arguments: ["", " ", "Wang Yi", "  Kim  Jong-un ", "王毅 and Łódź", "a", "People’s Republic of China"])
  func splitsOnSpaces(_ text: String) {
    #expect(text.wordsBetweenSpaces() == text.split(separator: " "))
  }
}
