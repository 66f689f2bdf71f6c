import CrossreadCore

/// Splits plain text into raw blocks, one per line or one per hard-wrapped paragraph.
///
/// Bulleted and numbered lines become list items; lines that open with `[n]` become
/// footnote entries. Offsets index the text exactly: CRLF, CR and LF all end a line.
enum PlainTextReader {
  struct Line {
    var content: TextRange
    var indent: Int
    var isBlank: Bool { content.isEmpty }
  }

  static func read(_ text: String, scalars: [Unicode.Scalar]) -> Layout {
    let lines = self.lines(scalars)
    let wrapped = isHardWrapped(lines)
    var blocks: [RawBlock] = []
    var previousBlank = true
    for line in lines {
      if line.isBlank {
        previousBlank = true
        continue
      }
      var block = RawBlock(range: line.content, afterBlank: previousBlank)
      if let (contentStart, _) = bullet(scalars, line.content) {
        block.hint = .listItem
        block.level = min(line.indent / 2, 3)
        block.range = TextRange(contentStart, line.content.end)
      } else if footnoteLabel(scalars, line.content) != nil {
        block.hint = .footnote
      } else if !previousBlank, var last = blocks.last,
        wrapped || continues(scalars, after: last, line: line.content)
      {
        // A continuation line of a hard-wrapped paragraph or list item.
        last.range = TextRange(last.range.start, line.content.end)
        blocks[blocks.count - 1] = last
        previousBlank = false
        continue
      }
      blocks.append(block)
      previousBlank = false
    }
    return Layout(text: text, blocks: blocks)
  }

  /// Whether a line goes on with the block before it, even in a file not hard-wrapped as a whole.
  ///
  /// It does when it opens with a lower-case letter and the block before ends mid-sentence ("… the
  /// National Conference" / "party, said …"): no sentence opens in lower case.
  static func continues(_ scalars: [Unicode.Scalar], after block: RawBlock, line: TextRange) -> Bool {
    guard block.hint == nil, !line.isEmpty, scalars[line.start].isLower, !block.range.isEmpty else {
      return false
    }
    let end = scalars[block.range.end - 1]
    return !".!?:;\"”’)]".unicodeScalars.contains(end)
  }

  /// The lines of the text, each trimmed of surrounding spaces.
  static func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var index = 0
    func finish(_ end: Int) {
      var first = start
      while first < end, scalars[first].isSpace { first += 1 }
      var last = end
      while last > first, scalars[last - 1].isSpace { last -= 1 }
      var indent = 0
      for position in start..<first { indent += scalars[position] == "\t" ? 4 : 1 }
      lines.append(Line(content: TextRange(first, last), indent: indent))
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.isLineBreak {
        finish(index)
        if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < scalars.count { finish(scalars.count) }
    return lines
  }

  /// Whether the text is hard-wrapped prose: most lines are of a similar, moderate width and
  /// paragraphs are runs of several lines separated by blank lines.
  static func isHardWrapped(_ lines: [Line]) -> Bool {
    let lengths = lines.filter { !$0.isBlank }.map { $0.content.count }
    guard lengths.count >= 4 else { return false }
    let sorted = lengths.sorted()
    let median = sorted[sorted.count / 2]
    let maxWidth = sorted[sorted.count * 9 / 10]
    guard (30...100).contains(median), maxWidth <= 110 else { return false }
    var runs = 0
    var multiLineRuns = 0
    var current = 0
    for line in lines + [Line(content: TextRange(0, 0), indent: 0)] {
      if line.isBlank {
        if current > 0 { runs += 1 }
        if current > 1 { multiLineRuns += 1 }
        current = 0
      } else {
        current += 1
      }
    }
    return multiLineRuns * 2 >= runs && runs >= 2
  }

  /// Where the content of a bulleted or numbered line starts, and the bullet's length.
  static func bullet(_ scalars: [Unicode.Scalar], _ range: TextRange) -> (Int, Int)? {
    guard range.count >= 3 else { return nil }
    let first = scalars[range.start]
    let bullets: Set<Unicode.Scalar> = [
      "•", "●", "▪", "■", "‣", "◦", "○", "·", "*", "+", "-", "–", "—", "►", "➢", "✓",
    ]
    var contentStart: Int?
    if bullets.contains(first), scalars[range.start + 1].isSpace {
      contentStart = range.start + 1
    } else if first.isDigit {
      var index = range.start
      while index < range.end, scalars[index].isDigit { index += 1 }
      if index - range.start <= 2, index + 1 < range.end, scalars[index] == "." || scalars[index] == ")",
        scalars[index + 1].isSpace
      {
        contentStart = index + 1
      }
    }
    guard var start = contentStart else { return nil }
    while start < range.end, scalars[start].isSpace { start += 1 }
    guard start < range.end else { return nil }
    return (start, start - range.start)
  }

  /// The label of a reference entry that opens with `[n]` (one to three digits).
  static func footnoteLabel(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String? {
    guard let (label, end) = bracketedNumber(scalars, at: range.start, limit: range.end) else { return nil }
    guard end == range.end || scalars[end].isSpace || scalars[end] == ":" else { return nil }
    return label
  }

  /// A `[n]` at `index`: the digits and the offset after the closing bracket.
  static func bracketedNumber(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (String, Int)? {
    guard index < limit, scalars[index] == "[" else { return nil }
    var cursor = index + 1
    var label = String.UnicodeScalarView()
    while cursor < limit, scalars[cursor].isDigit, label.count < 3 {
      label.append(scalars[cursor])
      cursor += 1
    }
    guard !label.isEmpty, cursor < limit, scalars[cursor] == "]" else { return nil }
    return (String(label), cursor + 1)
  }
}
