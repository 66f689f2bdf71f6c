import ArgumentParser
import CrossreadCore
import CrossreadPipeline

/// `crossread mentions NAME DIR`: every mention of one entity, as keyword-in-context lines.
struct Mentions: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show every mention of one entity across the corpus, a line of context each.")

  @Argument(help: "The entity: its name, any form of it (\"Wang\", \"EU\") or its id.")
  var name: String

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Characters of context on each side.")
  var width = 50

  func run() throws {
    let loaded = try corpus.load()
    let crossReference = Pipeline.entities(loaded)
    guard let entity = crossReference.entities(named: name).first else {
      let folded = CrossReference.fold(name)
      let near = crossReference.entities.filter { CrossReference.fold($0.name).contains(folded) }.prefix(5)
      let hint = near.isEmpty ? "" : " Did you mean: " + near.map(\.name).joined(separator: ", ") + "?"
      Terminal.printError("no entity named '\(name)' in '\(loaded.name)'.\(hint) See 'crossread entities'.")
      throw ExitCode(2)
    }
    let articles = Dictionary(uniqueKeysWithValues: loaded.articles.map { ($0.id, $0) })
    var lines = [
      "\(entity.name) (\(entity.kind.rawValue)): \(entity.mentions.count.counting("mention")) in \(entity.articles.count.counting("article"))"
    ]
    for id in entity.articles {
      guard let article = articles[id] else { continue }
      lines.append("")
      lines.append("== \(id)" + (article.string(article.title).map { ": " + $0 } ?? ""))
      for mention in entity.mentions where mention.article == id {
        let sentence =
          article.sentences.indices.contains(mention.sentence)
          ? article.sentences[mention.sentence].range : TextRange(0, article.text.count)
        lines.append(KeywordInContext.line(article, mention.range, within: sentence, width: width))
      }
    }
    print(lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n"))
  }
}

/// One keyword-in-context line: the left context right-aligned, the mention, the right context.
enum KeywordInContext {
  /// The context stays inside `bounds` (the mention's sentence).
  static func line(_ article: Article, _ range: TextRange, within bounds: TextRange, width: Int) -> String {
    let left = flat(article[TextRange(max(bounds.start, range.start - width), range.start)])
    let right = flat(article[TextRange(range.end, min(bounds.end, range.end + width))])
    let leftPart = String(left.suffix(width))
    return String(repeating: " ", count: max(0, width - leftPart.count)) + leftPart + "▶" + article[range]
      + "◀"
      + right.prefix(width)
  }

  static func flat(_ text: Substring) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
