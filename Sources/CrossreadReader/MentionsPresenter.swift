import CrossreadCore
import TerminalKit

/// The mention list over the panes: every mention of one entity across the corpus, grouped by
/// article, each a line of context with the mention in the middle.
enum MentionsPresenter {
  static func draw(
    _ state: ReaderState, entity index: Int, rows: [ReaderState.MentionRow], selection: Int, top: Int,
    in rect: Rect,
    into frame: inout Frame, theme: Theme
  ) {
    let model = state.model
    let entity = model.entity(index)
    frame.fill(
      row: rect.row, column: rect.column, height: rect.height, width: rect.width, style: theme[.text])
    let border = theme[.borderFocused]
    frame.box(
      rect,
      title: "Mentions of \(DisplaySanitizer.sanitize(entity.name)) (\(entity.kind.rawValue)): "
        + "\(entity.mentions.count) in \(entity.articles.count) articles",
      style: border, titleStyle: border.layered(theme[.paneTitle]), footer: "Enter jump · q close")
    let inner = rect.inner
    if !entity.aliases.isEmpty {
      let aliases =
        "also written: " + entity.aliases.map { DisplaySanitizer.sanitize($0) }.joined(separator: ", ")
      frame.put(
        " " + aliases, row: inner.row, column: inner.column, width: inner.width, style: theme[.counts])
    }
    for slot in 0..<max(0, inner.height - 1) {
      let position = top + slot
      guard rows.indices.contains(position) else { break }
      let row = rows[position]
      let y = inner.row + 1 + slot
      guard let range = row.range else {
        let source = model.sources[row.article]
        frame.put(
          " \(source.title) — \(source.outlet), \(source.date)", row: y, column: inner.column,
          width: inner.width,
          style: theme[.text].layered(theme[.heading]))
        continue
      }
      let selected = position == selection
      let base = selected ? theme[.text].layered(theme[.selection]) : theme[.text]
      frame.fill(row: y, column: inner.column, height: 1, width: inner.width, style: base)
      line(
        model.articles[row.article], range, row: y, in: inner, base: base,
        mention: base.layered(theme[.entity(entity.kind)]).layered(Style(bold: true)), into: &frame)
    }
  }

  /// Keyword in context: the sentence's left part right-aligned to a third of the width.
  private static func line(
    _ article: Article, _ range: TextRange, row: Int, in rect: Rect, base: Style, mention: Style,
    into frame: inout Frame
  ) {
    let sentence = sentenceRange(article, containing: range)
    let leftWidth = max(4, rect.width / 3)
    let left = TextWrap.suffix(
      TextWrap.flat(article[TextRange(max(sentence.start, range.start - 200), range.start)]),
      width: leftWidth - 1)
    var x = rect.column + leftWidth - DisplayWidth.of(left)
    x += frame.put(left, row: row, column: x, width: rect.column + rect.width - x, style: base)
    x += frame.put(
      TextWrap.flat(article[range]), row: row, column: x, width: rect.column + rect.width - x, style: mention)
    frame.put(
      TextWrap.flat(article[TextRange(range.end, min(sentence.end, range.end + 300))]), row: row, column: x,
      width: max(0, rect.column + rect.width - x), style: base)
  }

  /// The sentence around a range, or its neighbourhood when it lies outside every sentence.
  static func sentenceRange(_ article: Article, containing range: TextRange) -> TextRange {
    let index = ReaderModel.firstEnding(after: range.start, in: article.sentences, range: \.range)
    if article.sentences.indices.contains(index), article.sentences[index].range.start <= range.start {
      return article.sentences[index].range
    }
    return TextRange(max(0, range.start - 80), min(article.text.count, range.end + 120))
  }
}
