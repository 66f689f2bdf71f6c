import CrossreadAnalysis
import CrossreadCore
import CrossreadIndex
import CrossreadParsing
import Foundation

/// A folder of articles, parsed, with one diagnostic per file that was skipped or repaired.
public struct Corpus: Sendable {
  /// A short name for display: the folder's name, or "demo".
  public var name: String
  /// The folder's absolute path.
  public var folder: String
  /// The articles, in the order of their relative paths.
  public var articles: [Article]
  /// What was skipped or repaired, in path order.
  public var diagnostics: [Diagnostic]
}

/// Why a corpus could not be loaded at all; each case says what to do.
public enum LoadError: Error, CustomStringConvertible {
  /// The folder itself cannot be used.
  case folder(CorpusError)
  /// The folder holds no readable article.
  case noArticles(String, skipped: Int)
  /// The built-in demo corpus is missing from the installation.
  case demoMissing

  public var description: String {
    switch self {
    case .folder(let error): error.description
    case .noArticles(let folder, let skipped):
      skipped == 0
        ? "no .txt or .md articles in '\(folder)'. Put article files there, or run with no folder for the demo."
        : "no readable articles in '\(folder)' (\(skipped) files skipped, see above)."
    case .demoMissing:
      "the built-in demo corpus is missing next to the crossread binary; reinstall, or give a folder."
    }
  }
}

/// Runs the stages over a corpus: the walk, then parsing in parallel across articles.
public enum Pipeline {
  /// Loads every article below `folder`, parsing on all cores.
  public static func load(folder: String) throws(LoadError) -> Corpus {
    let listing: CorpusListing
    do {
      listing = try CorpusWalker.list(folder: folder)
    } catch {
      throw .folder(error)
    }
    let ids = articleIDs(for: listing.files)
    let outcomes = parseInParallel(listing.files, ids: ids.ids)
    var diagnostics = listing.diagnostics + ids.diagnostics
    var articles: [Article] = []
    for outcome in outcomes {
      diagnostics += outcome.diagnostics
      if let article = outcome.article { articles.append(article) }
    }
    diagnostics.sort { $0.path < $1.path }
    guard !articles.isEmpty else {
      throw .noArticles(folder, skipped: diagnostics.filter { $0.code.skipsFile }.count)
    }
    let url = URL(fileURLWithPath: folder).standardizedFileURL
    return Corpus(name: url.lastPathComponent, folder: url.path, articles: articles, diagnostics: diagnostics)
  }

  /// Finds the corpus's entities and links them across articles, on `threads` threads.
  public static func entities(_ corpus: Corpus, threads: Int = 2) -> CrossReference {
    EntityAnalysis.run(corpus.articles, threads: threads)
  }

  /// Extracts claims and finds contradicting pairs, given the corpus's entities.
  public static func claims(_ corpus: Corpus, entities: CrossReference, threads: Int = 2)
    -> ClaimAnalysis.Result
  {
    ClaimAnalysis.run(corpus.articles, entities: entities, threads: threads)
  }

  /// The folder of the built-in demo corpus, shipped as a resource beside the binary.
  public static var demoFolder: String? {
    Bundle.module.resourceURL?.appendingPathComponent("Demo").path
  }

  /// Loads the built-in demo corpus.
  public static func loadDemo() throws(LoadError) -> Corpus {
    guard let folder = demoFolder, FileManager.default.fileExists(atPath: folder) else {
      throw .demoMissing
    }
    var corpus = try load(folder: folder)
    corpus.name = "demo"
    return corpus
  }

  /// Ids are relative paths without the extension; when two files share one, the later keeps it.
  static func articleIDs(for files: [CorpusFile]) -> (ids: [ArticleID], diagnostics: [Diagnostic]) {
    var seen: Set<String> = []
    var ids: [ArticleID] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      var id = file.relativePath
      if let dot = id.lastIndex(of: "."), !id[dot...].contains("/") { id = String(id[..<dot]) }
      if seen.contains(id) {
        diagnostics.append(
          Diagnostic(
            path: file.relativePath, code: .duplicateID,
            problem: "another file is also named '\(id)'; this one keeps its extension as its id"))
        id = file.relativePath
      }
      seen.insert(id)
      ids.append(ArticleID(id))
    }
    return (ids, diagnostics)
  }

  /// Parses files on all cores; the result keeps the files' order.
  static func parseInParallel(_ files: [CorpusFile], ids: [ArticleID]) -> [ArticleParser.Outcome] {
    Parallel.map(files.count, threads: ProcessInfo.processInfo.activeProcessorCount) { index in
      ArticleParser.parse(files[index], id: ids[index])
    }
  }
}
