/// The file format an article was read from.
public enum ArticleFormat: String, Hashable, Sendable, Codable {
  /// Plain text: the article text is the decoded file.
  case text
  /// Markdown: the article text is the plain-text rendering of the file.
  case markdown
}

/// One article: its decoded text, untouched, described by code-point ranges.
public struct Article: Sendable, Hashable {
  /// The path relative to the corpus folder, without the extension.
  public var id: ArticleID
  /// The path relative to the corpus folder.
  public var path: String
  /// The format the article was read from.
  public var format: ArticleFormat
  /// The text every range in the article points into.
  public var text: ArticleText
  /// The blocks in reading order; together they cover every non-blank line.
  public var blocks: [Block]
  /// The sentences of every analysed block, in reading order.
  public var sentences: [Sentence]
  /// Footnote markers in running text.
  public var footnoteMarkers: [FootnoteMarker]
  /// Links kept from Markdown.
  public var links: [Link]
  /// The stated headline.
  public var title: TextRange?
  /// The author names of the byline, without "By".
  public var byline: TextRange?
  /// The stated publication day.
  public var date: ISODay?
  /// Where the date is stated.
  public var dateRange: TextRange?
  /// The place that opens the first paragraph of a wire story ("BELGIUM –", "KYIV (Reuters) -").
  public var dateline: TextRange?
  /// The outlet the article credits as its source ("Sources: South China Morning Post").
  public var source: TextRange?

  /// Creates an article with no structure yet.
  public init(id: ArticleID, path: String, format: ArticleFormat, text: ArticleText) {
    self.id = id
    self.path = path
    self.format = format
    self.text = text
    self.blocks = []
    self.sentences = []
    self.footnoteMarkers = []
    self.links = []
  }

  /// The text covered by `range`.
  public subscript(range: TextRange) -> Substring { text[range] }

  /// The text of an optional range, or nil.
  public func string(_ range: TextRange?) -> String? {
    range.map { String(text[$0]) }
  }

  /// The blocks of one kind, in order.
  public func blocks(_ kind: BlockKind) -> [Block] { blocks.filter { $0.kind == kind } }

  /// The number of words in analysed blocks.
  ///
  /// A word is a run of letters or digits; inner apostrophes, hyphens, full stops and commas join.
  public var wordCount: Int {
    var total = 0
    for block in blocks where block.kind.isAnalysed {
      total += WordCounter.count(text[block.range])
    }
    return total
  }
}

/// Counts words the way a reader would: "U.S.-China" and "$8.2" are one word each.
public enum WordCounter {
  /// The number of words in `text`.
  public static func count(_ text: Substring) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar = scalar.isLetter || scalar.isNumeric
      if isWordScalar {
        if !inWord { count += 1 }
        inWord = true
      } else if inWord && (scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." || scalar == ",")
      {
        // Joiners keep the word open; the next scalar decides.
        continue
      } else {
        inWord = false
      }
    }
    return count
  }
}

extension Article {
  /// The credited source, the top folder (outlets often get one folder each), or the byline; "–"
  /// when there is none of them.
  public var outlet: String {
    if let source = string(source) { return source }
    let parts = path.split(separator: "/")
    if parts.count > 1 { return String(parts[0]) }
    return string(byline) ?? "–"
  }
}

extension Int {
  /// "1 article", "3 articles": a count with its noun, plural when it is not one.
  public func counting(_ noun: String, plural: String? = nil) -> String {
    "\(self) " + (self == 1 ? noun : plural ?? noun + "s")
  }
}
