import CrossreadCore
import TerminalKit

/// The article pane: the wrapped text of the visible lines, each code point styled by the layers
/// over it — block kind, flagged claim, entity mention, preview, search match, jump target — and a
/// gutter that marks flagged claims.
enum ArticlePresenter {
  static func title(_ state: ReaderState) -> String {
    state.model.sources[state.article].title
  }

  static func footer(_ state: ReaderState) -> String? {
    let lines = state.text.lines.count
    let bottom = min(lines, state.topLine + state.articleHeight)
    return lines <= state.articleHeight ? "all" : "\(bottom * 100 / max(1, lines))%"
  }

  static func draw(_ state: ReaderState, in rect: Rect, into frame: inout Frame, theme: Theme) {
    let layout = state.text
    let top = state.topLine
    let textColumn = rect.column + PaneLayout.gutter
    let textWidth = max(0, rect.width - PaneLayout.gutter)
    for slot in 0..<rect.height {
      let index = top + slot
      guard layout.lines.indices.contains(index) else { break }
      let line = layout.lines[index]
      let y = rect.row + slot
      gutter(state, line: line, row: y, column: rect.column, into: &frame, theme: theme)
      guard let kind = line.kind, line.end > line.start else { continue }
      let styles = self.styles(state, line: line, base: theme[baseRole(kind)], theme: theme)
      var x = textColumn
      var start = line.start
      while start < line.end, x < textColumn + textWidth {
        var end = start + 1
        while end < line.end, styles[end - line.start] == styles[start - line.start] { end += 1 }
        x += frame.put(
          layout.text(start, end), row: y, column: x, width: textColumn + textWidth - x,
          style: styles[start - line.start])
        start = end
      }
    }
  }

  static func baseRole(_ kind: BlockKind) -> ThemeRole {
    switch kind {
    case .title: .title
    case .heading: .heading
    case .byline, .date, .note: .byline
    case .boilerplate: .dimmed
    case .paragraph, .listItem, .footnote: .text
    }
  }

  /// The mark left of a line: ▌ for a flagged claim, ▶ where the current one starts.
  private static func gutter(
    _ state: ReaderState, line: ArticleLayout.Line, row: Int, column: Int, into frame: inout Frame,
    theme: Theme
  ) {
    let claims = state.flagged
    let range = TextRange(line.start, max(line.end, line.start + 1))
    let first = ReaderModel.firstEnding(after: line.start, in: claims, range: \.range)
    guard claims.indices.contains(first), claims[first].range.overlaps(range), line.kind != nil else {
      return
    }
    let current = state.currentClaim == first && claims[first].range.start >= line.start
    let role: ThemeRole = claims[first].label == .contradiction ? .contradiction : .tension
    frame.put(current ? "▶" : "▌", row: row, column: column, style: theme[.text].layered(theme[role]))
  }

  /// One style per code point of the line.
  private static func styles(_ state: ReaderState, line: ArticleLayout.Line, base: Style, theme: Theme)
    -> [Style]
  {
    var styles = Array(repeating: base, count: line.end - line.start)
    func paint(_ range: TextRange, _ style: Style) {
      let from = max(range.start, line.start)
      let to = min(range.end, line.end)
      guard from < to else { return }
      for offset in from..<to { styles[offset - line.start] = styles[offset - line.start].layered(style) }
    }
    func paintAll<T>(_ items: [T], range: (T) -> TextRange, style: (Int, T) -> Style?) {
      var index = ReaderModel.firstEnding(after: line.start, in: items, range: range)
      while index < items.count, range(items[index]).start < line.end {
        if let chosen = style(index, items[index]) { paint(range(items[index]), chosen) }
        index += 1
      }
    }
    let article = state.model.articles[state.article]
    paintAll(article.footnoteMarkers, range: \.range) { _, _ in theme[.footnote] }
    paintAll(state.flagged, range: \.range) { index, claim in
      let label = theme[claim.label == .contradiction ? .contradiction : .tension]
      return index == state.currentClaim ? label.layered(theme[.currentClaim]) : label
    }
    let spans = state.model.spans[state.article]
    let preview = state.previewEntity
    paintAll(spans, range: \.range) { _, span in
      let kind = theme[.entity(state.model.entity(span.entity).kind)]
      return span.entity == preview ? kind.layered(theme[.preview]) : kind
    }
    if let search = state.search {
      paintAll(search.matches, range: \.self) { index, _ in
        index == search.current ? theme[.searchMatch].layered(Style(bold: true)) : theme[.searchMatch]
      }
    }
    if let target = state.target { paint(target, theme[.jumpTarget]) }
    return styles
  }
}
