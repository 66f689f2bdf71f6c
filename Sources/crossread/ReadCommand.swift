import ArgumentParser

/// Opens the reader on a folder, the default command.
///
/// Until the reader lands, it prints the articles table.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the reader on a folder, or the demo corpus (for now: prints the articles table).")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let loaded = try corpus.load()
    print(ArticlesTable.render(loaded), terminator: "")
  }
}
