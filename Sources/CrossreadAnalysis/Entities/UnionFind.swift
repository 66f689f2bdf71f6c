/// Disjoint sets over 0..<count with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var current = element
    while parent[current] != current {
      parent[current] = parent[parent[current]]
      current = parent[current]
    }
    return current
  }

  /// Joins the sets of `a` and `b`; returns the new root.
  @discardableResult
  mutating func union(_ a: Int, _ b: Int) -> Int {
    var rootA = find(a)
    var rootB = find(b)
    guard rootA != rootB else { return rootA }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = rootA
    size[rootA] += size[rootB]
    return rootA
  }
}
