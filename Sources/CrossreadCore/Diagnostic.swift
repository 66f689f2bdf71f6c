/// What went wrong with one input file; each case has a stable code for scripts.
public enum DiagnosticCode: String, Hashable, Sendable, Codable, CaseIterable {
  /// The file holds NUL bytes: skipped.
  case binary
  /// The file is empty or only blank: skipped.
  case empty
  /// The file could not be opened or read: skipped.
  case unreadable
  /// The file is larger than the size limit: skipped.
  case tooLarge = "too-large"
  /// A symbolic link points back into itself or an ancestor folder: skipped.
  case symlinkLoop = "symlink-loop"
  /// The file is not a format crossread reads yet: skipped.
  case unsupportedFormat = "unsupported-format"
  /// Not a regular file (a device, a socket, a pipe): skipped.
  case notRegularFile = "not-a-file"
  /// Invalid UTF-8 sequences were replaced with U+FFFD: loaded.
  case invalidUTF8 = "invalid-utf8"
  /// The file was decoded as Windows-1252 (a superset of Latin-1): loaded.
  case legacyEncoding = "legacy-encoding"
  /// Two files map to one article id (a.txt and a.md): the second keeps its extension.
  case duplicateID = "duplicate-id"

  /// Whether the file was left out of the corpus.
  public var skipsFile: Bool {
    switch self {
    case .invalidUTF8, .legacyEncoding, .duplicateID: false
    default: true
    }
  }
}

/// A one-line report about one input file.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The path relative to the corpus folder.
  public var path: String
  /// The stable code.
  public var code: DiagnosticCode
  /// A sentence for people: what happened, and whether the file was skipped.
  public var problem: String

  /// Creates a diagnostic.
  public init(path: String, code: DiagnosticCode, problem: String) {
    self.path = path
    self.code = code
    self.problem = problem
  }

  public var description: String { "\(path): \(problem)" }
}
