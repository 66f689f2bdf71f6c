extension String {
  /// The text of `scalars`, encoded straight to UTF-8.
  ///
  /// `String.UnicodeScalarView.append(contentsOf:)` goes through a generic path that costs about
  /// a quarter of entity analysis; this one writes the bytes in one pass and allocates nothing for
  /// names of up to fifteen bytes.
  public init(scalars: ArraySlice<Unicode.Scalar>) {
    var bytes = 0
    for scalar in scalars {
      switch scalar.value {
      case ..<0x80: bytes += 1
      case ..<0x800: bytes += 2
      case ..<0x1_0000: bytes += 3
      default: bytes += 4
      }
    }
    self.init(unsafeUninitializedCapacity: bytes) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        switch value {
        case ..<0x80:
          buffer[index] = UInt8(truncatingIfNeeded: value)
          index += 1
        case ..<0x800:
          buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 2
        case ..<0x1_0000:
          buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 3
        default:
          buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 4
        }
      }
      return index
    }
  }

  /// The text of `scalars`, encoded straight to UTF-8.
  public init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }
}

extension String {
  /// The words between single spaces, empty ones left out: `split(separator: " ")` without
  /// walking grapheme clusters, which costs more than the rest of a name's analysis.
  public func wordsBetweenSpaces() -> [Substring] {
    var words: [Substring] = []
    // Most names have up to four words: one allocation, not one per doubling.
    words.reserveCapacity(4)
    var start: String.Index?
    var index = utf8.startIndex
    while index != utf8.endIndex {
      if utf8[index] == UInt8(ascii: " ") {
        if let open = start { words.append(self[open..<index]) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = utf8.index(after: index)
    }
    if let open = start { words.append(self[open..<endIndex]) }
    return words
  }
}
