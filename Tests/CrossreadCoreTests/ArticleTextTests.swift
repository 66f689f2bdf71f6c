import CrossreadCore
import Testing

@Suite("ArticleText addresses text by code points")
struct ArticleTextTests {
  @Test("the code points it hands to scanners are the string's, for 1- to 4-byte UTF-8")
  func scalarsMatchTheString() {
    for text in ["", "plain ASCII", "Zelenskyy’s “war” — ends", "Łódź, 王毅, 🇺🇦 and 𝔸\u{0}", "e\u{301}\u{FEFF}"]
    {
      #expect(ArticleText(text).scalars == Array(text.unicodeScalars))
    }
  }

  @Test("slices match code-point offsets across checkpoints, with multi-scalar characters")
  func slicesByCodePoints() {
    // "é" written as e + combining acute is two code points; the flag is two; CJK is one each.
    let unit = "e\u{301}🇺🇦中文“q”—"
    let text = String(repeating: unit, count: 40) + "END"
    let article = ArticleText(text)
    let scalars = Array(text.unicodeScalars)
    #expect(article.count == scalars.count)
    for start in stride(from: 0, to: scalars.count - 7, by: 13) {
      let range = TextRange(start, start + 7)
      let expected = String(String.UnicodeScalarView(scalars[start..<(start + 7)]))
      #expect(String(article[range]) == expected, "range \(range)")
    }
    #expect(article[TextRange(scalars.count - 3, scalars.count)] == "END")
  }

  @Test("out-of-range slices are clamped, not a crash")
  func clampsRanges() {
    let article = ArticleText("short")
    #expect(article[TextRange(3, 99)] == "rt")
    #expect(article[TextRange(9, 12)] == "")
  }

  @Test("ranges compare, overlap and contain")
  func rangeRelations() {
    let range = TextRange(4, 10)
    #expect(range.count == 6)
    #expect(range.contains(4) && !range.contains(10))
    #expect(range.overlaps(TextRange(9, 12)) && !range.overlaps(TextRange(10, 12)))
    #expect(range.contains(TextRange(5, 10)) && !range.contains(TextRange(3, 5)))
    #expect(TextRange(1, 2) < TextRange(1, 3))
  }
}

@Suite("ISODay")
struct ISODayTests {
  @Test("rejects days that do not exist")
  func rejectsImpossibleDays() {
    #expect(ISODay(year: 2023, month: 2, day: 29) == nil)
    #expect(ISODay(year: 2024, month: 2, day: 29) != nil)
    #expect(ISODay(year: 2025, month: 4, day: 31) == nil)
    #expect(ISODay(iso: "2025-13-01") == nil)
  }

  @Test("weekday of known dates: 4 July 2025 was a Friday, 1 January 1970 a Thursday")
  func weekdays() throws {
    #expect(try #require(ISODay(year: 2025, month: 7, day: 4)).weekday == 5)
    #expect(try #require(ISODay(year: 1970, month: 1, day: 1)).weekday == 4)
    #expect(try #require(ISODay(year: 2000, month: 2, day: 29)).weekday == 2)
  }

  @Test("prints and parses ISO 8601")
  func roundTrip() throws {
    let day = try #require(ISODay(year: 987, month: 3, day: 9))
    #expect(day.description == "0987-03-09")
    #expect(ISODay(iso: "2022-03-23")?.description == "2022-03-23")
  }
}

@Suite("DisplaySanitizer never lets control characters reach a terminal")
struct DisplaySanitizerTests {
  @Test("escape sequences, C1 controls, bidi overrides and invisible spaces become placeholders")
  func replacesDangerousScalars() {
    let hostile = "Title\u{1B}]0;pwned\u{07}\u{9B}31m \u{202E}txt.exe\u{200B}!"
    let safe = DisplaySanitizer.sanitize(hostile)
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!safe.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B })
    #expect(safe.hasPrefix("Title\u{241B}]0;pwned"))
  }

  @Test("curly quotes, dashes, CJK and emoji joiners pass unchanged")
  func keepsOrdinaryText() {
    let text = "“Wang’s” — 海星七号 👩‍💻 café"
    #expect(DisplaySanitizer.sanitize(text) == text)
  }

  @Test("line breaks are kept only on request; tabs become spaces")
  func lineBreaks() {
    #expect(DisplaySanitizer.sanitize("a\nb\tc") == "a\u{240A}b c")
    #expect(DisplaySanitizer.sanitize("a\nb", keepingLineBreaks: true) == "a\nb")
  }
}

@Suite("WordCounter")
struct WordCounterTests {
  @Test(
    "counts joined forms as one word",
    arguments: [
      ("U.S.-China ties", 2), ("$8.2 billion", 2), ("Wang’s remarks", 2), ("1,200 people", 2),
      ("  — ", 0), ("Kim Jong-un", 2),
    ])
  func counts(text: String, expected: Int) {
    #expect(WordCounter.count(text[...]) == expected)
  }
}
