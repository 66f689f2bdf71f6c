import CrossreadCore
import CrossreadReader
import TerminalKit
import Testing

/// Random key sequences, clicks and resizes: the reader must never crash, and every frame must
/// keep its borders and the screen size.
@Suite("Reader under random input")
struct ReaderFuzzTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static let keys: [KeyEvent] =
    Array("jkgGhl123nNcCxXbsfq?!/]F[ Q").map { .character($0) }
    + [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .escape, .backspace,
    ]

  @Test("2,500 random events never crash and keep the frame the screen's size", arguments: [1, 2, 3])
  func randomEvents(seed: UInt64) throws {
    var random = Generator(state: seed)
    // The third run reads the hostile corpus: escapes, bidi overrides, CJK, combining marks.
    let model = seed == 3 ? try ReaderSafetyTests().model() : ReaderFixtures.demo
    let screen = MemoryScreen(rows: 40, columns: 120)
    var state = ReaderState(model: model, rows: 40, columns: 120)
    let theme = ReaderFixtures.theme
    for _ in 0..<2500 {
      let roll = Int.random(in: 0..<100, using: &random)
      let key: KeyEvent
      if roll < 4 {
        screen.size = (Int.random(in: 1...60, using: &random), Int.random(in: 1...200, using: &random))
        key = .resize
      } else if roll < 10 {
        let button: MouseButton = [.left, .wheelUp, .wheelDown].randomElement(using: &random) ?? .left
        key = .mouse(
          row: Int.random(in: 0..<max(1, screen.size.rows), using: &random),
          column: Int.random(in: 0..<max(1, screen.size.columns), using: &random), button: button)
      } else if roll < 14, state.input != nil {
        key = .character(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &random))))
      } else {
        key = Self.keys.randomElement(using: &random) ?? .down
      }
      let effects = ReaderLoop.handle(key, state: &state, screen: screen, theme: theme)
      if effects.contains(.quit) {
        // Start over, as a user reopening the reader would.
        screen.size = (40, 120)
        state = ReaderState(model: model, rows: 40, columns: 120)
        ReaderLoop.handle(.resize, state: &state, screen: screen, theme: theme)
        continue
      }
      #expect(screen.frame.rows == screen.size.rows && screen.frame.columns == screen.size.columns)
    }
  }
}
