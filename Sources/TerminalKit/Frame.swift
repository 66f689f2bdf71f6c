/// A colour of the terminal's basic palette; `nil` in a `Style` means the terminal's default.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
  case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn.
public struct Style: Hashable, Sendable {
  public var foreground: TerminalColor?
  public var background: TerminalColor?
  public var bold = false
  public var dim = false
  public var reverse = false
  public var underline = false

  /// Creates a style; everything off means the terminal's default.
  public init(
    foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false, dim: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default look.
  public static let plain = Style()

  /// `top` drawn over this style: its colours win where it has them, attributes add up.
  public func layered(_ top: Style) -> Style {
    Style(
      foreground: top.foreground ?? foreground, background: top.background ?? background,
      bold: bold || top.bold, dim: dim || top.dim, reverse: reverse || top.reverse,
      underline: underline || top.underline)
  }
}

/// One column of the screen: a character, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
  /// The character drawn here; empty for the second column of a wide character.
  public var character: Character?
  public var style: Style

  /// A blank cell.
  public static let blank = Cell(character: " ", style: .plain)
}

/// A whole screen's worth of cells, drawn by presenters and flushed by a `Screen`.
///
/// All text is placed by display columns: a wide character takes two cells, and a character that
/// would straddle the right edge of a region is replaced by a space.
public struct Frame: Hashable, Sendable {
  /// Rows and columns.
  public let rows: Int
  public let columns: Int
  private(set) var cells: [Cell]

  /// A blank frame.
  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    cells = Array(repeating: .blank, count: self.rows * self.columns)
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * columns + column] }
    set { cells[row * columns + column] = newValue }
  }

  /// Writes `text` from a row and column and returns the columns used.
  ///
  /// At most `width` columns are used (the rest of the row by default). Control characters must
  /// already be sanitised.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, width: Int? = nil, style: Style = .plain
  )
    -> Int
  {
    guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
    let limit = min(columns, column + (width ?? columns - column))
    var x = column
    for character in text {
      let span = DisplayWidth.of(character)
      if span == 0 { continue }
      if x + span > limit {
        if x < limit { self[row, x] = Cell(character: " ", style: style) }
        x = limit
        break
      }
      self[row, x] = Cell(character: character, style: style)
      if span == 2 { self[row, x + 1] = Cell(character: nil, style: style) }
      x += span
    }
    return x - column
  }

  /// Fills a rectangle with spaces in `style`.
  public mutating func fill(row: Int, column: Int, height: Int, width: Int, style: Style) {
    for y in max(0, row)..<min(rows, row + height) {
      for x in max(0, column)..<min(columns, column + width) {
        self[y, x] = Cell(character: " ", style: style)
      }
    }
  }

  /// The frame as text, one line per row, trailing spaces removed: what a user would read.
  public var text: [String] {
    (0..<rows).map { y in
      var line = ""
      for x in 0..<columns {
        if let character = self[y, x].character { line.append(character) }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
