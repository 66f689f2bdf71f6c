import CrossreadCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns one file, or one text, into an `Article`.
///
/// Never fatal: a file that cannot be used yields no article and one diagnostic; a file that
/// needed repair yields an article and a diagnostic.
public enum ArticleParser {
  /// What parsing one file produced.
  public struct Outcome: Sendable {
    /// The article, unless the file was skipped.
    public var article: Article?
    /// At most one line about the file.
    public var diagnostics: [Diagnostic]

    /// Creates an outcome.
    public init(article: Article?, diagnostics: [Diagnostic]) {
      self.article = article
      self.diagnostics = diagnostics
    }
  }

  /// Reads and parses one file found by `CorpusWalker`.
  public static func parse(_ file: CorpusFile, id: ArticleID) -> Outcome {
    let bytes: [UInt8]
    switch readBytes(file.path) {
    case .success(let read): bytes = read
    case .failure(let reason):
      return skipped(file, .unreadable, "cannot read: \(reason); skipped")
    }
    return parse(bytes: bytes, path: file.relativePath, id: id, format: file.format)
  }

  /// Parses the bytes of one file.
  public static func parse(bytes: [UInt8], path: String, id: ArticleID, format: ArticleFormat) -> Outcome {
    let file = CorpusFile(relativePath: path, path: path, format: format)
    if bytes.count > CorpusWalker.sizeLimit {
      return skipped(file, .tooLarge, "too large (over 20 MB); skipped")
    }
    if bytes.isEmpty { return skipped(file, .empty, "empty file; skipped") }
    if TextDecoding.isBinary(bytes) {
      return skipped(file, .binary, "binary file (holds NUL or control bytes), not text; skipped")
    }
    let decoded = TextDecoding.decode(bytes)
    guard decoded.text.unicodeScalars.contains(where: { !$0.isSpace }) else {
      return skipped(file, .empty, "only blank lines; skipped")
    }
    let article = parse(text: decoded.text, path: path, id: id, format: format)
    var diagnostics: [Diagnostic] = []
    if let note = decoded.note {
      diagnostics.append(Diagnostic(path: path, code: note.code, problem: note.problem))
    }
    return Outcome(article: article, diagnostics: diagnostics)
  }

  /// Parses decoded text.
  public static func parse(text source: String, path: String, id: ArticleID, format: ArticleFormat)
    -> Article
  {
    let layout: Layout
    let scalars: [Unicode.Scalar]
    switch format {
    case .text:
      scalars = Array(source.unicodeScalars)
      layout = PlainTextReader.read(source, scalars: scalars)
    case .markdown:
      layout = MarkdownReader.read(source)
      scalars = Array(layout.text.unicodeScalars)
    }
    var pass = StructurePass(scalars: scalars, format: format, layout: layout)
    pass.run()
    var article = Article(id: id, path: path, format: format, text: ArticleText(layout.text))
    article.blocks = pass.blocks
    article.sentences = pass.sentences
    article.footnoteMarkers = pass.footnoteMarkers
    article.links = layout.links
    article.title = pass.title
    article.byline = pass.byline
    article.date = pass.date
    article.dateRange = pass.dateRange
    article.dateline = pass.dateline
    article.source = pass.source
    return article
  }

  static func skipped(_ file: CorpusFile, _ code: DiagnosticCode, _ problem: String) -> Outcome {
    Outcome(article: nil, diagnostics: [Diagnostic(path: file.relativePath, code: code, problem: problem)])
  }

  static func readBytes(_ path: String) -> Result<[UInt8], ReadError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(ReadError(code: errno)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(ReadError(code: errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > CorpusWalker.sizeLimit { break }
    }
    return .success(bytes)
  }

  struct ReadError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { CorpusWalker.errorText(code) }
  }
}
