/// Whether a claim asserts or negates its content.
public enum Polarity: String, Hashable, Sendable, Codable {
  case positive, negative
}

/// Who a claim is attributed to, and how.
public struct Attribution: Hashable, Sendable, Codable {
  /// The speaker as written ("Mao Ning", "Beijing", "an EU official").
  public var speaker: String?
  /// The speaker's entity, when the name resolved to one.
  public var speakerEntity: EntityID?
  /// The reporting verb ("said", "denied", "accused").
  public var verb: String?
  /// Whom it was said to ("reporters", "EU foreign affairs chief Kaja Kallas").
  public var audience: String?
  /// "public" or "private" when the text says how it was said.
  public var setting: String?
  /// Whether the claim stands inside quotation marks.
  public var quoted: Bool

  /// Creates an attribution.
  public init(
    speaker: String? = nil, speakerEntity: EntityID? = nil, verb: String? = nil, setting: String? = nil,
    quoted: Bool = false
  ) {
    self.speaker = speaker
    self.speakerEntity = speakerEntity
    self.verb = verb
    self.setting = setting
    self.quoted = quoted
  }
}

/// A number a claim states, with what it counts.
public struct ClaimNumber: Hashable, Sendable, Codable {
  /// The value, with "million" and "billion" applied.
  public var value: Double
  /// The unit or currency ("€", "%", "people", "drones").
  public var unit: String
  /// The text as written.
  public var text: String
  /// Lemmas of the words around it, for what it counts ("death", "hospital").
  public var context: [String]

  /// Creates a number.
  public init(value: Double, unit: String, text: String, context: [String] = []) {
    self.value = value
    self.unit = unit
    self.text = text
    self.context = context
  }
}

/// What one sentence of an article claims.
public struct Claim: Hashable, Sendable, Codable {
  /// The article.
  public var article: ArticleID
  /// The index of the sentence in `Article.sentences`.
  public var sentence: Int
  /// The code points of the claim.
  public var range: TextRange
  /// The claim's text.
  public var text: String
  /// The entities the claim names, in order of first mention.
  public var entities: [EntityID]
  /// Where each of `entities` is first named, in code points from the claim's start (-1 if only implied).
  public var entityOffsets: [Int] = []
  /// The subject: the first entity named before the main verb, if any.
  public var subject: EntityID?
  /// The main predicate, as a lemma ("supply", "deny").
  public var predicate: String?
  /// Positive, or negative with the cue words that negate it.
  public var polarity: Polarity
  /// The words that made the claim negative ("not", "denied", "avoided").
  public var negations: [String]
  /// A modal that weakens it ("may", "could").
  public var modality: String?
  /// Who said it.
  public var attribution: Attribution
  /// Numbers it states.
  public var numbers: [ClaimNumber]
  /// Days it names, absolute or resolved from "on Friday" against the article's date.
  public var dates: [ISODay]
  /// Periods it names, resolved against the article's date: "week of 2025-06-30", "2025-06".
  public var periods: [String] = []
  /// Days attached to an event noun in the claim ("explosion" → 2026-03-05), not to the act of saying.
  public var eventDates: [String: ISODay] = [:]
  /// The content words, lemmatised, that candidate pairs are found by.
  public var keywords: [String]

  /// Creates a claim.
  public init(
    article: ArticleID, sentence: Int, range: TextRange, text: String, entities: [EntityID],
    subject: EntityID?,
    predicate: String?, polarity: Polarity, negations: [String], modality: String?, attribution: Attribution,
    numbers: [ClaimNumber], dates: [ISODay], keywords: [String]
  ) {
    self.article = article
    self.sentence = sentence
    self.range = range
    self.text = text
    self.entities = entities
    self.subject = subject
    self.predicate = predicate
    self.polarity = polarity
    self.negations = negations
    self.modality = modality
    self.attribution = attribution
    self.numbers = numbers
    self.dates = dates
    self.keywords = keywords
  }
}

/// How two claims relate.
public enum PairLabel: String, Hashable, Sendable, Codable {
  /// They cannot both be true.
  case contradiction
  /// Both can hold, at different times.
  case tension
}

/// Two claims that contradict each other or stand in tension, with the reason.
public struct ClaimPair: Hashable, Sendable, Codable {
  /// The first claim.
  public var a: Claim
  /// The second claim.
  public var b: Claim
  /// Contradiction or tension.
  public var label: PairLabel
  /// The signal: polarity, antonymy, magnitude, number, date, denial, public-private, reported.
  public var kind: String
  /// Higher is stronger, 0 to 1.
  public var score: Double
  /// One line naming the cue words.
  public var why: String

  /// Creates a pair.
  public init(a: Claim, b: Claim, label: PairLabel, kind: String, score: Double, why: String) {
    self.a = a
    self.b = b
    self.label = label
    self.kind = kind
    self.score = score
    self.why = why
  }
}
