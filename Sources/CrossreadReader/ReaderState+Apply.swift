import CrossreadCore

extension ReaderState {
  /// Applies one action and returns what the loop must do; the only way the state changes.
  public mutating func apply(_ action: ReaderAction) -> [ReaderEffect] {
    if case .resize = action {} else { message = nil }
    switch action {
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .top: move(by: Int.min / 2)
    case .bottom: move(by: Int.max / 2)
    case .nextPane: setFocus(Pane(rawValue: (focus.rawValue + 1) % 3) ?? .sources)
    case .previousPane: setFocus(Pane(rawValue: (focus.rawValue + 2) % 3) ?? .sources)
    case .focus(let pane): setFocus(pane)
    case .open: openSelection()
    case .back: goBack()
    case .close:
      if overlay != nil { overlay = nil } else { return [.quit] }
    case .cancel:
      if overlay != nil {
        overlay = nil
      } else if focus == .sources, sourceFilter != nil {
        setSourceFilter(nil)
      } else if search != nil {
        search = nil
      } else {
        target = nil
      }
    case .quit: return [.quit]
    case .startSearch:
      overlay = nil
      input = ""
      inputTarget = .article
    case .startFilter:
      overlay = nil
      input = sourceFilter ?? ""
      inputTarget = .sources
    case .startCorpusSearch:
      guard model.index != nil else {
        message =
          "search across articles needs the index, which is off (see the first message, or --no-index)"
        return []
      }
      overlay = nil
      input = ""
      inputTarget = .corpus
    case .searchNext: stepSearch(by: 1)
    case .searchPrevious: stepSearch(by: -1)
    case .nextMention: stepMention(by: 1)
    case .previousMention: stepMention(by: -1)
    case .nextFlagged: stepFlagged(by: 1)
    case .previousFlagged: stepFlagged(by: -1)
    case .showCounters: showCounters()
    case .jumpToCounter: jumpToCounter()
    case .cycleOrder:
      let all = SourceOrder.allCases
      order = all[((all.firstIndex(of: order) ?? 0) + 1) % all.count]
      relist()
      message = "sources: \(order.rawValue)"
    case .toggleFlaggedOnly: toggleFlaggedOnly()
    case .help:
      if case .help = overlay { overlay = nil } else { overlay = .help(top: 0) }
    case .openLink:
      return openLinkOnScreen()
    case .problems:
      if case .problems = overlay {
        overlay = nil
      } else if model.diagnostics.isEmpty {
        message = "no problems: every file in the folder was read"
      } else {
        overlay = .problems(top: 0)
      }
    case .resize(let rows, let columns): relayout(rows: rows, columns: columns)
    case .click(let row, let column): click(row: row, column: column)
    case .scroll(let row, let column, let lines): scroll(row: row, column: column, lines: lines)
    case .input(let edit): editInput(edit)
    }
    clampScrolls()
    return []
  }

  private var pageSize: Int {
    switch overlay {
    case .some: max(1, layout.overlay.inner.height - 2)
    case nil:
      switch focus {
      case .article: max(1, articleHeight - 1)
      case .sources: max(1, (layout.sources?.inner.height ?? layout.bodyInnerHeight) / 2 - 1)
      case .entities: max(1, (layout.entities?.inner.height ?? layout.bodyInnerHeight) - 2)
      }
    }
  }

  private mutating func setFocus(_ pane: Pane) {
    overlay = nil
    focus = pane
    relayout(rows: layout.rows, columns: layout.columns)
  }

  /// Moves the selection (or scrolls the article) of whatever has focus.
  private mutating func move(by delta: Int) {
    switch overlay {
    case .help(let top):
      overlay = .help(top: max(0, min(top + delta, HelpPresenter.lineCount - 1)))
      return
    case .problems(let top):
      overlay = .problems(top: max(0, min(top + delta, model.diagnostics.count - 1)))
      return
    case .list(var list):
      let next = clamp(list.selection + delta, count: list.rows.count)
      list.selection = skipHeading(next, rows: list.rows, direction: delta)
      overlay = .list(list)
      return
    case .counters(let claim, let selection):
      overlay = .counters(claim: claim, selection: clamp(selection + delta, count: claim.counters.count))
      return
    case nil: break
    }
    switch focus {
    case .sources:
      guard !listed.isEmpty else { return }
      selectedSource = clamp(selectedSource + delta, count: listed.count)
      open(article: listed[selectedSource])
    case .article:
      scrollArticle(by: delta)
    case .entities:
      selectedEntity = clamp(selectedEntity + delta, count: sidebar.count)
      previewSelectedEntity()
    }
  }

  private func clamp(_ value: Int, count: Int) -> Int { min(max(0, value), max(0, count - 1)) }

  /// Mention-list headings are not selectable: step over them.
  private func skipHeading(_ index: Int, rows: [MentionRow], direction: Int) -> Int {
    guard rows.indices.contains(index), rows[index].range == nil else { return index }
    let step = direction < 0 ? -1 : 1
    if rows.indices.contains(index + step), rows[index + step].range != nil { return index + step }
    if rows.indices.contains(index - step), rows[index - step].range != nil { return index - step }
    return index
  }

  /// Shows the selected entity's first mention when none of its mentions is on screen.
  private mutating func previewSelectedEntity() {
    guard let entity = selectedEntityIndex else { return }
    let mentions = model.spans[article].filter { $0.entity == entity }
    guard let first = mentions.first else { return }
    let top = topLine
    let visible = mentions.contains { span in
      let line = text.line(containing: span.range.start)
      return line >= top && line < top + articleHeight
    }
    if !visible { reveal(first.range.start) }
  }

  private mutating func openSelection() {
    switch overlay {
    case .help, .problems: overlay = nil
    case .list(let list):
      guard list.rows.indices.contains(list.selection), let range = list.rows[list.selection].range else {
        return
      }
      jump(to: list.rows[list.selection].article, range: range)
    case .counters(let claim, let selection):
      guard claim.counters.indices.contains(selection) else { return }
      let counter = claim.counters[selection]
      jump(to: counter.article, range: counter.range)
    case nil:
      switch focus {
      case .sources: setFocus(.article)
      case .article: showCounters()
      case .entities: openMentionList()
      }
    }
  }

  private mutating func openMentionList() {
    guard let entity = selectedEntityIndex else {
      message = "this article has no entities"
      return
    }
    let record = model.entity(entity)
    let ranges: [(Int, TextRange)] = record.mentions.compactMap { mention in
      model.index(of: mention.article).map { ($0, mention.range) }
    }
    let rows = groupedRows(ranges, articleOrder: listed)
    let here = rows.firstIndex { $0.article == article && $0.range != nil } ?? 1
    let title =
      "Mentions of \(DisplaySanitizer.sanitize(record.name)) (\(record.kind.rawValue)): "
      + "\(record.mentions.count) in \(record.articles.count.counting("article"))"
    var notes: [String] = []
    if !record.aliases.isEmpty {
      notes.append(
        "also written: " + record.aliases.map { DisplaySanitizer.sanitize($0) }.joined(separator: ", "))
    }
    let together = model.oftenWith(entity)
    if !together.isEmpty {
      notes.append(
        "often with: "
          + together.map { "\(DisplaySanitizer.sanitize(model.entity($0.entity).name)) (\($0.sentences))" }
          .joined(separator: ", "))
    }
    let note = notes.isEmpty ? nil : notes.joined(separator: " · ")
    overlay = .list(
      JumpList(title: title, note: note, rows: rows, selection: min(here, rows.count - 1), entity: entity))
  }

  /// Rows grouped under a heading per article, articles in `articleOrder` first, text order within.
  func groupedRows(_ ranges: [(article: Int, range: TextRange)], articleOrder: [Int]) -> [MentionRow] {
    var byArticle: [Int: [TextRange]] = [:]
    for (index, range) in ranges { byArticle[index, default: []].append(range) }
    let listedSet = Set(articleOrder)
    let articles =
      articleOrder.filter { byArticle[$0] != nil }
      + byArticle.keys.filter { !listedSet.contains($0) }.sorted()
    var rows: [MentionRow] = []
    for index in articles {
      rows.append(MentionRow(article: index, range: nil))
      rows += (byArticle[index] ?? []).sorted().map { MentionRow(article: index, range: $0) }
    }
    return rows
  }

  /// Opens `index` at `range`, remembering where the user was.
  mutating func jump(to index: Int, range: TextRange) {
    remember()
    overlay = nil
    if !listed.contains(index) {
      flaggedOnly = false
      sourceFilter = nil
      relist()
    }
    open(article: index, anchor: index == article ? anchor : 0)
    reveal(range.start)
    target = range
    currentClaim = flagged.firstIndex { $0.range.overlaps(range) }
    setFocus(.article)
  }

  private mutating func remember() {
    let here = Position(article: article, anchor: anchor)
    if history.last != here { history.append(here) }
    if history.count > Self.historyLimit { history.removeFirst() }
  }

  private mutating func goBack() {
    guard let last = history.popLast() else {
      message = "no earlier position: jumps to mentions and counter-claims are remembered here"
      return
    }
    overlay = nil
    if !listed.contains(last.article) {
      flaggedOnly = false
      sourceFilter = nil
      relist()
    }
    open(article: last.article, anchor: last.anchor)
  }

  private mutating func toggleFlaggedOnly() {
    flaggedOnly.toggle()
    relist()
    if listed.isEmpty {
      flaggedOnly = false
      sourceFilter = nil
      relist()
      message = "no article has a flagged claim"
      return
    }
    if !listed.contains(article) { open(article: listed[0]) }
    message = flaggedOnly ? "sources: only articles with contradictions or tensions" : "sources: all articles"
  }
}
