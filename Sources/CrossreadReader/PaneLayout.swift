/// A rectangle of the screen, in rows and display columns.
public struct Rect: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var height: Int
  public var width: Int

  /// The rectangle inside a one-cell border.
  public var inner: Rect {
    Rect(row: row + 1, column: column + 1, height: max(0, height - 2), width: max(0, width - 2))
  }

  public func contains(row y: Int, column x: Int) -> Bool {
    y >= row && y < row + height && x >= column && x < column + width
  }
}

/// The reader's panes.
public enum Pane: Int, CaseIterable, Sendable {
  case sources, article, entities

  var title: String {
    switch self {
    case .sources: "Sources"
    case .article: "Article"
    case .entities: "Entities"
    }
  }
}

/// Where everything goes for a screen size and focus: the one place that knows geometry.
///
/// 100 columns and more: three panes side by side. 60 to 99: two panes, the focused one and its
/// neighbour (sources + article, or article + entities). Below 60: the focused pane alone. Below
/// 40 × 10: nothing but a "terminal too small" message.
public struct PaneLayout: Hashable, Sendable {
  public enum Mode: Sendable { case wide, medium, narrow, tooSmall }

  public let rows: Int
  public let columns: Int
  public let mode: Mode
  /// Each pane's rectangle (border included), nil when the pane is folded away.
  public let sources: Rect?
  public let article: Rect?
  public let entities: Rect?

  static let minimumRows = 10
  static let minimumColumns = 40
  /// Columns the article keeps on its left for claim marks.
  static let gutter = 2

  public init(rows: Int, columns: Int, focus: Pane) {
    self.rows = rows
    self.columns = columns
    let bodyRow = 1
    let bodyHeight = rows - 2
    func rect(_ column: Int, _ width: Int) -> Rect {
      Rect(row: bodyRow, column: column, height: bodyHeight, width: width)
    }
    if rows < Self.minimumRows || columns < Self.minimumColumns {
      mode = .tooSmall
      (sources, article, entities) = (nil, nil, nil)
    } else if columns >= 100 {
      mode = .wide
      let left = min(44, max(28, columns * 28 / 100))
      let right = min(36, max(24, columns * 22 / 100))
      sources = rect(0, left)
      article = rect(left, columns - left - right)
      entities = rect(columns - right, right)
    } else if columns >= 60 {
      mode = .medium
      let side = Self.mediumSide(columns)
      if focus == .entities {
        (sources, article, entities) = (nil, rect(0, columns - side), rect(columns - side, side))
      } else {
        (sources, article, entities) = (rect(0, side), rect(side, columns - side), nil)
      }
    } else {
      mode = .narrow
      let whole = rect(0, columns)
      sources = focus == .sources ? whole : nil
      article = focus == .article ? whole : nil
      entities = focus == .entities ? whole : nil
    }
  }

  private static func mediumSide(_ columns: Int) -> Int { min(34, max(24, columns * 35 / 100)) }

  /// The rectangle of a pane, if shown.
  public func rect(_ pane: Pane) -> Rect? {
    switch pane {
    case .sources: sources
    case .article: article
    case .entities: entities
    }
  }

  /// The article's text width, the same whichever pane has focus, so moving focus never re-wraps.
  var articleTextWidth: Int {
    let paneWidth: Int
    switch mode {
    case .wide, .tooSmall: paneWidth = article?.width ?? columns
    case .medium: paneWidth = columns - Self.mediumSide(columns)
    case .narrow: paneWidth = columns
    }
    return max(1, paneWidth - 2 - Self.gutter)
  }

  /// Rows of text inside a pane.
  var bodyInnerHeight: Int { max(1, rows - 4) }

  /// The box for overlays (help, mention list, counter-claims): most of the screen.
  public var overlay: Rect {
    let width = mode == .wide ? min(columns - 8, 110) : columns
    let height = mode == .wide ? rows - 4 : rows - 2
    return Rect(row: (rows - height) / 2, column: (columns - width) / 2, height: height, width: width)
  }

  /// The pane under a screen position.
  func pane(atRow row: Int, column: Int) -> Pane? {
    Pane.allCases.first { rect($0)?.contains(row: row, column: column) == true }
  }
}
