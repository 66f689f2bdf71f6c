import CrossreadCore
import TerminalKit

/// The counter-claim popup: the claim, then each claim that contradicts it or stands in tension
/// with it — article, outlet, date, label, the reason, and the text.
enum CountersPresenter {
  /// One line of the popup, and the counter-claim it belongs to.
  typealias Line = (text: String, style: Style, counter: Int?)

  /// The popup's lines: the claim, then each counter-claim's heading, reason and text.
  static func lines(
    _ state: ReaderState, claim: ReaderModel.FlaggedClaim, selection: Int, width: Int, theme: Theme
  )
    -> [Line]
  {
    let model = state.model
    var lines: [Line] = []
    let claimText = model.articles[state.article][claim.range]
    lines.append(
      ("This claim, in “\(model.sources[state.article].title)”:", theme[.text].layered(theme[.heading]), nil))
    for text in TextWrap.lines(String(claimText), width: width).prefix(4) {
      lines.append(("  " + text, theme[.text].layered(theme[label(claim.label)]), nil))
    }
    for (index, counter) in claim.counters.enumerated() {
      let source = model.sources[counter.article]
      lines.append(("", theme[.text], nil))
      let marker = index == selection ? "▶ " : "  "
      lines.append(
        (
          marker + "\(counter.label.rawValue) · \(source.title) — \(source.credit(", "))",
          theme[.text].layered(theme[label(counter.label)]).layered(Style(bold: true)), index
        ))
      lines.append(
        ("  why: " + DisplaySanitizer.sanitize(counter.why), theme[.text].layered(theme[.counts]), index))
      let quoted = TextWrap.lines("“" + counter.text + "”", width: width)
      for text in quoted.prefix(5) { lines.append(("  " + text, theme[.text], index)) }
      if quoted.count > 5 {
        lines.append(("  … (Enter reads it in full)", theme[.text].layered(theme[.counts]), index))
      }
    }
    return lines
  }

  /// The first line shown, so that the selected counter-claim is on screen.
  static func top(_ lines: [Line], selection: Int, height: Int) -> Int {
    let selectedLines = lines.indices.filter { lines[$0].counter == selection }
    guard let last = selectedLines.last, last >= height else { return 0 }
    return min(selectedLines.first ?? 0, last - height + 1)
  }

  /// The counter-claim drawn at a row of the popup's inside (0 is its first row), if any.
  static func counter(atRow row: Int, claim: ReaderModel.FlaggedClaim, selection: Int, state: ReaderState)
    -> Int?
  {
    let inner = state.layout.overlay.inner
    let lines = lines(
      state, claim: claim, selection: selection, width: max(1, inner.width - 4),
      theme: Theme(name: "", styles: [:]))
    let index = top(lines, selection: selection, height: inner.height) + row
    return lines.indices.contains(index) ? lines[index].counter : nil
  }

  static func draw(
    _ state: ReaderState, claim: ReaderModel.FlaggedClaim, selection: Int, in rect: Rect,
    into frame: inout Frame,
    theme: Theme
  ) {
    frame.fill(
      row: rect.row, column: rect.column, height: rect.height, width: rect.width, style: theme[.text])
    let border = theme[.borderFocused]
    let count = claim.counters.count
    frame.box(
      rect, title: "Counter-claims: \(count) \(count == 1 ? "pair" : "pairs")", style: border,
      titleStyle: border.layered(theme[.paneTitle]), footer: "Enter jump · j/k choose · q close", double: true
    )
    let inner = rect.inner
    let lines = lines(state, claim: claim, selection: selection, width: max(1, inner.width - 4), theme: theme)
    let top = top(lines, selection: selection, height: inner.height)
    for slot in 0..<inner.height {
      guard lines.indices.contains(top + slot) else { break }
      let line = lines[top + slot]
      let style =
        line.counter == selection && line.text.hasPrefix("▶")
        ? line.style.layered(theme[.selection]) : line.style
      frame.put(
        " " + line.text, row: inner.row + slot, column: inner.column, width: inner.width, style: style)
    }
  }

  static func label(_ label: PairLabel) -> ThemeRole { label == .contradiction ? .contradiction : .tension }
}
