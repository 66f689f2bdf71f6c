import CrossreadCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the walker found that crossread can read.
public struct CorpusFile: Hashable, Sendable {
  /// The path relative to the corpus folder, with `/` separators.
  public var relativePath: String
  /// The path to open.
  public var path: String
  /// The format its extension names.
  public var format: ArticleFormat
}

/// The readable files of a folder, in a stable order, and what was skipped on the way.
public struct CorpusListing: Sendable {
  /// The files to parse, sorted by relative path.
  public var files: [CorpusFile]
  /// One line for each file that was skipped.
  public var diagnostics: [Diagnostic]
}

/// Why a corpus folder cannot be read at all.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
  /// The folder does not exist.
  case missing(String)
  /// The path is a file, not a folder.
  case notAFolder(String)
  /// The folder cannot be listed.
  case unreadable(String, reason: String)

  public var description: String {
    switch self {
    case .missing(let path):
      "no folder at '\(path)'. Give a folder of .txt or .md articles, or no folder for the demo corpus."
    case .notAFolder(let path):
      "'\(path)' is a file, not a folder. Give the folder that holds the articles."
    case .unreadable(let path, let reason):
      "cannot read the folder '\(path)': \(reason). Check its permissions."
    }
  }
}

/// Walks a corpus folder recursively: every `.txt` and `.md` file, in a stable order.
///
/// Hidden files and folders (names starting with ".") are passed over silently. Symbolic links are
/// followed once; a link that loops, or that leads back to a folder already being walked, becomes a
/// diagnostic. Nothing here reads file contents.
public enum CorpusWalker {
  /// Files larger than this are skipped.
  public static let sizeLimit = 20 * 1024 * 1024

  /// The extensions crossread reads, and the format of each.
  static let formats: [String: ArticleFormat] = [
    "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown,
  ]

  /// Lists the readable files below `folder`.
  public static func list(folder: String) throws(CorpusError) -> CorpusListing {
    var info = stat()
    guard stat(folder, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw .missing(folder) }
      throw .unreadable(folder, reason: errorText(errno))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder) }
    var walker = Walk()
    guard let names = walker.entries(of: folder) else {
      throw .unreadable(folder, reason: errorText(errno))
    }
    walker.ancestors.insert(FileKey(info))
    walker.walk(folder: folder, relative: "", names: names)
    return CorpusListing(files: walker.files, diagnostics: walker.diagnostics)
  }

  static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}

/// A device and inode: identifies a folder however it is reached.
private struct FileKey: Hashable {
  let device: UInt64
  let inode: UInt64
  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

private struct Walk {
  var files: [CorpusFile] = []
  var diagnostics: [Diagnostic] = []
  var ancestors: Set<FileKey> = []

  func entries(of folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    return names.sorted()
  }

  mutating func skip(_ relative: String, _ code: DiagnosticCode, _ problem: String) {
    diagnostics.append(Diagnostic(path: relative, code: code, problem: problem))
  }

  mutating func walk(folder: String, relative: String, names: [String]) {
    for name in names {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let rel = relative.isEmpty ? name : relative + "/" + name
      var link = stat()
      guard lstat(path, &link) == 0 else {
        skip(rel, .unreadable, "cannot read: \(CorpusWalker.errorText(errno)); skipped")
        continue
      }
      let isLink = link.st_mode & S_IFMT == S_IFLNK
      var info = stat()
      if stat(path, &info) != 0 {
        let code = errno
        if code == ELOOP {
          skip(rel, .symlinkLoop, "symbolic link loops back on itself; skipped")
        } else if isLink && code == ENOENT {
          skip(rel, .unreadable, "broken symbolic link (its target is missing); skipped")
        } else {
          skip(rel, .unreadable, "cannot read: \(CorpusWalker.errorText(code)); skipped")
        }
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        let key = FileKey(info)
        if ancestors.contains(key) {
          skip(rel, .symlinkLoop, "symbolic link leads back to a folder already being read; skipped")
          continue
        }
        guard let children = entries(of: path) else {
          skip(rel, .unreadable, "cannot read folder: \(CorpusWalker.errorText(errno)); skipped")
          continue
        }
        ancestors.insert(key)
        walk(folder: path, relative: rel, names: children)
        ancestors.remove(key)
      case S_IFREG:
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "") : ""
        guard let format = CorpusWalker.formats[ext.lowercased()] else {
          let what = ext.isEmpty ? "no extension" : ".\(ext) files"
          skip(rel, .unsupportedFormat, "unsupported format (\(what)); only .txt and .md are read; skipped")
          continue
        }
        if Int(info.st_size) > CorpusWalker.sizeLimit {
          let megabytes = Int(info.st_size) / (1024 * 1024)
          skip(rel, .tooLarge, "too large (\(megabytes) MB; the limit is 20 MB); skipped")
          continue
        }
        files.append(CorpusFile(relativePath: rel, path: path, format: format))
      default:
        skip(rel, .notRegularFile, "not a regular file (a device, pipe or socket); skipped")
      }
    }
  }
}
