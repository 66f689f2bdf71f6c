import TerminalKit

/// The help overlay, generated from the keymap so it can never disagree with it.
enum HelpPresenter {
  static let lines: [String] = {
    var lines = [
      "crossread shows the sources (1), the open article (2) and its entities (3).",
      "Coloured names are entities; underlined sentences are claims another article contradicts (▌ in",
      "the margin). The mouse works too: click to focus and select, the wheel scrolls.",
      "",
    ]
    for scope in KeyScope.allCases {
      let bindings = Keymap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      lines.append(scope.rawValue)
      for binding in bindings {
        let keys = binding.keys.map(Keymap.name).joined(separator: " ")
        lines.append(
          "  " + keys.padding(toLength: max(keys.count, 22), withPad: " ", startingAt: 0) + binding.help)
      }
      lines.append("")
    }
    lines.append(
      "Themes: --theme default|light|high-contrast|mono, or theme = NAME in ~/.config/crossread/config.")
    return lines
  }()

  static var lineCount: Int { lines.count }

  /// Draws a page of `lines` (the help, the problems) in a box over the panes, from line `top`.
  static func draw(
    _ lines: [String], title: String, footer: String, top: Int, in rect: Rect, into frame: inout Frame,
    theme: Theme
  ) {
    frame.fill(
      row: rect.row, column: rect.column, height: rect.height, width: rect.width, style: theme[.text])
    let border = theme[.borderFocused]
    frame.box(
      rect, title: title, style: border, titleStyle: border.layered(theme[.paneTitle]), footer: footer,
      double: true)
    let inner = rect.inner
    // Lines wider than the box wrap, their continuations indented.
    let lines = lines.flatMap { line -> [String] in
      guard DisplayWidth.of(line) > inner.width - 2 else { return [line] }
      let wrapped = TextWrap.lines(line, width: max(1, inner.width - 4))
      return [wrapped[0]] + wrapped.dropFirst().map { "  " + $0 }
    }
    for slot in 0..<inner.height {
      guard lines.indices.contains(top + slot) else { break }
      let line = lines[top + slot]
      let isHeading = !line.hasPrefix(" ") && KeyScope(rawValue: line) != nil
      frame.put(
        " " + line, row: inner.row + slot, column: inner.column, width: inner.width,
        style: isHeading ? theme[.text].layered(theme[.heading]) : theme[.text])
    }
  }
}
