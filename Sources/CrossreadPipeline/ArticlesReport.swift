import CrossreadCore

/// The `crossread articles --json` report: one summary per article and the diagnostics.
public struct ArticlesReport: Codable, Sendable {
  /// One article's metadata and counts.
  public struct Entry: Codable, Sendable {
    public var id: String
    public var path: String
    public var format: String
    public var title: String?
    public var byline: String?
    public var date: String?
    public var dateline: String?
    public var source: String?
    public var headings: [String]
    public var boilerplate: [String]
    public var paragraphs: Int
    public var listItems: Int
    public var sentences: Int
    public var words: Int
    public var footnotes: Int
    public var footnoteMarkers: Int

    /// Writes every key, with `null` for a missing title, byline, date, dateline or source.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(path, forKey: .path)
      try container.encode(format, forKey: .format)
      try container.encode(title, forKey: .title)
      try container.encode(byline, forKey: .byline)
      try container.encode(date, forKey: .date)
      try container.encode(dateline, forKey: .dateline)
      try container.encode(source, forKey: .source)
      try container.encode(headings, forKey: .headings)
      try container.encode(boilerplate, forKey: .boilerplate)
      try container.encode(paragraphs, forKey: .paragraphs)
      try container.encode(listItems, forKey: .listItems)
      try container.encode(sentences, forKey: .sentences)
      try container.encode(words, forKey: .words)
      try container.encode(footnotes, forKey: .footnotes)
      try container.encode(footnoteMarkers, forKey: .footnoteMarkers)
    }
  }

  /// A skipped or repaired file.
  public struct Problem: Codable, Sendable {
    public var path: String
    public var code: String
    public var problem: String
  }

  public var articles: [Entry]
  public var diagnostics: [Problem]

  /// Summarises a corpus.
  public init(_ corpus: Corpus) {
    articles = corpus.articles.map(Entry.init)
    diagnostics = corpus.diagnostics.map {
      Problem(path: $0.path, code: $0.code.rawValue, problem: $0.problem)
    }
  }
}

extension ArticlesReport.Entry {
  init(_ article: Article) {
    func texts(_ kind: BlockKind) -> [String] { article.blocks(kind).map { String(article[$0.range]) } }
    id = article.id.rawValue
    path = article.path
    format = article.format.rawValue
    title = article.string(article.title)
    byline = article.string(article.byline)
    date = article.date?.description
    dateline = article.string(article.dateline)
    source = article.string(article.source)
    headings = texts(.heading)
    boilerplate = texts(.boilerplate)
    paragraphs = article.blocks(.paragraph).count
    listItems = article.blocks(.listItem).count
    sentences = article.sentences.count
    words = article.wordCount
    footnotes = article.blocks(.footnote).count
    footnoteMarkers = article.footnoteMarkers.count
  }
}
