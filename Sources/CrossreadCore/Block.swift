/// What a block of an article is, as far as reading and analysis are concerned.
public enum BlockKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// The headline the article states for itself.
  case title
  /// The author line ("By …", "Article by …").
  case byline
  /// A line that only states the publication date.
  case date
  /// A section heading.
  case heading
  /// Body text.
  case paragraph
  /// One item of a bulleted or numbered list.
  case listItem
  /// A footnote or reference entry ("[3] Reuters, …").
  case footnote
  /// A note about an author or a picture ("Image by …", "Jane Doe, University of …").
  case note
  /// Navigation, promotion and sharing text: kept and shown dimmed, skipped by analysis.
  case boilerplate

  /// Whether analysis (entities, claims) reads this block.
  public var isAnalysed: Bool { self != .boilerplate }

  /// Whether this block is running text that is split into sentences as prose.
  public var isProse: Bool { self == .paragraph || self == .listItem || self == .footnote }
}

/// A run of an article's text with one role: a line, a paragraph, a heading, a list item.
public struct Block: Hashable, Sendable, Codable {
  /// The role of the block.
  public var kind: BlockKind
  /// The code points of the block's text, without line terminators or list bullets.
  public var range: TextRange
  /// The nesting depth of a list item (0 for top level) or the level of a heading (1 for the top).
  public var level: Int

  /// Creates a block.
  public init(kind: BlockKind, range: TextRange, level: Int = 0) {
    self.kind = kind
    self.range = range
    self.level = level
  }
}

/// One sentence of an article, inside one block.
public struct Sentence: Hashable, Sendable, Codable {
  /// The code points of the sentence, trimmed of surrounding spaces.
  public var range: TextRange
  /// The index in `Article.blocks` of the block that holds the sentence.
  public var block: Int

  /// Creates a sentence.
  public init(range: TextRange, block: Int) {
    self.range = range
    self.block = block
  }
}

/// A footnote marker in running text, such as `[3]`, linked to its reference entry.
public struct FootnoteMarker: Hashable, Sendable, Codable {
  /// The marker as written, brackets included.
  public var range: TextRange
  /// The label inside the brackets ("3").
  public var label: String
  /// The index in `Article.blocks` of the matching `.footnote` block, when the article has one.
  public var entry: Int?

  /// Creates a marker.
  public init(range: TextRange, label: String, entry: Int?) {
    self.range = range
    self.label = label
    self.entry = entry
  }
}

/// A hyperlink kept from a Markdown article: its visible text and its target.
public struct Link: Hashable, Sendable, Codable {
  /// The code points of the link text in the article's text.
  public var range: TextRange
  /// The target as written.
  public var url: String

  /// Creates a link.
  public init(range: TextRange, url: String) {
    self.range = range
    self.url = url
  }
}
