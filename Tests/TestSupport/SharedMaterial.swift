import Foundation

/// The user's documents and the reference annotations in `../shared`, beside the project.
///
/// Tests that read them must fail loudly in CI (`CI=true`) when the folder is missing, and skip
/// with a message elsewhere: `SharedMaterial.available` drives the skip, `checkPresentInCI` the failure.
public enum SharedMaterial {
  /// The `shared` folder: `$CROSSREAD_SHARED`, or `../shared` next to the package.
  public static var folder: String {
    if let override = ProcessInfo.processInfo.environment["CROSSREAD_SHARED"] { return override }
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return package.deletingLastPathComponent().appendingPathComponent("shared").path
  }

  /// The five seed articles.
  public static var seeds: String { folder + "/corpus/seeds" }

  /// The gold annotations of the seeds.
  public static var gold: String { folder + "/eval/seeds-gold.json" }

  /// Whether the seeds and their gold file are present.
  public static var available: Bool {
    FileManager.default.fileExists(atPath: seeds) && FileManager.default.fileExists(atPath: gold)
  }

  /// Whether the tests run in CI.
  public static var inCI: Bool {
    let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
    return value == "true" || value == "1"
  }

  /// The message shown when the shared material is missing.
  public static var missingMessage: String {
    "the shared corpus is missing at \(folder); set CROSSREAD_SHARED to its folder"
  }

  /// The gold annotations as JSON objects.
  public static func goldJSON() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: gold))
    return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }
}
