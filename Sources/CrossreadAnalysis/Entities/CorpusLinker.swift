import CrossreadCore

/// Links the entities of all articles into corpus entities.
///
/// Needs: every article's `LocalEntity`s. Adds: `Entity`s with all their mentions.
/// Two article entities meet when they share a key: a lexicon group, a folded name, a spelling
/// variant, an acronym, a government body's country and words. A merge is refused when both
/// sides have full person names and none is shared (Kai Wang ≠ Wang Yi), or when both sides are
/// sure of different kinds. A lone surname ("Putin") then joins the one full name that ends or
/// begins with it, when there is exactly one.
struct CorpusLinker {
  var locals: [LocalEntity]
  private var sets: UnionFind
  /// By set root (indices are dense, so arrays, not dictionaries).
  private var fullNames: [Set<String>]
  private var votes: [[EntityKind: Double]]

  init(locals: [LocalEntity]) {
    self.locals = locals
    sets = UnionFind(count: locals.count)
    fullNames = locals.map(\.fullNames)
    votes = locals.map(\.votes)
  }

  static func strongKind(_ votes: [EntityKind: Double]) -> EntityKind? {
    guard let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 4 else {
      return nil
    }
    return best.key
  }

  mutating func join(_ a: Int, _ b: Int) {
    let rootA = sets.find(a)
    let rootB = sets.find(b)
    guard rootA != rootB else { return }
    let namesA = fullNames[rootA]
    let namesB = fullNames[rootB]
    if !namesA.isEmpty && !namesB.isEmpty && !Self.compatible(namesA, namesB) { return }
    if let kindA = Self.strongKind(votes[rootA]), let kindB = Self.strongKind(votes[rootB]),
      kindA != kindB
    {
      return
    }
    let root = sets.union(rootA, rootB)
    fullNames[root] = namesA.union(namesB)
    votes[root] = votes[rootA].merging(votes[rootB], uniquingKeysWith: +)
  }

  /// Whether two sets of full names can belong to one person.
  ///
  /// They can when they share a name, or a surname with given names one letter apart
  /// ("Yevgen Koval", "Yevhen Koval"). "Kai Wang" and "Wang Yi" never can.
  static func compatible(_ a: Set<String>, _ b: Set<String>) -> Bool {
    if !a.isDisjoint(with: b) { return true }
    for x in a {
      for y in b {
        let first = x.wordsBetweenSpaces()
        let second = y.wordsBetweenSpaces()
        guard first.count == second.count, first.count >= 2, first.last == second.last else { continue }
        let given = Array(first[0])
        let other = Array(second[0])
        if given.count >= 5, given.first == other.first, MentionFinder.editDistanceIsOne(given, other) {
          return true
        }
      }
    }
    return false
  }

  mutating func link() -> [[Int]] {
    var owner: [LinkKey: Int] = [:]
    for (index, local) in locals.enumerated() {
      for key in local.keys {
        if let other = owner[key] { join(other, index) } else { owner[key] = index }
      }
    }
    // Lone surnames join the one full name in the corpus that they abbreviate.
    var byNamePart: [String: Set<Int>] = [:]
    for index in locals.indices {
      let root = sets.find(index)
      for name in fullNames[root] {
        let parts = name.wordsBetweenSpaces()
        for part in [parts.first, parts.last].compactMap({ $0 }) {
          byNamePart[String(part), default: []].insert(root)
        }
      }
    }
    var bySurname: [String: Int] = [:]
    for index in locals.indices where locals[index].fullNames.isEmpty && !locals[index].surnames.isEmpty {
      for surname in locals[index].surnames {
        let key = NameKeys.variant(surname)
        let roots = Set((byNamePart[key] ?? []).map { sets.find($0) })
        if roots.count == 1, let root = roots.first {
          join(root, index)
        } else if roots.isEmpty {
          if let other = bySurname[key] { join(other, index) } else { bySurname[key] = index }
        }
      }
    }
    linkAcronyms()
    var groups: [Int: [Int]] = [:]
    for index in locals.indices { groups[sets.find(index), default: []].append(index) }
    return foldDemonyms(groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] })
  }

  /// "MWS" in one article and "Marovia Wire Service" in another: an acronym joins the one
  /// multi-word name in the corpus whose initials it spells.
  mutating func linkAcronyms() {
    var expansions: [String: Set<Int>] = [:]
    var acronyms: [(index: Int, acronym: String)] = []
    for (index, local) in locals.enumerated() {
      // A person's initials are no acronym another article may use ("AI" is not "Anna Ivanova").
      if local.kind != .person {
        for initials in local.initials { expansions[initials, default: []].insert(index) }
      }
      for acronym in local.acronyms { acronyms.append((index, acronym)) }
    }
    // Each distinct acronym is resolved once: "U.S." occurs in thousands of articles, and its
    // expansions' roots do not change while acronyms are attached to them.
    var occurrences: [String: [Int]] = [:]
    for (index, acronym) in acronyms { occurrences[acronym, default: []].append(index) }
    // Two letters spell too many names to guess across articles ("AP", "AI").
    for acronym in occurrences.keys.sorted() where acronym.count >= 3 {
      let roots = Set((expansions[acronym] ?? []).map { sets.find($0) })
      guard roots.count == 1, let root = roots.first else { continue }
      for index in occurrences[acronym] ?? [] { join(root, index) }
    }
  }

  /// "Marovian" and "Dravonian" are adjectives of "Marovia" and "Dravonia": when the corpus names
  /// the place, the adjective is not an entity and the place gains a vote.
  mutating func foldDemonyms(_ groups: [[Int]]) -> [[Int]] {
    var byName: [String: Int] = [:]
    for (position, group) in groups.enumerated() {
      for index in group {
        for form in locals[index].singleForms { byName[form] = byName[form] ?? position }
      }
    }
    var removed: Set<Int> = []
    for (position, group) in groups.enumerated() {
      guard group.allSatisfy({ locals[$0].initials.isEmpty }) else { continue }
      let forms = Set(group.flatMap { locals[$0].singleForms })
      guard forms.count == 1, let form = forms.first else { continue }
      let base = Self.demonymBases(form).compactMap { byName[$0] }.first { $0 != position }
      guard let base, !removed.contains(base) else { continue }
      removed.insert(position)
      let first = groups[base][0]
      locals[first].votes[.place, default: 0] += 4
    }
    return groups.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// The names an adjective of nationality may come from: "marovian" → "marovia", "canadian" →
  /// "canada", "chinese" → "china", "israeli" → "israel".
  static func demonymBases(_ word: String) -> [String] {
    var bases: [String] = []
    for (suffix, replacements) in [
      ("ian", ["", "a", "ia"]), ("an", ["", "a"]), ("n", [""]), ("ese", ["a", ""]), ("i", [""]),
    ]
    where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
      let stem = String(word.dropLast(suffix.count))
      bases += replacements.map { stem + $0 }
    }
    return bases
  }
}
