import CrossreadReader
import Foundation
import TerminalKit
import TestSupport
import Testing

@Suite("Themes")
struct ThemeTests {
  let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": "/nonexistent"])

  @Test(
    "the four built-in themes parse and name every role",
    arguments: ["default", "light", "high-contrast", "mono"])
  func builtIn(name: String) throws {
    let folder = try #require(loader.builtInFolder)
    let text = try String(contentsOfFile: folder + "/\(name).theme", encoding: .utf8)
    let named = Set(
      text.split(separator: "\n").compactMap { line -> String? in
        guard !line.hasPrefix("#"), let role = line.split(separator: "=").first else { return nil }
        return role.trimmingCharacters(in: .whitespaces)
      })
    #expect(named == Set(ThemeRole.allCases.map(\.rawValue)))
    _ = try loader.load(name: name)
  }

  @Test("the mono theme has no colour at all")
  func mono() throws {
    let theme = try loader.load(name: "mono")
    for role in ThemeRole.allCases {
      #expect(theme[role].foreground == nil && theme[role].background == nil, "\(role)")
    }
  }

  @Test("a style is a colour, 'on' a colour, and attributes, in any order")
  func styleSyntax() throws {
    let theme = try ThemeFile.parse(
      "contradiction = bold white on red underline\n# note\n\npreview=reverse", name: "t", path: "t.theme")
    #expect(theme[.contradiction] == Style(foreground: .white, background: .red, bold: true, underline: true))
    #expect(theme[.preview] == Style(reverse: true))
  }

  @Test("a bad line is reported with its number and what is allowed")
  func badLine() {
    #expect {
      _ = try ThemeFile.parse("text = default\ncontradiction = purpel bold", name: "t", path: "my.theme")
    } throws: { error in
      "\(error)".contains("my.theme' line 2") && "\(error)".contains("unknown word 'purpel'")
    }
    #expect {
      _ = try ThemeFile.parse("contradicton = red", name: "t", path: "my.theme")
    } throws: { error in
      "\(error)".contains("line 1: unknown role 'contradicton'")
    }
  }

  @Test("a broken or missing theme falls back to the default with a warning")
  func fallback() throws {
    let folder = TemporaryFolder()
    folder.write("crossread/themes/broken.theme", "selection = sparkly\n")
    let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": folder.path])
    let (theme, warnings) = loader.load(requested: "broken", noColor: false)
    #expect(theme.name == "default")
    #expect(warnings.count == 1 && warnings[0].contains("line 1"))
    let (_, missing) = loader.load(requested: "nosuch", noColor: false)
    #expect(missing.first?.contains("no such theme; available: ") == true)
    #expect(missing.first?.contains("high-contrast") == true)
  }

  @Test("a user theme overrides the built-in one of the same name; the config file chooses it")
  func userOverride() throws {
    let folder = TemporaryFolder()
    folder.write("crossread/themes/light.theme", "selection = green on black\n")
    folder.write("crossread/config", "# mine\ntheme = light\n")
    let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": folder.path])
    let (theme, warnings) = loader.load(requested: nil, noColor: false)
    #expect(warnings.isEmpty)
    #expect(theme[.selection] == Style(foreground: .green, background: .black))
    #expect(theme[.contradiction] == (try self.loader.load(name: "default"))[.contradiction])
  }

  @Test("NO_COLOR keeps attributes and drops every colour")
  func noColor() {
    let (theme, _) = loader.load(requested: "high-contrast", noColor: true)
    #expect(theme[.contradiction] == Style(bold: true))
    #expect(ThemeRole.allCases.allSatisfy { theme[$0].foreground == nil && theme[$0].background == nil })
  }
}
