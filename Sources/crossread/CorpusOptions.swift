import ArgumentParser
import CrossreadCore
import CrossreadPipeline
import Foundation

/// The corpus argument every command shares.
struct CorpusOptions: ParsableArguments {
  init() {}

  @Argument(
    help: "A folder of .txt and .md articles, read recursively. Without it, the built-in demo corpus.",
    completion: .directory)
  var folder: String?

  /// Loads the corpus, or prints what to do and exits with status 2.
  func load() throws -> Corpus {
    do {
      if let folder { return try Pipeline.load(folder: folder) }
      return try Pipeline.loadDemo()
    } catch {
      Terminal.printError(error.description)
      throw ExitCode(2)
    }
  }
}

/// Writing to the standard streams.
enum Terminal {
  /// Prints `message` to standard error with the program's name.
  static func printError(_ message: String) {
    var stream = StandardError()
    print("crossread: " + DisplaySanitizer.sanitize(message), to: &stream)
  }

  /// Prints diagnostics to standard error, one line each.
  static func printDiagnostics(_ diagnostics: [Diagnostic]) {
    var stream = StandardError()
    for diagnostic in diagnostics {
      print("crossread: " + DisplaySanitizer.sanitize(diagnostic.description), to: &stream)
    }
  }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
