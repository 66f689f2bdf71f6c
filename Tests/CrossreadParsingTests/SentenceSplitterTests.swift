import CrossreadCore
import CrossreadParsing
import Testing

/// Splits `text` and returns the sentences as strings.
func sentences(_ text: String) -> [String] {
  let scalars = Array(text.unicodeScalars)
  return SentenceSplitter.split(scalars, in: TextRange(0, scalars.count)).map {
    String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
  }
}

@Suite("Sentence splitting on the hard cases")
struct SentenceSplitterTests {
  @Test("titles and ranks before a name never end a sentence")
  func titles() {
    #expect(
      sentences("Mr. Okafor met Sgt. Lena Brandt and Dr. Inês Valdemar. They spoke for an hour.") == [
        "Mr. Okafor met Sgt. Lena Brandt and Dr. Inês Valdemar.", "They spoke for an hour.",
      ])
  }

  @Test("dotted abbreviations split only before a usual sentence opener")
  func dottedAbbreviations() {
    #expect(
      sentences("The U.S. Navy sent a ship. Aid from the U.S. arrived on Monday.") == [
        "The U.S. Navy sent a ship.", "Aid from the U.S. arrived on Monday.",
      ])
    #expect(
      sentences("Talks moved to the U.S. The delegation left early.") == [
        "Talks moved to the U.S.", "The delegation left early.",
      ])
  }

  @Test("month abbreviations before a day number stay inside the sentence")
  func monthAbbreviations() {
    #expect(
      sentences("The port closed on Feb. 12 after the storm. It reopened in Mar. The owners paid.") == [
        "The port closed on Feb. 12 after the storm.", "It reopened in Mar.", "The owners paid.",
      ])
  }

  @Test("initials inside a name do not split it")
  func initials() {
    #expect(
      sentences("Image by Harbour Photo/Cpl. Ada K. Moreno. Used with permission.") == [
        "Image by Harbour Photo/Cpl. Ada K. Moreno.", "Used with permission.",
      ])
  }

  @Test("decimals and amounts are not full stops")
  func decimals() {
    #expect(
      sentences("Exports fell to $8.2 billion, or 3.5%. Imports rose 0.4 points.") == [
        "Exports fell to $8.2 billion, or 3.5%.", "Imports rose 0.4 points.",
      ])
  }

  @Test("a quote that closes after the full stop stays with its sentence")
  func closingQuotes() {
    #expect(
      sentences("He said: “We will rebuild the quay.” The crowd cheered. ‘Not yet.’ She left.") == [
        "He said: “We will rebuild the quay.”", "The crowd cheered.", "‘Not yet.’", "She left.",
      ])
  }

  @Test("a question inside a quote followed by a lower-case verb does not split")
  func quotedQuestion() {
    #expect(
      sentences("“Who gave the order?” she asked. Nobody answered!") == [
        "“Who gave the order?” she asked.", "Nobody answered!",
      ])
  }

  @Test("footnote markers after the full stop stay with the sentence")
  func footnoteMarkers() {
    #expect(
      sentences("The talks ended without a deal.[12] A second round is planned.[13]") == [
        "The talks ended without a deal.[12]", "A second round is planned.[13]",
      ])
  }

  @Test("ellipses and lower-case continuations")
  func ellipsis() {
    #expect(
      sentences("The minister paused … and then resumed. Next.") == [
        "The minister paused … and then resumed.", "Next.",
      ])
  }

  @Test("CJK full stops end sentences without a following space")
  func cjk() {
    #expect(sentences("港口关闭了。船只已经离开。") == ["港口关闭了。", "船只已经离开。"])
  }

  @Test("text without a final full stop is still one sentence")
  func noFinalStop() {
    #expect(sentences("Quiet Frustrations in the Capital") == ["Quiet Frustrations in the Capital"])
  }
}
