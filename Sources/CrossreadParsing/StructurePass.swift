import CrossreadCore
import Foundation

/// Decides what each raw block is and finds the article's metadata.
///
/// Needs: the text's code points and the format reader's raw blocks.
/// Adds: block kinds, title, byline, date, dateline, credited source, footnote links, sentences.
struct StructurePass {
  let scalars: [Unicode.Scalar]
  let format: ArticleFormat
  var blocks: [Block]
  /// Whether the format stated the block's kind outright (Markdown markup, bullets).
  var explicit: [Bool]
  var title: TextRange?
  var byline: TextRange?
  var date: ISODay?
  var dateRange: TextRange?
  var dateline: TextRange?
  var source: TextRange?
  var footnoteMarkers: [FootnoteMarker] = []
  var sentences: [Sentence] = []
  /// Word counts of the blocks, counted once; and each block's index by its start offset.
  let blockWords: [Int]
  let blockStarts: [Int: Int]

  /// How many leading blocks may hold the byline and the date.
  static let headerBlocks = 8

  init(scalars: [Unicode.Scalar], format: ArticleFormat, layout: Layout) {
    self.scalars = scalars
    self.format = format
    blocks = layout.blocks.map { Block(kind: $0.hint ?? .paragraph, range: $0.range, level: $0.level) }
    explicit = layout.blocks.map { $0.hint != nil }
    date = layout.statedDate
    blockWords = layout.blocks.map { block in
      WordCounter.count(String(scalars: scalars[block.range.start..<block.range.end])[...])
    }
    var starts: [Int: Int] = [:]
    for (index, block) in layout.blocks.enumerated() { starts[block.range.start] = index }
    blockStarts = starts
  }

  mutating func run() {
    markBoilerplate()
    findByline()
    findDate()
    markNotes()
    findTitle()
    if format == .text { findHeadings() }
    findDateline()
    linkFootnotes()
    splitSentences()
  }

  // MARK: Text helpers

  func string(_ range: TextRange) -> String {
    String(scalars: scalars[range.start..<range.end])
  }

  /// Lower-cased text with runs of spaces (no-break spaces too) folded to one space.
  func normalised(_ range: TextRange) -> String {
    var view = String.UnicodeScalarView()
    var lastWasSpace = false
    for scalar in scalars[range.start..<range.end] {
      if scalar.isSpace {
        if !lastWasSpace { view.append(" ") }
        lastWasSpace = true
      } else {
        view.append(scalar)
        lastWasSpace = false
      }
    }
    return String(view).lowercased()
  }

  func words(_ range: TextRange) -> Int {
    if let index = blockStarts[range.start], blocks[index].range == range { return blockWords[index] }
    return WordCounter.count(string(range)[...])
  }

  func lastScalar(_ range: TextRange) -> Unicode.Scalar? {
    range.isEmpty ? nil : scalars[range.end - 1]
  }

  /// Whether the block ends like a sentence: a full stop, comma or semicolon, also inside quotes.
  func endsLikeSentence(_ range: TextRange) -> Bool {
    var end = range.end
    while end > range.start, scalars[end - 1].isCloser { end -= 1 }
    guard end > range.start else { return false }
    let last = scalars[end - 1]
    return last == "." || last == "," || last == ";" || last == "…"
  }

  /// The index of the first block at or after `index` that holds article content.
  func firstContent(from index: Int = 0) -> Int? {
    let skipped: Set<BlockKind> = [.boilerplate, .byline, .date, .note, .footnote]
    return blocks.indices.first { $0 >= index && !skipped.contains(blocks[$0].kind) }
  }

  // MARK: Boilerplate and credited source

  mutating func markBoilerplate() {
    var inLinkList = false
    for index in blocks.indices {
      let block = blocks[index]
      if block.kind == .footnote { continue }
      let wordCount = words(block.range)
      guard wordCount <= Boilerplate.maximumWords else {
        inLinkList = false
        continue
      }
      let lower = normalised(block.range)
      if let rest = creditedSource(block.range, lower) {
        blocks[index].kind = .boilerplate
        if source == nil { source = rest }
        inLinkList = false
        continue
      }
      if block.kind != .paragraph && block.kind != .listItem && block.kind != .heading { continue }
      switch Boilerplate.classify(lower) {
      case .listOpener:
        blocks[index].kind = .boilerplate
        inLinkList = true
      case .line:
        blocks[index].kind = .boilerplate
      case .content:
        if inLinkList && wordCount <= 25 && !endsLikeSentence(block.range) {
          blocks[index].kind = .boilerplate
        } else {
          inLinkList = false
        }
      }
    }
  }

  /// "Sources: South China Morning Post" → the range of the outlet's name.
  func creditedSource(_ range: TextRange, _ lower: String) -> TextRange? {
    guard let prefix = Boilerplate.sourcePrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
    var start = range.start + prefix.unicodeScalars.count
    while start < range.end, scalars[start].isSpace { start += 1 }
    var end = range.end
    while end > start, scalars[end - 1] == "." || scalars[end - 1].isSpace { end -= 1 }
    guard start < end, scalars[start].isUpper || scalars[start].isDigit else { return nil }
    let rest = TextRange(start, end)
    return words(rest) <= 8 ? rest : nil
  }

  // MARK: Byline and date

  static let bylinePrefixes = [
    "by ", "article by ", "written by ", "words by ", "story by ", "reporting by ", "report by ",
    "posted by ", "author: ", "authors: ", "byline: ", "from ",
  ]

  mutating func findByline() {
    for index in blocks.indices.prefix(Self.headerBlocks) {
      let block = blocks[index]
      if explicit[index] && block.kind == .byline {
        byline = block.range
        return
      }
      guard block.kind == .paragraph, words(block.range) <= 16 else { continue }
      let lower = normalised(block.range)
      guard let prefix = Self.bylinePrefixes.first(where: { lower.hasPrefix($0) }), prefix != "from " else {
        continue
      }
      let namesStart = block.range.start + prefix.unicodeScalars.count
      guard let names = bylineNames(TextRange(namesStart, block.range.end)) else { continue }
      blocks[index].kind = .byline
      byline = names
      if date == nil, let match = DateRecognizer.days(in: string(block.range)).first {
        date = match.day
        dateRange = TextRange(block.range.start + match.range.start, block.range.start + match.range.end)
      }
      return
    }
  }

  /// The author names at the start of `range`: up to a separator, a date or an affiliation.
  func bylineNames(_ range: TextRange) -> TextRange? {
    var start = range.start
    while start < range.end, scalars[start].isSpace { start += 1 }
    guard start < range.end, scalars[start].isUpper else { return nil }
    let text = string(TextRange(start, range.end))
    var cut = text.unicodeScalars.count
    for separator in [" | ", "|", " – ", " — ", " - ", " • ", " on ", " published", " updated", " posted"] {
      if let found = text.lowercased().range(of: separator) {
        cut = min(cut, text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound))
      }
    }
    if let match = DateRecognizer.days(in: text).first { cut = min(cut, match.range.start) }
    var names = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut)))
    if let comma = names.firstIndex(of: ",") {
      let after = names[names.index(after: comma)...]
      if !(after.contains(" and ") || after.contains("&")) {
        names = String(names[..<comma])
        cut = names.unicodeScalars.count
      }
    }
    var end = start + cut
    while end > start, scalars[end - 1].isSpace || scalars[end - 1] == "," || scalars[end - 1] == "." {
      end -= 1
    }
    let result = TextRange(start, end)
    let count = words(result)
    return count >= 1 && count <= 12 ? result : nil
  }

  mutating func findDate() {
    for index in blocks.indices.prefix(Self.headerBlocks) {
      let block = blocks[index]
      if explicit[index] && block.kind == .date {
        if date == nil { date = DateRecognizer.dateLine(string(block.range)) }
        dateRange = dateRange ?? block.range
        return
      }
      guard block.kind == .paragraph, words(block.range) <= 12 else { continue }
      if let day = DateRecognizer.dateLine(string(block.range)) {
        blocks[index].kind = .date
        date = day
        dateRange = block.range
        return
      }
      if let (day, dateRange, outlet) = outletAndDate(block.range) {
        blocks[index].kind = .date
        date = day
        self.dateRange = dateRange
        if source == nil { source = outlet }
        return
      }
      if let (place, day, dateRange) = placeAndDate(block.range) {
        blocks[index].kind = .date
        date = day
        self.dateRange = dateRange
        dateline = place
        return
      }
    }
  }

  /// A dateline on its own line: a place in capitals, then the date.
  ///
  /// For example "CARDIFF 1997-02-15" or "NEW YORK, N.Y. March 3, 2026". Returns the place, the
  /// day and where the date is written.
  func placeAndDate(_ range: TextRange) -> (TextRange, ISODay, TextRange)? {
    var cursor = range.start
    var capitals = 0
    while cursor < range.end, scalars[cursor].isUpper || ".'’-".unicodeScalars.contains(scalars[cursor]) {
      if scalars[cursor].isUpper { capitals += 1 }
      cursor += 1
      if cursor + 1 < range.end, scalars[cursor] == " ", scalars[cursor + 1].isUpper,
        cursor + 2 < range.end,
        scalars[cursor + 2].isUpper || ".'’".unicodeScalars.contains(scalars[cursor + 2])
      {
        cursor += 1
      }
    }
    guard capitals >= 2, cursor < range.end, scalars[cursor] == " " || scalars[cursor] == "," else {
      return nil
    }
    var placeEnd = cursor
    // Tokenised copy puts a space before the comma: "HILVERSUM , Netherlands 1996-08-30".
    while cursor + 1 < range.end, scalars[cursor] == " ",
      scalars[cursor + 1] == " " || scalars[cursor + 1] == ","
    {
      cursor += 1
    }
    let place = string(TextRange(range.start, placeEnd))
    guard !Self.notPlaces.contains(place), DateRecognizer.dateLine(place) == nil else { return nil }
    // An optional region after a comma: "NEW YORK, N.Y.", "KYIV, Ukraine".
    var dateStart = cursor
    while dateStart < range.end, scalars[dateStart] == " " || scalars[dateStart] == "," { dateStart += 1 }
    if let day = DateRecognizer.dateLine(string(TextRange(dateStart, range.end))) {
      return (TextRange(range.start, placeEnd), day, TextRange(dateStart, range.end))
    }
    guard scalars[cursor] == "," else { return nil }
    // The region ends at the first space or comma after which the rest of the line is a date.
    for split in dateStart..<min(range.end, dateStart + 30)
    where scalars[split] == " " || scalars[split] == "," {
      var start = split
      while start < range.end, scalars[start] == " " || scalars[start] == "," { start += 1 }
      guard let day = DateRecognizer.dateLine(string(TextRange(start, range.end))) else { continue }
      placeEnd = split
      return (TextRange(range.start, placeEnd), day, TextRange(start, range.end))
    }
    return nil
  }

  /// A header line of parts, one of them a date, such as "Reuters | 9 March 2026".
  ///
  /// Returns the day, where it is written, and the first other part as the outlet.
  func outletAndDate(_ range: TextRange) -> (ISODay, TextRange, TextRange?)? {
    var parts: [TextRange] = []
    var start = range.start
    for index in range.start...range.end {
      if index == range.end || "|·•".unicodeScalars.contains(scalars[index]) {
        if let part = SentenceSplitter.trim(scalars, TextRange(start, index)) { parts.append(part) }
        start = index + 1
      }
    }
    guard parts.count >= 2,
      let dated = parts.firstIndex(where: { DateRecognizer.dateLine(string($0)) != nil }),
      let day = DateRecognizer.dateLine(string(parts[dated]))
    else { return nil }
    let outlet = parts.indices.first { $0 != dated && words(parts[$0]) <= 6 }.map { parts[$0] }
    return (day, parts[dated], outlet)
  }

  // MARK: Notes, title and headings

  static let notePrefixes = [
    "image by", "image:", "image credit", "images:", "photo:", "photo by", "photos:", "photo credit",
    "photograph:", "photograph by", "picture:", "pictured:", "credit:", "illustration:",
    "illustration by", "cover image", "(reporting by", "reporting by", "editing by", "additional reporting",
    "writing by", "compiled by", "caption:", "file photo",
  ]

  mutating func markNotes() {
    let authors = bylineAuthors()
    let bodyStart = blocks.count / 3
    for index in blocks.indices where blocks[index].kind == .paragraph && !explicit[index] {
      let range = blocks[index].range
      guard words(range) <= 40 else { continue }
      let lower = normalised(range)
      if Self.notePrefixes.contains(where: { lower.hasPrefix($0) }) {
        blocks[index].kind = .note
        continue
      }
      if index >= bodyStart,
        authors.contains(where: { lower.hasPrefix($0 + ",") || lower.hasPrefix($0 + " is ") })
      {
        blocks[index].kind = .note
      }
    }
  }

  /// The lower-cased names in the byline: "Anastasiya Bayok and Stefan Wolff" → two names.
  func bylineAuthors() -> [String] {
    guard let byline else { return [] }
    return normalised(byline)
      .replacingOccurrences(of: " and ", with: ",")
      .replacingOccurrences(of: " & ", with: ",")
      .split(separator: ",")
      .map { $0.trimmingSpaces }
      .filter { $0.contains(" ") }
  }

  mutating func findTitle() {
    if let stated = blocks.indices.first(where: { explicit[$0] && blocks[$0].kind == .title }) {
      title = blocks[stated].range
    } else if let first = firstContent() {
      let block = blocks[first]
      let isLast = firstContent(from: first + 1) == nil
      if format == .markdown {
        if block.kind == .heading && !isLast { title = block.range }
      } else if block.kind == .paragraph, !isLast, isHeadlineShaped(block.range, maximumWords: 30),
        lastScalar(block.range) != ":"
      {
        title = block.range
      } else if block.kind == .paragraph, !isLast, words(block.range) <= 30,
        (first + 1 < blocks.count && blocks[first + 1].kind == .date) || isShouting(block.range)
      {
        // Wire copy: a headline line right above its date line, or set in capitals, is the
        // title even when it ends with a full stop ("WALES EDGE PAST SCOTLAND .").
        title = block.range
      } else if block.kind == .paragraph, !isLast, words(block.range) <= 30, first + 2 < blocks.count,
        blocks[first + 1].kind == .paragraph, blocks[first + 2].kind == .date,
        isBareNameLine(blocks[first + 1].range)
      {
        // Wire copy with the reporter's name on its own line between headline and date line:
        // "EU rejects call to ban beef ." / "Anna Lindqvist" / "BRUSSELS 1996-08-22".
        title = block.range
        if byline == nil {
          byline = blocks[first + 1].range
          blocks[first + 1].kind = .byline
        }
      }
      if title != nil { blocks[first].kind = .title }
    }
    guard let title else { return }
    // A headline repeated above the body is the title again, not a heading.
    let headline = string(title)
    for index in blocks.indices where blocks[index].kind == .paragraph || blocks[index].kind == .heading {
      if blocks[index].range.count == title.count && string(blocks[index].range) == headline {
        blocks[index].kind = .title
      }
    }
  }

  /// A line of two to four capitalised words and nothing else: a reporter's name, not a sentence.
  ///
  /// For example "Anna Lindqvist" or "Mikki L. Sprenkle".
  func isBareNameLine(_ range: TextRange) -> Bool {
    let text = string(range).trimmingCharacters(in: .whitespaces)
    let parts = text.split(separator: " ")
    guard (2...4).contains(parts.count), !endsLikeSentence(range) else { return false }
    return parts.allSatisfy { part in
      guard let first = part.unicodeScalars.first, first.isUpper else { return false }
      return part.unicodeScalars.allSatisfy {
        $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’"
      }
    }
  }

  /// Whether most of the letters are capitals (at least three words of them).
  func isShouting(_ range: TextRange) -> Bool {
    var upper = 0
    var letters = 0
    for scalar in scalars[range.start..<range.end] where scalar.isLetter {
      letters += 1
      if scalar.isUpper { upper += 1 }
    }
    return letters >= 12 && upper * 10 >= letters * 8 && words(range) >= 3
  }

  /// Short, opens with a capital or a digit, and does not end like a sentence.
  func isHeadlineShaped(_ range: TextRange, maximumWords: Int) -> Bool {
    let count = words(range)
    guard count >= 1 && count <= maximumWords, let first = scalars[safe: range.start] else { return false }
    guard first.isUpper || first.isDigit else { return false }
    return !endsLikeSentence(range)
  }

  /// Plain-text headings: a short line that does not end like a sentence and introduces body text.
  mutating func findHeadings() {
    for index in blocks.indices where blocks[index].kind == .paragraph && !explicit[index] {
      let range = blocks[index].range
      guard isHeadlineShaped(range, maximumWords: 14) else { continue }
      if lastScalar(range) == ":" && words(range) > 6 { continue }
      // A list of names is a results line, not a heading: "68 Darren Clarke , Lee Westwood ,
      // Frank Nobilo ( New Zealand )", "Ian Woosnam, Colin Montgomerie, Sam Torrance".
      let slice = scalars[range.start..<range.end]
      let digits = slice.prefix { $0.isDigit }.count
      let opensWithNumber = digits > 0 && digits <= 3
      if slice.filter({ $0 == "," }).count >= 2
        || (opensWithNumber && slice.contains { $0 == "," || $0 == "(" })
      {
        continue
      }
      // A table row is no heading either: "West Ham 3 0 1 2 2 5 1".
      let numbers = string(range).split(separator: " ").count { $0.allSatisfy(\.isNumber) }
      if numbers >= 3 { continue }
      guard SentenceSplitter.split(scalars, in: range).count == 1 else { continue }
      guard index + 1 < blocks.count else { continue }
      let next = blocks[index + 1]
      let introducesBody =
        next.kind == .listItem
        || (next.kind == .paragraph && (words(next.range) > 14 || endsLikeSentence(next.range)))
      if introducesBody { blocks[index].kind = .heading }
    }
  }

  // MARK: Dateline

  /// Words in capitals that open a story but are not places.
  static let notPlaces: Set<String> = [
    "NOTE", "UPDATE", "UPDATED", "EXCLUSIVE", "BREAKING", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL",
    "COMMENT", "CORRECTION", "FILE", "PHOTO", "VIDEO", "LIVE", "FACT CHECK", "FACTBOX", "EXPLAINER",
    "REVIEW", "INTERVIEW", "SPONSORED", "ADVERTISEMENT", "WARNING", "SUMMARY",
  ]

  /// "BELGIUM – …", "KYIV, Ukraine (AP) — …", "LONDON, March 3 (Reuters) - …": the place.
  mutating func findDateline() {
    guard dateline == nil, let first = blocks.indices.first(where: { blocks[$0].kind == .paragraph }) else {
      return
    }
    let range = blocks[first].range
    var cursor = range.start
    var placeEnd = range.start
    var capitals = 0
    // Words in capitals: "NEW YORK", "ST. PETERSBURG", "BELGIUM".
    while cursor < range.end, scalars[cursor].isUpper {
      var wordEnd = cursor
      while wordEnd < range.end,
        scalars[wordEnd].isUpper || ".'’-/".unicodeScalars.contains(scalars[wordEnd])
      {
        if scalars[wordEnd].isUpper { capitals += 1 }
        wordEnd += 1
      }
      if wordEnd < range.end, scalars[wordEnd].isLetter { return }  // "China" is not in capitals
      placeEnd = wordEnd
      cursor = wordEnd
      if cursor + 1 < range.end, scalars[cursor] == " ", scalars[cursor + 1].isUpper,
        cursor + 2 < range.end,
        scalars[cursor + 2].isUpper || ".'’".unicodeScalars.contains(scalars[cursor + 2])
      {
        cursor += 1
      } else {
        break
      }
    }
    guard capitals >= 2 else { return }
    let place = string(TextRange(range.start, placeEnd)).trimmingCharacters(in: ".")
    guard !Self.notPlaces.contains(place) else { return }
    // Optional ", Region" and ", Month Day", in that order: "CUPERTINO, Calif., Jan 17 (Reuters)".
    var datelineEnd = placeEnd
    var parts = 0
    while parts < 2, cursor < range.end, scalars[cursor] == "," {
      parts += 1
      var scan = cursor + 1
      while scan < range.end, scalars[scan] == " " { scan += 1 }
      var partEnd = scan
      while partEnd < range.end,
        scalars[partEnd].isLetter || scalars[partEnd] == "." || scalars[partEnd] == " "
      {
        if scalars[partEnd] == " ", partEnd + 1 < range.end, !scalars[partEnd + 1].isUpper { break }
        partEnd += 1
      }
      let part = string(TextRange(scan, partEnd)).trimmingSpaces
      let isMonth =
        DateRecognizer.months[part.lowercased().split(separator: " ").first.map(String.init) ?? ""] != nil
      if !part.isEmpty, parts == 1, !isMonth {
        datelineEnd = partEnd
        while datelineEnd > scan, scalars[datelineEnd - 1] == " " { datelineEnd -= 1 }
      }
      cursor = partEnd
      while cursor < range.end, scalars[cursor].isDigit || scalars[cursor] == " " { cursor += 1 }
      // A year after the day: "Jan 17, 1997 (Reuters)".
      if isMonth, cursor + 1 < range.end, scalars[cursor] == ",",
        scalars[(cursor + 1)..<min(range.end, cursor + 7)].allSatisfy({ $0.isDigit || $0 == " " })
      {
        cursor += 1
        while cursor < range.end, scalars[cursor].isDigit || scalars[cursor] == " " { cursor += 1 }
      }
    }
    while cursor < range.end, scalars[cursor] == " " { cursor += 1 }
    var credited: TextRange?
    if cursor < range.end, scalars[cursor] == "(", let close = scalars[cursor..<range.end].firstIndex(of: ")")
    {
      // "(Reuters)", "(AP)": the agency credited with the story.
      let inside = TextRange(cursor + 1, close)
      if words(inside) >= 1, words(inside) <= 4, scalars[inside.start].isUpper { credited = inside }
      cursor = close + 1
      while cursor < range.end, scalars[cursor] == " " { cursor += 1 }
    }
    guard cursor < range.end, scalars[cursor].isDash || scalars[cursor] == ":" else { return }
    if scalars[cursor] == ":" && capitals < 4 { return }
    var after = cursor
    while after < range.end, scalars[after].isDash || scalars[after] == ":" { after += 1 }
    guard after < range.end, scalars[after].isSpace else { return }
    dateline = TextRange(range.start, datelineEnd)
    if source == nil { source = credited }
  }

  // MARK: Footnotes and sentences

  mutating func linkFootnotes() {
    var entries: [String: Int] = [:]
    for index in blocks.indices where blocks[index].kind == .footnote {
      let range = blocks[index].range
      if let (label, _) = PlainTextReader.bracketedNumber(scalars, at: range.start, limit: range.end) {
        entries[label] = index
      }
    }
    for index in blocks.indices where blocks[index].kind.isAnalysed && blocks[index].kind != .footnote {
      let range = blocks[index].range
      var cursor = range.start + 1
      while cursor < range.end {
        if scalars[cursor] == "[",
          let (label, end) = PlainTextReader.bracketedNumber(scalars, at: cursor, limit: range.end)
        {
          footnoteMarkers.append(
            FootnoteMarker(range: TextRange(cursor, end), label: label, entry: entries[label]))
          cursor = end
        } else {
          cursor += 1
        }
      }
    }
  }

  mutating func splitSentences() {
    for index in blocks.indices where blocks[index].kind.isAnalysed {
      for range in SentenceSplitter.split(scalars, in: blocks[index].range) {
        sentences.append(Sentence(range: range, block: index))
      }
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
