import CrossreadCore

/// Renders Markdown to plain text with blocks: ATX and Setext headings, bulleted and numbered
/// lists, block quotes, fenced code, footnote definitions, YAML front matter (title, author, date,
/// source); inline emphasis, code, links and images become their visible text, links are kept.
///
/// The article text of a Markdown file is this rendering; every offset points into it.
enum MarkdownReader {
  static func read(_ source: String) -> Layout {
    var renderer = Renderer()
    let lines = splitLines(source)
    var index = 0
    if let (metadata, next) = frontMatter(lines) {
      index = next
      renderer.frontMatter(metadata)
    }
    var paragraph: [Substring] = []
    var paragraphHint: BlockKind?
    var paragraphLevel = 0
    var afterBlank = true

    func flush() {
      if !paragraph.isEmpty {
        renderer.block(
          paragraph.joined(separator: " "), hint: paragraphHint, level: paragraphLevel,
          afterBlank: afterBlank)
        afterBlank = false
      }
      paragraph = []
      paragraphHint = nil
      paragraphLevel = 0
    }

    while index < lines.count {
      let raw = lines[index]
      let line = raw.drop(while: { $0 == " " || $0 == "\t" })
      let indent = raw.count - line.count
      index += 1
      if line.allSatisfy({ $0.isWhitespace }) {
        flush()
        afterBlank = true
        continue
      }
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush()
        let fence = line.prefix(3)
        var code: [Substring] = []
        while index < lines.count, !lines[index].drop(while: { $0 == " " }).hasPrefix(fence) {
          code.append(lines[index])
          index += 1
        }
        index += 1
        renderer.block(code.joined(separator: "\n"), hint: .paragraph, verbatim: true, afterBlank: afterBlank)
        afterBlank = false
        continue
      }
      if let level = atxLevel(line) {
        flush()
        var content = line.dropFirst(level).drop(while: { $0 == " " || $0 == "\t" })
        while content.hasSuffix("#") { content = content.dropLast() }
        renderer.block(String(content).trimmingSpaces, hint: .heading, level: level, afterBlank: afterBlank)
        afterBlank = false
        continue
      }
      if !paragraph.isEmpty, paragraphHint == nil, let level = setextLevel(line) {
        paragraphHint = .heading
        paragraphLevel = level
        flush()
        continue
      }
      if isThematicBreak(line) {
        flush()
        afterBlank = true
        continue
      }
      if line.hasPrefix("<!--") || (line.hasPrefix("<") && line.hasSuffix(">") && !line.contains(" ")) {
        continue
      }
      if line.hasPrefix("[^"), let close = line.firstIndex(of: "]"),
        line[line.index(after: close)...].hasPrefix(":")
      {
        flush()
        let label = line[line.index(line.startIndex, offsetBy: 2)..<close]
        let body = line[line.index(close, offsetBy: 2)...].trimmingSpaces
        paragraph = ["[\(label)] " + body]
        paragraphHint = .footnote
        continue
      }
      if line.hasPrefix("["), isLinkDefinition(line) {
        continue
      }
      if line.hasPrefix(">") {
        let quoted = line.dropFirst().drop(while: { $0 == " " })
        if paragraphHint != nil { flush() }
        paragraph.append(quoted)
        continue
      }
      if let content = listContent(line) {
        flush()
        paragraph = [content]
        paragraphHint = .listItem
        paragraphLevel = min(indent / 2, 3)
        continue
      }
      if paragraphHint == .heading { flush() }
      paragraph.append(line)
    }
    flush()
    return renderer.layout
  }

  static func splitLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "\n" || character == "\r\n" || character == "\r" {
        lines.append(text[start..<index])
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    if start < text.endIndex { lines.append(text[start...]) }
    return lines
  }

  static func frontMatter(_ lines: [Substring]) -> ([String: String], Int)? {
    guard let first = lines.first, first.trimmingSpaces == "---" else { return nil }
    var metadata: [String: String] = [:]
    for index in 1..<min(lines.count, 60) {
      let line = lines[index]
      if line.trimmingSpaces == "---" || line.trimmingSpaces == "..." { return (metadata, index + 1) }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces.lowercased()
      var value = line[line.index(after: colon)...].trimmingSpaces
      if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
        value = String(value.dropFirst().dropLast())
      }
      metadata[key] = value
    }
    return nil
  }

  static func atxLevel(_ line: Substring) -> Int? {
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    return rest.isEmpty || rest.first == " " || rest.first == "\t" ? hashes : nil
  }

  static func setextLevel(_ line: Substring) -> Int? {
    let trimmed = line.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
    if trimmed.allSatisfy({ $0 == "-" }) && trimmed.count >= 2 { return 2 }
    return nil
  }

  static func isThematicBreak(_ line: Substring) -> Bool {
    let marks = line.filter { $0 != " " && $0 != "\t" }
    guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else {
      return false
    }
    return marks.allSatisfy { $0 == first }
  }

  static func isLinkDefinition(_ line: Substring) -> Bool {
    guard let close = line.firstIndex(of: "]") else { return false }
    return line[line.index(after: close)...].hasPrefix(":")
  }

  static func listContent(_ line: Substring) -> Substring? {
    if let first = line.first, first == "-" || first == "*" || first == "+" {
      let rest = line.dropFirst()
      guard rest.first == " " || rest.first == "\t" else { return nil }
      let content = rest.drop(while: { $0 == " " || $0 == "\t" })
      return content.isEmpty ? nil : content
    }
    let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...9).contains(digits.count) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
    let after = rest.dropFirst()
    guard after.first == " " || after.first == "\t" else { return nil }
    let content = after.drop(while: { $0 == " " || $0 == "\t" })
    return content.isEmpty ? nil : content
  }
}

/// Builds the rendered text, counting code points as it goes.
private struct Renderer {
  var text = String.UnicodeScalarView()
  var count = 0
  var blocks: [RawBlock] = []
  var links: [Link] = []
  var statedDate: ISODay?

  var layout: Layout {
    Layout(text: String(text), blocks: blocks, links: links, statedDate: statedDate)
  }

  mutating func frontMatter(_ metadata: [String: String]) {
    if let title = metadata["title"], !title.isEmpty { block(title, hint: .title, verbatim: true) }
    let author = metadata["author"] ?? metadata["authors"] ?? metadata["byline"]
    if let author, !author.isEmpty { block(author, hint: .byline, verbatim: true) }
    let date = metadata["date"] ?? metadata["published"] ?? metadata["pubdate"]
    if let date, !date.isEmpty {
      statedDate = ISODay(iso: date.prefix(10)) ?? DateRecognizer.days(in: date).first?.day
      block(date, hint: .date, verbatim: true)
    }
    let source = metadata["source"] ?? metadata["outlet"] ?? metadata["publisher"]
    if let source, !source.isEmpty { block("Source: " + source, hint: .boilerplate, verbatim: true) }
  }

  mutating func append(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars {
      text.append(scalar)
      count += 1
    }
  }

  mutating func block(
    _ content: String, hint: BlockKind?, level: Int = 0, verbatim: Bool = false, afterBlank: Bool = true
  ) {
    if !blocks.isEmpty { append("\n\n".unicodeScalars) }
    let start = count
    if verbatim {
      append(content.unicodeScalars)
    } else {
      inline(Array(content.unicodeScalars))
    }
    // Trim trailing spaces the inline pass left.
    while count > start, let last = text.last, last.isSpace {
      text.removeLast()
      count -= 1
    }
    guard count > start else {
      if !blocks.isEmpty { text.removeLast(2); count -= 2 }
      return
    }
    blocks.append(RawBlock(range: TextRange(start, count), hint: hint, level: level, afterBlank: afterBlank))
  }

  /// Renders inline Markdown: drops emphasis marks, keeps code, link and image text.
  mutating func inline(_ source: [Unicode.Scalar]) {
    var index = 0
    while index < source.count {
      let scalar = source[index]
      switch scalar {
      case "\\"
      where index + 1 < source.count && source[index + 1].properties.isASCIIHexDigit == false
        && (0x21...0x7E).contains(source[index + 1].value):
        append(CollectionOfOne(source[index + 1]))
        index += 2
      case "`":
        let run = source[index...].prefix(while: { $0 == "`" }).count
        if let close = find(source, run: run, of: "`", from: index + run) {
          append(source[(index + run)..<close])
          index = close + run
        } else {
          append(source[index..<(index + run)])
          index += run
        }
      case "!" where index + 1 < source.count && source[index + 1] == "[":
        if let (label, _, next) = linkParts(source, at: index + 1) {
          inline(label)
          index = next
        } else {
          append(CollectionOfOne(scalar))
          index += 1
        }
      case "[":
        if index + 1 < source.count, source[index + 1] == "^",
          let close = source[index...].firstIndex(of: "]")
        {
          append("[".unicodeScalars)
          append(source[(index + 2)..<close])
          append("]".unicodeScalars)
          index = close + 1
        } else if let (label, url, next) = linkParts(source, at: index) {
          let start = count
          inline(label)
          if let url { links.append(Link(range: TextRange(start, count), url: url)) }
          index = next
        } else {
          append(CollectionOfOne(scalar))
          index += 1
        }
      case "<":
        if let close = source[index...].firstIndex(of: ">") {
          let inner = String(scalars: source[(index + 1)..<close])
          if inner.hasPrefix("http://") || inner.hasPrefix("https://") {
            let start = count
            append(inner.unicodeScalars)
            links.append(Link(range: TextRange(start, count), url: inner))
            index = close + 1
            continue
          }
          if let first = inner.unicodeScalars.first, first.isLetter || first == "/",
            !inner.contains(" ")
              || inner.hasPrefix("a ") || inner.hasPrefix("span ")
          {
            index = close + 1
            continue
          }
        }
        append(CollectionOfOne(scalar))
        index += 1
      case "*", "_", "~":
        let run = source[index...].prefix(while: { $0 == scalar }).count
        let before = index > 0 ? source[index - 1] : " "
        let after = index + run < source.count ? source[index + run] : " "
        let intraword = before.isWordScalar && after.isWordScalar
        let isMark = (scalar == "~" && run == 2) || (scalar != "~" && run <= 3)
        if isMark && !(scalar == "_" && intraword) && !(before.isSpace && after.isSpace) {
          index += run
        } else {
          append(source[index..<(index + run)])
          index += run
        }
      default:
        append(CollectionOfOne(scalar))
        index += 1
      }
    }
  }

  func find(_ source: [Unicode.Scalar], run: Int, of mark: Unicode.Scalar, from start: Int) -> Int? {
    var index = start
    while index + run <= source.count {
      if source[index..<(index + run)].allSatisfy({ $0 == mark }) { return index }
      index += 1
    }
    return nil
  }

  /// `[label](url "title")` or `[label][ref]` at `index`: the label, the url, and the offset after.
  func linkParts(_ source: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], String?, Int)? {
    var depth = 0
    var close: Int?
    for position in index..<source.count {
      if source[position] == "[" { depth += 1 }
      if source[position] == "]" {
        depth -= 1
        if depth == 0 {
          close = position
          break
        }
      }
    }
    guard let close else { return nil }
    let label = Array(source[(index + 1)..<close])
    let next = close + 1
    if next < source.count, source[next] == "(", let end = source[next...].firstIndex(of: ")") {
      let target = String(scalars: source[(next + 1)..<end])
      let url = target.split(separator: " ").first.map(String.init) ?? ""
      return (label, url.trimmingCharacters(in: "<>"), end + 1)
    }
    if next < source.count, source[next] == "[", let end = source[next...].firstIndex(of: "]") {
      return (label, nil, end + 1)
    }
    return nil
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, scalars[start].isSpace { start += 1 }
    while end > start, scalars[end - 1].isSpace { end -= 1 }
    return String(scalars: scalars[start..<end])
  }

  /// The text without any of the characters of `set` at either end.
  func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
