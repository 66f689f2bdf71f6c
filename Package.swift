// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "crossread",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "crossread", targets: ["crossread"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(name: "CrossreadCore"),
    .target(name: "CrossreadParsing", dependencies: ["CrossreadCore"]),
    .target(
      name: "CrossreadAnalysis",
      dependencies: ["CrossreadCore"],
      resources: [.copy("Resources/lexicon")]
    ),
    .target(
      name: "CrossreadIndex",
      dependencies: ["CrossreadCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .target(
      name: "CrossreadPipeline",
      dependencies: ["CrossreadCore", "CrossreadParsing", "CrossreadAnalysis", "CrossreadIndex"],
      resources: [.copy("Demo")]
    ),
    .systemLibrary(name: "CNCursesW"),
    .target(name: "TerminalKit", dependencies: ["CNCursesW"]),
    .target(
      name: "CrossreadReader",
      dependencies: ["CrossreadCore", "CrossreadIndex", "TerminalKit"],
      resources: [.copy("themes")]
    ),
    .executableTarget(
      name: "crossread",
      dependencies: [
        "CrossreadAnalysis",
        "CrossreadCore",
        "CrossreadIndex",
        "CrossreadPipeline",
        "CrossreadReader",
        "TerminalKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // jemalloc instead of glibc's malloc: analysis allocates many small strings and arrays, and
      // jemalloc runs it 10% faster (docs/decisions.md, 2026-11-29). scripts/setup installs it.
      linkerSettings: [.linkedLibrary("jemalloc")]
    ),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "CrossreadCoreTests", dependencies: ["CrossreadCore"]),
    .testTarget(
      name: "CrossreadAnalysisTests",
      dependencies: ["CrossreadCore", "CrossreadAnalysis", "CrossreadParsing"]
    ),
    .testTarget(
      name: "CrossreadParsingTests",
      dependencies: ["CrossreadCore", "CrossreadParsing", "TestSupport"]
    ),
    .testTarget(
      name: "CrossreadPipelineTests",
      dependencies: ["CrossreadCore", "CrossreadIndex", "CrossreadPipeline", "TestSupport"]
    ),
    .testTarget(name: "CrossreadCLITests", dependencies: ["crossread", "TestSupport"]),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    .testTarget(
      name: "CrossreadIndexTests", dependencies: ["CrossreadCore", "CrossreadIndex", "TestSupport"]),
    .testTarget(
      name: "CrossreadReaderTests",
      dependencies: [
        "CrossreadCore", "CrossreadIndex", "CrossreadPipeline", "CrossreadReader", "TerminalKit",
        "TestSupport",
      ],
      exclude: ["Golden"]
    ),
  ]
)
