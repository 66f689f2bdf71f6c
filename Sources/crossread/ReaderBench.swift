import CrossreadAnalysis
import CrossreadCore
import CrossreadIndex
import CrossreadParsing
import CrossreadPipeline
import CrossreadReader
import Dispatch
import Foundation
import TerminalKit

/// `crossread bench --reader`: how long the reader takes to handle a key and redraw, on a big
/// corpus whose first article is 5,000 lines long, drawn into an in-memory screen.
enum ReaderBench {
  static func run(source: Corpus, articles count: Int, threads: Int) {
    var texts = Bench.generate(from: source, count: max(2, count))
    // The long article: paragraphs of generated text until it wraps to over 5,000 lines.
    texts[0] = "A very long report\n\n" + Bench.generate(from: source, count: 220).joined(separator: "\n\n")
    let parsed = texts.enumerated().map { index, text in
      ArticleParser.parse(
        text: text, path: "bench/\(index).txt", id: ArticleID("bench/\(index)"), format: .text)
    }
    var model: ReaderModel?
    var stored = StoredAnalysis(entities: [], pairs: [])
    let analysis = Bench.time {
      let entities = EntityAnalysis.run(parsed, threads: threads)
      let claims = ClaimAnalysis.run(parsed, entities: entities, threads: threads)
      stored = StoredAnalysis(entities: entities.entities, pairs: claims.pairs)
      model = ReaderModel(name: "bench", articles: parsed, entities: entities, pairs: claims.pairs)
    }
    guard let model else { return }
    indexFigures(parsed, stored: stored, analysis: analysis)
    let (rows, columns) = (50, 160)
    let screen = MemoryScreen(rows: rows, columns: columns)
    let theme = ThemeLoader().load(requested: nil, noColor: false).theme
    var state = ReaderState(model: model, rows: rows, columns: columns)
    let first = Bench.time {
      _ = state.apply(.resize(rows: rows, columns: columns))
      screen.draw(ReaderView.render(state, theme: theme))
    }
    print(
      "long article: \(state.articleLineCount) lines at \(columns) columns; first frame \(milliseconds(first)) ms"
    )
    let script: [(String, [KeyEvent])] = [
      ("sources: j (opens each article)", Array(repeating: .character("j"), count: 200)),
      ("sources: G, g (10,000 rows)", [.character("G"), .character("g"), .character("G"), .character("g")]),
      ("article: page down", [.character("2")] + Array(repeating: .pageDown, count: 200)),
      (
        "article: j / k",
        Array(repeating: .character("j"), count: 100) + Array(repeating: .character("k"), count: 100)
      ),
      ("article: G, g", [.character("G"), .character("g"), .character("G"), .character("g")]),
      (
        "search: type, Enter, n",
        Array("/the".map { KeyEvent.character($0) }) + [.enter]
          + Array(repeating: .character("n"), count: 100)
      ),
      ("entities: move (preview)", [.character("3")] + Array(repeating: .character("j"), count: 50)),
      (
        "mention list: open, move, jump, back",
        [.enter] + Array(repeating: .character("j"), count: 30) + [.enter, .character("b")]
      ),
      (
        "flagged claims: c, x, Esc",
        Array(repeating: [KeyEvent.character("c"), .character("x"), .escape], count: 20).flatMap { $0 }
      ),
      ("help: ?, scroll, close", [.character("?"), .character("j"), .character("j"), .character("?")]),
    ]
    print("key group                                keys    mean ms   p95 ms   max ms")
    var all: [Double] = []
    for (label, keys) in script {
      var times: [Double] = []
      for key in keys {
        times.append(Bench.time { ReaderLoop.handle(key, state: &state, screen: screen, theme: theme) })
      }
      all += times
      print(line(label, times))
    }
    var resizes: [Double] = []
    for (height, width) in [(40, 120), (24, 80), (20, 50), (50, 160)] {
      screen.size = (height, width)
      resizes.append(Bench.time { ReaderLoop.handle(.resize, state: &state, screen: screen, theme: theme) })
    }
    print(line("resize (re-wraps the long article)", resizes))
    print(line("all keys", all))
    print("peak memory: \(Bench.peakMemoryMegabytes()) MB")
  }

  /// Writes the analysis to a fresh on-disk index and reads it back, as a second open does.
  static func indexFigures(_ articles: [Article], stored: StoredAnalysis, analysis: Double) {
    let path = NSTemporaryDirectory() + "crossread-bench-\(getpid()).sqlite"
    defer { try? FileManager.default.removeItem(atPath: path) }
    print("corpus: \(articles.count) articles; analysis + reader model \(String(format: "%.2f", analysis)) s")
    do {
      let index = try CorpusIndex(path: path)
      let write = Bench.time {
        _ = try? index.update(articles: articles, fingerprint: "bench", analysis: stored)
      }
      var readBack: StoredAnalysis?
      let read = Bench.time { readBack = try? index.analysis(matching: "bench") }
      var hits = 0
      let search = Bench.time { hits = (try? index.search("minister said"))?.count ?? 0 }
      let size =
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
      print(
        "index: first write \(String(format: "%.2f", write)) s (\(size / 1_000_000) MB); "
          + "reopen reads the analysis back in \(String(format: "%.2f", read)) s "
          + "(\(readBack?.entities.count ?? 0) entities, \(readBack?.pairs.count ?? 0) pairs); "
          + "search across all articles \(milliseconds(search).trimmingCharacters(in: .whitespaces)) ms (\(hits) hits)"
      )
    } catch {
      print("index: \(error)")
    }
  }

  static func line(_ label: String, _ times: [Double]) -> String {
    let sorted = times.sorted()
    let mean = times.reduce(0, +) / Double(max(1, times.count))
    let p95 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
    return label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%5d", times.count)
      + "  " + milliseconds(mean) + "  " + milliseconds(p95) + "  " + milliseconds(sorted.last ?? 0)
  }

  static func milliseconds(_ seconds: Double) -> String { String(format: "%7.2f", seconds * 1000) }
}
