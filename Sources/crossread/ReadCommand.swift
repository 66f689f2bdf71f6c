import ArgumentParser
import CrossreadCore
import CrossreadIndex
import CrossreadPipeline
import CrossreadReader
import Foundation
import TerminalKit

/// Opens the reader on a folder, the default command.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the three-pane reader on a folder, or on the built-in demo corpus.",
    discussion: """
      Keys: j/k move, Tab switches pane, Enter opens, / searches, F searches every article, c jumps \
      to the next contradicted claim, x shows its counter-claims, b goes back, ! lists skipped files, \
      ? lists every key, q quits.
      Each folder's analysis and search index is kept in $XDG_CACHE_HOME/crossread/ (by default \
      ~/.cache/crossread/) and reused while the files do not change.
      Themes: --theme NAME, or 'theme = NAME' in $XDG_CONFIG_HOME/crossread/config; your own \
      themes go in $XDG_CONFIG_HOME/crossread/themes/NAME.theme. NO_COLOR turns colours off.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "The colour theme: default, light, high-contrast, mono, or one of yours.")
  var theme: String?

  @Flag(help: "Leave the mouse to the terminal (text selection) instead of the reader.")
  var noMouse = false

  @Flag(help: "Neither read nor write the on-disk index (analyse afresh; no search across articles).")
  var noIndex = false

  func run() throws {
    do {
      try NCursesScreen.checkTerminal()
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(2)
    }
    let environment = ProcessInfo.processInfo.environment
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let (chosenTheme, themeWarnings) = ThemeLoader().load(requested: theme, noColor: noColor)
    let model = try Self.model(corpus.load(), warnings: themeWarnings, useIndex: !noIndex)
    SignalTrap.install()
    let screen: NCursesScreen
    do {
      screen = try NCursesScreen(useColor: !noColor, mouse: !noMouse)
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(2)
    }
    let size = screen.size
    var state = ReaderState(model: model, rows: size.rows, columns: size.columns)
    let ending = ReaderLoop.run(
      &state, on: screen, theme: chosenTheme, pendingSignal: { SignalTrap.pending }, openLink: LinkOpener.open
    )
    screen.restore()
    if case .signal(let number) = ending { throw ExitCode(128 + number) }
  }

  /// Analyses the corpus for the reader (or reads the analysis back from the index when nothing
  /// changed); theme, load and index problems become its first message.
  static func model(_ corpus: Corpus, warnings: [String], useIndex: Bool) -> ReaderModel {
    var problems = warnings + corpus.diagnostics.map(\.description)
    var index: CorpusIndex?
    if useIndex {
      let path = Pipeline.indexPath(for: corpus)
      do {
        index = try CorpusIndex(path: path)
      } catch {
        problems.append("the index at '\(path)' cannot be opened (\(error)); search across articles is off")
      }
    }
    // A large folder takes seconds to analyse the first time: say so before the screen clears.
    if corpus.articles.count >= 200 {
      var stream = StandardError()
      print("crossread: reading \(corpus.articles.count) articles in '\(corpus.name)'…", to: &stream)
    }
    let analysis = Pipeline.analyse(corpus, index: index, writeInBackground: true)
    if let problem = analysis.indexProblem { problems.append(problem) }
    return ReaderModel(
      name: corpus.name, articles: corpus.articles, entities: analysis.entities, pairs: analysis.pairs,
      diagnostics: problems, index: analysis.indexProblem == nil ? index : nil)
  }
}
