import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, CI).
  case notATerminal
  /// ncurses could not start on this terminal.
  case cannotStart(String)

  public var description: String {
    switch self {
    case .notATerminal:
      "the reader needs a terminal; standard input or output is not one. Use 'crossread articles' for text output."
    case .cannotStart(let reason):
      "cannot start the terminal (\(reason)). Check that TERM names a terminal ncurses knows."
    }
  }
}

/// The real terminal through ncursesw: frames are flushed cell by cell with `setcchar`, keys read
/// with a timeout so that signals can be noticed between them.
///
/// Only this type touches ncurses. `restore()` puts the terminal back; it runs on release too.
public final class NCursesScreen: Screen {
  private var restored = false
  private var pairs: [Int: Int16] = [:]
  private let colors: Bool

  /// Starts ncurses on the process's terminal; throws when there is no terminal.
  public init(useColor: Bool = true, mouse: Bool = false) throws {
    try Self.checkTerminal()
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
      throw TerminalError.cannotStart("cannot open the terminal's streams")
    }
    guard let screen = newterm(nil, output, input) else {
      let term = getenv("TERM").map { String(cString: $0) } ?? "unset"
      throw TerminalError.cannotStart("TERM is '\(term)'")
    }
    set_term(screen)
    cr_restore_on_crash()
    cbreak()
    noecho()
    nonl()
    keypad(cr_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    if mouse { cr_enable_mouse() }
    colors = useColor && has_colors()
    if colors {
      start_color()
      use_default_colors()
    }
  }

  deinit { restore() }

  /// Throws `notATerminal` unless standard input and output are both terminals.
  public static func checkTerminal() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
  }

  /// Puts the terminal back as it was; safe to call more than once.
  public func restore() {
    guard !restored else { return }
    restored = true
    endwin()
  }

  public var size: (rows: Int, columns: Int) { (Int(cr_lines()), Int(cr_cols())) }

  public func draw(_ frame: Frame) {
    let window = cr_stdscr()
    for row in 0..<min(frame.rows, size.rows) {
      for column in 0..<min(frame.columns, size.columns) {
        let cell = frame[row, column]
        guard let character = cell.character else { continue }
        var chars: [wchar_t] = character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        chars.append(0)
        _ = cr_put_cell(window, Int32(row), Int32(column), chars, attributes(cell.style), pair(cell.style))
      }
    }
    wnoutrefresh(window)
    doupdate()
  }

  public func nextKey(timeout milliseconds: Int) -> KeyEvent? {
    let window = cr_stdscr()
    wtimeout(window, Int32(milliseconds))
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == ERR { return nil }
    if result == KEY_CODE_YES {
      switch Int32(code) {
      case KEY_UP: return .up
      case KEY_DOWN: return .down
      case KEY_LEFT: return .left
      case KEY_RIGHT: return .right
      case KEY_PPAGE: return .pageUp
      case KEY_NPAGE: return .pageDown
      case KEY_HOME: return .home
      case KEY_END: return .end
      case KEY_ENTER: return .enter
      case KEY_BTAB: return .backTab
      case KEY_BACKSPACE: return .backspace
      case KEY_RESIZE: return .resize
      case KEY_MOUSE: return mouseEvent()
      default: return nil
      }
    }
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    default:
      guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return .character(Character(scalar))
    }
  }

  private func mouseEvent() -> KeyEvent? {
    var row: Int32 = 0
    var column: Int32 = 0
    switch cr_mouse_event(&row, &column) {
    case 1: return .mouse(row: Int(row), column: Int(column), button: .left)
    case 2: return .mouse(row: Int(row), column: Int(column), button: .wheelUp)
    case 3: return .mouse(row: Int(row), column: Int(column), button: .wheelDown)
    default: return nil
    }
  }

  private func attributes(_ style: Style) -> attr_t {
    var value = cr_a_normal()
    if style.bold { value |= cr_a_bold() }
    if style.dim { value |= cr_a_dim() }
    if style.reverse { value |= cr_a_reverse() }
    if style.underline { value |= cr_a_underline() }
    return value
  }

  /// The colour pair for a style's colours, made on first use.
  private func pair(_ style: Style) -> Int16 {
    guard colors, style.foreground != nil || style.background != nil else { return 0 }
    let foreground = style.foreground.map { Int16($0.rawValue) } ?? -1
    let background = style.background.map { Int16($0.rawValue) } ?? -1
    let key = Int(foreground + 1) * 16 + Int(background + 1)
    if let existing = pairs[key] { return existing }
    let number = Int16(pairs.count + 1)
    init_pair(number, foreground, background)
    pairs[key] = number
    return number
  }
}
