import TerminalKit

/// Where a key binding applies.
public enum KeyScope: String, CaseIterable, Sendable {
  case everywhere = "Everywhere"
  case sources = "Sources pane"
  case article = "Article pane"
  case entities = "Entities pane"
  case lists = "Mention list and counter-claims"
}

/// One row of the keymap: keys, the action they name, and what it does in words.
public struct KeyBinding: Sendable {
  public var keys: [KeyEvent]
  public var action: ReaderAction
  public var scope: KeyScope
  public var help: String
  /// A short label for the bottom bar, when this binding is worth a hint there.
  public var hint: String?
}

/// The one table of keys: lookups, the help overlay and the bottom bar's hints all come from it.
public enum Keymap {
  private static func bind(
    _ keys: [KeyEvent], _ action: ReaderAction, _ scope: KeyScope, _ help: String, hint: String? = nil
  ) -> KeyBinding {
    KeyBinding(keys: keys, action: action, scope: scope, help: help, hint: hint)
  }

  private static func chars(_ text: String) -> [KeyEvent] { text.map { .character($0) } }

  /// Every binding, in the order the help shows them.
  public static let bindings: [KeyBinding] = [
    bind(chars("j") + [.down], .down, .everywhere, "move down / scroll down a line", hint: "j/k move"),
    bind(chars("k") + [.up], .up, .everywhere, "move up / scroll up a line"),
    bind([.pageDown, .character(" "), .character("\u{06}")], .pageDown, .everywhere, "page down"),
    bind([.pageUp, .character("\u{02}")], .pageUp, .everywhere, "page up"),
    bind(chars("g") + [.home], .top, .everywhere, "go to the top"),
    bind(chars("G") + [.end], .bottom, .everywhere, "go to the bottom"),
    bind([.tab, .right, .character("l")], .nextPane, .everywhere, "next pane", hint: "Tab pane"),
    bind([.backTab, .left, .character("h")], .previousPane, .everywhere, "previous pane"),
    bind(chars("1"), .focus(.sources), .everywhere, "sources pane"),
    bind(chars("2"), .focus(.article), .everywhere, "article pane"),
    bind(chars("3"), .focus(.entities), .everywhere, "entities pane"),
    bind(chars("/"), .startSearch, .everywhere, "search the article", hint: "/ search"),
    bind(chars("n"), .searchNext, .everywhere, "next search match"),
    bind(chars("N"), .searchPrevious, .everywhere, "previous search match"),
    bind(
      chars("F"), .startCorpusSearch, .everywhere, "find in every article (full-text index)",
      hint: "F find all"),
    bind(chars("c"), .nextFlagged, .everywhere, "next contradicted claim in the article", hint: "c flagged"),
    bind(chars("C"), .previousFlagged, .everywhere, "previous contradicted claim"),
    bind(
      chars("x"), .showCounters, .everywhere, "show the counter-claims of the current claim",
      hint: "x counter"),
    bind(chars("X"), .jumpToCounter, .everywhere, "jump to the strongest counter-claim"),
    bind(
      chars("b") + [.backspace], .back, .everywhere, "back to where the last jump started", hint: "b back"),
    bind(chars("?"), .help, .everywhere, "this help", hint: "? help"),
    bind(chars("!"), .problems, .everywhere, "files skipped or repaired while reading the folder"),
    bind(chars("o"), .openLink, .everywhere, "open the first web link on screen (http and https only)"),
    bind([.escape], .cancel, .everywhere, "close the overlay, clear the search"),
    bind(chars("q"), .close, .everywhere, "close the overlay, or quit", hint: "q quit"),
    bind(chars("Q"), .quit, .everywhere, "quit at once"),
    bind([.enter], .open, .sources, "read the article", hint: "Enter read"),
    bind(
      chars("/"), .startFilter, .sources, "filter the list by title or outlet (Esc clears)", hint: "/ filter"),
    bind(chars("s"), .cycleOrder, .sources, "order: files, most flagged, newest, outlet", hint: "s order"),
    bind(
      chars("f"), .toggleFlaggedOnly, .sources, "only articles with contradictions", hint: "f flagged only"),
    bind([.enter], .open, .article, "counter-claims of the claim on screen"),
    bind(chars("]"), .nextMention, .article, "next mention of the sidebar's entity", hint: "]/[ mention"),
    bind(chars("["), .previousMention, .article, "previous mention of the sidebar's entity"),
    bind([.enter], .open, .entities, "every mention of the entity in the corpus", hint: "Enter mentions"),
    bind(
      chars("]"), .nextMention, .entities, "next mention of the entity in the article", hint: "]/[ mention"),
    bind(chars("["), .previousMention, .entities, "previous mention of the entity in the article"),
    bind([.enter], .open, .lists, "jump there (b comes back)", hint: "Enter jump"),
    bind(chars("q"), .close, .lists, "close the list", hint: "q close"),
  ]

  /// The action for `key` in `scope`: the scope's own binding first, then the global one.
  public static func action(for key: KeyEvent, in scope: KeyScope) -> ReaderAction? {
    if let own = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return own.action }
    return bindings.first { $0.scope == .everywhere && $0.keys.contains(key) }?.action
  }

  /// The actions whose hints stay at the right end of the bottom bar, whatever its width.
  static let pinnedActions: Set<ReaderAction> = [.help, .close]

  /// The hints of `scope` for pinned actions (help, close or quit), in bar order.
  public static func pinnedHints(in scope: KeyScope) -> [String] {
    let pinned = Set(bindings.filter { pinnedActions.contains($0.action) }.compactMap(\.hint))
    return hints(in: scope).filter(pinned.contains)
  }

  /// The hints for the bottom bar in `scope`: its own first, then the global ones.
  public static func hints(in scope: KeyScope) -> [String] {
    let ownBindings = bindings.filter { $0.scope == scope }
    let ownKeys = Set(ownBindings.flatMap(\.keys))
    let own = ownBindings.compactMap(\.hint)
    // A global binding whose key this scope rebinds does not apply here.
    let global = bindings.filter { $0.scope == .everywhere && ownKeys.isDisjoint(with: $0.keys) }.compactMap(
      \.hint)
    var seen: Set<String> = []
    return (own + global).filter { seen.insert($0).inserted }
  }

  /// A key as the help writes it.
  public static func name(_ key: KeyEvent) -> String {
    switch key {
    case .character(" "): "Space"
    case .character("\u{06}"): "Ctrl-F"
    case .character("\u{02}"): "Ctrl-B"
    case .character(let character): String(character)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .resize: "resize"
    case .mouse: "mouse"
    }
  }
}

extension ReaderState {
  /// The keymap scope for where the user is.
  public var scope: KeyScope {
    switch overlay {
    case .list, .counters: return .lists
    case .help, .problems: return .everywhere
    case nil:
      switch focus {
      case .sources: return .sources
      case .article: return .article
      case .entities: return .entities
      }
    }
  }

  /// Turns a key into an action (nil for resizes, which the loop handles: it knows the size).
  ///
  /// The search line takes typing, mouse events map directly, the rest goes through the keymap.
  public func action(for key: KeyEvent) -> ReaderAction? {
    if input != nil {
      switch key {
      case .enter: return .input(.commit)
      case .escape: return .input(.cancel)
      case .backspace: return .input(.deleteBackward)
      case .character(let character) where !character.isNewline: return .input(.insert(character))
      default: return nil
      }
    }
    switch key {
    case .resize: return nil
    case .mouse(let row, let column, .left): return .click(row: row, column: column)
    case .mouse(let row, let column, .wheelUp): return .scroll(row: row, column: column, lines: -3)
    case .mouse(let row, let column, .wheelDown): return .scroll(row: row, column: column, lines: 3)
    default: return Keymap.action(for: key, in: scope)
    }
  }
}
