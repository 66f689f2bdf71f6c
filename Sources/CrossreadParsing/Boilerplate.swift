/// Recognises navigation, promotion and sharing lines by general patterns, not by site.
///
/// Only short lines are tested: a body paragraph that mentions a newsletter is not boilerplate.
enum Boilerplate {
  /// Whole lines (lower-cased, trailing colon dropped) that are boilerplate.
  static let lines: Set<String> = [
    "skip to content", "skip to main content", "skip to navigation", "jump to content",
    "advertisement", "advertisements", "sponsored", "sponsored content", "share", "share this",
    "share this article", "share this story", "share this page", "print", "print this article", "email",
    "back to top", "comments", "leave a comment", "join the conversation", "join our mailing list",
    "subscribe", "subscribe now", "sign up", "log in", "login", "follow us", "listen to this article",
    "menu", "home", "newsletter", "tags", "topics", "loading", "close", "open menu", "search",
  ]

  /// Whole lines that open a list of links to other stories: the short lines after them are links.
  static let listOpeners: Set<String> = [
    "related", "related news", "related articles", "related stories", "related posts",
    "related content", "related coverage", "related topics", "related links", "related reading",
    "more stories", "more news", "more from", "more on this story", "recommended",
    "recommended stories", "recommended for you", "read more", "read next", "read also", "also read",
    "see also", "you may also like", "you might also like", "most read", "most popular", "trending",
    "trending now", "top stories", "latest news", "editor's picks", "editor’s picks", "further reading",
  ]

  /// Line openings that mark a boilerplate line with content after them.
  static let prefixes: [String] = [
    "also read:", "read more:", "read also:", "see also:", "related:", "related news:",
    "related article:", "related story:", "recommended:", "tags:", "topics:", "filed under",
    "subscribe to", "subscribe for", "sign up for", "sign up to", "sign up here", "join our",
    "keep informed", "stay tuned", "stay informed", "stay up to date", "follow us", "follow our",
    "click here", "copyright", "©", "(c) 2", "all rights reserved", "we use cookies",
    "this site uses cookies", "this website uses cookies", "listen to this", "download our app",
    "download the app", "get the latest", "don't miss", "don’t miss", "watch:", "watch video",
    "share this", "share on", "this article was originally published",
    "this story was originally published", "originally published", "skip to", "advertisement",
    "support our journalism", "become a member", "donate", "read the full", "for more news",
  ]

  /// Fragments that make a short line boilerplate wherever they stand.
  static let fragments: [String] = [
    "mailing list", "newsletter", "all rights reserved", "cookie policy", "privacy policy",
    "terms of use", "terms of service", "subscribe now", "sign up now",
  ]

  /// Line openings that credit the article's source: "Sources: South China Morning Post".
  static let sourcePrefixes: [String] = ["sources:", "source:", "via:", "courtesy of"]

  /// Words a boilerplate test may read at most.
  static let maximumWords = 30

  /// The verdict on one normalised, lower-cased line.
  enum Verdict {
    case content
    case line
    case listOpener
  }

  static func classify(_ lower: String) -> Verdict {
    let bare = lower.trimmingCharacters(in: ":|»›>•-–— ")
    if listOpeners.contains(bare) { return .listOpener }
    if lines.contains(bare) { return .line }
    if prefixes.contains(where: { lower.hasPrefix($0) }) { return .line }
    if fragments.contains(where: { lower.contains($0) }) { return .line }
    if isNavigation(lower) { return .line }
    return .content
  }

  /// A breadcrumb or menu: three or more short parts separated by `|`, `»`, `›` or `•`.
  static func isNavigation(_ lower: String) -> Bool {
    let parts = lower.split(whereSeparator: { "|»›•".contains($0) })
    guard parts.count >= 3 else { return false }
    return parts.allSatisfy { $0.split(separator: " ").count <= 4 }
  }
}
