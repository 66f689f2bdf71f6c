import Foundation

/// Finds and loads themes: the built-in ones in `themes/`, and the user's in
/// `$XDG_CONFIG_HOME/crossread/themes/`, which override built-in themes of the same name.
///
/// The theme is `--theme NAME`, else `theme = NAME` in `$XDG_CONFIG_HOME/crossread/config`,
/// else `default`. Problems never stop the reader: they come back as warnings and the default is used.
public struct ThemeLoader: Sendable {
  /// The user's configuration folder (`$XDG_CONFIG_HOME/crossread`, or `~/.config/crossread`).
  public var configFolder: String
  /// The built-in themes' folder.
  public var builtInFolder: String?

  /// A loader for this process's environment.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    configFolder = base + "/crossread"
    builtInFolder = Bundle.module.resourceURL?.appendingPathComponent("themes").path
  }

  /// The theme to use and what went wrong finding it.
  public func load(requested: String?, noColor: Bool) -> (theme: Theme, warnings: [String]) {
    var warnings: [String] = []
    let fallback = builtInDefault(warnings: &warnings)
    var name = requested
    if name == nil { name = configuredName(warnings: &warnings) }
    var theme = fallback
    if let name, name != "default" || userFile(name) != nil {
      do {
        theme = try load(name: name).filling(from: fallback)
      } catch {
        warnings.append("\(error); using the default theme")
      }
    }
    return (noColor ? theme.withoutColors : theme, warnings)
  }

  /// Every theme name available, built-in and the user's.
  public var names: [String] {
    var names: Set<String> = []
    for folder in [builtInFolder, configFolder + "/themes"].compactMap(\.self) {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
    }
    return names.sorted()
  }

  /// Loads the theme `name`, the user's file first.
  public func load(name: String) throws(ThemeError) -> Theme {
    guard !name.contains("/"), let path = userFile(name) ?? builtInFile(name) else {
      throw ThemeError(
        path: name, line: nil,
        problem: "no such theme; available: " + names.joined(separator: ", "))
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw ThemeError(path: path, line: nil, problem: "cannot be read as UTF-8 text")
    }
    return try ThemeFile.parse(text, name: name, path: path)
  }

  private func builtInDefault(warnings: inout [String]) -> Theme {
    do {
      return try load(name: "default")
    } catch {
      warnings.append("\(error); using plain text")
      return Theme(name: "plain", styles: [:])
    }
  }

  private func configuredName(warnings: inout [String]) -> String? {
    let path = configFolder + "/config"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    for setting in ThemeFile.settings(text) {
      if setting.key == "theme", let name = setting.value, !name.isEmpty { return name }
      warnings.append(
        "config '\(path)' line \(setting.line): expected 'theme = NAME', found '\(setting.content)'")
    }
    return nil
  }

  private func userFile(_ name: String) -> String? {
    existing(configFolder + "/themes/\(name).theme")
  }

  private func builtInFile(_ name: String) -> String? {
    builtInFolder.flatMap { existing($0 + "/\(name).theme") }
  }

  private func existing(_ path: String) -> String? {
    FileManager.default.fileExists(atPath: path) ? path : nil
  }
}
