// swift-tools-version:6.0
import PackageDescription

// `monitor` depends on no Swift package: Foundation plus four system C libraries,
// each behind a `systemLibrary` target with a small shim header.
let package = Package(
    name: "monitor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "monitor", targets: ["monitor"]),
    ],
    targets: [
        // libcurl and libcrypto are loaded at first use (dlopen in their shims), not linked: no
        // pkgConfig, whose `-l` flags would link them; the headers are in the default include path.
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto",
            providers: [.apt(["libssl-dev"])]),

        // Turns lexicons/ into a Swift source at build time so the binary carries its defaults.
        .executableTarget(name: "LexiconEmbedder", path: "Sources/LexiconEmbedder"),
        .plugin(
            name: "EmbedLexicons", capability: .buildTool(),
            dependencies: ["LexiconEmbedder"], path: "Plugins/EmbedLexicons"),

        // Release builds drop the run-time exclusivity checks in the parsing hot path (the scanner
        // and handler are classes, so every property access was checked: 7% of `monitor parse`).
        // Debug builds, which the tests use, keep them.
        .target(
            name: "Ingest", dependencies: ["CCurl", "CLibXML2"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "Sentiment", plugins: ["EmbedLexicons"]),
        // Pseudonymisation and redaction: pure logic plus libcrypto's HMAC, used before storage.
        .target(name: "Privacy", dependencies: ["CCrypto"], plugins: ["EmbedLexicons"]),
        .target(name: "Pipeline", dependencies: ["Ingest", "Sentiment", "Privacy", "CSQLite"]),
        .executableTarget(name: "monitor", dependencies: ["Ingest", "Sentiment", "Privacy", "Pipeline"]),

        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SentimentTests", dependencies: ["Sentiment"], exclude: ["Fixtures"]),
        .testTarget(name: "PrivacyTests", dependencies: ["Privacy"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["monitor"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
