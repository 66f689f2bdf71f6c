import CrossreadAnalysis
import CrossreadCore
import CrossreadIndex
import Foundation

/// A corpus's entities and flagged claim pairs, analysed now or read back from the index.
public struct Analysis: Sendable {
  public var entities: CrossReference
  public var pairs: [ClaimPair]
  /// Whether the analysis came from the index instead of being computed.
  public var fromIndex: Bool
  /// What went wrong with the index, if anything (the analysis is then computed).
  public var indexProblem: String?
}

extension Pipeline {
  /// Where a folder's index lives: `$XDG_CACHE_HOME/crossread/` (or `~/.cache/crossread/`), one
  /// file per folder, named after it and a hash of its absolute path.
  public static func indexPath(
    for corpus: Corpus, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
    let safeName = String(
      corpus.name.unicodeScalars.map { $0.isASCIIWordPart ? Character($0) : "_" }.prefix(40))
    return "\(base)/crossread/\(safeName)-\(CorpusIndex.fingerprint(corpus.folder)).sqlite"
  }

  /// What the analysis depends on: every article's id and text, and the program that analyses.
  public static func fingerprint(_ corpus: Corpus) -> String {
    var parts = [buildStamp]
    for article in corpus.articles {
      parts.append(article.id.rawValue + "=" + CorpusIndex.fingerprint(article.text.string))
    }
    return CorpusIndex.fingerprint(parts.joined(separator: "\n"))
  }

  /// The running executable's size and modification time: a rebuilt crossread re-analyses.
  static let buildStamp: String = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    else { return "unknown build" }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)-\(modified)"
  }()

  /// Analyses the corpus, or reads the analysis back from `index` if the corpus has not changed.
  ///
  /// The index is brought up to date either way; index problems never stop the analysis.
  /// With `writeInBackground`, a fresh analysis is written to the index on another thread, so the
  /// reader opens without waiting for it (searches wait for the write to finish).
  public static func analyse(
    _ corpus: Corpus, index: CorpusIndex?, threads: Int = 2, writeInBackground: Bool = false
  ) -> Analysis {
    let fingerprint = self.fingerprint(corpus)
    var problem: String?
    if let index {
      do {
        if let stored = try index.analysis(matching: fingerprint) {
          try index.update(articles: corpus.articles, fingerprint: fingerprint, analysis: nil)
          var lengths: [ArticleID: Int] = [:]
          for article in corpus.articles { lengths[article.id] = article.text.count }
          return Analysis(
            entities: CrossReference(entities: stored.entities, lengths: lengths), pairs: stored.pairs,
            fromIndex: true)
        }
      } catch {
        problem = "the index could not be read (\(error)); analysing afresh"
      }
    }
    let entities = self.entities(corpus, threads: threads)
    let pairs = claims(corpus, entities: entities, threads: threads).pairs
    if let index {
      let articles = corpus.articles
      let stored = StoredAnalysis(entities: entities.entities, pairs: pairs)
      if writeInBackground {
        Thread.detachNewThread {
          _ = try? index.update(articles: articles, fingerprint: fingerprint, analysis: stored)
        }
      } else {
        do {
          try index.update(articles: articles, fingerprint: fingerprint, analysis: stored)
        } catch {
          problem = "the index could not be written (\(error)); search across articles is off"
        }
      }
    }
    return Analysis(entities: entities, pairs: pairs, fromIndex: false, indexProblem: problem)
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIIWordPart: Bool {
    (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      || value == 0x2D
  }
}
