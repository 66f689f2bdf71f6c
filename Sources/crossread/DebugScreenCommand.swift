import ArgumentParser
import TerminalKit

/// `crossread debug-screen`: draws a test frame through ncurses until `q`, for terminal checks.
struct DebugScreen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debug-screen", abstract: "Draw a test frame on the terminal until q is pressed.",
    shouldDisplay: false)

  func run() throws {
    let screen: NCursesScreen
    do {
      screen = try NCursesScreen()
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(2)
    }
    defer { screen.restore() }
    var lastKey = "none"
    while true {
      let size = screen.size
      var frame = Frame(rows: size.rows, columns: size.columns)
      frame.put("crossread terminal check — “Wang’s” 海星七号 café", row: 0, column: 1, style: Style(bold: true))
      frame.put("size \(size.rows)x\(size.columns), last key: \(lastKey)", row: 2, column: 1)
      frame.put("clipped: 海星七号海星七号", row: 3, column: 1, width: 14, style: Style(foreground: .cyan))
      frame.put("press q to quit (! crashes on purpose)", row: 5, column: 1, style: Style(dim: true))
      screen.draw(frame)
      guard let key = screen.nextKey(timeout: 200) else { continue }
      if key == .character("q") { break }
      // A deliberate trap, so a test can check the terminal is restored when the program crashes.
      if key == .character("!") { preconditionFailure("debug-screen: crash on request") }
      lastKey = "\(key)"
    }
  }
}
