/// A key or event from the terminal.
public enum KeyEvent: Hashable, Sendable {
  case character(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, tab, backTab, escape, backspace
  case resize
  /// A click or wheel turn at a row and column.
  case mouse(row: Int, column: Int, button: MouseButton)
}

/// Which mouse button or wheel direction.
public enum MouseButton: Hashable, Sendable {
  case left, wheelUp, wheelDown
}

/// Where frames are drawn and keys come from: the terminal, or memory in tests.
public protocol Screen: AnyObject {
  /// Rows and columns available now.
  var size: (rows: Int, columns: Int) { get }
  /// Shows `frame`.
  func draw(_ frame: Frame)
  /// The next key, waiting at most `milliseconds` (nil when none came).
  func nextKey(timeout milliseconds: Int) -> KeyEvent?
}

/// A screen in memory: keeps the last frame and plays back scripted keys.
public final class MemoryScreen: Screen {
  public var size: (rows: Int, columns: Int)
  /// The last frame drawn.
  public private(set) var frame: Frame
  private var keys: [KeyEvent]

  /// A screen of `rows` × `columns` that will return `keys` in order.
  public init(rows: Int, columns: Int, keys: [KeyEvent] = []) {
    size = (rows, columns)
    frame = Frame(rows: rows, columns: columns)
    self.keys = keys
  }

  public func draw(_ frame: Frame) { self.frame = frame }

  public func nextKey(timeout milliseconds: Int) -> KeyEvent? {
    keys.isEmpty ? nil : keys.removeFirst()
  }

  /// Adds keys to play back.
  public func send(_ more: [KeyEvent]) { keys += more }

  /// The last frame as text lines.
  public var dump: String { frame.text.joined(separator: "\n") }
}
