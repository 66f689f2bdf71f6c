import ArgumentParser
import CrossreadCore
import CrossreadPipeline
import CrossreadReader
import Foundation
import TerminalKit

/// Opens the reader on a folder, the default command.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the three-pane reader on a folder, or on the built-in demo corpus.",
    discussion: """
      Keys: j/k move, Tab switches pane, Enter opens, / searches, c jumps to the next contradicted \
      claim, x shows its counter-claims, b goes back, ? lists every key, q quits.
      Themes: --theme NAME, or 'theme = NAME' in $XDG_CONFIG_HOME/crossread/config; your own \
      themes go in $XDG_CONFIG_HOME/crossread/themes/NAME.theme. NO_COLOR turns colours off.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "The colour theme: default, light, high-contrast, mono, or one of yours.")
  var theme: String?

  @Flag(help: "Leave the mouse to the terminal (text selection) instead of the reader.")
  var noMouse = false

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
    let model = try Self.model(corpus.load(), warnings: themeWarnings)
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
    let ending = ReaderLoop.run(&state, on: screen, theme: chosenTheme) { SignalTrap.pending }
    screen.restore()
    if case .signal(let number) = ending { throw ExitCode(128 + number) }
  }

  /// Analyses the corpus for the reader; load problems and theme problems become its first message.
  static func model(_ corpus: Corpus, warnings: [String]) -> ReaderModel {
    let entities = Pipeline.entities(corpus)
    let claims = Pipeline.claims(corpus, entities: entities)
    let problems = warnings + corpus.diagnostics.map(\.description)
    return ReaderModel(
      name: corpus.name, articles: corpus.articles, entities: entities, pairs: claims.pairs,
      diagnostics: problems)
  }
}
