import CrossreadCore

/// A block as a format reader sees it, before the structure of the article is decided.
struct RawBlock: Hashable {
  /// The block's text, trimmed of spaces and of its list bullet or Markdown marker.
  var range: TextRange
  /// The kind the format states outright (a Markdown heading, a bullet), if any.
  var hint: BlockKind?
  /// List depth or heading level.
  var level: Int = 0
  /// Whether a blank line or the start of the file comes right before the block.
  var afterBlank: Bool = true
}

/// What a format reader hands to the structure pass: the article text and its raw blocks.
struct Layout {
  /// The text every range points into.
  var text: String
  /// The blocks, in reading order.
  var blocks: [RawBlock]
  /// Links kept from Markdown.
  var links: [Link] = []
  /// The publication day a Markdown front matter states.
  var statedDate: ISODay?
}
