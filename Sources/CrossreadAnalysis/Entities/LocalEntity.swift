import CrossreadCore

/// One entity inside one article: its mentions, the forms used, its kind, and linking keys.
struct LocalEntity: Sendable {
  /// The article's index in the corpus.
  var article: Int
  /// Mentions as (range, text, sentence).
  var mentions: [(range: TextRange, text: String, sentence: Int)]
  /// Votes per kind.
  var votes: [EntityKind: Double]
  /// Folded multi-word person names ("wang yi").
  var fullNames: Set<String>
  /// Keys that link it to the same entity in other articles.
  var keys: [LinkKey]
  /// Single-word person names it goes by when no full name is known here ("putin").
  var surnames: Set<String>
  /// The canonical name the lexicon gives, if any.
  var canonical: String?
  /// Initials of its multi-word forms ("MWS" for "Marovia Wire Service").
  var initials: Set<String> = []
  /// Its forms written as acronyms ("MWS").
  var acronyms: Set<String> = []
  /// Its folded single-word forms.
  var singleForms: Set<String> = []

  var kind: EntityKind {
    votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
  }

  var strength: Double { votes.values.max() ?? 0 }
}
