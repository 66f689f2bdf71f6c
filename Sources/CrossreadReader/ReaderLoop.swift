import TerminalKit

/// Runs the reader on a screen: key → action → `apply` → effects → redraw.
public enum ReaderLoop {
  /// How the loop ended.
  public enum Ending: Equatable, Sendable {
    case quit
    /// A signal asked the program to stop (its number).
    case signal(Int32)
  }

  /// Runs until the user quits or `pendingSignal` reports a signal; the caller restores the terminal.
  ///
  /// `openLink` opens an address in the browser and says whether it could.
  public static func run(
    _ state: inout ReaderState, on screen: any Screen, theme: Theme, pendingSignal: () -> Int32?,
    openLink: (String) -> Bool = { _ in false }
  ) -> Ending {
    let size = screen.size
    _ = state.apply(.resize(rows: size.rows, columns: size.columns))
    screen.draw(ReaderView.render(state, theme: theme))
    while true {
      if let signal = pendingSignal() { return .signal(signal) }
      guard let key = screen.nextKey(timeout: 100) else { continue }
      for effect in handle(key, state: &state, screen: screen, theme: theme) {
        switch effect {
        case .quit: return .quit
        case .openLink(let address):
          if !openLink(address) {
            state.report("could not open \(address): no browser opener (xdg-open) found")
            screen.draw(ReaderView.render(state, theme: theme))
          }
        }
      }
    }
  }

  /// Handles one key: maps it, applies it, redraws, and returns the effects for the caller to run.
  @discardableResult
  public static func handle(_ key: KeyEvent, state: inout ReaderState, screen: any Screen, theme: Theme)
    -> [ReaderEffect]
  {
    let action: ReaderAction?
    if key == .resize {
      let size = screen.size
      action = .resize(rows: size.rows, columns: size.columns)
    } else {
      action = state.action(for: key)
    }
    guard let action else { return [] }
    let effects = state.apply(action)
    if !effects.contains(.quit) { screen.draw(ReaderView.render(state, theme: theme)) }
    return effects
  }
}
