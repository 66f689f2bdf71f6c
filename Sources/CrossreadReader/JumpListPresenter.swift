import CrossreadCore
import TerminalKit

/// A jump list over the panes (an entity's mentions, or search hits across the corpus), grouped
/// by article, each row a line of context with the mention or match in the middle.
enum JumpListPresenter {
  static func draw(
    _ state: ReaderState, list: ReaderState.JumpList, in rect: Rect, into frame: inout Frame, theme: Theme
  ) {
    let model = state.model
    frame.fill(
      row: rect.row, column: rect.column, height: rect.height, width: rect.width, style: theme[.text])
    let border = theme[.borderFocused]
    frame.box(
      rect, title: list.title, style: border, titleStyle: border.layered(theme[.paneTitle]),
      footer: "Enter jump · q close", double: true)
    let inner = rect.inner
    if let note = list.note {
      frame.put(" " + note, row: inner.row, column: inner.column, width: inner.width, style: theme[.counts])
    }
    let highlight = list.entity.map { theme[.entity(model.entity($0).kind)] } ?? theme[.searchMatch]
    for slot in 0..<max(0, inner.height - 1) {
      let position = list.top + slot
      guard list.rows.indices.contains(position) else { break }
      let row = list.rows[position]
      let y = inner.row + 1 + slot
      guard let range = row.range else {
        let source = model.sources[row.article]
        frame.put(
          " \(source.title) — \(source.credit(", "))", row: y, column: inner.column,
          width: inner.width,
          style: theme[.text].layered(theme[.heading]))
        continue
      }
      let selected = position == list.selection
      let base = selected ? theme[.text].layered(theme[.selection]) : theme[.text]
      frame.fill(row: y, column: inner.column, height: 1, width: inner.width, style: base)
      line(
        model.articles[row.article], range, row: y, in: inner, base: base,
        mention: base.layered(highlight).layered(Style(bold: true)), into: &frame)
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
