extension Unicode.Scalar {
  /// White space, including no-break spaces and the byte-order mark left at the start of a file.
  var isSpace: Bool {
    properties.isWhitespace || value == 0xFEFF || value == 0x200B
  }

  /// A line terminator: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
  var isLineBreak: Bool {
    value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// A letter of any script.
  var isLetter: Bool { properties.isAlphabetic }

  /// An uppercase or titlecase letter.
  var isUpper: Bool { properties.isUppercase || properties.generalCategory == .titlecaseLetter }

  /// A lowercase letter.
  var isLower: Bool { properties.isLowercase }

  /// An ASCII or other decimal digit.
  var isDigit: Bool { properties.generalCategory == .decimalNumber }

  /// A letter or a digit.
  var isWordScalar: Bool { isLetter || isDigit }

  /// A quotation mark or bracket that can close a sentence after its full stop.
  var isCloser: Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: true
    default: false
    }
  }

  /// A quotation mark or bracket that can open a sentence.
  var isOpener: Bool {
    switch value {
    case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0xAB, 0x2039, 0x300C, 0x300E, 0xFF08, 0xBF, 0xA1: true
    default: false
    }
  }

  /// A dash used as a separator: hyphen-minus, en dash, em dash, horizontal bar.
  var isDash: Bool { value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2015 }
}
