import CrossreadCore
import TerminalKit

/// What a piece of the screen means; a theme gives each role a style.
public enum ThemeRole: String, CaseIterable, Sendable {
  case text
  case title
  case heading
  case byline
  case dimmed
  case footnote
  case borderFocused = "border.focused"
  case borderUnfocused = "border.unfocused"
  case paneTitle = "pane.title"
  case titleBar = "title-bar"
  case statusBar = "status-bar"
  case message
  case selection
  case selectionUnfocused = "selection.unfocused"
  case person = "entity.person"
  case organization = "entity.organization"
  case place = "entity.place"
  case event = "entity.event"
  case other = "entity.other"
  case preview
  case contradiction
  case tension
  case currentClaim = "claim.current"
  case searchMatch = "search-match"
  case jumpTarget = "jump-target"
  case counts

  /// The role that colours mentions of an entity kind.
  public static func entity(_ kind: EntityKind) -> ThemeRole {
    switch kind {
    case .person: .person
    case .organization: .organization
    case .place: .place
    case .event: .event
    case .other: .other
    }
  }
}

/// A named set of styles for the roles; roles a theme leaves out keep the default theme's style.
public struct Theme: Sendable {
  /// The theme's name (its file name without `.theme`).
  public var name: String
  private var styles: [ThemeRole: Style]

  /// A theme with the given styles.
  public init(name: String, styles: [ThemeRole: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style of a role (plain when the theme does not name it).
  public subscript(role: ThemeRole) -> Style {
    get { styles[role] ?? .plain }
    set { styles[role] = newValue }
  }

  /// The same theme with every colour removed and the attributes kept, for `NO_COLOR`.
  public var withoutColors: Theme {
    var copy = self
    copy.styles = styles.mapValues { style in
      var plain = style
      plain.foreground = nil
      plain.background = nil
      return plain
    }
    return copy
  }

  /// This theme with roles it leaves out taken from `base`.
  func filling(from base: Theme) -> Theme {
    var copy = self
    for role in ThemeRole.allCases where copy.styles[role] == nil { copy.styles[role] = base.styles[role] }
    return copy
  }
}
