/// Everything the user can ask the reader to do; keys map to these through the `Keymap`.
public enum ReaderAction: Hashable, Sendable {
  case down, up, pageDown, pageUp, top, bottom
  case nextPane, previousPane
  case focus(Pane)
  /// Enter: open the article, an entity's mention list, a list row.
  case open
  /// Back through the jump history.
  case back
  /// Close the overlay, or quit when none is open.
  case close
  /// Close an overlay or clear the search; never quits.
  case cancel
  case quit
  case startSearch, searchNext, searchPrevious
  /// Search every article (through the index).
  case startCorpusSearch
  /// Filter the sources list by title or outlet.
  case startFilter
  case nextMention, previousMention
  case nextFlagged, previousFlagged
  case showCounters, jumpToCounter
  case cycleOrder, toggleFlaggedOnly
  case help
  /// List the problems met while reading the folder.
  case problems
  /// Open the first web link on screen in the browser.
  case openLink
  case resize(rows: Int, columns: Int)
  case click(row: Int, column: Int)
  case scroll(row: Int, column: Int, lines: Int)
  /// Editing the search line while it is open.
  case input(InputEdit)
}

/// An edit of the search line.
public enum InputEdit: Hashable, Sendable {
  case insert(Character)
  case deleteBackward
  case commit
  case cancel
}

/// What the loop must do after an action; the state itself never touches the outside world.
public enum ReaderEffect: Hashable, Sendable {
  case quit
  /// Open this http or https address in the browser (never through a shell).
  case openLink(String)
}
