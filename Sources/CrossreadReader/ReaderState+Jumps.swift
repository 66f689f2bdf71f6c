import CrossreadCore
import CrossreadIndex
import Foundation

extension ReaderState {
  /// Moves to the next (or previous) search match.
  mutating func stepSearch(by step: Int) {
    guard var current = search, !current.matches.isEmpty else {
      message = "no search: press / to search this article"
      return
    }
    current.current = (current.current + step + current.matches.count) % current.matches.count
    search = current
    reveal(current.matches[current.current].start)
    message = "match \(current.current + 1) of \(current.matches.count) for “\(current.query)”"
  }

  /// Moves to the next (or previous) mention of the sidebar's entity in the article.
  mutating func stepMention(by step: Int) {
    guard let entity = selectedEntityIndex else {
      message = "no entity selected"
      return
    }
    let ranges = model.spans[article].filter { $0.entity == entity }.map(\.range)
    guard let next = Self.step(from: target?.start ?? visibleStart(step), in: ranges, by: step) else {
      message = "no \(step > 0 ? "later" : "earlier") mention of \(model.entity(entity).name) here"
      return
    }
    reveal(next.start)
    target = next
    let position = (ranges.firstIndex(of: next) ?? 0) + 1
    message = "\(model.entity(entity).name): mention \(position) of \(ranges.count) here"
  }

  /// Moves to the next (or previous) claim in a contradiction or tension pair.
  mutating func stepFlagged(by step: Int) {
    let ranges = flagged.map(\.range)
    guard !ranges.isEmpty else {
      message = "no contradiction or tension in this article; f lists only the articles that have one"
      return
    }
    let from = currentClaim.map { ranges[$0].start } ?? visibleStart(step)
    guard let next = Self.step(from: from, in: ranges, by: step) else {
      message = "no \(step > 0 ? "later" : "earlier") flagged claim in this article"
      return
    }
    currentClaim = ranges.firstIndex(of: next)
    target = nil
    reveal(next.start)
    if focus != .article { focus = .article; relayout(rows: layout.rows, columns: layout.columns) }
    let claim = flagged[currentClaim ?? 0]
    message =
      "\(claim.label.rawValue) \((currentClaim ?? 0) + 1) of \(ranges.count): x shows the counter-claim"
  }

  /// Where stepping starts when nothing is current: just before the screen's first line going
  /// forward, so the first match on screen counts; its end going back.
  private func visibleStart(_ step: Int) -> Int {
    step > 0 ? anchor - 1 : text.lines[min(text.lines.count - 1, topLine + articleHeight - 1)].end
  }

  /// The first range starting after `offset` (or the last starting before it), if any.
  static func step(from offset: Int, in ranges: [TextRange], by step: Int) -> TextRange? {
    step > 0 ? ranges.first { $0.start > offset } : ranges.last { $0.start < offset }
  }

  /// The flagged claim to show counter-claims for: the current one, else the first on screen.
  var claimForCounters: ReaderModel.FlaggedClaim? {
    if let currentClaim, flagged.indices.contains(currentClaim) { return flagged[currentClaim] }
    let top = topLine
    return flagged.first { claim in
      let line = text.line(containing: claim.range.end - 1)
      return line >= top && text.line(containing: claim.range.start) < top + articleHeight
    }
  }

  mutating func showCounters() {
    guard let claim = claimForCounters else {
      message = "no flagged claim on screen: c moves to the next one"
      return
    }
    overlay = .counters(claim: claim, selection: 0)
  }

  mutating func jumpToCounter() {
    if case .counters(let claim, let selection) = overlay, claim.counters.indices.contains(selection) {
      jump(to: claim.counters[selection].article, range: claim.counters[selection].range)
      return
    }
    guard let counter = claimForCounters?.counters.first else {
      message = "no flagged claim on screen: c moves to the next one"
      return
    }
    jump(to: counter.article, range: counter.range)
  }

  /// Edits the search line; Enter searches the open article.
  mutating func editInput(_ edit: InputEdit) {
    guard var line = input else { return }
    switch edit {
    case .insert(let character): line.append(character)
    case .deleteBackward:
      if line.isEmpty {
        input = nil
        return
      }
      line.removeLast()
    case .cancel:
      input = nil
      if inputTarget == .sources { setSourceFilter(nil) }
      return
    case .commit:
      input = nil
      switch inputTarget {
      case .article: runSearch(line)
      case .corpus: searchCorpus(line)
      case .sources: setSourceFilter(line.isEmpty ? nil : line)
      }
      return
    }
    input = line
    // The sources list narrows as the user types.
    if inputTarget == .sources { setSourceFilter(line.isEmpty ? nil : line) }
  }

  /// Keeps only the sources whose title or outlet contains `text`; nil shows them all again.
  mutating func setSourceFilter(_ text: String?) {
    sourceFilter = text
    relist()
    if !listed.isEmpty, !listed.contains(article) { open(article: listed[0]) }
  }

  private mutating func runSearch(_ query: String) {
    guard !query.isEmpty else {
      search = nil
      return
    }
    let matches = TextSearch.matches(of: query, in: text.scalars)
    guard !matches.isEmpty else {
      search = nil
      message = "not found in this article: “\(query)”"
      return
    }
    let first = matches.firstIndex { $0.start >= anchor } ?? 0
    search = Search(query: query, matches: matches, current: first)
    if focus != .article { focus = .article; relayout(rows: layout.rows, columns: layout.columns) }
    reveal(matches[first].start)
    message = "match \(first + 1) of \(matches.count) for “\(query)”: n next, N previous"
  }

  /// Searches every article through the index and lists the matching sentences.
  private mutating func searchCorpus(_ query: String) {
    guard let index = model.index, !query.isEmpty else { return }
    let hits: [SearchHit]
    do {
      hits = try index.search(query)
    } catch {
      message = "search failed: \(error)"
      return
    }
    let firstWord =
      query.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).first.map(String.init) ?? query
    let ranges: [(article: Int, range: TextRange)] = hits.compactMap { hit in
      guard let article = model.index(of: hit.article) else { return nil }
      let local = TextSearch.matches(of: firstWord, in: Array(hit.text.unicodeScalars)).first
      let range = local.map { TextRange(hit.range.start + $0.start, hit.range.start + $0.end) } ?? hit.range
      return (article, range)
    }
    guard !ranges.isEmpty else {
      message = "no sentence in any article matches “\(query)”"
      return
    }
    let articles = Set(ranges.map(\.article)).count
    let rows = groupedRows(ranges, articleOrder: listed)
    overlay = .list(
      JumpList(
        title:
          "Found “\(DisplaySanitizer.sanitize(query))”: \(ranges.count.counting("sentence")) in \(articles.counting("article"))",
        note: ranges.count == 500
          ? "showing the best 500 (full-text index, best match first per article)" : nil,
        rows: rows, selection: 1, entity: nil))
  }

  /// The first web link on screen: a Markdown link, else an address written in the text.
  ///
  /// Only http and https addresses are opened; anything else is refused with a message.
  mutating func openLinkOnScreen() -> [ReaderEffect] {
    let top = topLine
    let bottom = min(text.lines.count, top + articleHeight)
    guard top < bottom else { return [] }
    let visible = TextRange(text.lines[top].start, text.lines[bottom - 1].end)
    let article = model.articles[self.article]
    var address = article.links.first { $0.range.overlaps(visible) }?.url
    if address == nil {
      let words = text.text(visible.start, visible.end).split { $0.isWhitespace }
      address = words.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)]}»”’\"'")) }
    }
    guard let address else {
      message = "no web link on screen"
      return []
    }
    let safe = DisplaySanitizer.sanitize(address)
    guard safe == address, let url = URL(string: address), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else {
      message = "not opened: only http and https links are opened (\(safe))"
      return []
    }
    message = "opening \(address)"
    return [.openLink(address)]
  }

  /// Reports something the loop saw while running an effect.
  public mutating func report(_ text: String) { message = text }

  /// Mouse clicks: focus the pane under the pointer and select the row there.
  mutating func click(row: Int, column: Int) {
    if overlay != nil {
      let box = layout.overlay.inner
      guard box.contains(row: row, column: column) else {
        overlay = nil
        return
      }
      if case .list(var list) = overlay {
        let index = list.top + row - box.row - 1
        if list.rows.indices.contains(index), list.rows[index].range != nil {
          list.selection = index
          overlay = .list(list)
        }
      }
      if case .counters(let claim, let selection) = overlay,
        let index = CountersPresenter.counter(
          atRow: row - box.row, claim: claim, selection: selection, state: self)
      {
        overlay = .counters(claim: claim, selection: index)
      }
      return
    }
    guard let pane = layout.pane(atRow: row, column: column), let inner = layout.rect(pane)?.inner else {
      return
    }
    focus = pane
    switch pane {
    case .sources:
      let index = sourcesTop + (row - inner.row) / 2
      if row >= inner.row, listed.indices.contains(index) {
        selectedSource = index
        open(article: listed[index])
      }
    case .entities:
      if let index = EntitiesPresenter.entity(atRow: entitiesTop + row - inner.row, in: self) {
        selectedEntity = index
      }
    case .article:
      let line = topLine + row - inner.row
      if text.lines.indices.contains(line) {
        let lineRange = TextRange(
          text.lines[line].start, max(text.lines[line].end, text.lines[line].start + 1))
        if let index = flagged.firstIndex(where: { $0.range.overlaps(lineRange) }) { currentClaim = index }
      }
    }
    relayout(rows: layout.rows, columns: layout.columns)
  }

  /// The wheel scrolls the article, or moves the list under the pointer.
  mutating func scroll(row: Int, column: Int, lines: Int) {
    guard overlay == nil, let pane = layout.pane(atRow: row, column: column) else {
      _ = apply(lines > 0 ? .down : .up)
      return
    }
    switch pane {
    case .article: scrollArticle(by: lines)
    case .sources:
      selectedSource = min(max(0, selectedSource + lines), max(0, listed.count - 1))
      if !listed.isEmpty { open(article: listed[selectedSource]) }
    case .entities:
      selectedEntity = min(max(0, selectedEntity + lines), max(0, sidebar.count - 1))
    }
  }
}

/// Case-insensitive search over an article's code points, offsets kept one for one.
enum TextSearch {
  /// Every non-overlapping match of `query`, in order; O(n × query length) at worst.
  static func matches(of query: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
    let needle = query.unicodeScalars.map(fold)
    guard let first = needle.first else { return [] }
    var matches: [TextRange] = []
    var position = 0
    let last = scalars.count - needle.count
    while position <= last {
      if fold(scalars[position]) == first,
        (1..<needle.count).allSatisfy({ fold(scalars[position + $0]) == needle[$0] })
      {
        matches.append(TextRange(position, position + needle.count))
        position += needle.count
      } else {
        position += 1
      }
    }
    return matches
  }

  /// Lower case when that is one code point; curly apostrophes and quotes match straight ones.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2019}", "\u{2018}": return "'"
    case "\u{201C}", "\u{201D}": return "\""
    default: break
    }
    if scalar.value < 0x80 {
      return scalar.value >= 0x41 && scalar.value <= 0x5A
        ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first ?? scalar : scalar
  }
}
