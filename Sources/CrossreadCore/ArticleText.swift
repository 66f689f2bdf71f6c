/// An article's decoded text, addressed by code-point offsets.
///
/// Keeps the text exactly as decoded and a table of `String.Index` checkpoints, so that slicing by a
/// `TextRange` costs O(`stride`) instead of O(n). `String.Index` never leaves this type.
public struct ArticleText: Sendable, Hashable, CustomStringConvertible {
  /// The decoded text, untouched.
  public let string: String
  /// The number of Unicode code points in `string`.
  public let count: Int
  private let checkpoints: [String.Index]
  private static let stride = 128

  /// Wraps `string`, indexing its code points once: O(n).
  public init(_ string: String) {
    self.string = string
    var checkpoints: [String.Index] = []
    checkpoints.reserveCapacity(string.utf8.count / Self.stride + 1)
    var count = 0
    let scalars = string.unicodeScalars
    var index = scalars.startIndex
    while index != scalars.endIndex {
      if count % Self.stride == 0 { checkpoints.append(index) }
      count += 1
      index = scalars.index(after: index)
    }
    self.count = count
    self.checkpoints = checkpoints
  }

  /// The string index of the code point at `offset` (or the end index at `count`): O(stride).
  public func index(at offset: Int) -> String.Index {
    precondition(offset >= 0 && offset <= count, "offset \(offset) outside 0...\(count)")
    if offset == count { return string.endIndex }
    let checkpoint = checkpoints[offset / Self.stride]
    return string.unicodeScalars.index(checkpoint, offsetBy: offset % Self.stride)
  }

  /// The text covered by `range`, clamped to the text.
  public subscript(range: TextRange) -> Substring {
    let start = min(max(range.start, 0), count)
    let end = min(max(range.end, start), count)
    return string[index(at: start)..<index(at: end)]
  }

  /// The whole text as code points, for scanners that work on offsets.
  ///
  /// Decodes the UTF-8 by hand: `Array(string.unicodeScalars)` goes through a generic path that
  /// costs about as much as tokenising the text.
  public var scalars: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(count)
    var string = self.string
    string.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          result.append(Unicode.Scalar(lead))
          index += 1
          continue
        }
        // A String holds valid UTF-8: the lead byte gives the length.
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        index += length
      }
    }
    return result
  }

  public var description: String { string }
}
