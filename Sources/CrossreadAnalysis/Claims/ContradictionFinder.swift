import CrossreadCore

/// Finds pairs of claims that cannot both be true, or that hold only at different times.
///
/// Needs: every claim of the corpus. Adds: `ClaimPair`s, strongest first, each with its reason.
/// Candidates come from an inverted index of keywords (and, for claims with a denial, accusation,
/// setting, magnitude or discrediting cue, of entities): never from all pairs. Each candidate is
/// then tested against general signals, in order: different dates or numbers for the same event,
/// magnitude words, a denial against an accusation, public against private, discredited claims,
/// WordNet antonyms, and opposite polarity over the same content.
struct ContradictionFinder {
  let lexicon: Lexicon
  let claims: [Claim]
  let articleDates: [ArticleID: ISODay]
  /// How many claims hold each keyword.
  let documentFrequency: [String: Int]

  /// Entities that name a country, which are too broad to tell two events apart.
  let countries: Set<EntityID>
  /// Each claim's lower-cased text and content words, computed once.
  let lowered: [String]
  let contents: [Set<String>]

  init(lexicon: Lexicon, claims: [Claim], articleDates: [ArticleID: ISODay], countries: Set<EntityID> = []) {
    self.lexicon = lexicon
    self.countries = countries
    self.claims = claims
    self.articleDates = articleDates
    var frequency: [String: Int] = [:]
    for claim in claims {
      for keyword in Set(claim.keywords) where !keyword.hasPrefix("¬") { frequency[keyword, default: 0] += 1 }
    }
    documentFrequency = frequency
    lowered = claims.map { $0.text.lowercased() }
    contents = claims.map { Set($0.keywords.filter { !$0.hasPrefix("¬") }) }
  }

  /// The most pairs one claim takes part in.
  static let pairsPerClaim = 3

  /// A keyword in more claims than this is too common to pair by.
  static let postingCap = 64
  /// How many partners each claim is tested against at most.
  static let candidatesPerClaim = 20

  static let small: Set<String> = [
    "minor", "slight", "minimal", "negligible", "superficial", "limited", "light",
  ]
  static let large: Set<String> = ["major", "massive", "severe", "extensive", "heavy", "huge", "serious"]
  /// Words that are large harm on their own ("destruction", "destroyed").
  static let harmWords: Set<String> = [
    "destruction", "destroyed", "devastated", "devastation", "razed", "wrecked", "ruins",
  ]
  /// What a magnitude word must describe to count: harm done.
  static let harmNouns: Set<String> = [
    "damage", "damages", "harm", "injury", "injuries", "loss", "losses", "casualties",
    "destruction", "impact",
  ]
  static let denialCues = [
    "denied", "denies", "deny", "rejected claims", "rejects claims", "rejected allegations",
    "rejected accusations", "dismissed claims", "dismissed allegations", "refuted", "has nothing to do",
    "had nothing to do", "no connection",
  ]
  static let accusationCues = [
    "accused", "accuses", "alleged that", "allegations that", "accusations that",
    "accusations by", "blamed",
  ]
  static let evidenceCues = ["tracked", "evidence", "found", "photos", "documented", "traced"]
  /// Words for a change in a quantity, which say nothing of what the quantity is.
  static let changeWords: Set<String> = [
    "fall", "rise", "drop", "gain", "increase", "decrease", "decline", "climb", "jump", "slump", "surge",
    "slide", "grow", "growth", "shrink", "cut", "lose", "add", "edge", "tumble", "soar", "plunge", "dip",
    "rally", "ease", "fell", "rose",
  ]
  static let discreditCues = [
    "undermined", "disingenuous", "belied", "belies", "at odds with", "contradicts",
    "contradicting", "contradicted", "false", "untrue", "debunked", "seen as a contrast",
  ]
  /// What a discrediting claim must be about: a party's stated position.
  static let stanceNouns = [
    "claims of", "claim of", "position", "neutrality", "stance", "attempts to appear",
  ]
  /// Markers that set something against a party's public line.
  static let publicContrastMarkers = [
    "seen as a contrast to", "a contrast to", "in contrast to", "at odds with",
    "contradicting",
  ]
  static let publicStatementNouns = [
    "public declarations", "public statements", "public position", "public stance",
    "public calls", "stated positions",
  ]
  static let contrastMarkers = [
    "stands in stark contrast", "in stark contrast", "in contrast to", "at odds with",
    "contrary to", "despite claiming", "belies", "is ironic",
  ]
  static let changeCues: Set<String> = ["continue", "still", "anymore", "longer", "shift", "now", "remain"]
  static let eventNouns: Set<String> = [
    "explosion", "blast", "attack", "meeting", "fire", "strike", "summit", "visit", "talk", "election",
    "crash",
    "briefing", "invasion", "war", "vote",
  ]

  func pairs() -> [ClaimPair] {
    var found: [ClaimPair] = []
    var seen: Set<Pair> = []
    var tried: Set<Pair> = []
    for (a, b) in candidates() {
      guard tried.insert(Pair(a, b)).inserted, let pair = classify(a, b) else { continue }
      seen.insert(Pair(a, b))
      found.append(pair)
    }
    found += reportedContrasts().filter { seen.insert(Pair($0.0, $0.1)).inserted }.map(\.2)
    let sorted = found.sorted {
      ($0.score, $1.a.article, $1.a.sentence) > ($1.score, $0.a.article, $0.a.sentence)
    }
    // A claim shows its strongest counter-claims, not every echo of them.
    var uses: [String: Int] = [:]
    return sorted.filter { pair in
      let keys = [pair.a, pair.b].map { "\($0.article)#\($0.sentence)" }
      guard keys.allSatisfy({ uses[$0, default: 0] < Self.pairsPerClaim }) else { return false }
      for key in keys { uses[key, default: 0] += 1 }
      return true
    }
  }

  struct Pair: Hashable {
    let first: Int
    let second: Int
    init(_ a: Int, _ b: Int) {
      first = min(a, b)
      second = max(a, b)
    }
  }

  // MARK: Candidates

  func hasCue(_ index: Int) -> Bool {
    let claim = claims[index]
    let lower = lowered[index]
    return claim.attribution.setting != nil || Self.denialCues.contains(where: lower.hasSubstring)
      || (claim.attribution.quoted && claim.subject != nil)
      || magnitude(lower, Self.small) != nil || magnitude(lower, Self.large) != nil
      || Self.accusationCues.contains(where: lower.hasSubstring)
      || Self.discreditCues.contains(where: lower.hasSubstring)
  }

  /// Claim pairs that share keywords (or an entity, when one carries a cue), through an inverted
  /// index: each claim keeps its best `candidatesPerClaim` partners, and keywords in more than
  /// `postingCap` claims are too common to pair by, so the work per claim is bounded and the whole
  /// grows linearly with the corpus.
  func candidates() -> [(Int, Int)] {
    var postings: [String: [Int]] = [:]
    let cues = claims.indices.map(hasCue)
    for (index, claim) in claims.enumerated() {
      for keyword in contents[index] { postings[keyword, default: []].append(index) }
      if cues[index] {
        for entity in claim.entities { postings["e:" + entity.rawValue, default: []].append(index) }
      }
    }
    postings = postings.filter { $0.value.count > 1 && $0.value.count <= Self.postingCap }
    var keysOfClaim = [[String]](repeating: [], count: claims.count)
    for (key, list) in postings { for index in list { keysOfClaim[index].append(key) } }
    var result: [(Int, Int)] = []
    var shared: [Int: Int] = [:]
    for index in claims.indices {
      shared.removeAll(keepingCapacity: true)
      for key in keysOfClaim[index] {
        for other in postings[key] ?? [] where other > index { shared[other, default: 0] += 1 }
      }
      let best =
        shared
        .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidatesPerClaim)
      for (other, _) in best { result.append((index, other)) }
    }
    return result
  }

  // MARK: Signals

  func classify(_ first: Int, _ second: Int) -> ClaimPair? {
    let a = claims[first]
    let b = claims[second]
    if a.article == b.article && a.sentence == b.sentence { return nil }
    if a.text == b.text { return nil }
    let sharedContent = contents[first].intersection(contents[second])
    let sharedEntities = Set(a.entities).intersection(b.entities)
    let lowerA = lowered[first]
    let lowerB = lowered[second]
    let overlap = Double(sharedContent.count) + 0.5 * Double(sharedEntities.count)
    func pair(_ label: PairLabel, _ kind: String, _ base: Double, _ why: String) -> ClaimPair {
      ClaimPair(a: a, b: b, label: label, kind: kind, score: min(1, base + 0.03 * overlap), why: why)
    }
    let cue = { (claim: Claim) in self.cueWords(claim) }

    // A quoted statement against a claim that calls the same party's claims undermined.
    for (quoted, critic, criticText) in [(a, b, lowerB), (b, a, lowerA)] {
      guard quoted.attribution.quoted, let subject = quoted.subject, critic.subject == subject,
        let discredit = Self.discreditCues.first(where: criticText.hasSubstring),
        Self.stanceNouns.contains(where: criticText.hasSubstring)
      else { continue }
      return pair(
        .contradiction, "stance", 0.6, "quoted position vs '\(discredit)' about \(names([subject]))")
    }
    if sharedContent.isEmpty && sharedEntities.count < 2 { return nil }

    // The same event on different days; the same day is consistent and ends the test.
    let specific = sharedEntities.subtracting(countries)
    // The same event on different days; the same day rules out only a date conflict.
    for (event, dayA) in a.eventDates.sorted(by: { $0.key < $1.key }) {
      guard let dayB = b.eventDates[event], dayA != dayB, !specific.isEmpty || sharedContent.count >= 3 else {
        continue
      }
      return pair(.contradiction, "date", 0.75, "'\(dayA)' vs '\(dayB)' for the same '\(event)'")
    }
    // Different numbers for the same quantity: sharing a word of change ("fell 23 percent",
    // "fell 4.2 percent") is not enough, the thing measured must be the same.
    for x in a.numbers {
      for y in b.numbers
      where x.unit == y.unit && max(x.value, y.value) > 1.2 * min(x.value, y.value)
        && !Set(x.context).subtracting([x.unit, y.unit]).subtracting(Self.changeWords).isDisjoint(
          with: y.context)
      {
        guard (!specific.isEmpty && sharedContent.count >= 1) || sharedContent.count >= 2 else { continue }
        let later = laterReport(a, b)
        let label: PairLabel = later != nil ? .tension : .contradiction
        let note = later != nil ? " (reported on different days)" : ""
        return pair(label, "number", 0.7, "'\(x.text)' vs '\(y.text)' for the same '\(x.unit)'\(note)")
      }
    }
    // Magnitude: "minor damage" against "destruction".
    let sameThing = sharedContent.count >= 2 || sharedContent.count + sharedEntities.count >= 3
    if let small = magnitude(lowerA, Self.small), let large = magnitude(lowerB, Self.large), sameThing {
      return pair(
        .contradiction, "magnitude", 0.8,
        "'\(small)' vs '\(large)' on the same \(topic(sharedContent, sharedEntities))")
    }
    if let small = magnitude(lowerB, Self.small), let large = magnitude(lowerA, Self.large), sameThing {
      return pair(
        .contradiction, "magnitude", 0.8,
        "'\(large)' vs '\(small)' on the same \(topic(sharedContent, sharedEntities))")
    }
    // A denial against an accusation or evidence about the same parties.
    let denialA = Self.denialCues.first(where: lowerA.hasSubstring)
    let denialB = Self.denialCues.first(where: lowerB.hasSubstring)
    let accusationA = Self.accusationCues.first(where: lowerA.hasSubstring)
    let accusationB = Self.accusationCues.first(where: lowerB.hasSubstring)
    // The denier must be named in the other claim, not as its accuser; a claim that holds both
    // ("an accusation China denied") is settled in itself.
    let accusingVerbs = ["accused", "accuses", "alleged", "blamed"]
    let selfContainedA = denialA != nil && accusingVerbs.contains(where: lowerA.hasSubstring)
    let selfContainedB = denialB != nil && accusingVerbs.contains(where: lowerB.hasSubstring)
    let sameSpeaker =
      a.attribution.speakerEntity != nil && a.attribution.speakerEntity == b.attribution.speakerEntity
    // A denial that answers its own allegation ("allegations that … fought …, but Beijing has
    // denied") meets another accusation only about the same thing.
    let ownAllegation = ["allegations that", "accusations that"]
    let answersOwnA = denialA != nil && ownAllegation.contains(where: lowerA.hasSubstring)
    let answersOwnB = denialB != nil && ownAllegation.contains(where: lowerB.hasSubstring)
    let topicAgrees = !sharedContent.isEmpty || !(answersOwnA || answersOwnB)
    if !selfContainedA, !selfContainedB, !sameSpeaker, topicAgrees, sharedEntities.count >= 2 {
      // An accusation outweighs evidence; evidence must share content and three parties.
      let evidenceOK = !sharedContent.isEmpty && sharedEntities.count >= 3
      if let denial = denialA, denialB == nil,
        let charge = accusationB ?? (evidenceOK ? Self.evidenceCues.first(where: lowerB.hasSubstring) : nil),
        let denier = a.subject ?? a.entities.first, b.entities.contains(denier), b.subject != denier
      {
        let base = accusationB != nil ? 0.85 : 0.7
        return pair(
          .contradiction, "denial", base, "'\(denial)' vs '\(charge)' about \(names(sharedEntities))")
      }
      if let denial = denialB, denialA == nil,
        let charge = accusationA ?? (evidenceOK ? Self.evidenceCues.first(where: lowerA.hasSubstring) : nil),
        let denier = b.subject ?? b.entities.first, a.entities.contains(denier), a.subject != denier
      {
        let base = accusationA != nil ? 0.85 : 0.7
        return pair(
          .contradiction, "denial", base, "'\(charge)' vs '\(denial)' about \(names(sharedEntities))")
      }
    }
    // Said in public against said in private.
    let reportedA = a.attribution.verb != nil
    let reportedB = b.attribution.verb != nil
    if let settingA = a.attribution.setting, let settingB = b.attribution.setting, settingA != settingB,
      reportedA, reportedB, sharedEntities.count >= 2,
      a.polarity == .negative || b.polarity == .negative
    {
      return pair(
        .contradiction, "public-private", 0.8,
        "said in \(settingA) ('\(cue(a))') vs in \(settingB) ('\(cue(b))') about \(names(sharedEntities))")
    }
    // Opposite polarity over the same content: the negated word is asserted by the other claim.
    if a.polarity != b.polarity {
      let negative = a.polarity == .negative ? a : b
      let positive = a.polarity == .negative ? b : a
      let positiveContent = a.polarity == .negative ? contents[second] : contents[first]
      let negatedWords = Set(negative.keywords.filter { $0.hasPrefix("¬") }.map { String($0.dropFirst()) })
      let contested = negatedWords.intersection(positiveContent)
      // The same parties stand before the contested word in both ("prevent a formal alliance" after
      // "China and Russia … Their cooperation" vs "China's support for Russia … a strong alliance").
      let word = contested.sorted().first
      let sameAgent =
        word.map { word in
          let single = agent(of: word, in: negative)
          if single != nil && single == agent(of: word, in: positive) { return true }
          // Shared parties are enough only for an uncommon word ("alliance", not "see" or "want").
          let uncommon = (documentFrequency[word] ?? 0) <= max(8, claims.count / 30)
          return uncommon && !agents(of: word, in: negative).isDisjoint(with: agents(of: word, in: positive))
        } ?? false
      if let word, positive.modality == nil, sameAgent, sharedContent.count + sharedEntities.count >= 3 {
        let change = contents[first].union(contents[second]).intersection(Self.changeCues)
        let label: PairLabel = change.isEmpty && laterReport(a, b) == nil ? .contradiction : .tension
        return pair(
          label, "polarity", 0.7,
          "'\(negative.negations.first ?? "not") … \(word)' vs '\(word)' asserted, on the same \(topic(sharedContent, sharedEntities))"
        )
      }
    }
    // WordNet antonyms in the two claims, about the same things.
    if a.subject != nil, a.subject == b.subject, sharedContent.count >= 2 {
      for word in contents[first] where !sharedContent.contains(word) {
        if let opposite = lexicon.antonyms[word]?.intersection(contents[second]).subtracting(contents[first])
          .first,
          !contents[second].contains(word)
        {
          return pair(
            .contradiction, "antonymy", 0.6,
            "'\(word)' vs '\(opposite)' on the same \(topic(sharedContent, sharedEntities))")
        }
      }
    }
    return nil
  }

  /// The entities named before `word` in the claim: who may do what `word` says.
  func agents(of word: String, in claim: Claim) -> Set<EntityID> {
    guard let position = position(of: word, in: claim) else { return [] }
    return Set(zip(claim.entities, claim.entityOffsets).filter { $0.1 >= 0 && $0.1 <= position }.map(\.0))
  }

  /// Where a word (by its stem) first stands in the claim, in code points.
  func position(of word: String, in claim: Claim) -> Int? {
    let scalars = Array(claim.text.lowercased().unicodeScalars)
    let stem = Array(word.prefix(max(4, word.count - 2)).unicodeScalars)
    guard stem.count <= scalars.count else { return nil }
    for start in 0...(scalars.count - stem.count) where Array(scalars[start..<(start + stem.count)]) == stem {
      return start
    }
    return nil
  }

  /// The entity named last before `word` in the claim: who does what `word` says.
  func agent(of word: String, in claim: Claim) -> EntityID? {
    guard let position = position(of: word, in: claim) else { return nil }
    var best: (EntityID, Int)?
    for (entity, offset) in zip(claim.entities, claim.entityOffsets) where offset >= 0 && offset < position {
      if offset > (best?.1 ?? -1) { best = (entity, offset) }
    }
    return best?.0
  }

  /// The article published later, when both articles have dates and they differ.
  func laterReport(_ a: Claim, _ b: Claim) -> ArticleID? {
    guard let dayA = articleDates[a.article], let dayB = articleDates[b.article], dayA != dayB else {
      return nil
    }
    return dayA > dayB ? a.article : b.article
  }

  /// The magnitude word of `words` that describes harm in `text` ("minor damage", "destruction").
  func magnitude(_ text: String, _ words: Set<String>) -> String? {
    let tokens = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    for (index, token) in tokens.enumerated() {
      // "not minor damage" is not minor.
      if index > 0, tokens[index - 1] == "not" { continue }
      if words == Self.large, Self.harmWords.contains(token) { return token }
      guard words.contains(token) else { continue }
      let following = tokens[(index + 1)..<min(tokens.count, index + 3)]
      if following.contains(where: { Self.harmNouns.contains($0) }) {
        return token + " " + (following.first ?? "")
      }
    }
    return nil
  }

  func cueWords(_ claim: Claim) -> String {
    let lower = claim.text.lowercased()
    let cues = ClaimExtractor.privateCues + ClaimExtractor.publicCues
    return cues.first(where: lower.hasSubstring) ?? claim.attribution.verb ?? claim.negations.first
      ?? "stated"
  }

  func topic(_ content: Set<String>, _ entities: Set<EntityID>) -> String {
    let words = content.sorted().prefix(2).map { "'\($0)'" }
    return words.isEmpty ? names(entities) : words.joined(separator: ", ")
  }

  func names(_ entities: Set<EntityID>) -> String {
    entities.map(\.rawValue).sorted().prefix(3).joined(separator: ", ")
  }

  // MARK: Contrast the author spells out

  /// "However, this stands in stark contrast to …": the sentence and the one before it; and "…
  /// seen as a contrast to China's public declarations": the sentence and the quoted or public
  /// statements of the same article about the same party.
  static let statementContrastMarkers = [
    "contradicting", "contradicts", "contradicted", "contrary to", "at odds with", "in contrast to",
    "belying", "belies", "undermining", "undercutting", "casting doubt on", "calling into question",
  ]
  static let statementNouns = [
    "statement", "statements", "claim", "claims", "assurance", "assurances", "insistence", "assertion",
    "account", "denial", "version", "position",
  ]

  /// "… found faulty wiring, contradicting the company's statement that no fault had been found":
  /// the article says which statement it contradicts; it pairs with the claims that make it.
  func statementContrasts() -> [(Int, Int, ClaimPair)] {
    var result: [(Int, Int, ClaimPair)] = []
    for (index, claim) in claims.enumerated() {
      let lower = lowered[index]
      guard let marker = Self.statementContrastMarkers.first(where: lower.hasSubstring),
        let markerRange = lower.range(of: marker)
      else { continue }
      let rest = lower[markerRange.upperBound...]
      let opening = Self.statementNouns.compactMap { rest.range(of: " \($0) that ") }
        .filter { rest.distance(from: rest.startIndex, to: $0.lowerBound) <= 60 }
        .min { $0.lowerBound < $1.lowerBound }
      guard let opening else { continue }
      let clause = rest[opening.upperBound...].prefix { $0 != "," && $0 != "." && $0 != ";" }
      let words = Set(
        clause.split { !$0.isLetter }.map(String.init)
          .filter { $0.count >= 3 && !ClaimExtractor.stopwords.contains($0) }
          .map { lexicon.lemma($0) })
      guard words.count >= 2 else { continue }
      for (other, statement) in claims.enumerated() where other != index {
        let overlap = words.intersection(statement.keywords)
        guard overlap.count >= max(2, (words.count * 2 + 2) / 3) else { continue }
        result.append(
          (
            min(index, other), max(index, other),
            ClaimPair(
              a: statement, b: claim, label: .contradiction, kind: "reported", score: 0.92,
              why:
                "the article says '\(marker)' the statement that \(clause.trimmingCharacters(in: .whitespaces))"
            )
          ))
      }
    }
    return result
  }

  func reportedContrasts() -> [(Int, Int, ClaimPair)] {
    var result: [(Int, Int, ClaimPair)] = []
    for (index, claim) in claims.enumerated() {
      let lower = lowered[index]
      guard let marker = Self.publicContrastMarkers.first(where: lower.hasSubstring),
        Self.publicStatementNouns.contains(where: lower.hasSubstring)
      else { continue }
      for (other, statement) in claims.enumerated() where other != index && statement.article == claim.article
      {
        guard statement.attribution.quoted || statement.attribution.setting == "public",
          !Set(statement.entities).isDisjoint(with: claim.entities)
        else { continue }
        result.append(
          (
            min(index, other), max(index, other),
            ClaimPair(
              a: statement, b: claim, label: .contradiction, kind: "reported", score: 0.95,
              why: "the article itself sets this against public statements: '\(marker)'")
          ))
      }
    }
    result += statementContrasts()
    for index in claims.indices.dropFirst() {
      let claim = claims[index]
      let previous = claims[index - 1]
      guard previous.article == claim.article, previous.sentence == claim.sentence - 1 else { continue }
      let lower = claim.text.lowercased()
      guard let marker = Self.contrastMarkers.first(where: lower.hasSubstring) else { continue }
      let anaphoric = ["this ", "that ", "these ", "however", "such "].contains {
        lower.hasPrefix($0) || lower.hasSubstring(", " + $0)
      }
      guard anaphoric else { continue }
      result.append(
        (
          index - 1, index,
          ClaimPair(
            a: previous, b: claim, label: .contradiction, kind: "reported", score: 0.9,
            why: "the article itself says '\(marker)'")
        ))
    }
    return result
  }
}
