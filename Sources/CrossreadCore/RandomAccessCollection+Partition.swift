extension RandomAccessCollection {
  /// The first index whose element satisfies `predicate`, or `endIndex`: O(log n).
  ///
  /// The collection must be partitioned by `predicate`: every element that fails it comes before
  /// every element that satisfies it (as in a list sorted by the tested value).
  ///
  /// Inlinable so that callers in other modules get a copy specialised to their collection: the
  /// generic one costs a witness-table call per step.
  @inlinable
  public func partitioningIndex(where predicate: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try predicate(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
