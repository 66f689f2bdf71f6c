import TerminalKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Display width and frames")
struct FrameTests {
  @Test(
    "ASCII is one column, CJK two, combining marks none",
    arguments: [
      ("abc", 3), ("海星七号", 8), ("e\u{301}", 1), ("“Wang’s” —", 10), ("👩‍💻", 2),
    ])
  func widths(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test("text is clipped by display columns, and a wide character never straddles the edge")
  func clipping() {
    var frame = Frame(rows: 2, columns: 10)
    let used = frame.put("Port 海星七号", row: 0, column: 0, width: 8)
    #expect(used == 8)
    #expect(frame.text[0] == "Port 海")
    #expect(frame[0, 7].character == " ")
    frame.put("abcdefghijkl", row: 1, column: 4)
    #expect(frame.text[1] == "    abcdef")
  }

  @Test("a memory screen keeps the last frame and plays keys back in order")
  func memoryScreen() {
    let screen = MemoryScreen(rows: 2, columns: 12, keys: [.down, .character("q")])
    var frame = Frame(rows: 2, columns: 12)
    frame.put("crossread", row: 0, column: 1)
    screen.draw(frame)
    #expect(screen.dump == " crossread\n")
    #expect(screen.nextKey(timeout: 0) == .down)
    #expect(screen.nextKey(timeout: 0) == .character("q"))
    #expect(screen.nextKey(timeout: 0) == nil)
  }
}

@Suite("The ncurses screen")
struct NCursesScreenTests {
  @Test("without a terminal it refuses to start with a clear message, instead of drawing into a pipe")
  func noTerminal() {
    // Test runs have no terminal on standard input (CI, swift test).
    guard isatty(0) == 0 else { return }
    #expect {
      _ = try NCursesScreen()
    } throws: { error in
      "\(error)".contains("needs a terminal")
    }
  }
}
