import CrossreadCore
import TerminalKit

/// The entity sidebar: the open article's entities grouped by kind, most salient first, each with
/// the number of articles that mention it.
enum EntitiesPresenter {
  /// A sidebar row: a kind's heading, or an entity (its position in `state.sidebar`).
  enum Row: Hashable {
    case heading(EntityKind, Int)
    case entity(Int)
  }

  static func title(_ state: ReaderState) -> String { "Entities (\(state.sidebar.count))" }

  /// The selected entity's totals across the corpus.
  static func footer(_ state: ReaderState) -> String? {
    guard let index = state.selectedEntityIndex else { return nil }
    let entity = state.model.entity(index)
    return "\(entity.mentions.count)× in \(entity.articles.count.counting("article"))"
  }

  static func rows(_ state: ReaderState) -> [Row] {
    var rows: [Row] = []
    var kind: EntityKind?
    for (position, entity) in state.sidebar.enumerated() {
      let entityKind = state.model.entity(entity).kind
      if entityKind != kind {
        kind = entityKind
        rows.append(
          .heading(entityKind, state.sidebar.filter { state.model.entity($0).kind == entityKind }.count))
      }
      rows.append(.entity(position))
    }
    return rows
  }

  /// The screen row (before scrolling) of the sidebar's `position`-th entity.
  static func row(of position: Int, in state: ReaderState) -> Int {
    rows(state).firstIndex(of: .entity(position)) ?? 0
  }

  /// The entity position at a row (before scrolling), if the row holds one.
  static func entity(atRow row: Int, in state: ReaderState) -> Int? {
    let rows = rows(state)
    guard rows.indices.contains(row), case .entity(let position) = rows[row] else { return nil }
    return position
  }

  static func draw(_ state: ReaderState, in rect: Rect, focused: Bool, into frame: inout Frame, theme: Theme)
  {
    let rows = rows(state)
    if rows.isEmpty {
      frame.put(
        " no entities found", row: rect.row, column: rect.column, width: rect.width, style: theme[.dimmed])
      return
    }
    for slot in 0..<rect.height {
      let index = state.entitiesTop + slot
      guard rows.indices.contains(index) else { break }
      let y = rect.row + slot
      switch rows[index] {
      case .heading(let kind, let count):
        frame.put(
          "\(heading(kind)) (\(count))", row: y, column: rect.column, width: rect.width,
          style: theme[.text].layered(theme[.paneTitle]))
      case .entity(let position):
        let entity = state.model.entity(state.sidebar[position])
        let selected = position == state.selectedEntity
        let base =
          selected ? theme[.text].layered(theme[focused ? .selection : .selectionUnfocused]) : theme[.text]
        frame.fill(row: y, column: rect.column, height: 1, width: rect.width, style: base)
        let count = "\(entity.articles.count)"
        let countWidth = count.count + 1
        frame.put(
          "  "
            + TextWrap.clip(
              DisplaySanitizer.sanitize(entity.name), width: max(0, rect.width - countWidth - 2)), row: y,
          column: rect.column,
          width: max(0, rect.width - countWidth), style: base.layered(theme[.entity(entity.kind)]))
        frame.put(
          count, row: y, column: rect.column + rect.width - count.count, style: base.layered(theme[.counts]))
      }
    }
  }

  static func heading(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "People"
    case .organization: "Organisations"
    case .place: "Places"
    case .event: "Events"
    case .other: "Other"
    }
  }
}
