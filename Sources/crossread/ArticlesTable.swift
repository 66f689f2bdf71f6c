import CrossreadCore
import CrossreadPipeline

/// The human-readable table of `crossread articles`.
enum ArticlesTable {
  static let titleWidth = 58

  static func render(_ corpus: Corpus) -> String {
    var lines: [String] = []
    let header = [pad("TITLE", titleWidth), pad("DATE", 10), pad("OUTLET / SOURCE", 24), "WORDS", " SENT"]
    lines.append(header.joined(separator: "  "))
    for article in corpus.articles {
      let title = article.string(article.title) ?? firstWords(article)
      let row = [
        pad(clip(title, titleWidth), titleWidth),
        pad(article.date?.description ?? "–", 10),
        pad(clip(article.outlet, 24), 24),
        leftPad(String(article.wordCount), 5),
        leftPad(String(article.sentences.count), 5),
      ]
      lines.append(row.joined(separator: "  "))
    }
    let words = corpus.articles.reduce(0) { $0 + $1.wordCount }
    lines.append("")
    lines.append("\(corpus.articles.count) articles, \(words) words in '\(corpus.name)'")
    if !corpus.diagnostics.isEmpty {
      lines.append("")
      lines.append("\(corpus.diagnostics.count) problems:")
      for diagnostic in corpus.diagnostics { lines.append("  " + diagnostic.description) }
    }
    return lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n") + "\n"
  }

  /// Every block of every article with its kind, and its sentences, one per line.
  static func structure(_ corpus: Corpus) -> String {
    var lines: [String] = []
    for article in corpus.articles {
      lines.append("== \(article.id)")
      var sentences = article.sentences[...]
      for (index, block) in article.blocks.enumerated() {
        lines.append("[\(block.kind.rawValue)] " + clip(String(article[block.range]), 100))
        while let sentence = sentences.first, sentence.block == index {
          lines.append("    · " + article[sentence.range])
          sentences = sentences.dropFirst()
        }
      }
    }
    return lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n") + "\n"
  }

  /// The first words of the first sentence, for articles without a stated title.
  static func firstWords(_ article: Article) -> String {
    guard let first = article.sentences.first else { return "(no text)" }
    return "… " + article[first.range]
  }

  static func clip(_ text: String, _ width: Int) -> String {
    let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
