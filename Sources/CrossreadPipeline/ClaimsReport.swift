import CrossreadCore

/// A claim's place in the corpus, as the JSON reports give it.
public struct ClaimSide: Codable, Sendable {
  public var article: String
  public var start: Int
  public var end: Int
  public var text: String

  init(_ claim: Claim) {
    article = claim.article.rawValue
    start = claim.range.start
    end = claim.range.end
    text = claim.text
  }
}

/// The `crossread contradictions --json` report.
public struct ContradictionsReport: Codable, Sendable {
  /// One pair.
  public struct Entry: Codable, Sendable {
    public var label: String
    public var kind: String
    public var score: Double
    public var why: String
    public var a: ClaimSide
    public var b: ClaimSide
  }

  public var pairs: [Entry]

  /// Reports the pairs, strongest first.
  public init(_ pairs: [ClaimPair]) {
    self.pairs = pairs.map {
      Entry(
        label: $0.label.rawValue, kind: $0.kind, score: ($0.score * 100).rounded() / 100, why: $0.why,
        a: ClaimSide($0.a), b: ClaimSide($0.b))
    }
  }
}

/// The `crossread claims --json` report.
public struct ClaimsReport: Codable, Sendable {
  /// One claim.
  public struct Entry: Codable, Sendable {
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
    public var subject: String?
    public var entities: [String]
    public var polarity: String
    public var negations: [String]
    public var modality: String?
    public var speaker: String?
    public var verb: String?
    public var audience: String?
    public var setting: String?
    public var quoted: Bool
    public var numbers: [ClaimNumber]
    public var dates: [String]
    public var periods: [String]
  }

  public var claims: [Entry]

  /// Reports every claim.
  public init(_ claims: [Claim]) {
    self.claims = claims.map {
      Entry(
        article: $0.article.rawValue, start: $0.range.start, end: $0.range.end, text: $0.text,
        subject: $0.subject?.rawValue, entities: $0.entities.map(\.rawValue), polarity: $0.polarity.rawValue,
        negations: $0.negations, modality: $0.modality, speaker: $0.attribution.speaker,
        verb: $0.attribution.verb,
        audience: $0.attribution.audience, setting: $0.attribution.setting, quoted: $0.attribution.quoted,
        numbers: $0.numbers, dates: $0.dates.map(\.description), periods: $0.periods)
    }
  }
}
