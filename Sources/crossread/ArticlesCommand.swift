import ArgumentParser
import CrossreadCore
import CrossreadPipeline
import Foundation

/// `crossread articles DIR`: one row per article, or the JSON report.
struct Articles: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the articles: title, date, words and sentences; problems with files at the end.")

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Print the JSON report (the shape scripts and the scorer read).")
  var json = false

  @Flag(help: "Print each article's blocks with their kind, and the sentences of each block.")
  var structure = false

  func run() throws {
    let loaded = try corpus.load()
    if structure {
      print(ArticlesTable.structure(loaded), terminator: "")
    } else if json {
      try JSONOutput.print(ArticlesReport(loaded))
    } else {
      print(ArticlesTable.render(loaded), terminator: "")
    }
  }
}

/// Writes reports as JSON to standard output.
enum JSONOutput {
  static func print(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}
