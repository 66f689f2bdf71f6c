import CrossreadCore
import TerminalKit

/// Small text helpers for presenters, all measured in display columns.
enum TextWrap {
  /// Word-wraps `text` (sanitised, line breaks flattened) to `width` columns.
  static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in DisplaySanitizer.sanitize(text).split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(word)
      if lineWidth > 0, lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      if wordWidth > width {
        for character in word {
          let span = DisplayWidth.of(character)
          if lineWidth + span > width {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += span
        }
      } else {
        line += word
        lineWidth += wordWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// The end of `text` that fits in `width` columns.
  static func suffix(_ text: String, width: Int) -> String {
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let previous = text.index(before: start)
      let span = DisplayWidth.of(text[previous])
      if used + span > width { break }
      used += span
      start = previous
    }
    return String(text[start...])
  }

  /// `text` cut to `width` columns, with an ellipsis when cut.
  static func clip(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var used = 0
    var result = ""
    for character in text {
      let span = DisplayWidth.of(character)
      if used + span > width - 1 { break }
      result.append(character)
      used += span
    }
    return result + "…"
  }

  /// Line breaks and runs of white space become single spaces, controls become placeholders.
  static func flat(_ text: some StringProtocol) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
      let isSpace = character.isWhitespace
      if isSpace, lastWasSpace { continue }
      result.append(isSpace ? " " : character)
      lastWasSpace = isSpace
    }
    return DisplaySanitizer.sanitize(result)
  }
}

extension Frame {
  /// Draws a one-line box around `rect` with a title in its top edge.
  ///
  /// A `double` box (the focused pane, overlays) is drawn with double lines, so focus shows
  /// without colour too.
  mutating func box(
    _ rect: Rect, title: String, style: Style, titleStyle: Style, footer: String? = nil, double: Bool = false
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.column + rect.width - 1
    let bottom = rect.row + rect.height - 1
    let lines = double ? Array("═║╔╗╚╝") : Array("─│┌┐└┘")
    let horizontal = String(repeating: lines[0], count: rect.width - 2)
    put(String(lines[2]) + horizontal + String(lines[3]), row: rect.row, column: rect.column, style: style)
    put(String(lines[4]) + horizontal + String(lines[5]), row: bottom, column: rect.column, style: style)
    for y in (rect.row + 1)..<bottom {
      put(String(lines[1]), row: y, column: rect.column, style: style)
      put(String(lines[1]), row: y, column: right, style: style)
    }
    if rect.width > 6, !title.isEmpty {
      put(
        " " + TextWrap.clip(title, width: rect.width - 6) + " ", row: rect.row, column: rect.column + 2,
        style: titleStyle)
    }
    if let footer, rect.width > 6 {
      let text = " " + TextWrap.clip(footer, width: rect.width - 6) + " "
      put(text, row: bottom, column: right - 1 - DisplayWidth.of(text), style: style)
    }
  }
}
