// swift-tools-version:6.0
// newsq: a query shell for news corpora.
// One target a layer, data flowing one way:
// CLineEdit (libedit shim), CSupport (checksums, build id), CRegex (PCRE2) → NewsCorpus (model, extraction) → NewsQuery (language) → NewsShell (REPL) → newsq.
import PackageDescription

let package = Package(
  name: "newsq",
  products: [
    .executable(name: "newsq", targets: ["newsq"]),
    .library(name: "NewsCorpus", targets: ["NewsCorpus"]),
    .library(name: "NewsQuery", targets: ["NewsQuery"]),
    .library(name: "NewsShell", targets: ["NewsShell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(
      name: "CLineEdit",
      linkerSettings: [.linkedLibrary("edit")]
    ),
    // CRC32C and the program's build id, for snapshots.
    .target(name: "CSupport"),
    .target(name: "NewsCorpus", dependencies: ["CSupport"]),
    // PCRE2 (libpcre2-dev), behind `matches` and extract(): a C wrapper, as its API is macros Swift cannot call.
    .target(name: "CRegex", linkerSettings: [.linkedLibrary("pcre2-8")]),
    .target(name: "NewsQuery", dependencies: ["NewsCorpus", "CRegex"]),
    .target(name: "NewsShell", dependencies: ["CLineEdit", "NewsCorpus", "NewsQuery"]),
    .executableTarget(
      name: "newsq",
      dependencies: [
        "NewsShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `make bench`: load times, throughput and peak memory of corpus loading, its scaling, and query timings.
    .executableTarget(name: "newsq-bench", dependencies: ["NewsCorpus", "NewsQuery"]),
    // Fuzz targets: run by the test suite (a bounded mutation run), by `newsq-fuzz`, and by libFuzzer in `make fuzz`.
    .target(name: "NewsFuzzing", dependencies: ["NewsCorpus", "NewsQuery"]),
    .target(name: "CFuzzDriver"),
    .executableTarget(name: "newsq-fuzz", dependencies: ["CFuzzDriver", "NewsFuzzing"]),
    .testTarget(name: "NewsCorpusTests", dependencies: ["NewsCorpus"]),
    .testTarget(name: "NewsQueryTests", dependencies: ["NewsQuery"]),
    .testTarget(name: "NewsShellTests", dependencies: ["NewsShell"]),
    .testTarget(name: "NewsFuzzingTests", dependencies: ["NewsFuzzing"]),
    .testTarget(name: "EndToEndTests", dependencies: ["newsq"]),
  ]
)
