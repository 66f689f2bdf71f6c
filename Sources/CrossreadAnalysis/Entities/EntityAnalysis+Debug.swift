import CrossreadCore

extension EntityAnalysis {
  /// Each sentence's names with their votes, for tuning rules by eye.
  public static func debugMentions(_ article: Article, lexicon: Lexicon = .shared) -> [String] {
    let finder = MentionFinder(lexicon: lexicon, article: article, scalars: article.text.scalars)
    var lines: [String] = []
    var lastSentence = -1
    for candidate in finder.candidates() {
      if candidate.sentence != lastSentence {
        lines.append("# " + article[article.sentences[candidate.sentence].range].prefix(140))
        lastSentence = candidate.sentence
      }
      let vote = finder.vote(candidate)
      let flags = (candidate.hadTitle ? " title" : "") + (candidate.qualifier.map { " of:" + $0 } ?? "")
      lines.append("  [\(finder.text(candidate.range))] \(vote.kind.rawValue) \(vote.weight)\(flags)")
    }
    return lines
  }
}
