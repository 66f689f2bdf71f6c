import CrossreadCore

/// Turns a file's bytes into text, reporting how it had to be decoded.
///
/// UTF-8 (with or without a byte-order mark) is the norm. A file with a UTF-16 byte-order mark is
/// decoded as UTF-16. A file that is not valid UTF-8 but has no valid multi-byte UTF-8 sequence at
/// all, and only bytes that Windows-1252 defines, is a legacy 8-bit file and is decoded as
/// Windows-1252 (a superset of Latin-1's printable range). Anything else keeps its valid UTF-8 and
/// gets U+FFFD for each invalid sequence, as Python's `errors="replace"` does.
public enum TextDecoding {
  /// Decoded text and, when decoding was not plain UTF-8, what happened.
  public struct Decoded: Sendable {
    /// The decoded text.
    public var text: String
    /// Set when the bytes were repaired or decoded from a legacy encoding.
    public var note: (code: DiagnosticCode, problem: String)?
  }

  /// Whether the bytes look like a binary file: a NUL byte (outside UTF-16), or many control bytes.
  public static func isBinary(_ bytes: [UInt8]) -> Bool {
    if hasUTF16ByteOrderMark(bytes) { return false }
    if bytes.contains(0) { return true }
    let sample = bytes.prefix(4096)
    let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
    return controls.count * 10 > sample.count && controls.count > 4
  }

  /// Decodes `bytes`; never fails.
  public static func decode(_ bytes: [UInt8]) -> Decoded {
    if hasUTF16ByteOrderMark(bytes) {
      return Decoded(text: decodeUTF16(bytes), note: nil)
    }
    let scan = scanUTF8(bytes)
    if scan.invalidSequences == 0 {
      return Decoded(text: String(decoding: bytes, as: UTF8.self), note: nil)
    }
    if scan.validMultiByte == 0, bytes.allSatisfy({ windows1252[Int($0)] != nil }) {
      let scalars = bytes.compactMap { windows1252[Int($0)] }
      return Decoded(
        text: String(scalars: scalars),
        note: (.legacyEncoding, "not UTF-8; decoded as Windows-1252 (Latin-1)"))
    }
    let plural = scan.invalidSequences == 1 ? "sequence" : "sequences"
    return Decoded(
      text: String(decoding: bytes, as: UTF8.self),
      note: (
        .invalidUTF8,
        "invalid UTF-8: \(scan.invalidSequences) \(plural) replaced with U+FFFD"
      ))
  }

  private static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
  }

  private static func decodeUTF16(_ bytes: [UInt8]) -> String {
    let bigEndian = bytes[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let high = UInt16(bytes[bigEndian ? index : index + 1])
      let low = UInt16(bytes[bigEndian ? index + 1 : index])
      units.append(high << 8 | low)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  private static func scanUTF8(_ bytes: [UInt8]) -> (invalidSequences: Int, validMultiByte: Int) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var invalid = 0
    var multiByte = 0
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): if encoded.count > 1 { multiByte += 1 }
      case .error: invalid += 1
      case .emptyInput: break loop
      }
    }
    return (invalid, multiByte)
  }

  /// Windows-1252: bytes 0x80–0x9F hold typographic characters; five of them are undefined.
  private static let windows1252: [Unicode.Scalar?] = {
    var table: [Unicode.Scalar?] = (0..<256).map { Unicode.Scalar(UInt32($0)) }
    let high: [UInt32?] = [
      0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
      nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
    for (offset, value) in high.enumerated() {
      table[0x80 + offset] = value.flatMap { Unicode.Scalar($0) }
    }
    return table
  }()
}
