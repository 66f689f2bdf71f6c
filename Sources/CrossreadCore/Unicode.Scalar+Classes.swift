/// Character classes used by every text scanner, with an ASCII fast path.
///
/// Unicode property lookups cost a table search each; most news text is ASCII, so the common case
/// is a comparison.
extension Unicode.Scalar {
  /// White space, including no-break spaces and the byte-order mark left at the start of a file.
  @inlinable public var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return properties.isWhitespace || value == 0xFEFF || value == 0x200B
  }

  /// A line terminator: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
  @inlinable public var isLineBreak: Bool {
    value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// A letter of any script.
  @inlinable public var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    return properties.isAlphabetic
  }

  /// An uppercase or titlecase letter.
  @inlinable public var isUpper: Bool {
    if value < 0x80 { return value &- 0x41 < 26 }
    return properties.isUppercase || properties.generalCategory == .titlecaseLetter
  }

  /// A lowercase letter.
  @inlinable public var isLower: Bool {
    if value < 0x80 { return value &- 0x61 < 26 }
    return properties.isLowercase
  }

  /// A decimal digit of any script.
  @inlinable public var isDigit: Bool {
    if value < 0x80 { return value &- 0x30 < 10 }
    return properties.generalCategory == .decimalNumber
  }

  /// A character with a numeric value (digits, numerals, fractions).
  @inlinable public var isNumeric: Bool {
    if value < 0x80 { return value &- 0x30 < 10 }
    return properties.numericType != nil
  }

  /// A letter or a digit.
  @inlinable public var isWordScalar: Bool { isLetter || isDigit }

  /// A letter, a number, or a combining mark: what words are made of.
  @inlinable public var isWordPart: Bool {
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
    let category = properties.generalCategory
    return properties.isAlphabetic || properties.numericType != nil || category == .nonspacingMark
      || category == .spacingMark
  }

  /// A quotation mark or bracket that can close a sentence after its full stop.
  public var isCloser: Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: true
    default: false
    }
  }

  /// A quotation mark or bracket that can open a sentence.
  public var isOpener: Bool {
    switch value {
    case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0xAB, 0x2039, 0x300C, 0x300E, 0xFF08, 0xBF, 0xA1: true
    default: false
    }
  }

  /// A dash used as a separator: hyphen-minus, en dash, em dash, horizontal bar.
  public var isDash: Bool { value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2015 }
}
