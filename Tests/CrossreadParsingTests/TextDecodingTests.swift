import CrossreadCore
import CrossreadParsing
import Testing

@Suite("Decoding bytes into text")
struct TextDecodingTests {
  @Test("valid UTF-8 decodes with no note")
  func validUTF8() {
    let decoded = TextDecoding.decode(Array("Zelenskyy’s “plan” — 海".utf8))
    #expect(decoded.text == "Zelenskyy’s “plan” — 海")
    #expect(decoded.note == nil)
  }

  @Test("a byte-order mark is kept as U+FEFF so offsets match the file")
  func byteOrderMark() {
    let decoded = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Title".utf8))
    #expect(decoded.text.unicodeScalars.first == "\u{FEFF}")
    #expect(decoded.text.unicodeScalars.count == 6)
  }

  @Test("a lone 0xA3 in an otherwise ASCII file is Latin-1 £")
  func latin1() {
    let decoded = TextDecoding.decode(Array("Cost: ".utf8) + [0xA3] + Array("40m".utf8))
    #expect(decoded.text == "Cost: £40m")
    #expect(decoded.note?.code == .legacyEncoding)
  }

  @Test("Windows-1252 curly quotes and dashes decode as such")
  func windows1252() {
    let decoded = TextDecoding.decode([0x93] + Array("Hi".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80])
    #expect(decoded.text == "“Hi” – €")
  }

  @Test("UTF-8 with a broken sequence keeps its good text and replaces the bad bytes")
  func invalidUTF8() {
    let bytes = Array("“Kyiv” ".utf8) + [0xE2, 0x82] + Array(" end".utf8)
    let decoded = TextDecoding.decode(bytes)
    #expect(decoded.text == "“Kyiv” \u{FFFD} end")
    #expect(decoded.note?.code == .invalidUTF8)
    #expect(decoded.note?.problem.contains("1 sequence") == true)
  }

  @Test("UTF-16 with a byte-order mark is text, not binary")
  func utf16() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
    #expect(!TextDecoding.isBinary(bytes))
    #expect(TextDecoding.decode(bytes).text == "Hi")
  }

  @Test("NUL bytes or many control bytes mean binary")
  func binary() {
    #expect(TextDecoding.isBinary([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
    #expect(TextDecoding.isBinary(Array(repeating: 0x01, count: 40) + Array("text".utf8)))
    #expect(!TextDecoding.isBinary(Array("plain\ttext\r\nlines\u{0C}".utf8)))
  }
}

@Suite("Dates written out in English")
struct DateRecognizerTests {
  @Test(
    "date lines in the usual forms",
    arguments: [
      ("March 23, 2022", "2022-03-23"), ("23 March 2022", "2022-03-23"), ("Mar. 23 2022", "2022-03-23"),
      ("Wednesday, 23rd of March 2022", "2022-03-23"), ("Published: 2022-03-23", "2022-03-23"),
      ("Updated March 23, 2022 at 10:30 AM GMT", "2022-03-23"),
    ])
  func dateLines(line: String, iso: String) {
    #expect(DateRecognizer.dateLine(line)?.description == iso)
  }

  @Test("sentences that mention a date are not date lines; impossible dates are not dates")
  func notDateLines() {
    #expect(DateRecognizer.dateLine("Talks began on 14 March 2022 in Rome") == nil)
    #expect(DateRecognizer.dateLine("February 30, 2022") == nil)
    #expect(DateRecognizer.dateLine("May the talks succeed") == nil)
  }

  @Test("dates found inside running text, with their offsets")
  func daysInText() {
    let text = "Talks in Rome on 14 March 2022 ended; a summit on July 4, 2025 followed."
    let matches = DateRecognizer.days(in: text)
    #expect(matches.map(\.day.description) == ["2022-03-14", "2025-07-04"])
    let scalars = Array(text.unicodeScalars)
    let first = matches[0].range
    #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "14 March 2022")
  }
}
