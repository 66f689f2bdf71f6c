/// An identifier that is a string on the wire: encoded as a bare JSON string, ordered and printed
/// as its text.
public protocol StringIdentifier: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The identifier's text.
  var rawValue: String { get }
  /// Creates the identifier from its text.
  init(_ rawValue: String)
}

extension StringIdentifier {
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String { rawValue }
}
