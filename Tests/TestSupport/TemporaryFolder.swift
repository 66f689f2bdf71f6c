import Foundation

/// A folder under the system's temporary directory, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
  /// The folder's absolute path.
  public let path: String

  /// Creates an empty folder with a unique name.
  public init() {
    let name = "crossread-test-" + UUID().uuidString
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions a test removed, so that the folder can be deleted.
    if let enumerator = FileManager.default.enumerator(atPath: path) {
      for case let relative as String in enumerator {
        chmod((path as NSString).appendingPathComponent(relative), 0o755)
      }
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The absolute path of `relative` inside the folder.
  public func url(_ relative: String) -> String {
    (path as NSString).appendingPathComponent(relative)
  }

  /// Writes `bytes` to `relative`, creating folders on the way.
  @discardableResult
  public func write(_ relative: String, bytes: [UInt8]) -> String {
    let full = url(relative)
    let parent = (full as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    return full
  }

  /// Writes `text` as UTF-8 to `relative`.
  @discardableResult
  public func write(_ relative: String, _ text: String) -> String {
    write(relative, bytes: Array(text.utf8))
  }

  /// Creates a symbolic link at `relative` that points to `target` (as written).
  public func link(_ relative: String, to target: String) {
    try? FileManager.default.createSymbolicLink(atPath: url(relative), withDestinationPath: target)
  }
}
