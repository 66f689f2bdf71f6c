import CrossreadCore
import CrossreadPipeline
import CrossreadReader
import Foundation
import TerminalKit
import Testing

/// Builds reader models the way the `read` command does.
enum ReaderFixtures {
  /// The demo corpus, analysed once for all tests.
  static let demo: ReaderModel = {
    do {
      return model(try Pipeline.loadDemo())
    } catch {
      fatalError("the demo corpus must load: \(error)")
    }
  }()

  static func model(_ corpus: Corpus) -> ReaderModel {
    let entities = Pipeline.entities(corpus)
    let claims = Pipeline.claims(corpus, entities: entities)
    return ReaderModel(
      name: corpus.name, articles: corpus.articles, entities: entities, pairs: claims.pairs,
      diagnostics: corpus.diagnostics.map(\.description))
  }

  /// The theme every screen test draws with: the built-in default.
  static let theme: Theme = ThemeLoader(environment: ["XDG_CONFIG_HOME": "/nonexistent"])
    .load(requested: nil, noColor: false).theme

  /// Plays `keys` on a fresh reader of `rows` × `columns` and returns the state and the last frame.
  static func play(
    _ keys: [KeyEvent], model: ReaderModel = demo, rows: Int = 40, columns: Int = 120
  ) -> (state: ReaderState, screen: MemoryScreen) {
    let screen = MemoryScreen(rows: rows, columns: columns)
    var state = ReaderState(model: model, rows: rows, columns: columns)
    _ = state.apply(.resize(rows: rows, columns: columns))
    screen.draw(ReaderView.render(state, theme: theme))
    for key in keys { ReaderLoop.handle(key, state: &state, screen: screen, theme: theme) }
    return (state, screen)
  }

  /// Keys from a string: each character is a key; `⏎` is Enter, `⇥` Tab, `⎋` Escape.
  static func keys(_ text: String) -> [KeyEvent] {
    text.map { character in
      switch character {
      case "⏎": .enter
      case "⇥": .tab
      case "⎋": .escape
      case "↓": .down
      case "↑": .up
      default: .character(character)
      }
    }
  }
}

/// Whole-screen text dumps compared with files in `Golden/`; `UPDATE_GOLDEN=1` rewrites them.
enum Golden {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  static func check(_ screen: MemoryScreen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    let url = folder.appendingPathComponent(name + ".txt")
    let actual = screen.dump + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no golden file \(name).txt; run the tests with UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    if actual != expected {
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
      let detail =
        first.map { "line \($0.offset + 1):\n  expected: \($0.element.1)\n  actual:   \($0.element.0)" }
        ?? "lengths differ"
      Issue.record("screen differs from \(name).txt at \(detail)\n\(actual)", sourceLocation: sourceLocation)
    }
  }
}
