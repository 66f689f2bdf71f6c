import ArgumentParser
import CrossreadCore
import CrossreadPipeline

/// `crossread entities DIR`: every entity with its type, forms, articles and mentions.
struct Entities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the people, organisations, places and events, linked across articles.")

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Print the JSON report (the shape scripts and the scorer read).")
  var json = false

  @Option(help: "Only entities of this type: person, organization, place, event, other.")
  var type: EntityKind?

  func run() throws {
    let loaded = try corpus.load()
    let crossReference = Pipeline.entities(loaded)
    if json {
      try JSONOutput.print(EntitiesReport(crossReference))
      return
    }
    var lines = ["TYPE    ARTS  MENTS  NAME  (OTHER FORMS)"]
    for entity in crossReference.entities where type == nil || entity.kind == type {
      let others = entity.aliases.filter { $0 != entity.name }
      let forms = others.isEmpty ? "" : "  (" + others.prefix(6).joined(separator: ", ") + ")"
      lines.append(
        ArticlesTable.pad(entity.kind.label, 6) + ArticlesTable.leftPad(String(entity.articles.count), 6)
          + ArticlesTable.leftPad(String(entity.mentions.count), 7) + "  " + entity.name + forms)
    }
    lines.append("")
    lines.append(
      "\(crossReference.entities.count) entities in \(loaded.articles.count) articles of '\(loaded.name)'")
    print(lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n"))
  }
}

extension EntityKind: ExpressibleByArgument {}
