import CrossreadCore

/// The whole state of the reader in one value, changed only by `apply(_:)`.
public struct ReaderState: Sendable {
  /// How the sources pane is ordered.
  public enum SourceOrder: String, CaseIterable, Sendable {
    case files = "file order"
    case flagged = "most flagged first"
    case newest = "newest first"
    case outlet = "by outlet"
  }

  /// A place to come back to.
  struct Position: Hashable, Sendable {
    var article: Int
    var anchor: Int
  }

  /// The article search.
  struct Search: Sendable {
    var query: String
    var matches: [TextRange]
    var current: Int
  }

  /// A row of the mention list: one mention, or the heading of an article's group.
  struct MentionRow: Sendable, Hashable {
    var article: Int
    var range: TextRange?
  }

  /// A list of places to jump to: an entity's mentions, or search hits across the corpus.
  struct JumpList: Sendable {
    var title: String
    /// A line above the rows (an entity's other forms, a hit count).
    var note: String?
    var rows: [MentionRow]
    var selection: Int
    var top = 0
    /// The entity listed, whose mentions the article previews; nil for search hits.
    var entity: Int?
  }

  /// Which search the search line runs.
  public enum InputTarget: Sendable {
    /// Search the open article.
    case article
    /// Search every article through the index.
    case corpus
    /// Filter the sources list by title and outlet, as the user types.
    case sources
  }

  /// What covers the panes.
  enum Overlay: Sendable {
    case help(top: Int)
    /// The problems met while reading the folder, one per skipped or repaired file.
    case problems(top: Int)
    case list(JumpList)
    case counters(claim: ReaderModel.FlaggedClaim, selection: Int)
  }

  public let model: ReaderModel
  public private(set) var layout: PaneLayout
  public internal(set) var focus: Pane = .sources
  public internal(set) var order: SourceOrder = .files
  public internal(set) var flaggedOnly = false
  /// Text the sources list is filtered by (title or outlet), nil for none.
  public internal(set) var sourceFilter: String?
  /// The articles listed in the sources pane, in order.
  public internal(set) var listed: [Int]
  /// The selected row of the sources pane (an index into `listed`).
  public internal(set) var selectedSource = 0
  var sourcesTop = 0
  /// The open article.
  public internal(set) var article = 0
  var text: ArticleLayout
  /// The code-point offset of the first line shown: the reading position, kept across resizes.
  public internal(set) var anchor = 0
  /// The sidebar's entities (indexes into the cross-reference), grouped by kind, by salience.
  var sidebar: [Int] = []
  var selectedEntity = 0
  var entitiesTop = 0
  /// The mention or counter-claim last jumped to, highlighted until the next jump.
  var target: TextRange?
  /// The flagged claim last moved to, an index into the article's flagged claims.
  var currentClaim: Int?
  var search: Search?
  /// The search line being typed, nil when closed.
  public internal(set) var input: String?
  /// Which search the search line runs.
  public internal(set) var inputTarget = InputTarget.article
  var overlay: Overlay?
  var history: [Position] = []
  /// A one-shot message for the status bar.
  public internal(set) var message: String?

  static let historyLimit = 200

  /// The reader on `model` for a screen of `rows` × `columns`, the first article open.
  public init(model: ReaderModel, rows: Int, columns: Int) {
    self.model = model
    layout = PaneLayout(rows: rows, columns: columns, focus: .sources)
    listed = Array(model.articles.indices)
    text = ArticleLayout(model, article: 0, width: layout.articleTextWidth)
    sidebar = Self.sidebarOrder(model, article: 0)
    if let first = model.diagnostics.first {
      message =
        model.diagnostics.count == 1
        ? first : "\(first) (and \(model.diagnostics.count - 1) more problems: ! lists them)"
    }
  }

  /// The open article's wrapped line count.
  public var articleLineCount: Int { text.lines.count }

  /// The rows of text the article pane shows.
  var articleHeight: Int { layout.article?.inner.height ?? layout.bodyInnerHeight }

  /// The first line shown.
  var topLine: Int { text.line(containing: anchor) }

  /// The entity selected in the sidebar.
  var selectedEntityIndex: Int? { sidebar.indices.contains(selectedEntity) ? sidebar[selectedEntity] : nil }

  /// The entity whose mentions the article highlights: the sidebar's, while it or the list has focus.
  var previewEntity: Int? {
    if case .list(let list) = overlay, let entity = list.entity { return entity }
    return focus == .entities ? selectedEntityIndex : nil
  }

  /// The open article's flagged claims.
  var flagged: [ReaderModel.FlaggedClaim] { model.flagged[article] }

  static func sidebarOrder(_ model: ReaderModel, article: Int) -> [Int] {
    let ranked = model.ranked[article]
    return EntityKind.allCases.flatMap { kind in
      ranked.filter { model.entity($0.entity).kind == kind }.map(\.entity)
    }
  }

  /// Re-lays out for a new size or focus, keeping the reading position.
  mutating func relayout(rows: Int, columns: Int) {
    layout = PaneLayout(rows: rows, columns: columns, focus: focus)
    if text.width != layout.articleTextWidth || text.article != article {
      text = ArticleLayout(model, article: article, width: layout.articleTextWidth)
    }
    clampScrolls()
  }

  /// Opens article `index`: a fresh reading position, its entities in the sidebar.
  mutating func open(article index: Int, anchor: Int = 0) {
    if index != article || text.width != layout.articleTextWidth {
      article = index
      text = ArticleLayout(model, article: index, width: layout.articleTextWidth)
      sidebar = Self.sidebarOrder(model, article: index)
      selectedEntity = 0
      entitiesTop = 0
      search = nil
      currentClaim = nil
    }
    self.anchor = anchor
    target = nil
    if let row = listed.firstIndex(of: index) { selectedSource = row }
  }

  /// Scrolls the article so that the line showing `offset` sits a third of the way down, if hidden.
  mutating func reveal(_ offset: Int) {
    let line = text.line(containing: offset)
    let top = topLine
    guard line < top || line >= top + articleHeight else { return }
    anchor = text.lines[max(0, line - articleHeight / 3)].start
  }

  /// Scrolls the article by `lines`, clamped so the last page stays full.
  mutating func scrollArticle(by lines: Int) {
    let last = max(0, text.lines.count - articleHeight)
    let line = min(last, max(0, topLine + lines))
    anchor = text.lines[line].start
  }

  /// Keeps every list's selection on screen.
  mutating func clampScrolls() {
    selectedSource = min(max(0, selectedSource), max(0, listed.count - 1))
    let sourceRows = max(1, (layout.sources?.inner.height ?? layout.bodyInnerHeight) / 2)
    sourcesTop = Self.follow(selectedSource, top: sourcesTop, visible: sourceRows)
    selectedEntity = min(max(0, selectedEntity), max(0, sidebar.count - 1))
    let entityRows = layout.entities?.inner.height ?? layout.bodyInnerHeight
    let row = EntitiesPresenter.row(of: selectedEntity, in: self)
    entitiesTop = Self.follow(row, top: entitiesTop, visible: entityRows)
    if case .list(var list) = overlay {
      list.selection = min(max(0, list.selection), max(0, list.rows.count - 1))
      let visible = max(1, layout.overlay.inner.height - 1)
      list.top = Self.follow(list.selection, top: list.top, visible: visible)
      overlay = .list(list)
    }
  }

  /// The first row to show so that `selection` is visible, moving as little as possible.
  static func follow(_ selection: Int, top: Int, visible: Int) -> Int {
    if selection < top { return selection }
    if selection >= top + visible { return selection - visible + 1 }
    return max(0, top)
  }

  /// Orders and filters the sources list, keeping the open article selected when it stays listed.
  mutating func relist() {
    let sources = model.sources
    var indexes = Array(model.articles.indices)
    if flaggedOnly { indexes = indexes.filter { sources[$0].contradictions + sources[$0].tensions > 0 } }
    if let sourceFilter {
      let folded = CrossReference.fold(sourceFilter)
      indexes = indexes.filter { sources[$0].searchKey.contains(folded) }
    }
    switch order {
    case .files: break
    case .flagged:
      indexes.sort {
        (sources[$0].contradictions, sources[$0].tensions, -$0) > (
          sources[$1].contradictions, sources[$1].tensions, -$1
        )
      }
    case .newest:
      indexes.sort {
        (sources[$0].date == "–" ? "" : sources[$0].date, -$0) > (
          sources[$1].date == "–" ? "" : sources[$1].date, -$1
        )
      }
    case .outlet:
      indexes.sort {
        (CrossReference.fold(sources[$0].outlet), $0) < (CrossReference.fold(sources[$1].outlet), $1)
      }
    }
    listed = indexes
    selectedSource = listed.firstIndex(of: article) ?? 0
  }
}
