import CrossreadCore
import TerminalKit

/// Turns the state into a frame: the title bar, the panes, an overlay, the bottom bar.
///
/// Pure: the same state and theme always give the same frame. Only visible rows are built, so a
/// redraw costs the screen's size, not the article's or the corpus's.
public enum ReaderView {
  /// The whole screen for `state`.
  public static func render(_ state: ReaderState, theme: Theme) -> Frame {
    let layout = state.layout
    var frame = Frame(rows: layout.rows, columns: layout.columns)
    frame.fill(row: 0, column: 0, height: layout.rows, width: layout.columns, style: theme[.text])
    guard layout.mode != .tooSmall else {
      tooSmall(&frame, theme: theme)
      return frame
    }
    titleBar(state, into: &frame, theme: theme)
    for pane in Pane.allCases {
      guard let rect = layout.rect(pane) else { continue }
      let focused = state.focus == pane && state.overlay == nil
      let border = theme[focused ? .borderFocused : .borderUnfocused]
      let number = "\(pane.rawValue + 1) "
      switch pane {
      case .sources:
        frame.box(
          rect, title: number + SourcesPresenter.title(state), style: border,
          titleStyle: border.layered(theme[.paneTitle]),
          footer: SourcesPresenter.footer(state), double: focused)
        SourcesPresenter.draw(state, in: rect.inner, focused: focused, into: &frame, theme: theme)
      case .article:
        frame.box(
          rect, title: number + ArticlePresenter.title(state), style: border,
          titleStyle: border.layered(theme[.paneTitle]),
          footer: ArticlePresenter.footer(state), double: focused)
        ArticlePresenter.draw(state, in: rect.inner, into: &frame, theme: theme)
      case .entities:
        frame.box(
          rect, title: number + EntitiesPresenter.title(state), style: border,
          titleStyle: border.layered(theme[.paneTitle]), footer: EntitiesPresenter.footer(state),
          double: focused)
        EntitiesPresenter.draw(state, in: rect.inner, focused: focused, into: &frame, theme: theme)
      }
    }
    switch state.overlay {
    case .help(let top):
      HelpPresenter.draw(
        HelpPresenter.lines, title: "Help: keys", footer: "j/k scroll · ? or q close", top: top,
        in: layout.overlay,
        into: &frame, theme: theme)
    case .problems(let top):
      let count = state.model.diagnostics.count
      HelpPresenter.draw(
        state.model.diagnostics.map { DisplaySanitizer.sanitize($0) },
        title: "Problems: \(count.counting("file")) skipped or repaired", footer: "j/k scroll · ! or q close",
        top: top, in: layout.overlay, into: &frame, theme: theme)
    case .list(let list):
      JumpListPresenter.draw(state, list: list, in: layout.overlay, into: &frame, theme: theme)
    case .counters(let claim, let selection):
      CountersPresenter.draw(
        state, claim: claim, selection: selection, in: layout.overlay, into: &frame, theme: theme)
    case nil: break
    }
    statusBar(state, into: &frame, theme: theme)
    return frame
  }

  private static func tooSmall(_ frame: inout Frame, theme: Theme) {
    let lines = TextWrap.lines(
      "Terminal too small (\(frame.columns)×\(frame.rows)): crossread needs at least "
        + "\(PaneLayout.minimumColumns)×\(PaneLayout.minimumRows). Enlarge the window, or press q to quit.",
      width: max(1, frame.columns - 2))
    let top = max(0, (frame.rows - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let column = max(0, (frame.columns - DisplayWidth.of(line)) / 2)
      frame.put(line, row: top + offset, column: column, style: theme[.message])
    }
  }

  private static func titleBar(_ state: ReaderState, into frame: inout Frame, theme: Theme) {
    let style = theme[.titleBar]
    frame.fill(row: 0, column: 0, height: 1, width: frame.columns, style: style)
    let model = state.model
    let position = (state.listed.firstIndex(of: state.article) ?? 0) + 1
    let contradictions = model.sources.reduce(0) { $0 + $1.contradictions }
    let left = " crossread · \(model.name) · article \(position) of \(state.listed.count)"
    let right = "\(contradictions) claims contradicted · ? help "
    let rightWidth = DisplayWidth.of(right)
    frame.put(TextWrap.clip(left, width: frame.columns), row: 0, column: 0, style: style)
    if DisplayWidth.of(left) + rightWidth + 1 <= frame.columns {
      frame.put(right, row: 0, column: frame.columns - rightWidth, style: style)
    }
  }

  private static func statusBar(_ state: ReaderState, into frame: inout Frame, theme: Theme) {
    let row = frame.rows - 1
    let style = theme[.statusBar]
    frame.fill(row: row, column: 0, height: 1, width: frame.columns, style: style)
    if let input = state.input {
      let label =
        switch state.inputTarget {
        case .article: "/"
        case .corpus: "find in all articles: "
        case .sources: "filter sources: "
        }
      let prompt = label + DisplaySanitizer.sanitize(input)
      let shown = TextWrap.suffix(prompt, width: frame.columns - 3)
      let used = frame.put(" " + shown, row: row, column: 0, style: style)
      frame.put("█", row: row, column: used, style: style)
      return
    }
    if let message = state.message {
      frame.put(
        " " + DisplaySanitizer.sanitize(message), row: row, column: 0, style: style.layered(theme[.message]))
      return
    }
    // Help and quit stay visible at the right; the pane's own hints fill the rest.
    let pinnedHints = Keymap.pinnedHints(in: state.scope)
    let pinned = pinnedHints.joined(separator: "  ") + " "
    let pinnedWidth = DisplayWidth.of(pinned)
    let room = frame.columns - pinnedWidth - 2
    var left = ""
    for hint in Keymap.hints(in: state.scope) where !pinnedHints.contains(hint) {
      let next = left + "  " + hint
      if DisplayWidth.of(next) > room { break }
      left = next
    }
    frame.put(String(left.dropFirst()), row: row, column: 0, style: style)
    frame.put(pinned, row: row, column: max(0, frame.columns - pinnedWidth), style: style)
  }
}
