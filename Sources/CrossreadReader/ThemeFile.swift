import TerminalKit

/// A theme file could not be read; says which line and what was wrong.
public struct ThemeError: Error, CustomStringConvertible, Sendable {
  /// The file.
  public var path: String
  /// The 1-based line, or nil when the whole file is the problem.
  public var line: Int?
  /// What is wrong, and what is allowed.
  public var problem: String

  public var description: String {
    "theme '\(path)'" + (line.map { " line \($0)" } ?? "") + ": \(problem)"
  }
}

/// Reads the theme format: one `role = style` per line, `#` starts a comment.
///
/// A style is words in any order: a colour (the foreground), `on` and a colour (the background),
/// and the attributes `bold`, `dim`, `reverse`, `underline`; `default` is the terminal's own
/// colour and `plain` alone means no style at all. Example: `contradiction = white on red bold`.
public enum ThemeFile {
  static let colors: [String: TerminalColor?] = {
    var table: [String: TerminalColor?] = ["default": nil]
    for color in TerminalColor.allCases { table["\(color)"] = color }
    return table
  }()

  /// Parses the text of a theme file named `name`; `path` is only for messages.
  public static func parse(_ text: String, name: String, path: String) throws(ThemeError) -> Theme {
    var styles: [ThemeRole: Style] = [:]
    for setting in settings(text) {
      let fail = { (problem: String) in ThemeError(path: path, line: setting.line, problem: problem) }
      guard let roleName = setting.key, let value = setting.value else {
        throw fail("expected 'role = style', found '\(setting.content)'")
      }
      guard let role = ThemeRole(rawValue: roleName) else {
        throw fail(
          "unknown role '\(roleName)'; roles are "
            + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
      }
      styles[role] = try style(value[...], fail: fail)
    }
    return Theme(name: name, styles: styles)
  }

  /// One non-empty line of a settings file: `key = value`, or whatever the line holds instead.
  struct Setting {
    /// The 1-based line number.
    var line: Int
    var key: String?
    var value: String?
    /// The line without its comment, trimmed.
    var content: String
  }

  /// The lines of a `key = value` file (theme or config), comments after `#` and blank lines left out.
  static func settings(_ text: String) -> [Setting] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if content.allSatisfy(\.isWhitespace) { return nil }
      let sides = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return Setting(
        line: number + 1, key: sides.count == 2 ? sides[0].trimmed : nil,
        value: sides.count == 2 ? sides[1].trimmed : nil, content: content.trimmed)
    }
  }

  private static func style(_ text: Substring, fail: (String) -> ThemeError) throws(ThemeError) -> Style {
    var style = Style()
    var words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }[...]
    guard !words.isEmpty else { throw fail("no style after '='; write a colour, attributes, or 'plain'") }
    if words == ["plain"] { return style }
    var foregroundSet = false
    while let word = words.popFirst() {
      switch word {
      case "bold": style.bold = true
      case "dim": style.dim = true
      case "reverse": style.reverse = true
      case "underline": style.underline = true
      case "on":
        guard let name = words.popFirst(), let color = colors[name] else {
          throw fail("'on' must be followed by a colour: " + colorList)
        }
        style.background = color
      default:
        guard let color = colors[word], !foregroundSet else {
          throw fail(
            foregroundSet && colors[word] != nil
              ? "two foreground colours; write 'on \(word)' for a background"
              : "unknown word '\(word)'; use a colour (\(colorList)), 'on COLOUR', bold, dim, reverse or underline"
          )
        }
        style.foreground = color
        foregroundSet = true
      }
    }
    return style
  }

  private static var colorList: String {
    (["default"] + TerminalColor.allCases.map { "\($0)" }).joined(separator: ", ")
  }
}

extension Substring {
  var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
