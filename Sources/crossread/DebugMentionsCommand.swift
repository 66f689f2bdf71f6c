import ArgumentParser
import CrossreadAnalysis
import CrossreadCore
import CrossreadPipeline

/// `crossread debug-mentions DIR`: the names found in each sentence, for tuning the rules.
struct DebugMentions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debug-mentions", abstract: "Print each sentence's names and their votes.",
    shouldDisplay: false)

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let loaded = try corpus.load()
    for article in loaded.articles {
      print("== \(article.id)")
      for line in EntityAnalysis.debugMentions(article) { print(DisplaySanitizer.sanitize(line)) }
    }
  }
}
