import ArgumentParser
import CrossreadAnalysis
import CrossreadCore
import CrossreadPipeline

/// `crossread claims DIR`: what each sentence claims, with speaker, polarity and dates.
struct Claims: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the claims: speaker, polarity, modality, numbers and dates of each sentence.")

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Print the JSON report.")
  var json = false

  func run() throws {
    let loaded = try corpus.load()
    let result = Pipeline.claims(loaded, entities: Pipeline.entities(loaded))
    if json {
      try JSONOutput.print(ClaimsReport(result.claims))
      return
    }
    var lines: [String] = []
    var article: ArticleID?
    for claim in result.claims {
      if claim.article != article {
        lines.append("")
        lines.append("== \(claim.article)")
        article = claim.article
      }
      var tags: [String] = []
      if claim.polarity == .negative { tags.append("NEG(" + claim.negations.joined(separator: ",") + ")") }
      if let modality = claim.modality { tags.append("MODAL(\(modality))") }
      if let speaker = claim.attribution.speaker {
        tags.append("SAID BY \(speaker)" + (claim.attribution.verb.map { " (\($0))" } ?? ""))
      }
      if let audience = claim.attribution.audience { tags.append("TO \(audience)") }
      if let setting = claim.attribution.setting { tags.append(setting.uppercased()) }
      if !claim.periods.isEmpty { tags.append("PERIOD " + claim.periods.joined(separator: ", ")) }
      if !claim.numbers.isEmpty { tags.append("NUM " + claim.numbers.map(\.text).joined(separator: "; ")) }
      if !claim.dates.isEmpty {
        tags.append("DATE " + claim.dates.map(\.description).joined(separator: ", "))
      }
      lines.append("  " + ArticlesTable.clip(claim.text, 110))
      if !tags.isEmpty { lines.append("      " + tags.joined(separator: "  ")) }
    }
    print(lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n"))
  }
}

/// `crossread contradictions DIR`: pairs of claims that cannot both be true, with the reason.
struct Contradictions: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List pairs of contradicting claims (and tensions), strongest first, each with its reason.")

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Print the JSON report (the shape scripts and the scorer read).")
  var json = false

  func run() throws {
    let loaded = try corpus.load()
    let result = Pipeline.claims(loaded, entities: Pipeline.entities(loaded))
    if json {
      try JSONOutput.print(ContradictionsReport(result.pairs))
      return
    }
    var lines: [String] = []
    for (number, pair) in result.pairs.enumerated() {
      lines.append(
        "\(number + 1). \(pair.label.rawValue.uppercased()) [\(pair.kind)] \(String(format: "%.2f", pair.score)) — \(pair.why)"
      )
      lines.append("   A \(pair.a.article): " + ArticlesTable.clip(pair.a.text, 140))
      lines.append("   B \(pair.b.article): " + ArticlesTable.clip(pair.b.text, 140))
      lines.append("")
    }
    lines.append("\(result.pairs.count) pairs among \(result.claims.count) claims in '\(loaded.name)'")
    print(lines.map { DisplaySanitizer.sanitize($0) }.joined(separator: "\n"))
  }
}
