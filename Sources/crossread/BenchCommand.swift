import ArgumentParser
import CrossreadAnalysis
import CrossreadCore
import CrossreadParsing
import CrossreadPipeline
import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `crossread bench`: throughput of parsing and entity analysis on a generated corpus.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure parsing, entity and claim analysis on a generated corpus; prints the rates.",
    discussion: """
      The corpus is built from the sentences of a source corpus (the demo by default), shuffled
      with a fixed seed into articles of about 400 words. Build with -c release for real figures.
      """)

  @Option(help: "Articles to generate (default 5,000; 10,000 with --reader).")
  var articles: Int?

  @Flag(help: "Measure the reader instead: time per key on an in-memory screen.")
  var reader = false

  @Flag(
    help: ArgumentHelp(
      "Only entity analysis, three times on --threads threads (for profilers).", visibility: .hidden))
  var profileEntities = false

  @Option(help: "Take sentences from this folder instead of the demo corpus.")
  var from: String?

  @Option(help: "Threads for the parallel run (default: all cores).")
  var threads = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    var options = CorpusOptions()
    options.folder = from
    let source = try options.load()
    if reader {
      ReaderBench.run(source: source, articles: articles ?? 10_000, threads: threads)
      return
    }
    let articles = self.articles ?? 5000
    let texts = Self.generate(from: source, count: articles)
    let words = texts.reduce(0) { $0 + WordCounter.count($1[...]) }
    print("corpus: \(articles) generated articles, \(words) words, from '\(source.name)'")

    var parsed: [Article] = []
    let parseTime = Self.time {
      parsed = texts.enumerated().map { index, text in
        ArticleParser.parse(
          text: text, path: "bench/\(index).txt", id: ArticleID("bench/\(index)"), format: .text)
      }
    }
    Self.report("parse (1 thread)", words: words, seconds: parseTime)
    if profileEntities {
      for _ in 0..<3 {
        let seconds = Self.time { _ = EntityAnalysis.run(parsed, threads: threads) }
        Self.report("entities (\(threads) threads)", words: words, seconds: seconds)
      }
      return
    }
    _ = EntityAnalysis.run(Array(parsed.prefix(10)), threads: 1)  // load the lexicon outside the timing
    var entityCount = 0
    let single = Self.time { entityCount = EntityAnalysis.run(parsed, threads: 1).entities.count }
    Self.report("entities (1 thread)", words: words, seconds: single)
    let parallel = Self.time { _ = EntityAnalysis.run(parsed, threads: threads) }
    Self.report("entities (\(threads) threads)", words: words, seconds: parallel)
    print("entities found: \(entityCount)")
    // Claims and contradictions: how the time grows from a tenth of the corpus to all of it.
    var previous: (articles: Int, seconds: Double)?
    for size in Set([max(1, articles / 10), articles]).sorted() {
      let slice = Array(parsed.prefix(size))
      let entities = EntityAnalysis.run(slice, threads: threads)
      var pairCount = 0
      let seconds = Self.time {
        pairCount = ClaimAnalysis.run(slice, entities: entities, threads: threads).pairs.count
      }
      let rate = Double(size) / max(seconds, 1e-9)
      var growth = ""
      if let previous {
        growth = String(
          format: "  (x%.1f articles, x%.1f time)", Double(size) / Double(previous.articles),
          seconds / max(previous.seconds, 1e-9))
      }
      print(
        "claims+pairs \(String(size).padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", seconds)) s  \(String(format: "%10.0f", rate)) articles/s  \(pairCount) pairs\(growth)"
      )
      previous = (size, seconds)
    }
    print("peak memory: \(Self.peakMemoryMegabytes()) MB")
  }

  /// Articles of about twenty sentences, drawn in a fixed pseudo-random order.
  static func generate(from corpus: Corpus, count: Int) -> [String] {
    let sentences = corpus.articles.flatMap { article in
      article.sentences.filter { article.blocks[$0.block].kind == .paragraph }.map {
        String(article[$0.range])
      }
    }
    guard !sentences.isEmpty else { return [] }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    return (0..<count).map { _ in
      var paragraphs: [String] = []
      for _ in 0..<5 {
        paragraphs.append((0..<4).map { _ in sentences[next() % sentences.count] }.joined(separator: " "))
      }
      return paragraphs.joined(separator: "\n\n")
    }
  }

  static func time(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  static func report(_ label: String, words: Int, seconds: Double) {
    let rate = Double(words) / max(seconds, 1e-9)
    let padded = label.padding(toLength: 24, withPad: " ", startingAt: 0)
    print("\(padded) \(String(format: "%8.3f", seconds)) s  \(String(format: "%12.0f", rate)) words/s")
  }

  static func peakMemoryMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) / 1024
  }
}
