/// Names an article: its path relative to the corpus folder, without the extension.
public struct ArticleID: StringIdentifier, ExpressibleByStringLiteral {
  /// The identifier text, such as `world/004_7b65927e780316cf`.
  public let rawValue: String

  /// Creates an identifier from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }
}
