import CrossreadCore
import TerminalKit

/// An article wrapped to a width: display lines that each cover a code-point range of the text.
///
/// Built once per article and width (O(n) in the text); drawing then touches only the visible
/// lines. Positions are kept as code-point offsets, so a resize re-wraps and keeps the place.
struct ArticleLayout: Sendable {
  /// One display line: a range of the text, or a blank line between blocks.
  struct Line: Sendable, Hashable {
    var start: Int
    var end: Int
    /// The block's kind; nil for the blank line between blocks.
    var kind: BlockKind?
  }

  let article: Int
  let width: Int
  /// The article's code points, made safe to display one for one (controls become placeholders).
  let scalars: [Unicode.Scalar]
  let lines: [Line]

  /// Wraps article `index` of `model` to `width` columns (at least 1).
  init(_ model: ReaderModel, article index: Int, width: Int) {
    article = index
    self.width = max(1, width)
    let text = model.articles[index]
    var scalars = text.text.scalars
    for position in scalars.indices {
      if scalars[position] == "\n" { continue }
      if let safe = DisplaySanitizer.replacement(for: scalars[position]) { scalars[position] = safe }
    }
    self.scalars = scalars
    var lines: [Line] = []
    for block in text.blocks {
      if let last = lines.last { lines.append(Line(start: last.end, end: last.end, kind: nil)) }
      Self.wrap(block, scalars: scalars, width: self.width, into: &lines)
    }
    if lines.isEmpty { lines.append(Line(start: 0, end: 0, kind: nil)) }
    self.lines = lines
  }

  /// Breaks a block at its line breaks, then at spaces so no line is wider than `width`.
  private static func wrap(_ block: Block, scalars: [Unicode.Scalar], width: Int, into lines: inout [Line]) {
    var paragraphStart = block.range.start
    let end = min(block.range.end, scalars.count)
    var position = paragraphStart
    while position <= end {
      if position == end || scalars[position] == "\n" {
        var paragraphEnd = position
        if paragraphEnd > paragraphStart, scalars[paragraphEnd - 1] == "\r" { paragraphEnd -= 1 }
        wrapParagraph(paragraphStart, paragraphEnd, block.kind, scalars: scalars, width: width, into: &lines)
        paragraphStart = position + 1
      }
      position += 1
    }
  }

  private static func wrapParagraph(
    _ start: Int, _ end: Int, _ kind: BlockKind, scalars: [Unicode.Scalar], width: Int,
    into lines: inout [Line]
  ) {
    var lineStart = start
    var column = 0
    var lastBreak: Int?
    var position = start
    while position < end {
      let span = DisplayWidth.of(scalars[position])
      if column + span > width, position > lineStart {
        let cut = lastBreak.flatMap { $0 > lineStart ? $0 : nil } ?? position
        lines.append(Line(start: lineStart, end: cut, kind: kind))
        lineStart = cut
        column = (cut..<position).reduce(0) { $0 + DisplayWidth.of(scalars[$1]) }
        lastBreak = nil
      }
      column += span
      if scalars[position] == " " || scalars[position] == "\u{2003}" { lastBreak = position + 1 }
      position += 1
    }
    lines.append(Line(start: lineStart, end: end, kind: kind))
  }

  /// The line that shows `offset`: the last line starting at or before it; O(log lines).
  func line(containing offset: Int) -> Int {
    max(0, lines.partitioningIndex { $0.start > offset } - 1)
  }

  /// The text of part of a line, ready to draw.
  func text(_ start: Int, _ end: Int) -> String {
    String(scalars: scalars[max(0, start)..<min(end, scalars.count)])
  }
}
