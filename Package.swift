// swift-tools-version:6.0
import PackageDescription

// `monitor` depends on no Swift package: Foundation plus four system C libraries,
// each behind a `systemLibrary` target with a small shim header.

// libxml2's headers include each other as <libxml/…>, from /usr/include/libxml2 on Debian.
// Its pkg-config file would add that directory but also `-lxml2`, which loads libxml2 in every
// process; the CLibXML2 shim loads it at first use instead. Every target that imports Ingest
// (directly or through a module that does) compiles against the shim, so each gets the path.
let libXML2Headers: SwiftSetting = .unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])

let package = Package(
    name: "monitor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "monitor", targets: ["monitor"]),
    ],
    targets: [
        // All four libraries are loaded at first use (dlopen in their shims), not linked: no
        // pkgConfig, whose `-l` flags would link them. libcurl's, SQLite's and libcrypto's headers
        // are in the default include path; libxml2's are not (see `libXML2Headers` above).
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite",
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
            swiftSettings: [
                libXML2Headers,
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
            ]),
        .target(name: "Sentiment", plugins: ["EmbedLexicons"]),
        // Pseudonymisation and redaction: pure logic plus libcrypto's HMAC, used before storage.
        .target(name: "Privacy", dependencies: ["CCrypto"], plugins: ["EmbedLexicons"]),
        .target(
            name: "Pipeline", dependencies: ["Ingest", "Sentiment", "Privacy", "CSQLite"],
            swiftSettings: [libXML2Headers]),
        .executableTarget(
            name: "monitor", dependencies: ["Ingest", "Sentiment", "Privacy", "Pipeline"],
            swiftSettings: [libXML2Headers]),

        .testTarget(
            name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")],
            swiftSettings: [libXML2Headers]),
        .testTarget(name: "SentimentTests", dependencies: ["Sentiment"], exclude: ["Fixtures"]),
        .testTarget(name: "PrivacyTests", dependencies: ["Privacy"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "PipelineTests", dependencies: ["Pipeline"], resources: [.copy("Fixtures")],
            swiftSettings: [libXML2Headers]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["monitor"],
            resources: [.copy("Fixtures")], swiftSettings: [libXML2Headers]),
    ],
    swiftLanguageModes: [.v6]
)
