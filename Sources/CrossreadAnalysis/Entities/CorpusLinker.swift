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
  private var fullNames: [Int: Set<String>] = [:]
  private var votes: [Int: [EntityKind: Double]] = [:]

  init(locals: [LocalEntity]) {
    self.locals = locals
    sets = UnionFind(count: locals.count)
    for (index, local) in locals.enumerated() {
      fullNames[index] = local.fullNames
      votes[index] = local.votes
    }
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
    let namesA = fullNames[rootA] ?? []
    let namesB = fullNames[rootB] ?? []
    if !namesA.isEmpty && !namesB.isEmpty && namesA.isDisjoint(with: namesB) { return }
    if let kindA = Self.strongKind(votes[rootA] ?? [:]), let kindB = Self.strongKind(votes[rootB] ?? [:]),
      kindA != kindB
    {
      return
    }
    let root = sets.union(rootA, rootB)
    fullNames[root] = namesA.union(namesB)
    votes[root] = (votes[rootA] ?? [:]).merging(votes[rootB] ?? [:], uniquingKeysWith: +)
  }

  mutating func link() -> [[Int]] {
    var owner: [String: Int] = [:]
    for (index, local) in locals.enumerated() {
      for key in local.keys {
        if let other = owner[key] { join(other, index) } else { owner[key] = index }
      }
    }
    // Lone surnames join the one full name in the corpus that they abbreviate.
    var byNamePart: [String: Set<Int>] = [:]
    for index in locals.indices {
      let root = sets.find(index)
      for name in fullNames[root] ?? [] {
        let parts = name.split(separator: " ")
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
    var groups: [Int: [Int]] = [:]
    for index in locals.indices { groups[sets.find(index), default: []].append(index) }
    return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}
