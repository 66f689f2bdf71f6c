import CrossreadCore

extension EntityAnalysis {
  /// Each sentence's names with their votes, for tuning rules by eye.
  public static func debugMentions(_ article: Article, lexicon: Lexicon = .shared) -> [String] {
    let finder = MentionFinder(lexicon: lexicon, article: article, scalars: article.text.scalars)
    var lines: [String] = []
    var lastSentence = -1
    let candidates = finder.candidates()
    let votes = finder.sharingListKinds(candidates, candidates.map(finder.vote))
    for (candidate, vote) in zip(candidates, votes) {
      if candidate.sentence != lastSentence {
        lines.append("# " + article[article.sentences[candidate.sentence].range].prefix(140))
        lastSentence = candidate.sentence
      }
      let flags = (candidate.hadTitle ? " title" : "") + (candidate.qualifier.map { " of:" + $0 } ?? "")
      lines.append("  [\(finder.text(candidate.range))] \(vote.kind.rawValue) \(vote.weight)\(flags)")
    }
    return lines
  }
}
