import CrossreadCore
import CrossreadReader
import TerminalKit
import Testing

/// Key sequences in, whole screens out, compared with the golden dumps in `Golden/`.
@Suite("Reader screens (golden dumps)")
struct ReaderScreenTests {
  @Test("wide terminal: three panes on the first article")
  func wideStart() {
    Golden.check(ReaderFixtures.play([]).screen, "wide-start")
  }

  @Test("wide terminal: an entity's mentions across the corpus")
  func wideMentions() {
    Golden.check(ReaderFixtures.play(ReaderFixtures.keys("3j⏎")).screen, "wide-mentions")
  }

  @Test("wide terminal: the counter-claims of the first flagged claim")
  func wideCounters() {
    Golden.check(ReaderFixtures.play(ReaderFixtures.keys("cx")).screen, "wide-counters")
  }

  @Test("wide terminal: help generated from the keymap")
  func wideHelp() {
    Golden.check(ReaderFixtures.play(ReaderFixtures.keys("?")).screen, "wide-help")
  }

  @Test("medium terminal: two panes that follow the focus")
  func mediumFolds() {
    Golden.check(
      ReaderFixtures.play(ReaderFixtures.keys("j⇥"), rows: 24, columns: 80).screen, "medium-article")
    Golden.check(
      ReaderFixtures.play(ReaderFixtures.keys("3"), rows: 24, columns: 80).screen, "medium-entities")
  }

  @Test("narrow terminal: the focused pane alone")
  func narrow() {
    Golden.check(
      ReaderFixtures.play(ReaderFixtures.keys("2"), rows: 20, columns: 50).screen, "narrow-article")
  }

  @Test("a terminal below 40×10 gets a clear message, and q still quits")
  func tooSmall() {
    let (state, screen) = ReaderFixtures.play([], rows: 8, columns: 30)
    Golden.check(screen, "too-small")
    #expect(screen.dump.contains("too small"))
    var copy = state
    #expect(copy.apply(.close) == [.quit])
  }
}
