import CrossreadCore
import TerminalKit

/// The sources pane: two lines per article — its title and flag counts, then date, outlet and
/// entity count.
enum SourcesPresenter {
  static func title(_ state: ReaderState) -> String {
    var title = "Sources (\(state.listed.count)"
    if state.listed.count != state.model.articles.count { title += " of \(state.model.articles.count)" }
    if state.flaggedOnly { title += ", flagged" }
    if let filter = state.sourceFilter { title += ", “\(DisplaySanitizer.sanitize(filter))”" }
    return title + ")"
  }

  static func footer(_ state: ReaderState) -> String? {
    state.order == .files ? nil : state.order.rawValue
  }

  static func draw(_ state: ReaderState, in rect: Rect, focused: Bool, into frame: inout Frame, theme: Theme)
  {
    let visible = rect.height / 2
    guard visible > 0 else { return }
    for slot in 0..<visible {
      let row = state.sourcesTop + slot
      guard state.listed.indices.contains(row) else { break }
      let source = state.model.sources[state.listed[row]]
      let y = rect.row + slot * 2
      let selected = row == state.selectedSource
      let base =
        selected ? theme[.text].layered(theme[focused ? .selection : .selectionUnfocused]) : theme[.text]
      frame.fill(row: y, column: rect.column, height: 2, width: rect.width, style: base)
      var flags: [(String, ThemeRole)] = []
      if source.contradictions > 0 { flags.append(("!\(source.contradictions)", .contradiction)) }
      if source.tensions > 0 { flags.append(("~\(source.tensions)", .tension)) }
      let flagText = flags.map(\.0).joined(separator: " ")
      let flagWidth = flagText.isEmpty ? 0 : DisplayWidth.of(flagText) + 1
      let open = state.listed[row] == state.article
      let titleStyle = open ? base.layered(Style(bold: true)) : base
      frame.put(
        (open ? "▸" : " ") + TextWrap.clip(source.title, width: max(0, rect.width - flagWidth - 1)), row: y,
        column: rect.column, width: max(0, rect.width - flagWidth),
        style: titleStyle)
      var x = rect.column + rect.width - flagWidth + 1
      for (text, role) in flags {
        x += frame.put(text, row: y, column: x, style: base.layered(theme[role])) + 1
      }
      let count = "\(source.entities) ent"
      let countWidth = count.count + 1
      let details = TextWrap.clip(
        "  " + source.credit(" · ", dateFirst: true), width: max(0, rect.width - countWidth))
      let detailStyle = base.layered(theme[.counts])
      frame.put(details, row: y + 1, column: rect.column, width: rect.width - countWidth, style: detailStyle)
      frame.put(count, row: y + 1, column: rect.column + rect.width - count.count, style: detailStyle)
    }
  }
}
