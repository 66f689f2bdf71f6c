/// A half-open range of Unicode code-point offsets into an article's text.
///
/// Code points are the one unit used for everything stored or exported: JSON offsets, the index,
/// cross-references. For a `.txt` file they index the decoded file text exactly.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The offset of the first code point.
  public var start: Int
  /// The offset just past the last code point.
  public var end: Int

  /// Creates a range; `end` must not be before `start`.
  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "TextRange start \(start) is after end \(end)")
    self.start = start
    self.end = end
  }

  /// The number of code points covered.
  public var count: Int { end - start }

  /// Whether the range covers no code point.
  public var isEmpty: Bool { start == end }

  /// Whether `offset` lies inside the range.
  public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }

  /// Whether `other` lies wholly inside this range.
  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

  /// Whether the two ranges share at least one code point.
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}
